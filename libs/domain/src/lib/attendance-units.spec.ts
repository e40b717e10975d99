import { DEFAULT_CHECK_IN_RULES } from '@bimtek/contracts';
import { attendanceUnits, localDateIn } from './attendance-units';

// Two days in Makassar (WITA, +08:00): two sessions on the first, one on the second.
const sessions = [
  { id: 's3', title: 'Fotografi', startsAt: new Date('2026-11-24T00:00:00Z'), endsAt: new Date('2026-11-24T03:00:00Z') },
  { id: 's1', title: 'Pembukaan', startsAt: new Date('2026-11-23T00:00:00Z'), endsAt: new Date('2026-11-23T01:00:00Z') },
  { id: 's2', title: 'Jurnalistik', startsAt: new Date('2026-11-23T01:00:00Z'), endsAt: new Date('2026-11-23T08:00:00Z') },
];

describe('attendance units', () => {
  it('per session: one unit per session in time order, each with its own window', () => {
    const units = attendanceUnits(sessions, 'session', DEFAULT_CHECK_IN_RULES, 'Asia/Makassar');
    expect(units.map((u) => u.key)).toEqual(['s1', 's2', 's3']);
    expect(units[1].opensAt.toISOString()).toBe('2026-11-23T00:30:00.000Z');
    expect(units[1].lateAfter.toISOString()).toBe('2026-11-23T01:15:00.000Z');
    expect(units[1].closesAt.toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('per day: the sessions of one local date form one unit from the first start to the last end', () => {
    const units = attendanceUnits(sessions, 'day', { opensBeforeMinutes: 60, closesAfterMinutes: 10, lateAfterMinutes: 5 }, 'Asia/Makassar');
    expect(units.map((u) => [u.key, u.title, u.sessionIds])).toEqual([
      ['2026-11-23', 'Pembukaan · Jurnalistik', ['s1', 's2']],
      ['2026-11-24', 'Fotografi', ['s3']],
    ]);
    expect(units[0].opensAt.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(units[0].lateAfter.toISOString()).toBe('2026-11-23T00:05:00.000Z');
    expect(units[0].closesAt.toISOString()).toBe('2026-11-23T08:10:00.000Z');
  });

  it('reads the date at the venue, not in UTC', () => {
    // 07:30 WIT on 23 November is still 22 November in UTC.
    expect(localDateIn(new Date('2026-11-22T22:30:00Z'), 'Asia/Jayapura')).toBe('2026-11-23');
    expect(localDateIn(new Date('2026-11-22T22:30:00Z'), 'Asia/Jakarta')).toBe('2026-11-23');
    expect(localDateIn(new Date('2026-11-22T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-11-22');
  });
});
