import { ENROLLMENT_STATUSES, type EnrollmentStatus, type RejectRequest } from '@bimtek/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { trimmed, trimmedOrNull } from '../../common/transforms';
import { MaxLength } from '../../common/validation/rules';
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
