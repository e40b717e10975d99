import { type CheckInRequest, KIOSK_CODE_DIGITS, UNIT_KEY_PATTERN, WebRoutes } from '@bimtek/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = new RegExp(`^\\d{${KIOSK_CODE_DIGITS}}$`);

/** The kiosk code's digits, or null; people type `123 456` or `123-456` as the screen groups it. */
export function normalizeCode(value: string | null | undefined): string | null {
  const digits = (value ?? '').replace(/[\s-]/g, '');
  return CODE.test(digits) ? digits : null;
}

/** A check-in from the kiosk link's query (`hadir?b=<batch>&u=<unit>&kode=<code>`); null when it is incomplete or damaged. */
export function checkInFromParams(batchId: string | null | undefined, unitKey: string | null | undefined, kode: string | null | undefined): CheckInRequest | null {
  const code = normalizeCode(kode);
  if (!code) return null;
  if (batchId && !UUID.test(batchId)) return null;
  if (unitKey && !UNIT_KEY_PATTERN.test(unitKey)) return null;
  const request: CheckInRequest = { code };
  if (batchId) request.batchId = batchId;
  if (unitKey) request.unitKey = unitKey;
  return request;
}

/**
 * What a scanned QR asks for: one of our `/hadir?…` links (from any host, as the kiosk may be opened
 * under another address than the phone), or a bare six-digit code. Anything else, e.g. a participant
 * badge or a web address, is null.
 */
export function checkInFromText(text: string, base = 'http://localhost/'): CheckInRequest | null {
  const trimmed = text.trim();
  const bare = normalizeCode(trimmed);
  if (bare) return { code: bare };
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !url.pathname.replace(/\/+$/, '').endsWith(`/${WebRoutes.checkIn}`)) return null;
  return checkInFromParams(url.searchParams.get('b'), url.searchParams.get('u'), url.searchParams.get('kode'));
}
