import { TIME_ZONES, type AttendanceMode, type CheckInRules, type TimeZone } from '@bimtek/contracts';
import { checkInWindow, type CheckInWindow } from './attendance';

const MINUTE_MS = 60_000;

export interface UnitSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/** What attendance is taken for, with its check-in window; see AttendanceUnitView. */
export interface AttendanceUnit extends CheckInWindow {
  key: string;
  title: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
  sessionIds: string[];
}

/** The local date (YYYY-MM-DD) of an instant at a venue in one of Indonesia's fixed-offset zones. */
export function localDateIn(instant: Date, zone: TimeZone): string {
  const offset = TIME_ZONES[zone];
  const offsetMs = (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * MINUTE_MS;
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 10);
}

/**
 * The units attendance is taken for, in time order. Per session, each session is a unit keyed by
 * its id. Per day, the sessions of one local date form a unit keyed by the date: its window runs
 * from before the day's first session to after its last, and lateness counts from the first start.
 */
export function attendanceUnits(sessions: readonly UnitSession[], mode: AttendanceMode, rules: CheckInRules, zone: TimeZone): AttendanceUnit[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const groups: { key: string; sessions: UnitSession[] }[] = [];
  for (const s of sorted) {
    const key = mode === 'day' ? localDateIn(s.startsAt, zone) : s.id;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.sessions.push(s);
    else groups.push({ key, sessions: [s] });
  }
  return groups.map(({ key, sessions: group }) => {
    const startsAt = group[0].startsAt;
    const endsAt = new Date(Math.max(...group.map((s) => s.endsAt.getTime())));
    return {
      key,
      title: group.map((s) => s.title).join(' · '),
      date: localDateIn(startsAt, zone),
      startsAt,
      endsAt,
      ...checkInWindow({ startsAt, endsAt }, rules),
      sessionIds: group.map((s) => s.id),
    };
  });
}
