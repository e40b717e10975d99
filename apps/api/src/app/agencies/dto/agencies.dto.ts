import type { CreateAgencyRequest, CreateUnitRequest } from '@bimtek/contracts';
import { PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { trimmed, trimmedOrNull } from '../../common/transforms';
import { MaxLength } from '../../common/validation/rules';

const upperTrimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class CreateAgencyDto implements CreateAgencyRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  /** Short code used in certificate numbers, e.g. BKPSDM. */
  @Transform(upperTrimmed)
  @IsString()
  @Matches(/^[A-Z0-9.-]{2,40}$/)
  code!: string;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(200)
  region?: string | null;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {}

export class CreateUnitDto implements CreateUnitRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(40)
  code?: string | null;
}
