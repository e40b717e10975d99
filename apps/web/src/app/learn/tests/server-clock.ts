/** The countdown reminds the participant at these amounts of time left (ms), largest first. */
export const TIME_WARNINGS_MS = [5 * 60_000, 60_000] as const;

/**
 * How far the server's clock runs ahead of this phone's (ms, negative when behind). Phones are often
 * minutes off; the countdown is the server's `deadline` against the phone's clock plus this offset.
 */
export function clockOffset(serverNow: string, phoneNow: number = Date.now()): number {
  return Date.parse(serverNow) - phoneNow;
}

/** Time left until the deadline as the server counts it, never below zero. */
export function remainingMs(deadline: string, offset: number, phoneNow: number = Date.now()): number {
  return Math.max(0, Date.parse(deadline) - (phoneNow + offset));
}

/** "4:05" or "1:02:09"; seconds are rounded up so that "0:00" means the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The warning due at this amount of time left: the smallest threshold reached, or null. */
export function dueWarning(ms: number): number | null {
  const reached = TIME_WARNINGS_MS.filter((threshold) => ms <= threshold);
  return reached.length > 0 ? Math.min(...reached) : null;
}
