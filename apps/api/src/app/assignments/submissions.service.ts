import { ErrorCode, type MyAssignmentView, type SubmissionView } from '@bimtek/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppException, FieldValidationException, invalidField, type RawFieldError } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { assertEnrolled } from '../learning/learning-access';
import { FileStorage } from '../storage/file-storage';
import { assignmentView, gradedAssignmentIds, isGraded, submissionView, submissionViews } from './assignment-views';
import { AssignmentSchedule } from './assignment-schedule.entity';
import type { Assignment } from './assignment.entity';
import { programAssignments } from './assignments.service';
import { assignmentOfBatch, schedulesOf } from './batch-assignments';
import type { SubmissionFieldsDto } from './dto/assignment.dto';
import { SubmissionFile } from './submission-file.entity';
import { Submission } from './submission.entity';
import { checkUploadedFiles, type CheckedFile, type IncomingFile } from './uploaded-files';

/**
 * Whether a participant may hand in (again): freely until the due date; after it only a first hand-in
 * (flagged late); never once graded.
 */
export function handInState(dueAt: Date | null, submission: Pick<Submission, 'gradeVersion'> | null, now: Date): Pick<MyAssignmentView, 'canSubmit' | 'closedReason'> {
  const closedReason = submission && isGraded(submission) ? 'graded' : submission && dueAt && now > dueAt ? 'pastDue' : null;
  return { canSubmit: closedReason === null, closedReason };
}

interface StoredFile extends CheckedFile {
  fileKey: string;
  thumbKey: string | null;
}

