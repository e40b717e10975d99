import { checkInUrl, clockOffsetMs, formatKioskCode, msUntil } from './kiosk-clock';

describe('kiosk clock', () => {
  it('counts down by the server’s clock when the projector’s runs five minutes behind', () => {
    const projectorNow = Date.parse('2024-12-02T00:55:00Z');
    // Asked 100 ms before projectorNow and answered 100 ms after; the server read its clock at 01:00:10.
    const offset = clockOffsetMs('2024-12-02T01:00:10.000Z', projectorNow - 100, projectorNow + 100);
    expect(offset).toBe(5 * 60_000 + 10_000);
    // The code is valid until 01:00:30: 20 s left then, 5 s left 15 s later.
    expect(msUntil('2024-12-02T01:00:30.000Z', offset, projectorNow)).toBe(20_000);
    expect(msUntil('2024-12-02T01:00:30.000Z', offset, projectorNow + 15_000)).toBe(5_000);
  });

  it('never counts below zero', () => {
    expect(msUntil('2024-12-02T01:00:30.000Z', 0, Date.parse('2024-12-02T01:01:00Z'))).toBe(0);
  });

  it('writes the code in two groups of three digits', () => {
    expect(formatKioskCode('123456')).toBe('123 456');
    expect(formatKioskCode('012 345')).toBe('012 345');
    expect(formatKioskCode('')).toBe('');
  });

  it('puts the check-in page with the batch, the unit and the code in the QR', () => {
    expect(checkInUrl('https://bimtek.example.go.id', 'b-1', '2024-12-02', '042117')).toBe('https://bimtek.example.go.id/hadir?b=b-1&u=2024-12-02&kode=042117');
  });
});
