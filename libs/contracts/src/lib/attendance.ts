/**
 * Attendance statuses as Indonesian sign-in sheets write them: present, late, excused (izin), sick
 * (sakit) and absent without notice (alpa).
 */
export const ATTENDANCE_STATUSES = ['hadir', 'terlambat', 'izin', 'sakit', 'alpa'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Statuses that carry a reason and may carry evidence (a doctor's note, a letter). */
export const EXCUSED_STATUSES = ['izin', 'sakit'] as const;
export type ExcusedStatus = (typeof EXCUSED_STATUSES)[number];

/** Attendance is taken per session, or once per day (a batch setting). */
export const ATTENDANCE_MODES = ['session', 'day'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** How a record came about: the kiosk's rotating code, the organizer scanning a badge, or by hand. */
export const CHECK_IN_METHODS = ['kiosk', 'badge', 'manual', 'excuse'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** When a check-in counts, relative to the session (a batch setting). */
export interface CheckInRules {
  /** Minutes before the start from which people may check in. */
  opensBeforeMinutes: number;
  /** Minutes after the end until which a check-in is still taken. */
  closesAfterMinutes: number;
  /** Minutes after the start after which a check-in is recorded as terlambat. */
  lateAfterMinutes: number;
}

export const DEFAULT_CHECK_IN_RULES: CheckInRules = { opensBeforeMinutes: 30, closesAfterMinutes: 0, lateAfterMinutes: 15 };
/** A unit's key: a session's id, or a day (YYYY-MM-DD) when attendance is taken per day. */
export const UNIT_KEY_PATTERN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2})$/i;

/** Upper bound for each of the rule's minutes (a whole day). */
export const CHECK_IN_RULE_MAX_MINUTES = 1440;

/** The kiosk's code changes every this many seconds. */
export const KIOSK_CODE_STEP_SECONDS = 30;
/** Digits of the short code typed where a camera cannot scan. */
export const KIOSK_CODE_DIGITS = 6;
/** A check-in queued offline is taken up to this long after the scan. */
export const OFFLINE_CHECK_IN_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** Most people marked by hand in one request. */
export const ATTENDANCE_MARK_MAX = 1000;
/** Evidence for izin and sakit: a photo or a PDF, at most this many bytes. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

export interface AttendanceSettingsView extends CheckInRules {
  mode: AttendanceMode;
  /** Once records exist the mode can no longer change. */
  hasRecords: boolean;
}

export interface AttendanceSettingsRequest extends Partial<CheckInRules> {
  mode?: AttendanceMode;
}

/** What attendance is taken for: one session, or one day in per-day mode. */
export interface AttendanceUnitView {
  /** The session's id, or the local date (YYYY-MM-DD) in per-day mode. */
  key: string;
  /** The session's title, or the day's sessions' titles joined. */
  title: string;
  /** Local date at the venue. */
  date: string;
  startsAt: string;
  endsAt: string;
  /** The check-in window and the moment after which a check-in is terlambat. */
  opensAt: string;
  closesAt: string;
  lateAfter: string;
  sessionIds: string[];
}

export interface AttendanceRecordView {
  userId: string;
  unitKey: string;
  status: AttendanceStatus;
  method: CheckInMethod;
  /** Sent from a phone's offline queue. */
  offline: boolean;
  /** When the person was in the room (the scan, the badge, or the organizer's mark). */
  checkedInAt: string | null;
  reason: string | null;
  hasEvidence: boolean;
  updatedAt: string;
}

export interface AttendanceCounts {
  hadir: number;
  terlambat: number;
  izin: number;
  sakit: number;
  alpa: number;
  /** Expected people without any record yet. */
  none: number;
}

export interface AttendancePersonRow {
  userId: string;
  fullName: string;
  nip: string | null;
  unitName: string | null;
}

/** One session (or day) as the organizer follows it: everyone expected and their record. */
export interface AttendanceUnitSheet {
  batchId: string;
  batchName: string;
  programTitle: string;
  timeZone: import('./batches').TimeZone;
  unit: AttendanceUnitView;
  counts: AttendanceCounts;
  people: (AttendancePersonRow & { record: AttendanceRecordView | null })[];
}

/** The batch as people × units; cells follow `units`' order, null where nothing is recorded. */
export interface AttendanceGridView {
  batchId: string;
  batchName: string;
  programTitle: string;
  timeZone: import('./batches').TimeZone;
  mode: AttendanceMode;
  units: (AttendanceUnitView & { counts: AttendanceCounts })[];
  people: (AttendancePersonRow & { cells: (AttendanceRecordView | null)[]; attended: number; rate: number })[];
}

/** The projector view: the current code and who is in. */
export interface KioskView {
  batchId: string;
  batchName: string;
  programTitle: string;
  unit: AttendanceUnitView;
  /** Whether check-in is open now, not yet, or over. */
  window: 'notYet' | 'open' | 'closed';
  /** The short code (also inside the QR); empty unless the window is open. */
  code: string;
  /** Server time, and when the code changes, so the kiosk's countdown ignores its own clock. */
  serverNow: string;
  validUntil: string;
  stepSeconds: number;
  expected: number;
  present: number;
  late: number;
  /** The latest check-ins, newest first. */
  recent: { fullName: string; unitName: string | null; status: AttendanceStatus; checkedInAt: string }[];
}

export interface CheckInRequest {
  /** The short code, typed or read from the QR. */
  code: string;
  /** The batch and unit from the QR; absent when typed (the server finds the person's open unit). */
  batchId?: string;
  unitKey?: string;
  /** Set by the offline queue: milliseconds between the scan and sending, measured on the phone. */
  scannedAgoMs?: number;
}

export interface CheckInResult {
  batchId: string;
  batchName: string;
  programTitle: string;
  /** The venue's zone, in which the check-in time is shown. */
  timeZone: import('./batches').TimeZone;
  unit: AttendanceUnitView;
  status: AttendanceStatus;
  checkedInAt: string | null;
  /** The person was already recorded; nothing changed. */
  alreadyRecorded: boolean;
  offline: boolean;
}

/** A participant's personal QR, shown on the phone and printed on badges. */
export interface BadgeView {
  token: string;
  fullName: string;
  nip: string | null;
}

export interface BadgeScanRequest {
  token: string;
}

export interface BadgeScanResult {
  person: AttendancePersonRow;
  record: AttendanceRecordView;
  alreadyRecorded: boolean;
}

/** Organizer marks many people at once; people who already have a record are left as they are. */
export interface MarkAttendanceRequest {
  userIds: string[];
  status: AttendanceStatus;
  reason?: string | null;
}

export interface MarkAttendanceResult {
  marked: number;
  /** Already recorded, left unchanged (correct them one by one, with a reason). */
  skipped: number;
}

/** A correction of one person's record; the reason goes to the audit trail. */
export interface CorrectAttendanceRequest {
  status: AttendanceStatus;
  reason: string;
}

/** A participant's own attendance in one batch. */
export interface MyBatchAttendance {
  batchId: string;
  batchName: string;
  programTitle: string;
  timeZone: import('./batches').TimeZone;
  mode: AttendanceMode;
  /** Counted against every planned unit, held or not. */
  rate: number;
  attended: number;
  planned: number;
  units: { unit: AttendanceUnitView; record: AttendanceRecordView | null }[];
}
