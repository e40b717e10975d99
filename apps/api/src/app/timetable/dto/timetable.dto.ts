import { SESSION_KINDS, type FillTimetableRequest, type SessionKind, type SessionRequest } from '@bimtek/contracts';
import { PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { trimmedOrNull } from '../../common/transforms';
import { MaxLength } from '../../common/validation/rules';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SessionDto implements SessionRequest {
  /** Defaults to the module's title. */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @IsIn(SESSION_KINDS)
  kind!: SessionKind;

  @IsOptional()
  @IsUUID('all')
  moduleId?: string | null;

  /** With offset, e.g. 2024-11-18T08:00:00+07:00. */
  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsISO8601({ strict: true })
  endsAt!: string;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(100)
  room?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  trainerIds?: string[];
}

export class UpdateSessionDto extends PartialType(SessionDto) {}

export class FillTimetableDto implements FillTimetableRequest {
  @IsOptional()
  @Matches(TIME_OF_DAY)
  dayStart?: string;

  @IsOptional()
  @Matches(TIME_OF_DAY)
  dayEnd?: string;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(100)
  room?: string | null;

  @IsOptional()
  @IsBoolean()
  includeWeekends?: boolean;
}
