import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor, type Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, type Observable } from 'rxjs';
import { invalidField } from './errors/app-exception';

/** The part of multer's file an endpoint uses (the file is held in memory). */
export interface UploadedFileData {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Interceptors for an endpoint taking one file in the multipart field `file`: multer stops at
 * `maxBytes`, and its bare 413 becomes a field error that says the limit, like any invalid field.
 */
export function singleFileUpload(maxBytes: number): Type<NestInterceptor>[] {
  @Injectable()
  class TooLargeAsFieldError implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next.handle().pipe(
        catchError((error: unknown) => {
          if (error instanceof PayloadTooLargeException) throw invalidField('file', 'fileTooLarge', [Math.round((maxBytes / 1024 / 1024) * 10) / 10]);
          throw error;
        }),
      );
    }
  }
  // Browsers send file names in UTF-8.
  return [TooLargeAsFieldError, FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1 }, defParamCharset: 'utf8' })];
}

/** The multipart body with one file, for the OpenAPI document. */
export function singleFileBody(description: string) {
  return { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description } } } };
}
