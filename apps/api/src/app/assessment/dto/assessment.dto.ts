import {
  ASSESSMENT_LIMITS,
  QUESTION_KINDS,
  TEST_KINDS,
  type EssayGradeRequest,
  type GivenAnswer,
  type QuestionKind,
  type QuestionRequest,
  type SaveAnswerRequest,
  type SubmitAttemptRequest,
  type TestKind,
  type TestRequest,
  type TestWindowRequest,
} from '@bimtek/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../common/transforms';
import { Max, MaxLength, Min } from '../../common/validation/rules';

export class QuestionDto implements QuestionRequest {
  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSESSMENT_LIMITS.prompt)
  prompt!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_LIMITS.options)
  @IsString({ each: true })
  @MaxLength(ASSESSMENT_LIMITS.optionText, { each: true })
  options?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_LIMITS.options)
  @IsInt({ each: true })
  correctIndexes?: number[];

  @IsOptional()
  @IsBoolean()
  correct?: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_LIMITS.accepted)
  @IsString({ each: true })
  @MaxLength(ASSESSMENT_LIMITS.shortAnswer, { each: true })
  accepted?: string[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.points)
  points?: number;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(ASSESSMENT_LIMITS.explanation)
  explanation?: string | null;
}

export class TestDto implements TestRequest {
  @IsIn(TEST_KINDS)
  kind!: TestKind;

  @IsOptional()
  @IsUUID('all')
  moduleId?: string | null;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSESSMENT_LIMITS.testTitle)
  title!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  questionCount?: number | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.timeLimitMinutes)
  timeLimitMinutes?: number | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.maxAttempts)
  maxAttempts?: number;

  @IsOptional()
  @IsBoolean()
  shuffleQuestions?: boolean;

  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;
}

export class TestWindowDto implements TestWindowRequest {
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true })
  opensAt!: string | null;

  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true })
  closesAt!: string | null;
}

/** The answer's own shape is checked against its question by the service (kinds differ per question). */
export class SaveAnswerDto implements SaveAnswerRequest {
  @IsObject()
  answer!: GivenAnswer;
}

export class PositionedAnswerDto {
  @IsInt()
  @Min(1)
  @Max(500)
  position!: number;

  @IsObject()
  answer!: GivenAnswer;
}

export class SubmitAttemptDto implements SubmitAttemptRequest {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PositionedAnswerDto)
  answers?: PositionedAnswerDto[];
}

export class EssayGradeDto implements EssayGradeRequest {
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(ASSESSMENT_LIMITS.points)
  points!: number;
}