/** Participants' side of assignments: what is asked, what they handed in, and handing in. */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async list(batchId: string, principal: Principal): Promise<MyAssignmentView[]> {
    const manager = this.dataSource.manager;
    const batch = await assertEnrolled(manager, principal.id, batchId);
    return this.views(manager, batchId, principal.id, await programAssignments(manager, batch.programId));
  }

  async get(batchId: string, assignmentId: string, principal: Principal): Promise<MyAssignmentView> {
    const manager = this.dataSource.manager;
    const batch = await assertEnrolled(manager, principal.id, batchId);
    const [view] = await this.views(manager, batchId, principal.id, [await assignmentOfBatch(manager, batch, assignmentId)]);
    return view;
  }

  /**
   * Hands in (again): the files kept from the last hand-in (in the order given) followed by the new
   * ones, with their captions, and the text. Files are written first and the rows in one transaction;
   * files of a failed hand-in are removed, and files it replaced once it has committed.
   */
  async submit(batchId: string, assignmentId: string, fields: SubmissionFieldsDto, files: IncomingFile[], principal: Principal): Promise<SubmissionView> {
    const manager = this.dataSource.manager;
    const batch = await assertEnrolled(manager, principal.id, batchId);
    const assignment = await assignmentOfBatch(manager, batch, assignmentId);
    const keep = fields.keepFileIds ?? [];
    const text = fields.text ?? null;
    assertComplete(assignment, keep.length + files.length, text, fields.captions);
    const stored = await this.store(await checkUploadedFiles(files, assignment));

    let replaced: string[] = [];
    const submissionId = await this.dataSource
      .transaction(async (tx) => {
        // Shared with other hand-ins, exclusive with a rubric change or a delete of the assignment.
        await assignmentOfBatch(tx, batch, assignmentId, true);
        const schedule = await tx.findOneBy(AssignmentSchedule, { assignmentId, batchId });
        const now = new Date();
        const pastDue = !!schedule?.dueAt && now > schedule.dueAt;
        // The unique index makes a second hand-in sent at the same moment wait here, then take the update path.
        const [created] = await tx.query<{ id: string }[]>(
          `WITH created AS (
             INSERT INTO submission (assignment_id, batch_id, user_id, text, submitted_at, late, version) VALUES ($1, $2, $3, $4, $5, $6, 1)
             ON CONFLICT (assignment_id, batch_id, user_id) DO NOTHING RETURNING id)
           SELECT id FROM created`,
          [assignmentId, batchId, principal.id, text, now, pastDue],
        );
        let previous: SubmissionFile[] = [];
        let id: string;
        if (created) {
          id = created.id;
        } else {
          const existing = await tx.findOneOrFail(Submission, { where: { assignmentId, batchId, userId: principal.id }, lock: { mode: 'pessimistic_write' } });
          if (handInState(schedule?.dueAt ?? null, existing, now).closedReason) throw new AppException(HttpStatus.CONFLICT, ErrorCode.SubmissionClosed);
          id = existing.id;
          previous = await tx.find(SubmissionFile, { where: { submissionId: id } });
          await tx.update(Submission, id, { text, submittedAt: now, late: false, version: () => 'version + 1' });
        }
        if (keep.some((fileId) => !previous.some((f) => f.id === fileId))) throw invalidField('keepFileIds', 'unknownFile');
        const dropped = previous.filter((f) => !keep.includes(f.id));
        if (dropped.length) await tx.delete(SubmissionFile, { id: In(dropped.map((f) => f.id)) });
        replaced = dropped.flatMap((f) => [f.fileKey, ...(f.thumbKey ? [f.thumbKey] : [])]);
        const caption = (position: number, fallback: string | null) => (fields.captions ? fields.captions[position]?.trim() || null : fallback);
        for (const [position, fileId] of keep.entries()) {
          const file = previous.find((f) => f.id === fileId);
          await tx.update(SubmissionFile, fileId, { position, caption: caption(position, file?.caption ?? null) });
        }
        if (stored.length) {
          await tx.insert(
            SubmissionFile,
            stored.map((file, i) => ({
              submissionId: id,
              position: keep.length + i,
              fileKey: file.fileKey,
              thumbKey: file.thumbKey,
              fileName: file.name,
              contentType: file.contentType,
              sizeBytes: file.content.length,
              caption: caption(keep.length + i, null),
            })),
          );
        }
        return id;
      })
      .catch(async (error: unknown) => {
        await this.remove(stored.flatMap((f) => [f.fileKey, ...(f.thumbKey ? [f.thumbKey] : [])]));
        throw error;
      });
    await this.remove(replaced);
    return submissionView(manager, await manager.findOneByOrFail(Submission, { id: submissionId }), false);
  }

  private async views(manager: EntityManager, batchId: string, userId: string, assignments: Assignment[]): Promise<MyAssignmentView[]> {
    const ids = assignments.map((a) => a.id);
    if (ids.length === 0) return [];
    const [schedules, graded, submissions] = await Promise.all([
      schedulesOf(manager, batchId, ids),
      gradedAssignmentIds(manager, ids),
      manager.find(Submission, { where: { batchId, userId, assignmentId: In(ids) } }),
    ]);
    const released = (assignmentId: string) => !!schedules.get(assignmentId)?.gradesReleasedAt;
    // Participants never see a grade before it is released.
    const views = await submissionViews(manager, submissions, (s) => released(s.assignmentId));
    const now = new Date();
    return assignments.map((a) => {
      const dueAt = schedules.get(a.id)?.dueAt ?? null;
      const index = submissions.findIndex((s) => s.assignmentId === a.id);
      return {
        ...assignmentView(a, graded.has(a.id)),
        batchId,
        dueAt: dueAt?.toISOString() ?? null,
        ...handInState(dueAt, submissions[index] ?? null, now),
        gradesReleased: released(a.id),
        submission: views[index] ?? null,
      };
    });
  }

  /** Written before the transaction: a failed one leaves files to remove, never a row without its file. */
  private async store(files: CheckedFile[]): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    try {
      for (const file of files) {
        const entry: StoredFile = { ...file, fileKey: FileStorage.newKey('submissions'), thumbKey: file.thumbnail ? FileStorage.newKey('submission-thumbs') : null };
        stored.push(entry);
        await this.storage.put(entry.fileKey, file.content);
        if (entry.thumbKey && file.thumbnail) await this.storage.put(entry.thumbKey, file.thumbnail);
      }
      return stored;
    } catch (error) {
      await this.remove(stored.flatMap((f) => [f.fileKey, ...(f.thumbKey ? [f.thumbKey] : [])]));
      throw error;
    }
  }

  /** Best effort: a file left behind takes space but is never served (no row points at it). */
  private async remove(keys: string[]): Promise<void> {
    await Promise.allSettled(keys.map((key) => this.storage.delete(key)));
  }
}

/** What can be told without the database: how many files in all, whether anything is handed in, captions per file. */
function assertComplete(assignment: Assignment, fileCount: number, text: string | null, captions: string[] | undefined): void {
  const errors: RawFieldError[] = [];
  if (fileCount > assignment.maxFiles) errors.push({ field: 'files', code: 'tooManyFiles', params: [assignment.maxFiles] });
  else if (fileCount < assignment.minFiles) errors.push({ field: 'files', code: 'tooFewFiles', params: [assignment.minFiles] });
  if (assignment.textRequired && !text) errors.push({ field: 'text', code: 'textRequired' });
  if (fileCount === 0 && !text && errors.length === 0) {
    errors.push(assignment.maxFiles === 0 ? { field: 'text', code: 'textRequired' } : { field: 'files', code: 'tooFewFiles', params: [1] });
  }
  if (captions && captions.length !== fileCount) errors.push({ field: 'captions', code: 'captionsMismatch', params: [fileCount] });
  if (errors.length) throw new FieldValidationException(errors);
}
