import type { CompletionRules, PredicateBand, SetCompletionOverrideRequest } from '@bimtek/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsNumber, IsString, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { trimmed } from '../../common/transforms';
import { Max, MaxLength, Min, paramsMessage } from '../../common/validation/rules';

export class PredicateBandDto implements PredicateBand {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  label!: string;

  @ValidateIf((_, value) => value !== null)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  above!: number | null;
}

export class CompletionRulesDto implements CompletionRules {
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent!: number;

  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  minFinalScore!: number;

  @ValidateIf((_, value) => value !== null)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  postTestMinScore!: number | null;

  @IsArray()
  @ArrayMaxSize(50, { message: paramsMessage })
  @IsUUID('all', { each: true })
  requiredAssignmentIds!: string[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PredicateBandDto)
  predicateBands!: PredicateBandDto[];
}

export class ReasonDto {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class CompletionOverrideDto extends ReasonDto implements SetCompletionOverrideRequest {
  @IsBoolean()
  passed!: boolean;
}
