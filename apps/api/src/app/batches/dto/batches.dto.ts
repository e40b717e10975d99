import { BATCH_STATUSES, TIME_ZONES, type BatchRequest, type BatchStatus, type BatchStatusRequest, type BatchUnitRequest, type TimeZone } from '@bimtek/contracts';
import { PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { trimmedOrNull } from '../../common/transforms';
import { Max, MaxLength, Min, IsIsoDate } from '../../common/validation/rules';

export class BatchUnitDto implements BatchUnitRequest {
  @IsUUID('all')
  unitId!: string;

  /** Places reserved for this OPD; leave out for no limit. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  quota?: number | null;
}

export class BatchDto implements BatchRequest {
  /** First day, YYYY-MM-DD. */
  @IsIsoDate()
  startDate!: string;

  /** Last day, YYYY-MM-DD. */
  @IsIsoDate()
  endDate!: string;

  @IsOptional()
  @IsIn(Object.keys(TIME_ZONES))
  timeZone?: TimeZone;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity!: number;

  @IsOptional()
  @IsISO8601()
  registrationOpensAt?: string | null;

  @IsOptional()
  @IsISO8601()
  registrationClosesAt?: string | null;

  /** Whether organizers approve each registration (default) or places go to the first who register. */
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BatchUnitDto)
  targetUnits?: BatchUnitDto[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organizerIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  trainerIds?: string[];
}

export class UpdateBatchDto extends PartialType(BatchDto) {}

export class BatchStatusDto implements BatchStatusRequest {
  @IsIn(BATCH_STATUSES)
  status!: BatchStatus;
}
