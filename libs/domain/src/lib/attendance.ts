import type { AttendanceStatus, CheckInRules } from '@bimtek/contracts';

const MINUTE_MS = 60_000;

export type CheckInOutcome = { accepted: true; status: Extract<AttendanceStatus, 'hadir' | 'terlambat'> } | { accepted: false; reason: 'tooEarly' | 'tooLate' };

/** A check-in window: from when it counts, after when it is late, until when it is taken. */
export interface CheckInWindow {
  opensAt: Date;
  lateAfter: Date;
  closesAt: Date;
}

/** The window of a session (or a day's sessions, from the first start to the last end) under the batch's rules. */
export function checkInWindow(session: { startsAt: Date; endsAt: Date }, rules: CheckInRules): CheckInWindow {
  return {
    opensAt: new Date(session.startsAt.getTime() - rules.opensBeforeMinutes * MINUTE_MS),
    lateAfter: new Date(session.startsAt.getTime() + rules.lateAfterMinutes * MINUTE_MS),
    closesAt: new Date(session.endsAt.getTime() + rules.closesAfterMinutes * MINUTE_MS),
  };
}

/**
 * Whether a check-in at `at` counts, and as what: inside [opensAt, closesAt], terlambat after
 * lateAfter. The moment is the server's (or a scanned code's vouched-for time), never the phone's clock.
 */
export function judgeInWindow(window: CheckInWindow, at: Date): CheckInOutcome {
  const time = at.getTime();
  if (time < window.opensAt.getTime()) return { accepted: false, reason: 'tooEarly' };
  if (time > window.closesAt.getTime()) return { accepted: false, reason: 'tooLate' };
  return { accepted: true, status: time > window.lateAfter.getTime() ? 'terlambat' : 'hadir' };
}

export function judgeCheckIn(session: { startsAt: Date; endsAt: Date }, at: Date, rules: CheckInRules): CheckInOutcome {
  return judgeInWindow(checkInWindow(session, rules), at);
}

/** Statuses that count as attending; izin and sakit are excused but not attended. */
export const ATTENDED: readonly AttendanceStatus[] = ['hadir', 'terlambat'];

/** In the room: hadir or terlambat, with a check-in time. */
export function isAttended(status: AttendanceStatus): boolean {
  return ATTENDED.includes(status);
}

/**
 * A participant's attendance rate in percent, over every planned session of the batch, not only
 * those already held: someone who attended the first two of ten sessions stands at 20 %, not 100 %.
 * Rounded down to one decimal, so a threshold of 90 % is never met by rounding up.
 */
export function attendanceRate(records: readonly AttendanceStatus[], plannedSessions: number): number {
  if (plannedSessions <= 0) return 0;
  const attended = Math.min(records.filter(isAttended).length, plannedSessions);
  return Math.floor((attended / plannedSessions) * 1000) / 10;
}

/** Rotating kiosk codes change every `stepSeconds`; the code shown in step n was visible from n·step until (n+1)·step. */
export function codeStep(at: Date, stepSeconds: number): number {
  return Math.floor(at.getTime() / (stepSeconds * 1000));
}
