export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

/** Picks the first supported language from an Accept-Language header value. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const wanted = acceptLanguage
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase().slice(0, 2) ?? '');
  return (wanted.find((tag) => (LANGUAGES as readonly string[]).includes(tag)) as Language) ?? DEFAULT_LANGUAGE;
}
