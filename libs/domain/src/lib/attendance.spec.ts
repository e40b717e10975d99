import { DEFAULT_CHECK_IN_RULES } from '@bimtek/contracts';
import { attendanceRate, codeStep, judgeCheckIn } from './attendance';

const session = { startsAt: new Date('2026-11-23T01:00:00Z'), endsAt: new Date('2026-11-23T04:30:00Z') }; // 08:00–11:30 WIB
const at = (iso: string) => new Date(iso);

describe('check-in window', () => {
  it('takes a check-in from 30 minutes before the start, late after 15 minutes, until the end', () => {
    expect(judgeCheckIn(session, at('2026-11-23T00:29:00Z'), DEFAULT_CHECK_IN_RULES)).toEqual({ accepted: false, reason: 'tooEarly' });
    expect(judgeCheckIn(session, at('2026-11-23T00:30:00Z'), DEFAULT_CHECK_IN_RULES)).toEqual({ accepted: true, status: 'hadir' });
    expect(judgeCheckIn(session, at('2026-11-23T01:15:00Z'), DEFAULT_CHECK_IN_RULES)).toEqual({ accepted: true, status: 'hadir' });
    expect(judgeCheckIn(session, at('2026-11-23T01:15:01Z'), DEFAULT_CHECK_IN_RULES)).toEqual({ accepted: true, status: 'terlambat' });
    expect(judgeCheckIn(session, at('2026-11-23T04:30:00Z'), DEFAULT_CHECK_IN_RULES)).toEqual({ accepted: true, status: 'terlambat' });
    expect(judgeCheckIn(session, at('2026-11-23T04:30:01Z'), DEFAULT_CHECK_IN_RULES)).toEqual({ accepted: false, reason: 'tooLate' });
  });

  it('follows the batch’s own settings', () => {
    const rules = { opensBeforeMinutes: 60, closesAfterMinutes: 30, lateAfterMinutes: 0 };
    expect(judgeCheckIn(session, at('2026-11-23T00:00:00Z'), rules)).toEqual({ accepted: true, status: 'hadir' });
    expect(judgeCheckIn(session, at('2026-11-23T01:00:01Z'), rules)).toEqual({ accepted: true, status: 'terlambat' });
    expect(judgeCheckIn(session, at('2026-11-23T05:00:00Z'), rules)).toEqual({ accepted: true, status: 'terlambat' });
  });
});

describe('attendance rate', () => {
  it('counts against every planned session, not only the ones held so far', () => {
    expect(attendanceRate(['hadir', 'terlambat'], 10)).toBe(20);
    expect(attendanceRate(['hadir', 'izin', 'sakit', 'alpa'], 4)).toBe(25);
  });

  it('never rounds up to a threshold', () => {
    // 8 of 9 is 88.88…%: below a 90 % threshold, and not shown as 88.9.
    expect(attendanceRate(Array.from({ length: 8 }, () => 'hadir' as const), 9)).toBe(88.8);
    expect(attendanceRate([], 0)).toBe(0);
  });
});

describe('rotating codes', () => {
  it('numbers 30-second steps, so a code lasts from one half minute to the next', () => {
    expect(codeStep(at('2026-11-23T01:00:00Z'), 30)).toBe(codeStep(at('2026-11-23T01:00:29.999Z'), 30));
    expect(codeStep(at('2026-11-23T01:00:30Z'), 30)).toBe(codeStep(at('2026-11-23T01:00:00Z'), 30) + 1);
  });
});
