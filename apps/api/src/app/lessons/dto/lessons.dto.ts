import { LESSON_LIMITS, type LessonOrderRequest, type LessonRequest } from '@bimtek/contracts';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsDefined, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID } from 'class-validator';
import { trimmed, trimmedOrNull } from '../../common/transforms';
import { MaxLength } from '../../common/validation/rules';

/** A lesson as written by an organizer; a PUT replaces every field (an omitted video link or lock is cleared). */
export class LessonDto implements LessonRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LESSON_LIMITS.title)
  title!: string;

  /** Markdown; may be empty when the lesson is a video or a file. */
  @IsDefined()
  @IsString()
  @MaxLength(LESSON_LIMITS.body)
  body!: string;

  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(LESSON_LIMITS.videoUrl)
  // Only web links: a `javascript:` or `data:` link would run in the participant's browser.
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  videoUrl?: string | null;

  @IsOptional()
  @IsBoolean()
  lockedUntilPrevious?: boolean;
}

export class LessonOrderDto implements LessonOrderRequest {
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  lessonIds!: string[];
}
