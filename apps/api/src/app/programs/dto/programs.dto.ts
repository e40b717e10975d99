import { PredicateBandDto } from '../../completion/dto/completion-rules.dto';
import { PROGRAM_KINDS, PROGRAM_LIMITS, PROGRAM_MODES, type CopyProgramRequest, type ModuleRequest, type ProgramKind, type ProgramMode, type ProgramRequest } from '@bimtek/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { trimmed, trimmedOrNull } from '../../common/transforms';
import { Max, MaxLength, Min } from '../../common/validation/rules';

export class ModuleDto implements ModuleRequest {
  /** Keep an existing module (and the timetable sessions that point at it) by sending its id. */
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROGRAM_LIMITS.moduleTitle)
  title!: string;

  @IsInt()
  @Min(1)
  @Max(PROGRAM_LIMITS.moduleJp)
  jp!: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROGRAM_LIMITS.objectives)
  @IsString({ each: true })
  @MaxLength(PROGRAM_LIMITS.objective, { each: true })
  objectives?: string[];
}

export class ProgramDto implements ProgramRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROGRAM_LIMITS.title)
  title!: string;

  @IsIn(PROGRAM_KINDS)
  kind!: ProgramKind;

  @IsIn(PROGRAM_MODES)
  mode!: ProgramMode;

  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  /** Minimum attendance to complete, in percent. */
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent!: number;

  /** Minimum final score to pass, 0–100. */
  @IsInt()
  @Min(0)
  @Max(100)
  passingScore!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  postTestMinScore?: number | null;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PredicateBandDto)
  predicateBands?: PredicateBandDto[] | null;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(PROGRAM_LIMITS.modules)
  @ValidateNested({ each: true })
  @Type(() => ModuleDto)
  modules!: ModuleDto[];

  @IsOptional()
  @IsUUID('all')
  agencyId?: string;
}

export class CopyProgramDto implements CopyProgramRequest {
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROGRAM_LIMITS.title)
  title?: string;
}

export class ProgramQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @IsOptional()
  @IsUUID('all')
  agencyId?: string;
}
