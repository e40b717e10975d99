import {
  EXCUSED_STATUSES,
  type AttendanceCounts,
  type AttendanceRecordView,
  type AttendanceStatus,
  type CheckInMethod,
  type TimeZone,
} from '@bimtek/contracts';
import type { TranslationKey } from '../i18n/id';
import { localParts } from '../training/zoned-time';

export const attendanceStatusLabel = (status: AttendanceStatus): TranslationKey => `attendance.status.${status}`;
export const checkInMethodLabel = (method: CheckInMethod): TranslationKey => `attendance.method.${method}`;

/** The letters of Indonesian sign-in sheets (and of the printed recap), in both languages. */
const STATUS_LETTERS: Readonly<Record<AttendanceStatus, string>> = { hadir: 'H', terlambat: 'T', izin: 'I', sakit: 'S', alpa: 'A' };

/** What a grid cell shows: H, T, I, S or A, and a dash where nothing is recorded. */
export function cellLetter(record: Pick<AttendanceRecordView, 'status'> | null): string {
  return record ? STATUS_LETTERS[record.status] : '–';
}

/** The counts in the order a sheet lists them; `none` is "belum" (no record yet). */
export const COUNT_KINDS = ['hadir', 'terlambat', 'izin', 'sakit', 'alpa', 'none'] as const satisfies readonly (keyof AttendanceCounts)[];
export type CountKind = (typeof COUNT_KINDS)[number];
export const countLabel = (kind: CountKind): TranslationKey => (kind === 'none' ? 'attendance.count.none' : attendanceStatusLabel(kind));

/** Everyone expected: the counts include those without a record. */
export function expectedOf(counts: AttendanceCounts): number {
  return COUNT_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** In the room: hadir and terlambat. */
export function presentOf(counts: AttendanceCounts): number {
  return counts.hadir + counts.terlambat;
}

/** Izin and sakit need a reason; the server refuses them without one. */
export function needsReason(status: AttendanceStatus): boolean {
  return (EXCUSED_STATUSES as readonly string[]).includes(status);
}

/** Whom "mark everyone not yet recorded" concerns. */
export function unrecordedIds(people: readonly { userId: string; record: unknown }[]): string[] {
  return people.filter((person) => person.record === null).map((person) => person.userId);
}

/** The rate the API rounds down to one decimal, written the local way: "87,5 %", "87.5 %". */
export function formatRate(rate: number, locale: string): string {
  return `${rate.toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
}

/** The clock time (HH:MM) at the venue, or '' for a record without one (izin, sakit, alpa). */
export function venueTime(iso: string | null, timeZone: TimeZone | null | undefined): string {
  return iso ? localParts(iso, timeZone).time : '';
}

const SHORT_DATES = new Map<string, Intl.DateTimeFormat>();

/** A grid header's date, short: "Sen, 2 Des" / "Mon, 2 Dec". The date is the venue's, so no zone shift. */
export function shortDate(date: string, locale: string): string {
  let format = SHORT_DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    SHORT_DATES.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

const EVIDENCE_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** The API names every evidence file "bukti"; saved as "bukti-rina-wati.jpg" it opens with the right program. */
export function evidenceFileName(fullName: string, contentType: string | null | undefined): string {
  const slug = fullName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const extension = EVIDENCE_EXTENSIONS[(contentType ?? '').split(';')[0]?.trim() ?? ''];
  return `bukti${slug ? `-${slug}` : ''}${extension ? `.${extension}` : ''}`;
}
