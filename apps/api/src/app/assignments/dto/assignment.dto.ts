import {
  ASSIGNMENT_FILE_KINDS,
  ASSIGNMENT_LIMITS,
  type AssignmentDueRequest,
  type AssignmentFileKind,
  type AssignmentRequest,
  type GradeRequest,
} from '@bimtek/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trimmed, trimmedOrNull } from '../../common/transforms';
import { Max, MaxLength, Min, paramsMessage } from '../../common/validation/rules';

/** Rubric ids are made by the server; what comes back must look like one. */
const RUBRIC_ID = /^[A-Za-z0-9_-]{1,40}$/;
const DESCRIPTION_MAX = 1000;

export class RubricLevelDto {
  @IsOptional()
  @IsString()
  @Matches(RUBRIC_ID)
  id?: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSIGNMENT_LIMITS.levelTitle)
  title!: string;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @IsInt()
  @Min(0)
  @Max(ASSIGNMENT_LIMITS.levelPoints)
  points!: number;
}

export class RubricCriterionDto {
  @IsOptional()
  @IsString()
  @Matches(RUBRIC_ID)
  id?: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSIGNMENT_LIMITS.criterionTitle)
  title!: string;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  /** From the weakest to the strongest. */
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ASSIGNMENT_LIMITS.levels, { message: paramsMessage })
  @ValidateNested({ each: true })
  @Type(() => RubricLevelDto)
  levels!: RubricLevelDto[];
}

export class AssignmentDto implements AssignmentRequest {
  @IsUUID('all')
  moduleId!: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSIGNMENT_LIMITS.title)
  title!: string;

  /** Markdown. */
  @Transform(trimmed)
  @IsString()
  @MaxLength(ASSIGNMENT_LIMITS.instructions)
  instructions!: string;

  @IsIn(ASSIGNMENT_FILE_KINDS)
  fileKind!: AssignmentFileKind;

  /** Default: 1 (0 when no files are asked for). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ASSIGNMENT_LIMITS.maxFiles)
  minFiles?: number;

  /** Default: as many as minFiles, at least 1 (0 when no files are asked for). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ASSIGNMENT_LIMITS.maxFiles)
  maxFiles?: number;

  /** Per file; default and at most ASSIGNMENT_LIMITS.fileBytes. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSIGNMENT_LIMITS.fileBytes)
  maxFileBytes?: number;

  @IsOptional()
  @IsBoolean()
  textRequired?: boolean;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ASSIGNMENT_LIMITS.criteria, { message: paramsMessage })
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric!: RubricCriterionDto[];
}

export class AssignmentDueDto implements AssignmentDueRequest {
  /** ISO 8601 with an offset; null for no due date. */
  @ValidateIf((dto: AssignmentDueDto) => dto.dueAt !== null)
  @IsISO8601({ strict: true })
  dueAt!: string | null;
}

export class GradeDto implements GradeRequest {
  /** Criterion id → the chosen level id, one for every criterion. */
  @IsObject()
  levels!: Record<string, string>;

  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(ASSIGNMENT_LIMITS.comment)
  comment?: string | null;

  /** The version the grader saw; null (or absent) when grading for the first time. */
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number | null;
}

export const QUEUE_STATUSES = ['ungraded', 'graded', 'all'] as const;

export class GradingQueueQueryDto {
  @IsOptional()
  @IsUUID('all')
  batchId?: string;

  /** Default: ungraded. */
  @IsOptional()
  @IsIn(QUEUE_STATUSES)
  status?: (typeof QUEUE_STATUSES)[number];
}

export class FileVariantQueryDto {
  @IsOptional()
  @IsIn(['thumb'])
  variant?: 'thumb';
}

/** A JSON array sent as a multipart text field; anything else is left for the validators to refuse. */
const jsonArray = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/** The text fields of a hand-in (multipart); the files come beside them as `files`. */
export class SubmissionFieldsDto {
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(ASSIGNMENT_LIMITS.text)
  text?: string | null;

  /** One per file of the hand-in: the kept ones first, in the order of keepFileIds, then the new ones. */
  @IsOptional()
  @Transform(jsonArray)
  @IsArray()
  @ArrayMaxSize(ASSIGNMENT_LIMITS.maxFiles, { message: paramsMessage })
  @IsString({ each: true })
  @MaxLength(ASSIGNMENT_LIMITS.caption, { each: true })
  captions?: string[];

  /** Files of the previous hand-in to keep, in the order they should stay in. */
  @IsOptional()
  @Transform(jsonArray)
  @IsArray()
  @ArrayMaxSize(ASSIGNMENT_LIMITS.maxFiles, { message: paramsMessage })
  @ArrayUnique()
  @IsUUID('all', { each: true })
  keepFileIds?: string[];
}
