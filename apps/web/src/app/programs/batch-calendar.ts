import type { BatchView } from '@bimtek/contracts';

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  day: number;
  inMonth: boolean;
  batches: BatchView[];
}

/** "2026-12" plus or minus months. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, m - 1 + by, 1));
  return shifted.toISOString().slice(0, 7);
}

/** The first and last date the month's grid shows (whole weeks, Monday first). */
export function gridRange(month: string): { from: string; to: string } {
  const weeks = monthGrid(month, []);
  return { from: weeks[0]?.[0]?.date ?? `${month}-01`, to: weeks.at(-1)?.at(-1)?.date ?? `${month}-28` };
}

/**
 * A month as weeks of seven days, Monday first as on Indonesian office calendars, each day with the
 * batches that take place on it. Dates are compared as ISO strings, so no time zone can shift a day.
 */
export function monthGrid(month: string, batches: readonly BatchView[]): CalendarDay[][] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first.getTime() - mondayOffset * 86_400_000);
  const weeks: CalendarDay[][] = [];
  for (let cursor = start; weeks.length < 6; ) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = cursor.toISOString().slice(0, 10);
      week.push({
        date,
        day: cursor.getUTCDate(),
        inMonth: date.startsWith(month),
        batches: batches.filter((b) => b.startDate <= date && b.endDate >= date),
      });
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
    // Stop after the week holding the month's last day.
    if (!cursor.toISOString().startsWith(month)) break;
  }
  return weeks;
}
