import { WebRoutes } from '@bimtek/contracts';

/**
 * How far the server's clock is ahead of this device's, from one response. The server read its clock
 * somewhere between sending and receiving, so the midpoint is the best guess; a projector whose own
 * clock is minutes off still counts down in step with the codes.
 */
export function clockOffsetMs(serverNow: string, sentAt: number, receivedAt: number): number {
  return new Date(serverNow).getTime() - (sentAt + receivedAt) / 2;
}

/** Milliseconds until the code changes, by the server's clock; never negative. */
export function msUntil(validUntil: string, offsetMs: number, now: number): number {
  return Math.max(0, new Date(validUntil).getTime() - (now + offsetMs));
}

/** "123456" → "123 456", easier to read from the back of a hall and to type. */
export function formatKioskCode(code: string): string {
  const digits = code.replace(/\s+/g, '');
  return digits.length > 3 ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits;
}

/** What the kiosk's QR holds: the participant's check-in page with the batch, the unit and the code. */
export function checkInUrl(origin: string, batchId: string, unitKey: string, code: string): string {
  const query = [`b=${encodeURIComponent(batchId)}`, `u=${encodeURIComponent(unitKey)}`, `kode=${encodeURIComponent(code)}`].join('&');
  return `${origin}/${WebRoutes.checkIn}?${query}`;
}
