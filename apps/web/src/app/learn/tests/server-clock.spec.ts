import { clockOffset, dueWarning, formatRemaining, remainingMs } from './server-clock';

const DEADLINE = '2024-11-18T02:00:00Z';

describe('the test countdown', () => {
  it('counts down by the server’s clock when the phone’s clock is 7 minutes fast', () => {
    const serverNow = Date.parse('2024-11-18T01:30:00Z');
    const phoneNow = serverNow + 7 * 60_000;
    const offset = clockOffset(new Date(serverNow).toISOString(), phoneNow);

    expect(remainingMs(DEADLINE, offset, phoneNow)).toBe(30 * 60_000);
    // Ten seconds later on the phone, ten seconds less.
    expect(remainingMs(DEADLINE, offset, phoneNow + 10_000)).toBe(30 * 60_000 - 10_000);
  });

  it('counts down by the server’s clock when the phone’s clock is behind', () => {
    const serverNow = Date.parse('2024-11-18T01:59:00Z');
    const phoneNow = serverNow - 3 * 3600_000;
    const offset = clockOffset(new Date(serverNow).toISOString(), phoneNow);

    expect(formatRemaining(remainingMs(DEADLINE, offset, phoneNow))).toBe('1:00');
  });

  it('never goes below zero', () => {
    expect(remainingMs(DEADLINE, 0, Date.parse(DEADLINE) + 5000)).toBe(0);
    expect(formatRemaining(0)).toBe('0:00');
  });

  it('shows hours only for long tests and rounds seconds up', () => {
    expect(formatRemaining(90 * 60_000)).toBe('1:30:00');
    expect(formatRemaining(4 * 60_000 + 4_001)).toBe('4:05');
  });

  it('warns at five minutes and again at one minute', () => {
    expect(dueWarning(5 * 60_000 + 1)).toBeNull();
    expect(dueWarning(5 * 60_000)).toBe(5 * 60_000);
    expect(dueWarning(61_000)).toBe(5 * 60_000);
    expect(dueWarning(60_000)).toBe(60_000);
  });
});
