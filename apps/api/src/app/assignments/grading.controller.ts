import { ApiRoutes, Permission, SUBMISSION_FILE_TYPES, type AssignmentView, type GradeView, type GradingQueueItem, type SubmissionView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { FileVariantQueryDto, GradeDto, GradingQueueQueryDto } from './dto/assignment.dto';
import { GradingService } from './grading.service';
import { SubmissionFilesService } from './submission-files.service';

const submission = `${ApiRoutes.submissions}/:id`;

/** Trainers grade the work of the modules they teach (organizers: their agency's batches) with the assignment's rubric. */
@ApiTags('assignments')
@Controller()
export class GradingController {
  constructor(
    private readonly grading: GradingService,
    private readonly files: SubmissionFilesService,
  ) {}

  /** Submissions to grade across every batch the caller teaches; ungraded first, oldest first. Default status: ungraded. */
  @RequirePermission(Permission.LearningTeach)
  @Get(ApiRoutes.gradingQueue)
  queue(@Query() query: GradingQueueQueryDto, @CurrentPrincipal() principal: Principal): Promise<GradingQueueItem[]> {
    return this.grading.queue(query, principal);
  }

  /** The submission with its grade, and the assignment with its rubric. */
  @RequirePermission(Permission.LearningTeach)
  @Get(submission)
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<{ submission: SubmissionView; assignment: AssignmentView }> {
    return this.grading.get(id, principal);
  }

  /**
   * A level for every criterion (400 `levelsIncomplete` / `unknownLevel` on `levels.<criterionId>`) and
   * a comment. Send the grade's `version` as `expectedVersion` (none when grading for the first time):
   * if someone saved in between, 409 `GRADE_CONFLICT` with their grade in `details.current`. Audited.
   */
  @RequirePermission(Permission.LearningTeach)
  @Put(`${submission}/grade`)
  grade(@Param('id', uuidPipe()) id: string, @Body() dto: GradeDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<GradeView> {
    return this.grading.grade(id, dto, principal, originOf(req));
  }

  /**
   * A handed-in file (`?variant=thumb`: its WebP thumbnail) as a download, for the participant it
   * belongs to and those who may grade it; 403 for anyone else.
   */
  @RequirePermission(Permission.ProfileOwn)
  @Get(`${submission}/files/:fileId`)
  @ApiProduces(...SUBMISSION_FILE_TYPES)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async file(
    @Param('id', uuidPipe()) id: string,
    @Param('fileId', uuidPipe('fileId')) fileId: string,
    @Query() query: FileVariantQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.files.download(id, fileId, query.variant === 'thumb', principal);
    res
      .status(200)
      .type(file.contentType)
      .set({
        'Content-Disposition': file.disposition,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
        'Cache-Control': 'private, no-store',
      })
      .send(file.content);
  }
}
