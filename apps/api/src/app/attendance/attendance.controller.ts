import {
  ApiRoutes,
  Permission,
  type AttendanceGridView,
  type AttendanceRecordView,
  type AttendanceSettingsView,
  type AttendanceUnitSheet,
  type BadgeScanResult,
  type KioskView,
  type MarkAttendanceResult,
} from '@bimtek/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { AttendanceSettingsDto, BadgeScanDto, CorrectAttendanceDto, MarkAttendanceDto } from './dto/attendance.dto';
import { UnitKeyPipe } from './unit-key.pipe';

/** Organizers run and follow a batch's attendance; a unit is a session id, or a date in per-day mode. */
@ApiTags('attendance')
@Controller(ApiRoutes.batches)
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly checkIn: CheckInService,
  ) {}

  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance/settings')
  settings(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<AttendanceSettingsView> {
    return this.attendance.settings(id, principal);
  }

  /** Per session or per day, and the check-in window; the mode is fixed once anything is recorded (409). */
  @RequirePermission(Permission.AttendanceManage)
  @Patch(':id/attendance/settings')
  updateSettings(
    @Param('id', uuidPipe()) id: string,
    @Body() dto: AttendanceSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<AttendanceSettingsView> {
    return this.attendance.updateSettings(id, dto, principal, originOf(req));
  }

  /** People × units with every record, each person's rate over all planned units, and counts per unit. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance')
  grid(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<AttendanceGridView> {
    return this.attendance.grid(id, principal);
  }

  /** One unit live: everyone expected with their record. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance/units/:unitKey')
  sheet(@Param('id', uuidPipe()) id: string, @Param('unitKey', UnitKeyPipe) unitKey: string, @CurrentPrincipal() principal: Principal): Promise<AttendanceUnitSheet> {
    return this.attendance.sheet(id, unitKey, principal);
  }

  /** The projector view: the current code (empty outside the window), the count and the latest arrivals. Poll it. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance/units/:unitKey/kiosk')
  kiosk(@Param('id', uuidPipe()) id: string, @Param('unitKey', UnitKeyPipe) unitKey: string, @CurrentPrincipal() principal: Principal): Promise<KioskView> {
    return this.checkIn.kiosk(id, unitKey, principal);
  }

  /** The organizer's phone scanned a participant's badge. */
  @RequirePermission(Permission.AttendanceManage)
  @Post(':id/attendance/units/:unitKey/badge')
  @HttpCode(HttpStatus.OK)
  badge(
    @Param('id', uuidPipe()) id: string,
    @Param('unitKey', UnitKeyPipe) unitKey: string,
    @Body() dto: BadgeScanDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BadgeScanResult> {
    return this.checkIn.scanBadge(id, unitKey, dto.token, principal);
  }

  /** Marks many people at once; those already recorded are skipped (correct them one by one). Audited. */
  @RequirePermission(Permission.AttendanceManage)
  @Post(':id/attendance/units/:unitKey/mark')
  @HttpCode(HttpStatus.OK)
  mark(
    @Param('id', uuidPipe()) id: string,
    @Param('unitKey', UnitKeyPipe) unitKey: string,
    @Body() dto: MarkAttendanceDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<MarkAttendanceResult> {
    return this.attendance.mark(id, unitKey, dto, principal, originOf(req));
  }

  /** Sets one person's status for a unit, with a reason. Audited with the former status. */
  @RequirePermission(Permission.AttendanceManage)
  @Put(':id/attendance/units/:unitKey/records/:userId')
  correct(
    @Param('id', uuidPipe()) id: string,
    @Param('unitKey', UnitKeyPipe) unitKey: string,
    @Param('userId', uuidPipe('userId')) userId: string,
    @Body() dto: CorrectAttendanceDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<AttendanceRecordView> {
    return this.attendance.correct(id, unitKey, userId, dto, principal, originOf(req));
  }

  /** The izin/sakit evidence: for the participant it belongs to and the batch's organizers. Served as a download. */
  @RequirePermission(Permission.ProfileOwn)
  @Get(':id/attendance/units/:unitKey/records/:userId/evidence')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
  async evidence(
    @Param('id', uuidPipe()) id: string,
    @Param('unitKey', UnitKeyPipe) unitKey: string,
    @Param('userId', uuidPipe('userId')) userId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attendance.evidence(id, unitKey, userId, principal);
    res
      .status(200)
      .type(file.contentType)
      .set({ 'Content-Disposition': 'attachment; filename="bukti"', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'", 'Cache-Control': 'private, no-store' })
      .send(file.content);
  }
}
