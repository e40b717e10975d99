import { LESSON_ATTACHMENT_TYPES, LESSON_LIMITS, Permission, type LessonAttachmentView } from '@bimtek/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { forbidden, invalidField, notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { managesAgency } from '../learning/learning-access';
import { FileStorage } from '../storage/file-storage';
import { sniffContentType } from '../storage/sniff-content-type';
import { displayFileName } from '../common/file-name';
import { LessonAttachment } from './lesson-attachment.entity';
import { attachmentView } from './lesson-view';
import { loadManagedLesson } from './managed-lesson';
import { deleteStoredFiles } from './stored-files';

/** The part of multer's file that is used. */
export interface UploadedAttachment {
  buffer: Buffer;
  originalname?: string;
}

export interface AttachmentFile {
  content: Buffer;
  attachment: LessonAttachment;
}

const MB = 1024 * 1024;

/** Files of a lesson: images shown in its text, PDFs and slides. */
@Injectable()
export class LessonAttachmentsService {
  private readonly logger = new Logger(LessonAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** The type comes from the bytes; the name is kept only to show and to download under. */
  async upload(lessonId: string, file: UploadedAttachment | undefined, principal: Principal): Promise<LessonAttachmentView> {
    await loadManagedLesson(this.dataSource.manager, principal, lessonId);
    if (!file) throw invalidField('file', 'fileRequired');
    const fileName = displayFileName(file.originalname, 'lampiran');
    if (file.buffer.length > LESSON_LIMITS.attachmentBytes) throw invalidField('file', 'fileTooLarge', [LESSON_LIMITS.attachmentBytes / MB]);
    const contentType = sniffContentType(file.buffer);
    if (!contentType || !(LESSON_ATTACHMENT_TYPES as readonly string[]).includes(contentType)) throw invalidField('file', 'fileType', [fileName]);

    const key = FileStorage.newKey('lessons');
    // Stored before the transaction: a failed transaction leaves an unreferenced file (removed below), never a row without its file.
    await this.storage.put(key, file.buffer);
    const id = await this.dataSource
      .transaction(async (manager) => {
        await loadManagedLesson(manager, principal, lessonId, true);
        const count = await manager.countBy(LessonAttachment, { lessonId });
        if (count >= LESSON_LIMITS.attachments) throw invalidField('file', 'tooManyFiles', [LESSON_LIMITS.attachments]);
        const saved = await manager.save(LessonAttachment, manager.create(LessonAttachment, { lessonId, fileKey: key, fileName, contentType, sizeBytes: file.buffer.length }));
        return saved.id;
      })
      .catch(async (error: unknown) => {
        await deleteStoredFiles(this.storage, [key], this.logger);
        throw error;
      });
    return attachmentView(await this.dataSource.getRepository(LessonAttachment).findOneByOrFail({ id }));
  }

  async remove(lessonId: string, attachmentId: string, principal: Principal): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      await loadManagedLesson(manager, principal, lessonId, true);
      const attachment = await manager.findOneBy(LessonAttachment, { id: attachmentId, lessonId });
      if (!attachment) throw notFound();
      await manager.delete(LessonAttachment, attachment.id);
      return attachment.fileKey;
    });
    await deleteStoredFiles(this.storage, [key], this.logger);
  }

  /**
   * The file, for organizers of the programme's agency, trainers who teach in one of its batches,
   * and participants with an approved place in one of its batches.
   */
  async open(lessonId: string, attachmentId: string, principal: Principal): Promise<AttachmentFile> {
    const [row] = await this.dataSource.query<{ program_id: string; agency_id: string }[]>(
      `SELECT m.program_id, p.agency_id
         FROM lesson_attachment a
         JOIN lesson l ON l.id = a.lesson_id
         JOIN program_module m ON m.id = l.module_id
         JOIN program p ON p.id = m.program_id
        WHERE a.id = $1 AND a.lesson_id = $2`,
      [attachmentId, lessonId],
    );
    if (!row) throw notFound();
    if (!(await this.maySee(principal, row.program_id, row.agency_id))) throw forbidden();
    const attachment = await this.dataSource.getRepository(LessonAttachment).findOneByOrFail({ id: attachmentId });
    const content = await this.storage.get(attachment.fileKey);
    if (!content) throw notFound();
    return { content, attachment };
  }

  private async maySee(principal: Principal, programId: string, agencyId: string): Promise<boolean> {
    if (managesAgency(principal, agencyId)) return true;
    if (principal.roles.includes('trainer')) {
      const [teaches] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM timetable_session s
           JOIN timetable_session_trainer t ON t.session_id = s.id
           JOIN batch b ON b.id = s.batch_id
          WHERE b.program_id = $1 AND t.user_id = $2
          LIMIT 1`,
        [programId, principal.id],
      );
      if (teaches) return true;
    }
    if (principal.permissions.includes(Permission.LearningSelf)) {
      const [enrolled] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM enrollment e JOIN batch b ON b.id = e.batch_id WHERE b.program_id = $1 AND e.user_id = $2 AND e.status = 'approved' LIMIT 1`,
        [programId, principal.id],
      );
      if (enrolled) return true;
    }
    return false;
  }
}
