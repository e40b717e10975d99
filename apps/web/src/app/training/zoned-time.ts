import { TIME_ZONES, type TimeZone } from '@bimtek/contracts';

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24 h */
  time: string;
}

const PARTS = new Map<string, Intl.DateTimeFormat>();

/** The calendar date and clock time of an instant in a zone (the browser's zone when none is given). */
export function localParts(iso: string, timeZone?: TimeZone | null): LocalParts {
  const key = timeZone ?? '';
  let format = PARTS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      ...(timeZone ? { timeZone } : {}),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    PARTS.set(key, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/**
 * An ISO date-time with the batch's fixed offset, e.g. `2024-11-18T08:00:00+07:00`. Indonesia has no
 * daylight saving, so the offset of a zone never changes.
 */
export function zonedIso(date: string, time: string, timeZone: TimeZone): string {
  return `${date}T${time}:00${TIME_ZONES[timeZone]}`;
}

/** WIB, WITA, WIT (from contracts, which the PDFs share). */
export { TIME_ZONE_NAMES as ZONE_NAMES } from '@bimtek/contracts';
