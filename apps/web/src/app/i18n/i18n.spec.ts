import { TestBed } from '@angular/core/testing';
import { en } from './en';
import { I18n, LANGUAGE_STORAGE_KEY } from './i18n';
import { id } from './id';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation dictionaries', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });
});

describe(I18n.name, () => {
  beforeEach(() => localStorage.clear());

  it('starts in Bahasa Indonesia and marks the page as such', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.language()).toBe('id');
    expect(document.documentElement.lang).toBe('id');
    expect(i18n.t('nav.signOut')).toBe('Keluar');
  });

  it('switches to English, fills placeholders and remembers the choice', () => {
    const i18n = TestBed.inject(I18n);
    i18n.use('en');
    expect(i18n.t('paging.range', { start: 1, end: 20, total: 45 })).toBe('1–20 of 45');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('writes dates in the current language without shifting a birth date across time zones', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.formatDate('1985-05-12')).toBe('12 Mei 1985');
    i18n.use('en');
    expect(i18n.formatDate('1985-05-12')).toBe('12 May 1985');
  });
});
