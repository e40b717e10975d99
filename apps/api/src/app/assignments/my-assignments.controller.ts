import { ApiRoutes, ASSIGNMENT_LIMITS, Permission, type MyAssignmentView, type SubmissionView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Put, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { SubmissionFieldsDto } from './dto/assignment.dto';
import { SubmissionUploadInterceptor } from './submission-upload.interceptor';
import { SubmissionsService } from './submissions.service';
import type { IncomingFile } from './uploaded-files';

const myAssignments = `${ApiRoutes.myLearning}/:batchId/assignments`;

/** A participant's assignments in a batch they hold an approved place in (403 `NOT_ENROLLED` otherwise). */
@ApiTags('assignments')
@Controller()
export class MyAssignmentsController {
  constructor(private readonly submissions: SubmissionsService) {}

  /** Every assignment of the batch with the caller's hand-in; grades only once released. */
  @RequirePermission(Permission.LearningSelf)
  @Get(myAssignments)
  list(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<MyAssignmentView[]> {
    return this.submissions.list(batchId, principal);
  }

  @RequirePermission(Permission.LearningSelf)
  @Get(`${myAssignments}/:assignmentId`)
  get(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('assignmentId', uuidPipe('assignmentId')) assignmentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MyAssignmentView> {
    return this.submissions.get(batchId, assignmentId, principal);
  }

  /**
   * Hands in, or hands in again until the due date (after it only a first hand-in, flagged late;
   * never once graded: 409 `SUBMISSION_CLOSED`). The hand-in's files are the kept ones, in the order
   * of `keepFileIds`, then the new `files`; `captions` has one entry per file of that list.
   * Every file's type is read from its content. Problems are field errors: `files[i]` (`fileType`,
   * `fileTooLarge`, `imageUnreadable`), `files` (`tooManyFiles`, `tooFewFiles`), `text`
   * (`textRequired`), `captions` (`captionsMismatch`), `keepFileIds` (`unknownFile`).
   */
  @RequirePermission(Permission.LearningSelf)
  @Put(`${myAssignments}/:assignmentId/submission`)
  @UseInterceptors(SubmissionUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        files: {
          type: 'array',
          items: { type: 'string', format: 'binary' },
          description: `New files: JPEG, PNG or WebP photos and PDF or Word (DOCX) documents, as the assignment allows; at most ${ASSIGNMENT_LIMITS.maxFiles}, each at most the assignment's maxFileBytes`,
        },
        captions: { type: 'string', description: 'JSON array of strings: one caption per file of the hand-in (kept files first, then new ones); "" for none' },
        keepFileIds: { type: 'string', description: 'JSON array of ids of files of the previous hand-in to keep, in order' },
        text: { type: 'string', description: `The written part, at most ${ASSIGNMENT_LIMITS.text} characters` },
      },
    },
  })
  submit(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('assignmentId', uuidPipe('assignmentId')) assignmentId: string,
    @Body() fields: SubmissionFieldsDto,
    @UploadedFiles() files: IncomingFile[] | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionView> {
    return this.submissions.submit(batchId, assignmentId, fields, files ?? [], principal);
  }
}
