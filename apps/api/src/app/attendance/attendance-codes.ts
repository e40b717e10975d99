import { KIOSK_CODE_DIGITS } from '@bimtek/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';

const BADGE_PREFIX = 'BTK1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Kiosk codes and badge tokens, derived from the server secret and never stored: any replica
 * computes the same code for a unit and step, so a check-in may land on any of them.
 */
export class AttendanceCodes {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, so that a leaked code never says anything about the token signing key.
    this.key = createHmac('sha256', secret).update('bimtek attendance codes v1').digest();
  }

  /** The short code shown for a unit during one step: six digits, as authenticator apps do. */
  kioskCode(batchId: string, unitKey: string, step: number): string {
    const mac = createHmac('sha256', this.key).update(`kiosk|${batchId}|${unitKey}|${step}`).digest();
    return String(mac.readUInt32BE(0) % 10 ** KIOSK_CODE_DIGITS).padStart(KIOSK_CODE_DIGITS, '0');
  }

  /** A participant's badge QR: their id and a signature, valid as long as the account exists. */
  badgeToken(userId: string): string {
    return `${BADGE_PREFIX}.${userId}.${this.badgeMac(userId)}`;
  }

  /** The person a badge belongs to, or null when it was not signed here. */
  badgeUser(token: string): string | null {
    const [prefix, userId, mac] = token.trim().split('.');
    if (prefix !== BADGE_PREFIX || !userId || !mac || !UUID.test(userId)) return null;
    const expected = Buffer.from(this.badgeMac(userId.toLowerCase()));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? userId.toLowerCase() : null;
  }

  private badgeMac(userId: string): string {
    return createHmac('sha256', this.key).update(`badge|${userId}`).digest('base64url').slice(0, 22);
  }
}
