import { LESSON_LIMITS } from '@bimtek/contracts';
import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, type Observable } from 'rxjs';
import { invalidField } from '../common/errors/app-exception';

/** multer reads one file of at most the limit; browsers send file names in UTF-8. */
export const attachmentUpload = FileInterceptor('file', { limits: { fileSize: LESSON_LIMITS.attachmentBytes, files: 1 }, defParamCharset: 'utf8' });

/**
 * multer stops a file over the limit with a bare 413; the form wants to say which field and what the
 * limit is, like every other invalid field. Bind it before `attachmentUpload` so that it wraps it.
 */
@Injectable()
export class FileTooLargeAsFieldError implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) throw invalidField('file', 'fileTooLarge', [LESSON_LIMITS.attachmentBytes / 1024 / 1024]);
        throw error;
      }),
    );
  }
}

/** The multipart body of an attachment upload, for the OpenAPI document. */
export const attachmentBody = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'JPEG, PNG, WebP, PDF or PowerPoint (PPTX), at most 20 MB; the type is read from the content' } },
  },
};
