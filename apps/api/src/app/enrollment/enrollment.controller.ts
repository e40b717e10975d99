import { ApiRoutes, Permission, type BatchView, type BulkDecisionResult, type EnrollmentView, type Page, type TimetableView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { notFound } from '../common/errors/app-exception';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { ApiPdfResponse, sendPdf } from '../pdf/pdf-response';
import { TimetablePdfService } from '../timetable/timetable-pdf.service';
import { TimetableService } from '../timetable/timetable.service';
import { BulkDecisionDto, EnrollmentQueryDto, RejectDto } from './dto/enrollment.dto';
import { EnrollmentService } from './enrollment.service';

@ApiTags('enrollment')
@Controller()
export class EnrollmentController {
  constructor(
    private readonly enrollment: EnrollmentService,
    private readonly timetable: TimetableService,
    private readonly timetablePdf: TimetablePdfService,
  ) {}

  /** Batches open for registration now. */
  @RequirePermission(Permission.CatalogRead)
  @Get(ApiRoutes.catalog)
  catalog(): Promise<BatchView[]> {
    return this.enrollment.catalog();
  }

  /** The timetable of a batch open for registration, or of one the caller is enrolled in. */
  @RequirePermission(Permission.CatalogRead)
  @Get(`${ApiRoutes.catalog}/:batchId/timetable`)
  async catalogTimetable(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<TimetableView> {
    if (!(await this.enrollment.timetableVisible(batchId, principal.id))) throw notFound();
    return this.timetable.get(batchId);
  }

  /** The same timetable as a PDF to print, visible exactly when the JSON one is. */
  @RequirePermission(Permission.CatalogRead)
  @Get(`${ApiRoutes.catalog}/:batchId/timetable.pdf`)
  @ApiPdfResponse('The timetable as a PDF download')
  async catalogTimetablePdf(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    if (!(await this.enrollment.timetableVisible(batchId, principal.id))) throw notFound();
    sendPdf(res, await this.timetablePdf.render(batchId, req.language));
  }

  /** Ask for a place: pending approval, approved, or waitlisted when the batch is full. Repeating it changes nothing. */
  @RequirePermission(Permission.EnrollSelf)
  @Post(`${ApiRoutes.catalog}/:batchId/enrollment`)
  register(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<EnrollmentView> {
    return this.enrollment.register(batchId, principal.id, originOf(req));
  }

  /** Leave a batch; a held place goes to the first on the waitlist. */
  @RequirePermission(Permission.EnrollSelf)
  @Delete(`${ApiRoutes.catalog}/:batchId/enrollment`)
  withdraw(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<EnrollmentView> {
    return this.enrollment.withdraw(batchId, principal.id, originOf(req));
  }

  @RequirePermission(Permission.EnrollSelf)
  @Get(ApiRoutes.myEnrollments)
  mine(@CurrentPrincipal() principal: Principal): Promise<EnrollmentView[]> {
    return this.enrollment.mine(principal.id);
  }

  @RequirePermission(Permission.EnrollmentsManage)
  @Get(`${ApiRoutes.batches}/:id/enrollments`)
  list(@Param('id', uuidPipe()) id: string, @Query() query: EnrollmentQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<EnrollmentView>> {
    return this.enrollment.list(id, query, principal);
  }

  /** Approve or reject a selection of one batch's registrations in one step (bulk actions of the table). */
  @RequirePermission(Permission.EnrollmentsManage)
  @Post(`${ApiRoutes.batches}/:id/enrollments/decisions`)
  @HttpCode(HttpStatus.OK)
  decideMany(@Param('id', uuidPipe()) id: string, @Body() dto: BulkDecisionDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<BulkDecisionResult> {
    return this.enrollment.decideMany(id, dto, principal, originOf(req));
  }

  @RequirePermission(Permission.EnrollmentsManage)
  @Post(`${ApiRoutes.enrollments}/:id/approve`)
  approve(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<EnrollmentView> {
    return this.enrollment.approve(id, principal, originOf(req));
  }

  /** The reason is shown to the participant; the freed place goes to the waitlist. */
  @RequirePermission(Permission.EnrollmentsManage)
  @Post(`${ApiRoutes.enrollments}/:id/reject`)
  reject(@Param('id', uuidPipe()) id: string, @Body() dto: RejectDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<EnrollmentView> {
    return this.enrollment.reject(id, dto.reason, principal, originOf(req));
  }
}
