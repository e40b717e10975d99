import { dateRange, dayHeading } from './local-dates';

describe(dayHeading.name, () => {
  it('names the day as an Indonesian timetable does, and in English on request', () => {
    expect(dayHeading('2026-12-07', 'id')).toBe('Senin, 7 Desember 2026');
    expect(dayHeading('2027-01-01', 'id')).toBe('Jumat, 1 Januari 2027');
    expect(dayHeading('2026-12-07', 'en')).toBe('Monday, 7 December 2026');
  });
});

describe(dateRange.name, () => {
  it('writes a batch’s dates as a range, the month and year once where they are shared', () => {
    expect(dateRange('2026-12-07', '2026-12-11', 'id')).toBe('7–11 Desember 2026');
    expect(dateRange('2026-11-30', '2026-12-04', 'id')).toBe('30 November – 4 Desember 2026');
    expect(dateRange('2026-12-07', '2026-12-07', 'id')).toBe('7 Desember 2026');
  });

  it('writes the range in English too, and a single day on its own', () => {
    expect(dateRange('2026-12-30', '2027-01-02', 'en')).toBe('30 December 2026 – 2 January 2027');
    expect(dateRange('2026-12-07', '2026-12-07', 'en')).toBe('7 December 2026');
  });
});
