import type { CertificateOrientation, CertificateSigner, CertificateTemplateInput } from '@bimtek/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { identityNumber, trimmed, trimmedOrNull } from '../../common/transforms';
import { IsNip, MaxLength, paramsMessage } from '../../common/validation/rules';

export const MAX_SIGNERS = 3;

export class CertificateSignerDto implements CertificateSigner {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  title!: string;

  @Transform(identityNumber)
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsNip()
  nip!: string | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  signatureImageId!: string | null;
}

export class CertificateTemplateDto implements CertificateTemplateInput {
  @IsIn(['landscape', 'portrait'])
  orientation!: CertificateOrientation;

  @IsArray()
  @ArrayMaxSize(4, { message: paramsMessage })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((line: unknown) => (typeof line === 'string' ? line.trim() : line)) : value))
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  headerLines!: string[];

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  title!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1200)
  body!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  attendanceTitle!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1200)
  attendanceBody!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  numberPattern!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  place!: string;

  @IsArray()
  @ArrayMinSize(1, { message: paramsMessage })
  @ArrayMaxSize(MAX_SIGNERS, { message: paramsMessage })
  @ValidateNested({ each: true })
  @Type(() => CertificateSignerDto)
  signers!: CertificateSignerDto[];

  @Transform(trimmedOrNull)
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  logoImageId!: string | null;

  @Transform(trimmedOrNull)
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  backgroundImageId!: string | null;

  @IsBoolean()
  modulesPage!: boolean;
}
