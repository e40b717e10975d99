import { ApiRoutes, EVIDENCE_MAX_BYTES, Permission, type AttendanceRecordView, type BadgeView, type CheckInResult, type MyBatchAttendance } from '@bimtek/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { notFound } from '../common/errors/app-exception';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { User } from '../users/user.entity';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { CheckInDto, ExcuseDto } from './dto/attendance.dto';

// One byte over the limit lets the service tell "too large" apart from a broken upload.
const upload = FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES + 1, files: 1 } });

/** A participant's side of attendance: check in, show the badge, report izin or sakit, see the record. */
@ApiTags('attendance')
@Controller()
export class MyAttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly checkIn: CheckInService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every batch the person holds an approved place in, with each unit's record and the rate over all planned units. */
  @RequirePermission(Permission.AttendanceSelf)
  @Get(ApiRoutes.myAttendance)
  mine(@CurrentPrincipal() principal: Principal): Promise<MyBatchAttendance[]> {
    return this.attendance.mine(principal.id);
  }

  /**
   * Check in with the kiosk's code. Checking in again returns the existing record. Refused: a wrong
   * code (400), an expired one (400), outside the window (409), not a participant of the batch (403),
   * too many wrong codes (429).
   */
  @RequirePermission(Permission.AttendanceSelf)
  @Post(`${ApiRoutes.myAttendance}/check-in`)
  @HttpCode(HttpStatus.OK)
  checkInWithCode(@Body() dto: CheckInDto, @CurrentPrincipal() principal: Principal): Promise<CheckInResult> {
    return this.checkIn.checkIn(principal, dto);
  }

  /** izin or sakit for a session (or day), with a reason and optionally a photo or PDF as evidence. */
  @RequirePermission(Permission.AttendanceSelf)
  @Post(`${ApiRoutes.myAttendance}/excuses`)
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['batchId', 'unitKey', 'status', 'reason'],
      properties: {
        batchId: { type: 'string', format: 'uuid' },
        unitKey: { type: 'string' },
        status: { type: 'string', enum: ['izin', 'sakit'] },
        reason: { type: 'string' },
        file: { type: 'string', format: 'binary', description: 'JPEG, PNG, WebP or PDF, at most 5 MB' },
      },
    },
  })
  excuse(@Body() dto: ExcuseDto, @UploadedFile() file: { buffer: Buffer } | undefined, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<AttendanceRecordView> {
    return this.attendance.excuse(principal.id, dto, file, originOf(req));
  }

  /** The person's badge QR: shown on their phone, printed on badge sheets, scanned by organizers. */
  @RequirePermission(Permission.AttendanceSelf)
  @Get(ApiRoutes.myBadge)
  async badge(@CurrentPrincipal() principal: Principal): Promise<BadgeView> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: principal.id });
    if (!user) throw notFound();
    return { token: this.checkIn.codes.badgeToken(user.id), fullName: user.fullName, nip: user.nip?.trim() ?? null };
  }
}
