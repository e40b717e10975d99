/** Assignments handed in as files (photos, documents) and text, graded by trainers with a rubric. */
export const SUBMISSION_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] as const;
export type SubmissionFileType = (typeof SUBMISSION_FILE_TYPES)[number];

/** What an assignment accepts: photos only, documents only, or any of the above. */
export const ASSIGNMENT_FILE_KINDS = ['images', 'documents', 'any', 'none'] as const;
export type AssignmentFileKind = (typeof ASSIGNMENT_FILE_KINDS)[number];

export const ASSIGNMENT_LIMITS = {
  title: 200,
  instructions: 20_000,
  text: 50_000,
  caption: 500,
  maxFiles: 10,
  /** Per file; an assignment may set less. */
  fileBytes: 10 * 1024 * 1024,
  criteria: 12,
  levels: 6,
  criterionTitle: 200,
  levelTitle: 100,
  levelPoints: 100,
  comment: 5000,
} as const;

export interface RubricLevel {
  id: string;
  title: string;
  description: string | null;
  points: number;
}

export interface RubricCriterion {
  id: string;
  title: string;
  description: string | null;
  /** From the weakest to the strongest. */
  levels: RubricLevel[];
}

export interface AssignmentView {
  id: string;
  programId: string;
  moduleId: string;
  title: string;
  /** Markdown. */
  instructions: string;
  fileKind: AssignmentFileKind;
  minFiles: number;
  maxFiles: number;
  maxFileBytes: number;
  /** Whether a text (an article, a plan, captions) is asked for. */
  textRequired: boolean;
  rubric: RubricCriterion[];
  /** The sum of each criterion's best level. */
  maxPoints: number;
  /** Once any submission is graded, the rubric cannot change. */
  hasGrades: boolean;
}

/** Levels and criteria without an id are new; the server assigns ids. */
export interface AssignmentRequest {
  moduleId: string;
  title: string;
  instructions: string;
  fileKind: AssignmentFileKind;
  minFiles?: number;
  maxFiles?: number;
  maxFileBytes?: number;
  textRequired?: boolean;
  rubric: { id?: string; title: string; description?: string | null; levels: { id?: string; title: string; description?: string | null; points: number }[] }[];
}

/** An assignment in one batch: its due date and where grading stands. */
export interface BatchAssignmentView extends AssignmentView {
  dueAt: string | null;
  gradesReleasedAt: string | null;
  participants: number;
  submitted: number;
  graded: number;
}

export interface AssignmentDueRequest {
  dueAt: string | null;
}

export interface SubmissionFileView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  caption: string | null;
  /** API paths (relative to the API prefix); thumbUrl only for images. */
  url: string;
  thumbUrl: string | null;
}

export interface GradeView {
  /** Criterion id → the chosen level id. */
  levels: Record<string, string>;
  points: number;
  maxPoints: number;
  percent: number;
  comment: string | null;
  gradedBy: { id: string; name: string };
  gradedAt: string;
  /** Sent back with a change so that a concurrent change by someone else is refused, not lost. */
  version: number;
}

export interface SubmissionView {
  id: string;
  assignmentId: string;
  batchId: string;
  user: { id: string; name: string; nip: string | null };
  text: string | null;
  files: SubmissionFileView[];
  submittedAt: string;
  /** Handed in (first, or last changed) after the due date. */
  late: boolean;
  /** How many times it was handed in. */
  version: number;
  /** Participants see it only once released; graders always. */
  grade: GradeView | null;
}

/** A participant's view of one assignment in their batch. */
export interface MyAssignmentView extends AssignmentView {
  batchId: string;
  dueAt: string | null;
  /** Whether handing in (again) is still possible, and if not, why. */
  canSubmit: boolean;
  closedReason: 'graded' | 'pastDue' | null;
  gradesReleased: boolean;
  submission: SubmissionView | null;
}

/** A submission in a trainer's queue. */
export interface GradingQueueItem {
  submissionId: string;
  assignmentId: string;
  assignmentTitle: string;
  batchId: string;
  batchLabel: string;
  moduleTitle: string;
  user: { id: string; name: string };
  submittedAt: string;
  late: boolean;
  graded: boolean;
  points: number | null;
  maxPoints: number;
}

export interface GradeRequest {
  levels: Record<string, string>;
  comment?: string | null;
  /** The version the grader saw; null (or absent) when grading for the first time. */
  expectedVersion?: number | null;
}
