import type { Language } from '@bimtek/contracts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
// ISO dates are the venue's calendar days: read as UTC so no server time zone can shift them.
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Senin, 7 Desember 2026" for the local date "2026-12-07". */
export function dayHeading(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { ...DATE_OPTIONS, weekday: 'long' }).format(day(date));
}

/** "7–11 Desember 2026", "30 November – 4 Desember 2026", or one day. */
export function dateRange(start: string, end: string, language: Language): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], DATE_OPTIONS);
  if (start === end) return format.format(day(start));
  // ICU puts thin spaces around the dash; plain ones are what people type and search for.
  return format.formatRange(day(start), day(end)).replace(/\u2009/g, ' ');
}
