import { HttpErrorResponse } from '@angular/common/http';
import { ErrorCode, ROSTER_MAX_BYTES, type RosterPreview, type RosterRowAction, type RosterRowView } from '@bimtek/contracts';
import { errorBodyOf } from '../core/server-errors';
import type { I18n, TranslationParams } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';

/** A sentence to show, still to be translated. */
export interface Message {
  key: TranslationKey;
  params?: TranslationParams;
}

/** File types the API reads; Excel's old `.xls` and `.ods` are not among them. */
const ROSTER_EXTENSIONS = /\.(xlsx|csv)$/i;

/**
 * "1,5 MB" in the reader's language. Rounded up, so a file just over the limit never reads as
 * exactly the limit ("5 MB, but at most 5 MB").
 */
export function fileSize(bytes: number, locale: string): string {
  const kilobytes = Math.ceil(bytes / 1024);
  if (kilobytes < 100) return `${new Intl.NumberFormat(locale).format(kilobytes)} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.ceil(bytes / (1024 * 1024) * 10) / 10)} MB`;
}

/**
 * Why a chosen file cannot be sent, or null. Only the obvious mistakes (wrong type, empty, too big)
 * are caught here, so people hear about them before a long upload; the server decides the rest.
 */
export function checkRosterFile(file: File, locale: string): Message | null {
  if (!ROSTER_EXTENSIONS.test(file.name)) return { key: 'roster.fileType', params: { name: file.name } };
  if (file.size === 0) return { key: 'roster.fileEmpty', params: { name: file.name } };
  if (file.size > ROSTER_MAX_BYTES) {
    return { key: 'roster.fileTooLarge', params: { name: file.name, size: fileSize(file.size, locale), max: fileSize(ROSTER_MAX_BYTES, locale) } };
  }
  return null;
}

/** How many people an import of this preview would enrol. */
export function peopleToEnroll(preview: RosterPreview): number {
  return preview.toCreate + preview.toMatch;
}

/** Why the import button is disabled for this preview, or null when the file can be imported. */
export function importBlocker(preview: RosterPreview): Message | null {
  if (preview.withProblems > 0) return { key: 'roster.problemsBlock', params: { count: preview.withProblems } };
  if (preview.total === 0) return { key: 'roster.noRows' };
  if (peopleToEnroll(preview) === 0) return { key: 'roster.nothingToImport' };
  return null;
}

export const rosterActionLabel = (action: RosterRowAction): TranslationKey => `roster.action.${action}`;

const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  nip: 'person.nip',
  nik: 'person.nik',
  name: 'person.fullName',
  email: 'common.email',
  unit: 'person.unit',
  rank: 'person.rank',
};

/** The column a row's problem is about, as the reader knows it; null for anything else. */
export function problemFieldLabel(field: string): TranslationKey | null {
  return FIELD_LABELS[field] ?? null;
}

export function rowHasProblemIn(row: RosterRowView, field: string): boolean {
  return row.problems.some((problem) => problem.field === field);
}

/**
 * A failed upload in sentences for the page: the server's field messages ("the first row must name
 * the columns"), the size limit for a 413, or its message (a batch that no longer takes participants).
 */
export function uploadErrorMessages(error: unknown, i18n: I18n): string[] {
  if (error instanceof HttpErrorResponse && error.status === 413) {
    return [i18n.t('roster.tooLarge', { max: fileSize(ROSTER_MAX_BYTES, i18n.locale()) })];
  }
  const body = errorBodyOf(error);
  if (!body) return [i18n.t(error instanceof HttpErrorResponse && error.status === 0 ? 'error.network' : 'error.unexpected')];
  if (body.code === ErrorCode.ValidationFailed && body.errors?.length) return [...new Set(body.errors.map((e) => e.message))];
  return [body.message];
}

/** True when the import was refused because rows have problems the preview did not show (the data changed since). */
export function refusedForRows(error: unknown): boolean {
  return errorBodyOf(error)?.errors?.some((e) => e.field.startsWith('rows.')) ?? false;
}
