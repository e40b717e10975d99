import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@bimtek/contracts';
import { en } from './en';
import { id, type TranslationKey } from './id';

export type TranslationParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Language, Readonly<Record<TranslationKey, string>>>> = { id, en };

/** BCP 47 locales used for dates and numbers; en-GB writes day-month-year like Indonesia does. */
const LOCALES: Readonly<Record<Language, string>> = { id: 'id-ID', en: 'en-GB' };

export const LANGUAGE_STORAGE_KEY = 'bimtek.language';

export type DateStyle = 'date' | 'day' | 'dateTime';

const DATE_FORMATS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "Senin, 7 Desember 2026": a heading for a day of sessions. */
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Runtime translations: one build serves both languages, and switching is instant.
 * The choice is remembered in localStorage and mirrored to `<html lang>`.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly stored = readStoredLanguage();
  private readonly current = signal<Language>(this.stored ?? DEFAULT_LANGUAGE);
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();

  readonly language = this.current.asReadonly();
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  /** True once the person picked a language on this device; their profile language then does not override it. */
  get hasLocalChoice(): boolean {
    return readStoredLanguage() !== null;
  }

  use(language: Language, options: { remember: boolean } = { remember: true }): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    if (options.remember) {
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
      } catch {
        // Storage can be unavailable (private mode); the choice then lasts for this visit only.
      }
    }
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    const template = DICTIONARIES[this.current()][key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
  }

  formatDate(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    if (value === null || value === undefined || value === '') return '';
    // A bare calendar date (YYYY-MM-DD, e.g. a birth date) has no time zone: show it as written.
    const bareDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = bareDate ? new Date(`${value}T00:00:00Z`) : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return this.formatter(style, bareDate).format(date);
  }

  private formatter(style: DateStyle, utc: boolean): Intl.DateTimeFormat {
    const cacheKey = `${this.locale()}|${style}|${utc}`;
    let formatter = this.formatters.get(cacheKey);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(this.locale(), { ...DATE_FORMATS[style], ...(utc ? { timeZone: 'UTC' } : {}) });
      this.formatters.set(cacheKey, formatter);
    }
    return formatter;
  }
}

function readStoredLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
