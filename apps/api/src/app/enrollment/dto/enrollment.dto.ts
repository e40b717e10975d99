import { BULK_DECISION_MAX, ENROLLMENT_STATUSES, type BulkDecisionRequest, type EnrollmentStatus, type RejectRequest } from '@bimtek/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { trimmed, trimmedOrNull } from '../../common/transforms';
import { MaxLength, paramsMessage } from '../../common/validation/rules';
import { PageQueryDto } from '../../users/dto/users.dto';

export class RejectDto implements RejectRequest {
  /** Shown to the participant. */
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class EnrollmentQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ENROLLMENT_STATUSES)
  status?: EnrollmentStatus;

  /** Part of a name or NIP. */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

export class BulkDecisionDto implements BulkDecisionRequest {
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(BULK_DECISION_MAX, { message: paramsMessage })
  @ArrayUnique()
  @IsUUID('all', { each: true })
  enrollmentIds!: string[];

  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  /** Shown to every participant rejected. */
  @ValidateIf((dto: BulkDecisionDto) => dto.decision === 'reject' || dto.reason !== undefined)
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}
