import { ApiRoutes, Permission, type AgencyView, type UnitView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { AgenciesService } from './agencies.service';
import { CreateAgencyDto, CreateUnitDto, UpdateAgencyDto } from './dto/agencies.dto';

@ApiTags('agencies')
@Controller(ApiRoutes.agencies)
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  /** Public: the registration form needs the agencies and their units (OPD). */
  @Public()
  @Get()
  list(): Promise<AgencyView[]> {
    return this.agencies.list();
  }

  @Public()
  @Get(':id')
  get(@Param('id', uuidPipe()) id: string): Promise<AgencyView> {
    return this.agencies.get(id);
  }

  @RequirePermission(Permission.AgenciesManage)
  @Post()
  create(@Body() dto: CreateAgencyDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<AgencyView> {
    return this.agencies.create(dto, principal.id, originOf(req));
  }

  @RequirePermission(Permission.AgenciesManage)
  @Patch(':id')
  update(
    @Param('id', uuidPipe()) id: string,
    @Body() dto: UpdateAgencyDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<AgencyView> {
    return this.agencies.update(id, dto, principal.id, originOf(req));
  }

  @RequirePermission(Permission.AgenciesManage)
  @Post(':id/units')
  addUnit(
    @Param('id', uuidPipe()) id: string,
    @Body() dto: CreateUnitDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<UnitView> {
    return this.agencies.addUnit(id, dto, principal.id, originOf(req));
  }
}
