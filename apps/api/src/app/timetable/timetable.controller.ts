import { ApiRoutes, Permission, type SessionView, type TimetableView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { BatchesService } from '../batches/batches.service';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { ApiPdfResponse, sendPdf } from '../pdf/pdf-response';
import { FillTimetableDto, SessionDto, UpdateSessionDto } from './dto/timetable.dto';
import { TimetablePdfService } from './timetable-pdf.service';
import { TimetableService } from './timetable.service';

@ApiTags('timetable')
@Controller(ApiRoutes.batches)
export class TimetableController {
  constructor(
    private readonly timetable: TimetableService,
    private readonly batches: BatchesService,
    private readonly timetablePdf: TimetablePdfService,
  ) {}

  /** Sessions in order, and the scheduled JP against the curriculum's per module. */
  @RequirePermission(Permission.ProgramsManage)
  @Get(':id/timetable')
  async get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<TimetableView> {
    await this.batches.get(id, principal);
    return this.timetable.get(id);
  }

  /** The timetable to print: A4 landscape, day by day, in the batch's time zone, in the caller's language. */
  @RequirePermission(Permission.ProgramsManage)
  @Get(':id/timetable.pdf')
  @ApiPdfResponse('The timetable as a PDF download')
  async pdf(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.timetablePdf.render(id, req.language, principal));
  }

  /** Refused with 409 and a message per clash: a trainer or room taken elsewhere, a time outside the batch. */
  @RequirePermission(Permission.ProgramsManage)
  @Post(':id/timetable/sessions')
  add(@Param('id', uuidPipe()) id: string, @Body() dto: SessionDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<SessionView> {
    return this.timetable.add(id, dto, principal, originOf(req));
  }

  @RequirePermission(Permission.ProgramsManage)
  @Patch('timetable/sessions/:sessionId')
  update(
    @Param('sessionId', uuidPipe('sessionId')) sessionId: string,
    @Body() dto: UpdateSessionDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<SessionView> {
    return this.timetable.update(sessionId, dto, principal, originOf(req));
  }

  @RequirePermission(Permission.ProgramsManage)
  @Delete('timetable/sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('sessionId', uuidPipe('sessionId')) sessionId: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<void> {
    return this.timetable.remove(sessionId, principal, originOf(req));
  }

  /** Fills an empty timetable from the curriculum over the batch's working days. */
  @RequirePermission(Permission.ProgramsManage)
  @Post(':id/timetable/fill')
  fill(@Param('id', uuidPipe()) id: string, @Body() dto: FillTimetableDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<TimetableView> {
    return this.timetable.fill(id, dto, principal, originOf(req));
  }
}
