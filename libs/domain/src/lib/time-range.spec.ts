import { rangesOverlap } from './time-range';

const at = (time: string) => new Date(`2024-11-18T${time}:00+07:00`);
const range = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe(rangesOverlap.name, () => {
  it('finds a conflict when two sessions share any minute', () => {
    expect(rangesOverlap(range('08:00', '09:30'), range('09:00', '10:30'))).toBe(true);
    expect(rangesOverlap(range('09:00', '10:30'), range('08:00', '09:30'))).toBe(true);
  });

  it('finds a conflict when one session lies inside another', () => {
    expect(rangesOverlap(range('08:00', '12:00'), range('09:00', '09:45'))).toBe(true);
    expect(rangesOverlap(range('09:00', '09:45'), range('08:00', '12:00'))).toBe(true);
    expect(rangesOverlap(range('09:00', '09:45'), range('09:00', '09:45'))).toBe(true);
  });

  it('lets sessions run back to back', () => {
    expect(rangesOverlap(range('08:00', '09:30'), range('09:30', '11:00'))).toBe(false);
    expect(rangesOverlap(range('09:30', '11:00'), range('08:00', '09:30'))).toBe(false);
  });

  it('sees no conflict between separate sessions or with an empty range', () => {
    expect(rangesOverlap(range('08:00', '09:00'), range('13:00', '14:00'))).toBe(false);
    expect(rangesOverlap(range('10:00', '10:00'), range('08:00', '12:00'))).toBe(false);
  });

  it('compares instants, so the same moment written in another time zone conflicts', () => {
    const jakarta = range('08:00', '09:00');
    const utc = { start: new Date('2024-11-18T01:30:00Z'), end: new Date('2024-11-18T02:30:00Z') };
    expect(rangesOverlap(jakarta, utc)).toBe(true);
  });

  it('refuses a range that ends before it starts or has an invalid date', () => {
    expect(() => rangesOverlap(range('10:00', '09:00'), range('08:00', '12:00'))).toThrow(RangeError);
    expect(() => rangesOverlap(range('08:00', '09:00'), { start: new Date('nope'), end: at('10:00') })).toThrow(RangeError);
  });
});
