import { ApiRoutes, Permission, type ProgramView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { CopyProgramDto, ProgramDto, ProgramQueryDto } from './dto/programs.dto';
import { ProgramsService } from './programs.service';

@ApiTags('programs')
@Controller(ApiRoutes.programs)
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  /** Programmes of the organizer's agency (admins: all, or one agency). */
  @RequirePermission(Permission.ProgramsManage)
  @Get()
  list(@Query() query: ProgramQueryDto, @CurrentPrincipal() principal: Principal): Promise<ProgramView[]> {
    return this.programs.list(principal, query);
  }

  @RequirePermission(Permission.ProgramsManage)
  @Get(':id')
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ProgramView> {
    return this.programs.get(id, principal);
  }

  /** A programme with its curriculum. */
  @RequirePermission(Permission.ProgramsManage)
  @Post()
  create(@Body() dto: ProgramDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<ProgramView> {
    return this.programs.create(dto, principal, originOf(req));
  }

  /** Replaces the programme's fields and curriculum; modules sent with their id are kept. */
  @RequirePermission(Permission.ProgramsManage)
  @Put(':id')
  update(@Param('id', uuidPipe()) id: string, @Body() dto: ProgramDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<ProgramView> {
    return this.programs.update(id, dto, principal, originOf(req));
  }

  /** The same curriculum for another year. */
  @RequirePermission(Permission.ProgramsManage)
  @Post(':id/copy')
  copy(@Param('id', uuidPipe()) id: string, @Body() dto: CopyProgramDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<ProgramView> {
    return this.programs.copy(id, dto, principal, originOf(req));
  }
}
