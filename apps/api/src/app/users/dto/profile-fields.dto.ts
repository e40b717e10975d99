import {
  EMPLOYMENT_TYPES,
  LANGUAGES,
  POSITION_KINDS,
  PROFILE_LIMITS,
  type EmploymentType,
  type Language,
  type PositionKind,
  type ProfileFields,
} from '@bimtek/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';
import { identityNumber, trimmed, trimmedOrNull } from '../../common/transforms';
import { IsNik, IsNip, IsPhone, MaxLength } from '../../common/validation/rules';

/** Rules that need several fields or the database (NIP for PNS, OPD of the agency…) are in profile-rules.ts. */
export class ProfileFieldsDto implements ProfileFields {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.fullName)
  fullName!: string;

  /** e.g. `Dr.` */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(PROFILE_LIMITS.titleBefore)
  titleBefore?: string | null;

  /** e.g. `S.Kom., M.Si.` */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(PROFILE_LIMITS.titleAfter)
  titleAfter?: string | null;

  @IsIn(EMPLOYMENT_TYPES)
  employmentType!: EmploymentType;

  /** 18 digits; required for PNS and PPPK. */
  @IsOptional()
  @Transform(identityNumber)
  @IsString()
  @IsNip()
  nip?: string | null;

  /** 16 digits; required for non-ASN. */
  @IsOptional()
  @Transform(identityNumber)
  @IsString()
  @IsNik()
  nik?: string | null;

  /** Pangkat/golongan (PNS, e.g. `III/a`) or PPPK grade (e.g. `IX`). */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(PROFILE_LIMITS.rank)
  rank?: string | null;

  /** Jabatan */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(PROFILE_LIMITS.position)
  position?: string | null;

  @IsOptional()
  @IsIn(POSITION_KINDS)
  positionKind?: PositionKind | null;

  @IsOptional()
  @IsUUID('all')
  agencyId?: string | null;

  /** An OPD of the chosen agency. */
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @IsPhone()
  phone?: string | null;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
