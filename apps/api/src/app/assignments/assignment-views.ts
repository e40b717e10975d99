import { ApiRoutes, type AssignmentView, type GradeView, type SubmissionFileView, type SubmissionView } from '@bimtek/contracts';
import { displayName, rubricMaxPoints, scorePercent } from '@bimtek/domain';
import { In, type EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import type { Assignment } from './assignment.entity';
import { SubmissionFile } from './submission-file.entity';
import { Submission } from './submission.entity';

export function assignmentView(assignment: Assignment, hasGrades: boolean): AssignmentView {
  return {
    id: assignment.id,
    programId: assignment.programId,
    moduleId: assignment.moduleId,
    title: assignment.title,
    instructions: assignment.instructions,
    fileKind: assignment.fileKind,
    minFiles: assignment.minFiles,
    maxFiles: assignment.maxFiles,
    maxFileBytes: assignment.maxFileBytes,
    textRequired: assignment.textRequired,
    rubric: assignment.rubric,
    maxPoints: rubricMaxPoints(assignment.rubric),
    hasGrades,
  };
}

/** The ids among the given assignments that have at least one graded submission (in any batch). */
export async function gradedAssignmentIds(manager: EntityManager, assignmentIds: string[]): Promise<Set<string>> {
  if (assignmentIds.length === 0) return new Set();
  const rows = await manager.query<{ assignment_id: string }[]>(
    `SELECT DISTINCT assignment_id FROM submission WHERE assignment_id = ANY($1) AND grade_version > 0`,
    [assignmentIds],
  );
  return new Set(rows.map((r) => r.assignment_id));
}

export function submissionFilePath(submissionId: string, fileId: string): string {
  return `${ApiRoutes.submissions}/${submissionId}/files/${fileId}`;
}

function fileView(file: SubmissionFile): SubmissionFileView {
  const url = submissionFilePath(file.submissionId, file.id);
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    caption: file.caption,
    url,
    thumbUrl: file.thumbKey ? `${url}?variant=thumb` : null,
  };
}

export function gradeView(submission: Submission, graderName: string): GradeView | null {
  if (submission.gradeVersion === 0 || !submission.gradeLevels || !submission.gradedAt || !submission.gradedBy) return null;
  const points = submission.gradePoints ?? 0;
  const maxPoints = submission.gradeMaxPoints ?? 0;
  return {
    levels: submission.gradeLevels,
    points,
    maxPoints,
    percent: scorePercent(points, maxPoints),
    comment: submission.gradeComment,
    gradedBy: { id: submission.gradedBy, name: graderName },
    gradedAt: submission.gradedAt.toISOString(),
    version: submission.gradeVersion,
  };
}

/** Display names by user id, titles included. */
export async function namesOf(manager: EntityManager, userIds: string[]): Promise<Map<string, { name: string; nip: string | null }>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const users = await manager.find(User, { where: { id: In(ids) }, select: { id: true, fullName: true, titleBefore: true, titleAfter: true, nip: true } });
  return new Map(users.map((u) => [u.id, { name: displayName(u.fullName, u.titleBefore, u.titleAfter), nip: u.nip?.trim() ?? null }]));
}

/**
 * Views of several submissions with a fixed number of queries. `showGrade` decides per submission
 * whether its grade may be seen: graders always, the participant only once released.
 */
export async function submissionViews(manager: EntityManager, submissions: Submission[], showGrade: (s: Submission) => boolean): Promise<SubmissionView[]> {
  if (submissions.length === 0) return [];
  const [files, names] = await Promise.all([
    manager.find(SubmissionFile, { where: { submissionId: In(submissions.map((s) => s.id)) }, order: { position: 'ASC' } }),
    namesOf(manager, submissions.flatMap((s) => [s.userId, ...(s.gradedBy ? [s.gradedBy] : [])])),
  ]);
  const filesOf = new Map<string, SubmissionFileView[]>();
  for (const file of files) filesOf.set(file.submissionId, [...(filesOf.get(file.submissionId) ?? []), fileView(file)]);
  return submissions.map((s) => ({
    id: s.id,
    assignmentId: s.assignmentId,
    batchId: s.batchId,
    user: { id: s.userId, name: names.get(s.userId)?.name ?? '', nip: names.get(s.userId)?.nip ?? null },
    text: s.text,
    files: filesOf.get(s.id) ?? [],
    submittedAt: s.submittedAt.toISOString(),
    late: s.late,
    version: s.version,
    grade: showGrade(s) ? gradeView(s, s.gradedBy ? (names.get(s.gradedBy)?.name ?? '') : '') : null,
  }));
}

export async function submissionView(manager: EntityManager, submission: Submission, showGrade: boolean): Promise<SubmissionView> {
  const [view] = await submissionViews(manager, [submission], () => showGrade);
  return view;
}

export function isGraded(submission: Pick<Submission, 'gradeVersion'>): boolean {
  return submission.gradeVersion > 0;
}
