/**
 * Attendance statuses as Indonesian sign-in sheets write them: present, late, excused (izin), sick
 * (sakit) and absent without notice (alpa).
 */
export const ATTENDANCE_STATUSES = ['hadir', 'terlambat', 'izin', 'sakit', 'alpa'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

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
