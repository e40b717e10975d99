import { isRealDate, isoDate } from './calendar-date';

/**
 * Fills a batch's days with its curriculum as a first draft the organizer then adjusts.
 * Times are wall-clock "HH:MM" strings on the batch's own clock; the API converts them with the
 * batch's time zone, so nothing here knows about zones or daylight saving.
 */
export interface TemplateModule {
  id: string;
  title: string;
  jp: number;
}

export interface TemplateOptions {
  /** ISO dates (YYYY-MM-DD), first and last day of the batch; weekends are skipped unless includeWeekends. */
  startDate: string;
  endDate: string;
  includeWeekends?: boolean;
  /** Local wall-clock times "HH:MM". Defaults 08:00 and 16:00. */
  dayStart?: string;
  dayEnd?: string;
  /** Minutes per JP; default 45. */
  jpMinutes?: number;
  /** Lunch break: default 12:00–13:00; a session never spans it. */
  breakStart?: string;
  breakEnd?: string;
  /** Opening session on the first morning and closing on the last afternoon, each `ceremonyMinutes` (default 30), default true. */
  ceremonies?: boolean;
  ceremonyMinutes?: number;
}

export type TemplateSessionKind = 'opening' | 'lecture' | 'closing';

export interface TemplateSession {
  date: string;
  start: string;
  end: string;
  kind: TemplateSessionKind;
  moduleId: string | null;
  title: string;
  jp: number;
}

export interface TemplateResult {
  sessions: TemplateSession[];
  scheduledJp: number;
  unscheduledJp: number;
  /** modules (ids) that did not fit entirely */
  overflow: string[];
}

export const OPENING_TITLE = 'Pembukaan';
export const CLOSING_TITLE = 'Penutupan';

/** Free time on one day, in minutes since midnight; `start` advances as sessions are placed. */
interface Slot {
  date: string;
  start: number;
  end: number;
}

export function fillTimetable(modules: TemplateModule[], options: TemplateOptions): TemplateResult {
  const dayStart = parseTime(options.dayStart ?? '08:00', 'dayStart');
  const dayEnd = parseTime(options.dayEnd ?? '16:00', 'dayEnd');
  const breakStart = parseTime(options.breakStart ?? '12:00', 'breakStart');
  const breakEnd = parseTime(options.breakEnd ?? '13:00', 'breakEnd');
  const jpMinutes = options.jpMinutes ?? 45;
  const ceremonies = options.ceremonies ?? true;
  const ceremonyMinutes = options.ceremonyMinutes ?? 30;

  if (dayEnd <= dayStart) throw new RangeError(`dayEnd (${formatTime(dayEnd)}) must be after dayStart (${formatTime(dayStart)})`);
  if (breakEnd <= breakStart) {
    throw new RangeError(`breakEnd (${formatTime(breakEnd)}) must be after breakStart (${formatTime(breakStart)})`);
  }
  assertPositiveWhole(jpMinutes, 'jpMinutes');
  if (ceremonies) assertPositiveWhole(ceremonyMinutes, 'ceremonyMinutes');
  assertModules(modules);

  const days = trainingDays(options.startDate, options.endDate, options.includeWeekends ?? false);
  const slots = days.flatMap((date) => freeTime(date, dayStart, dayEnd, breakStart, breakEnd));
  const sessions: TemplateSession[] = [];

  if (ceremonies) {
    const first = days[0];
    const last = days[days.length - 1];
    // Reserve both before the lectures so the closing keeps its place even when the curriculum overflows.
    const opening = slots.find((s) => s.date === first && s.end - s.start >= ceremonyMinutes);
    if (!opening) throw new RangeError(`The first day (${first}) has no room for a ${ceremonyMinutes}-minute opening`);
    sessions.push(ceremony(opening.date, opening.start, opening.start + ceremonyMinutes, 'opening'));
    opening.start += ceremonyMinutes;

    const closing = [...slots].reverse().find((s) => s.date === last && s.end - s.start >= ceremonyMinutes);
    if (!closing) throw new RangeError(`The last day (${last}) has no room for a ${ceremonyMinutes}-minute closing`);
    sessions.push(ceremony(closing.date, closing.end - ceremonyMinutes, closing.end, 'closing'));
    closing.end -= ceremonyMinutes;
  }

  let scheduledJp = 0;
  let unscheduledJp = 0;
  const overflow: string[] = [];
  let slotIndex = 0;

  for (const { id, title, jp: moduleJp } of modules) {
    let remaining = moduleJp;
    while (remaining > 0 && slotIndex < slots.length) {
      const slot = slots[slotIndex];
      // A JP is never split, so the tail of a slot shorter than one JP stays free.
      const fits = Math.floor((slot.end - slot.start) / jpMinutes);
      if (fits === 0) {
        slotIndex++;
        continue;
      }
      const jp = Math.min(fits, remaining);
      const end = slot.start + jp * jpMinutes;
      sessions.push({
        date: slot.date,
        start: formatTime(slot.start),
        end: formatTime(end),
        kind: 'lecture',
        moduleId: id,
        title,
        jp,
      });
      slot.start = end;
      remaining -= jp;
      scheduledJp += jp;
    }
    if (remaining > 0) {
      unscheduledJp += remaining;
      overflow.push(id);
    }
  }

  // Zero-padded "HH:MM" and ISO dates sort correctly as strings.
  sessions.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
  return { sessions, scheduledJp, unscheduledJp, overflow };
}

