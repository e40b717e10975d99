import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { canTeach, loadBatchContext } from '../learning/learning-access';
import { FileStorage } from '../storage/file-storage';
import { Assignment } from './assignment.entity';
import { SubmissionFile } from './submission-file.entity';
import { Submission } from './submission.entity';
import { downloadDisposition } from './uploaded-files';

export interface SubmissionDownload {
  content: Buffer;
  contentType: string;
  disposition: string;
}

/** Handed-in files, for the participant they belong to and those who may grade them; nobody else. */
@Injectable()
export class SubmissionFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async download(submissionId: string, fileId: string, thumbnail: boolean, principal: Principal): Promise<SubmissionDownload> {
    const manager = this.dataSource.manager;
    const file = await manager.findOneBy(SubmissionFile, { id: fileId, submissionId });
    if (!file) throw notFound();
    const submission = await manager.findOneByOrFail(Submission, { id: submissionId });
    if (submission.userId !== principal.id) {
      const assignment = await manager.findOneByOrFail(Assignment, { id: submission.assignmentId });
      if (!(await canTeach(manager, principal, await loadBatchContext(manager, submission.batchId), assignment.moduleId))) throw forbidden();
    }
    const key = thumbnail ? file.thumbKey : file.fileKey;
    const content = key ? await this.storage.get(key) : null;
    if (!content) throw notFound();
    const contentType = thumbnail ? 'image/webp' : file.contentType;
    return { content, contentType, disposition: downloadDisposition(file.fileName, contentType, thumbnail ? '-kecil' : '') };
  }
}
