import {
  ATTENDANCE_MARK_MAX,
  ATTENDANCE_MODES,
  ATTENDANCE_STATUSES,
  CHECK_IN_RULE_MAX_MINUTES,
  EXCUSED_STATUSES,
  OFFLINE_CHECK_IN_MAX_AGE_MS,
  UNIT_KEY_PATTERN,
  type AttendanceMode,
  type AttendanceSettingsRequest,
  type AttendanceStatus,
  type BadgeScanRequest,
  type CheckInRequest,
  type CorrectAttendanceRequest,
  type ExcusedStatus,
  type MarkAttendanceRequest,
} from '@bimtek/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { trimmed } from '../../common/transforms';
import { Max, MaxLength, Min, paramsMessage } from '../../common/validation/rules';

export class AttendanceSettingsDto implements AttendanceSettingsRequest {
  @IsOptional()
  @IsIn(ATTENDANCE_MODES)
  mode?: AttendanceMode;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(CHECK_IN_RULE_MAX_MINUTES)
  opensBeforeMinutes?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(CHECK_IN_RULE_MAX_MINUTES)
  closesAfterMinutes?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(CHECK_IN_RULE_MAX_MINUTES)
  lateAfterMinutes?: number;
}

export class CheckInDto implements CheckInRequest {
  /** Six digits; spaces are ignored. */
  @Transform(trimmed)
  @IsString()
  @Matches(/^\d{3}\s?\d{3}$/)
  code!: string;

  @IsOptional()
  @IsUUID('all')
  batchId?: string;

  @IsOptional()
  @IsString()
  @Matches(UNIT_KEY_PATTERN)
  unitKey?: string;

  /** Only from the offline queue. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(OFFLINE_CHECK_IN_MAX_AGE_MS)
  scannedAgoMs?: number;
}

export class BadgeScanDto implements BadgeScanRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}

export class MarkAttendanceDto implements MarkAttendanceRequest {
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ATTENDANCE_MARK_MAX, { message: paramsMessage })
  @ArrayUnique()
  @IsUUID('all', { each: true })
  userIds!: string[];

  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  /** Required for izin and sakit. */
  @ValidateIf((dto: MarkAttendanceDto) => (EXCUSED_STATUSES as readonly string[]).includes(dto.status) || (dto.reason !== undefined && dto.reason !== null))
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string | null;
}

export class CorrectAttendanceDto implements CorrectAttendanceRequest {
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  /** Why the record changes; kept in the audit trail and shown on the record. */
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

/** Multipart fields of a participant's izin or sakit; the evidence file is optional. */
export class ExcuseDto {
  @IsUUID('all')
  batchId!: string;

  @IsString()
  @Matches(UNIT_KEY_PATTERN)
  unitKey!: string;

  @IsIn(EXCUSED_STATUSES)
  status!: ExcusedStatus;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class UnitKeyParam {
  @Matches(UNIT_KEY_PATTERN)
  unitKey!: string;
}

