import type { BatchView } from '@bimtek/contracts';
import { gridRange, monthGrid, shiftMonth } from './batch-calendar';

const batch = (id: string, startDate: string, endDate: string) => ({ id, startDate, endDate }) as BatchView;

describe('batch calendar', () => {
  it('lays a month out in whole weeks starting on Monday', () => {
    // December 2026 begins on a Tuesday and ends on a Thursday.
    const weeks = monthGrid('2026-12', []);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks[0]?.[0]?.inMonth).toBe(false);
    expect(weeks.at(-1)?.at(-1)?.date).toBe('2027-01-03');
    expect(gridRange('2026-12')).toEqual({ from: '2026-11-30', to: '2027-01-03' });
  });

  it('puts a five-day batch on each of its days, across a week boundary', () => {
    const weeks = monthGrid('2026-12', [batch('ii', '2026-12-04', '2026-12-08'), batch('iii', '2026-12-21', '2026-12-21')]);
    const days = weeks.flat().filter((d) => d.batches.some((b) => b.id === 'ii')).map((d) => d.date);
    expect(days).toEqual(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08']);
    expect(weeks.flat().find((d) => d.date === '2026-12-21')?.batches.map((b) => b.id)).toEqual(['iii']);
  });

  it('moves between months across a year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});
