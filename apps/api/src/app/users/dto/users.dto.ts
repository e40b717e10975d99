import {
  MAX_PAGE_SIZE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PROFILE_LIMITS,
  ROLES,
  type CreateUserRequest,
  type RegisterRequest,
  type Role,
  type UpdateUserRequest,
} from '@bimtek/contracts';
import { PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { lowerTrimmed, trimmedOrNull } from '../../common/transforms';
import { Max, MaxLength, Min, MinLength } from '../../common/validation/rules';
import { ProfileFieldsDto } from './profile-fields.dto';

export class RegisterDto extends ProfileFieldsDto implements RegisterRequest {
  @Transform(lowerTrimmed)
  @IsEmail()
  @MaxLength(PROFILE_LIMITS.email)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  /** Must be true: consent to the processing of personal data (UU 27/2022). */
  @IsBoolean()
  consent!: boolean;
}

export class UpdateProfileDto extends PartialType(ProfileFieldsDto) {}

export class CreateUserDto extends ProfileFieldsDto implements CreateUserRequest {
  @Transform(lowerTrimmed)
  @IsEmail()
  @MaxLength(PROFILE_LIMITS.email)
  email!: string;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  /** Leave out to have a temporary password generated; either way it must be changed at first sign-in. */
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class UpdateUserDto extends PartialType(ProfileFieldsDto) implements UpdateUserRequest {
  @IsOptional()
  @Transform(lowerTrimmed)
  @IsEmail()
  @MaxLength(PROFILE_LIMITS.email)
  email?: string;

  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 20;
}

export class UserQueryDto extends PageQueryDto {
  /** Part of a name, email or NIP/NIK. */
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
