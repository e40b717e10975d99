import { instantOf, localDate, localDateTime } from './local-time';

describe('local time at the venue', () => {
  it('reads 08:00 in Padang (WIB) as 01:00 UTC and back', () => {
    const instant = instantOf('2024-11-18', '08:00', 'Asia/Jakarta');
    expect(instant.toISOString()).toBe('2024-11-18T01:00:00.000Z');
    expect(localDateTime(instant, 'Asia/Jakarta')).toBe('2024-11-18 08:00');
  });

  it('puts an early-morning WIT session on its own local day, not the UTC one', () => {
    const instant = instantOf('2024-11-18', '07:30', 'Asia/Jayapura');
    expect(instant.toISOString()).toBe('2024-11-17T22:30:00.000Z');
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2024-11-18');
  });
});
