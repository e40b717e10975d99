/** How a programme's final score is weighed; the three weights add up to 100. */
export interface GradeWeights {
  attendance: number;
  tests: number;
  assignments: number;
}

export const DEFAULT_GRADE_WEIGHTS: GradeWeights = { attendance: 20, tests: 40, assignments: 40 };

export interface GradebookColumn {
  /** `attendance`, `test:<id>` or `assignment:<id>`. */
  key: string;
  kind: 'attendance' | 'test' | 'assignment';
  title: string;
}

export interface GradebookRow {
  userId: string;
  name: string;
  nip: string | null;
  /** Column key → percent (null: not taken, not graded or not released). */
  scores: Record<string, number | null>;
  attendance: number;
  tests: number | null;
  assignments: number | null;
  final: number;
  passed: boolean;
}

export interface GradebookView {
  batchId: string;
  weights: GradeWeights;
  passingScore: number;
  columns: GradebookColumn[];
  rows: GradebookRow[];
}

/** A participant's own row of their batch's gradebook, with the rules it was computed by. */
export interface MyGradesView extends GradebookRow {
  weights: GradeWeights;
  passingScore: number;
}
