import { TIME_ZONES, type TimeZone } from '@bimtek/contracts';

/** An instant from a local date and "HH:MM" in one of Indonesia's (fixed-offset) time zones. */
export function instantOf(date: string, time: string, zone: TimeZone): Date {
  return new Date(`${date}T${time}:00${TIME_ZONES[zone]}`);
}

/** "YYYY-MM-DD HH:MM" as people at the venue read it. */
export function localDateTime(instant: Date, zone: TimeZone): string {
  // Offsets are "+HH:MM"; Indonesia's are all east of UTC.
  const offset = TIME_ZONES[zone];
  const offsetMs = (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 16).replace('T', ' ');
}

export function localDate(instant: Date, zone: TimeZone): string {
  return localDateTime(instant, zone).slice(0, 10);
}
