import { ASSIGNMENT_LIMITS } from '@bimtek/contracts';
import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { invalidField } from '../common/errors/app-exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * multer's memory storage, plus which file went over the size limit: multer's own error does not
 * say, and by the time it is raised the parser may have moved on to the next file.
 */
class IndexedMemoryStorage {
  private next = 0;
  oversized: number | null = null;

  _handleFile(_request: unknown, file: { stream: Readable }, done: (error: Error | null, info?: { buffer: Buffer; size: number }) => void): void {
    const index = this.next++;
    const chunks: Buffer[] = [];
    file.stream.on('limit', () => (this.oversized ??= index));
    file.stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.stream.on('error', done);
    file.stream.on('end', () => {
      const buffer = Buffer.concat(chunks);
      done(null, { buffer, size: buffer.length });
    });
  }

  _removeFile(_request: unknown, file: { buffer?: Buffer }, done: (error: Error | null) => void): void {
    delete file.buffer;
    done(null);
  }
}

/**
 * Reads a hand-in's `files` with the assignment's own limits, so that multer stops at the first file
 * over the assignment's size (not only the global one) and never buffers more files than it takes.
 * What multer refuses becomes a field error naming the file, like every other invalid field.
 */
@Injectable()
export class SubmissionUploadInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<{ params: Record<string, string | undefined> }>();
    const limits = await this.limitsOf(request.params['assignmentId']);
    let received = 0;
    const storage = new IndexedMemoryStorage();
    const Upload = FilesInterceptor('files', undefined, {
      storage,
      // One more file than allowed reaches the filter, which names the problem.
      limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles + 1 },
      // Browsers send file names in UTF-8.
      defParamCharset: 'utf8',
      fileFilter: (_request, _file, accept) => {
        received++;
        if (received > limits.maxFiles) return accept(invalidField('files', 'tooManyFiles', [limits.maxFiles]), false);
        accept(null, true);
      },
    });
    try {
      return await new Upload().intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw invalidField(storage.oversized === null ? 'files' : `files[${storage.oversized}]`, 'fileTooLarge', [megabytes(limits.maxFileBytes)]);
      throw error;
    }
  }

  /** The assignment's limits; the global ones when it does not exist (the handler answers 404 then). */
  private async limitsOf(assignmentId: string | undefined): Promise<{ maxFiles: number; maxFileBytes: number }> {
    const global = { maxFiles: ASSIGNMENT_LIMITS.maxFiles, maxFileBytes: ASSIGNMENT_LIMITS.fileBytes };
    if (!assignmentId || !UUID.test(assignmentId)) return global;
    const [row] = await this.dataSource.query<{ max_files: number; max_file_bytes: number }[]>(`SELECT max_files, max_file_bytes FROM assignment WHERE id = $1`, [assignmentId]);
    if (!row) return global;
    return { maxFiles: Math.min(row.max_files, global.maxFiles), maxFileBytes: Math.min(row.max_file_bytes, global.maxFileBytes) };
  }
}
