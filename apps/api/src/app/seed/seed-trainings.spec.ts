import { batchDays } from './seed-trainings';

describe(batchDays.name, () => {
  const wednesday = new Date('2026-11-18T03:00:00Z');
  const sunday = new Date('2026-11-22T03:00:00Z');

  it('runs a five-day batch Monday to Friday of the current week', () => {
    expect(batchDays(wednesday, 0, 5)).toEqual({ startDate: '2026-11-16', endDate: '2026-11-20' });
  });

  it('takes the coming week when today is a weekend', () => {
    expect(batchDays(sunday, 0, 5)).toEqual({ startDate: '2026-11-23', endDate: '2026-11-27' });
  });

  it('skips the weekend inside a batch and moves one-day events off it', () => {
    expect(batchDays(wednesday, 2, 3)).toEqual({ startDate: '2026-11-16', endDate: '2026-11-18' });
    expect(batchDays(wednesday, 3, 1)).toEqual({ startDate: '2026-11-23', endDate: '2026-11-23' });
  });
});
