import type { Language } from '@bimtek/contracts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
// ISO dates are the venue's calendar days: read as UTC so no server time zone can shift them.
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const day = (date: string) => new Date(`${date}T00:00:00Z`);

// Building a formatter costs far more than using one, and a mail merge may format thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, weekday: boolean): Intl.DateTimeFormat {
  const key = `${language}|${weekday}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], weekday ? { ...DATE_OPTIONS, weekday: 'long' } : DATE_OPTIONS);
    formatters.set(key, format);
  }
  return format;
}

/** "Senin, 7 Desember 2026" for the local date "2026-12-07". */
export function dayHeading(date: string, language: Language): string {
  return formatter(language, true).format(day(date));
}

const ranges = new Map<string, string>();

/** "7–11 Desember 2026", "30 November – 4 Desember 2026", or one day. */
export function dateRange(start: string, end: string, language: Language): string {
  // The same batch's dates go into every mail of a mail merge: remember the last few hundred.
  const key = `${start}|${end}|${language}`;
  const known = ranges.get(key);
  if (known !== undefined) return known;
  const format = formatter(language, false);
  // ICU puts thin spaces around the dash; plain ones are what people type and search for.
  const text = start === end ? format.format(day(start)) : format.formatRange(day(start), day(end)).replace(/\u2009/g, ' ');
  if (ranges.size >= 500) ranges.clear();
  ranges.set(key, text);
  return text;
}
