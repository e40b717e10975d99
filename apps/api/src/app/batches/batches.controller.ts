import { ApiRoutes, Permission, type BatchView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { IsIsoDate } from '../common/validation/rules';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { BatchesService } from './batches.service';
import { BatchDto, BatchStatusDto, UpdateBatchDto } from './dto/batches.dto';

export class BatchQueryDto {
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  /** Only batches still running on or after this date (YYYY-MM-DD), e.g. the first day a calendar shows. */
  @IsOptional()
  @IsIsoDate()
  from?: string;

  /** Only batches starting on or before this date. */
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

@ApiTags('batches')
@Controller()
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @RequirePermission(Permission.ProgramsManage)
  @Get(`${ApiRoutes.programs}/:programId/batches`)
  listForProgram(@Param('programId', uuidPipe('programId')) programId: string, @CurrentPrincipal() principal: Principal): Promise<BatchView[]> {
    return this.batches.listForProgram(programId, principal);
  }

  /** Numbered automatically: Angkatan I, II, III … */
  @RequirePermission(Permission.ProgramsManage)
  @Post(`${ApiRoutes.programs}/:programId/batches`)
  create(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Body() dto: BatchDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BatchView> {
    return this.batches.create(programId, dto, principal, originOf(req));
  }

  /** The batches of the organizer's agency (admins: all, or one agency's), soonest first; a date range for a calendar. */
  @RequirePermission(Permission.ProgramsManage)
  @Get(ApiRoutes.batches)
  list(@Query() query: BatchQueryDto, @CurrentPrincipal() principal: Principal): Promise<BatchView[]> {
    return this.batches.list(principal, query);
  }

  @RequirePermission(Permission.ProgramsManage)
  @Get(`${ApiRoutes.batches}/:id`)
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<BatchView> {
    return this.batches.get(id, principal);
  }

  /** What may change depends on the batch's status (no new dates once it runs, nothing once finished). */
  @RequirePermission(Permission.ProgramsManage)
  @Patch(`${ApiRoutes.batches}/:id`)
  update(@Param('id', uuidPipe()) id: string, @Body() dto: UpdateBatchDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<BatchView> {
    return this.batches.update(id, dto, principal, originOf(req));
  }

  /** draft → registration_open → running → finished → archived (and back from open to draft). */
  @RequirePermission(Permission.ProgramsManage)
  @Post(`${ApiRoutes.batches}/:id/status`)
  changeStatus(@Param('id', uuidPipe()) id: string, @Body() dto: BatchStatusDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<BatchView> {
    return this.batches.changeStatus(id, dto.status, principal, originOf(req));
  }
}