function ceremony(date: string, start: number, end: number, kind: 'opening' | 'closing'): TemplateSession {
  return {
    date,
    start: formatTime(start),
    end: formatTime(end),
    kind,
    moduleId: null,
    title: kind === 'opening' ? OPENING_TITLE : CLOSING_TITLE,
    jp: 0,
  };
}

/**
 * The day's hours minus the break: before and after it, dropping either side that is empty, e.g. an
 * afternoon-only day keeps just the time after lunch and a day inside the break has no free time.
 */
function freeTime(date: string, dayStart: number, dayEnd: number, breakStart: number, breakEnd: number): Slot[] {
  const beforeBreak: Slot = { date, start: dayStart, end: Math.min(dayEnd, breakStart) };
  const afterBreak: Slot = { date, start: Math.max(dayStart, breakEnd), end: dayEnd };
  return [beforeBreak, afterBreak].filter((s) => s.end > s.start);
}

function trainingDays(startDate: string, endDate: string, includeWeekends: boolean): string[] {
  const start = parseDate(startDate, 'startDate');
  const end = parseDate(endDate, 'endDate');
  if (end < start) throw new RangeError(`endDate (${endDate}) is before startDate (${startDate})`);

  const days: string[] = [];
  for (let time = start; time <= end; time += MS_PER_DAY) {
    const day = new Date(time);
    const weekday = day.getUTCDay();
    if (!includeWeekends && (weekday === 0 || weekday === 6)) continue;
    days.push(isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()));
  }
  if (days.length === 0) {
    throw new RangeError(`${startDate} to ${endDate} has no weekdays; set includeWeekends to train on a weekend`);
  }
  return days;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Milliseconds at UTC midnight, so stepping a day at a time never meets a daylight-saving change. */
function parseDate(value: string, name: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || !isRealDate(year, month, day)) throw new RangeError(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
  return Date.UTC(year, month - 1, day);
}

function parseTime(value: string, name: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`${name} must be a time as HH:MM, got "${value}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function assertPositiveWhole(value: number, name: string): void {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a whole number above 0, got ${value}`);
}

function assertModules(modules: TemplateModule[]): void {
  const seen = new Set<string>();
  for (const { id, title, jp } of modules) {
    // Whole JP only: the certificate and the yearly 20-JP obligation count in whole lesson hours.
    if (!Number.isInteger(jp) || jp <= 0) {
      throw new RangeError(`Module "${title}" must have a whole number of JP above 0, got ${jp}`);
    }
    // Overflow is reported by id, which only means something when ids are unique.
    if (seen.has(id)) throw new RangeError(`Module id "${id}" appears more than once`);
    seen.add(id);
  }
}
