import type { FieldError } from './errors';

/** What an import will do with one row of the file. */
export type RosterRowAction = 'create' | 'match' | 'already_enrolled' | 'error';

export interface RosterRowView {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  nip: string | null;
  nik: string | null;
  name: string | null;
  email: string | null;
  unitName: string | null;
  action: RosterRowAction;
  /** The existing account the row was matched to. */
  userId: string | null;
  problems: FieldError[];
}

export interface RosterPreview {
  rows: RosterRowView[];
  total: number;
  toCreate: number;
  toMatch: number;
  alreadyEnrolled: number;
  withProblems: number;
}

export interface RosterImportResult extends RosterPreview {
  /** Enrollments written by this import (0 when the same file is imported again). */
  enrolled: number;
  waitlisted: number;
  accountsCreated: number;
}

/** Accepted upload formats and size. */
export const ROSTER_MAX_BYTES = 5 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 10_000;
