import type { TimeZone } from '@bimtek/contracts';
import { localParts, zonedIso } from '../training/zoned-time';

/**
 * `<input type="datetime-local">` holds a wall-clock time without a zone ("2024-12-02T08:00"). Here it
 * is always the batch's wall clock, whatever zone the organizer's device is in.
 */
export function toLocalInput(iso: string | null, timeZone: TimeZone): string {
  if (!iso) return '';
  const { date, time } = localParts(iso, timeZone);
  return `${date}T${time}`;
}

/** The input's value as an ISO date-time with the batch's offset; empty means "not set". */
export function fromLocalInput(value: string, timeZone: TimeZone): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? zonedIso(match[1], match[2], timeZone) : null;
}
