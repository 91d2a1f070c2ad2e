import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { es } from './locales/es';
import type { Code } from './bindings';
import { errorText, i18n, t } from './i18n.svelte';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('Spanish has every English key with the same placeholders and no blanks', () => {
    for (const [key, text] of Object.entries(en)) {
      const other = (es as Record<string, string>)[key];
      expect(other, key).toBeTruthy();
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('switches language and fills placeholders', () => {
    i18n.locale = 'es';
    expect(t('meetings.created', { name: 'Martes' })).toBe('Se guardó «Martes».');
    i18n.locale = 'en';
    expect(t('meetings.created', { name: 'Tuesday' })).toBe('Saved “Tuesday”.');
  });

  it('picks singular or plural by the language rules', () => {
    i18n.locale = 'en';
    expect(t('meetings.count', { n: 1 })).toBe('1 meeting');
    expect(t('meetings.count', { n: 3 })).toBe('3 meetings');
    i18n.locale = 'es';
    expect(t('meetings.count', { n: 1 })).toBe('1 reunión');
    expect(t('meetings.count', { n: 0 })).toBe('0 reuniones');
    i18n.locale = 'en';
  });

  it('translates core errors by code and falls back to the core message', () => {
    i18n.locale = 'es';
    expect(errorText({ code: 'meeting.name_empty', message: 'give the meeting a name', field: 'name' })).toBe('Ponga un nombre a la reunión.');
    // A newer shell than this window may send a code the window has no words for yet.
    const newer = 'something.new' as unknown as Code;
    expect(errorText({ code: newer, message: 'the core said this', field: null })).toBe('the core said this');
    i18n.locale = 'en';
  });
});
