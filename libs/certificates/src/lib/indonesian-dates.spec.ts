import { formatDateId, formatDateRangeId } from './indonesian-dates';

describe(formatDateId.name, () => {
  it('writes the date as in Indonesian letters, without a leading zero', () => {
    expect(formatDateId('2026-07-25')).toBe('25 Juli 2026');
    expect(formatDateId('2026-03-05')).toBe('5 Maret 2026');
  });
});

describe(formatDateRangeId.name, () => {
  it('names month and year once when the training stays within a month', () => {
    expect(formatDateRangeId('2026-07-20', '2026-07-24')).toBe('20–24 Juli 2026');
  });

  it('names both months when it runs into the next one', () => {
    expect(formatDateRangeId('2026-07-30', '2026-08-03')).toBe('30 Juli – 3 Agustus 2026');
  });

  it('names both years across the new year', () => {
    expect(formatDateRangeId('2025-12-29', '2026-01-02')).toBe('29 Desember 2025 – 2 Januari 2026');
  });

  it('writes a one-day training as one date', () => {
    expect(formatDateRangeId('2026-02-11', '2026-02-11')).toBe('11 Februari 2026');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDateRangeId('24/07/2026', '2026-07-24')).toThrow(RangeError);
  });
});
