import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ruleText } from './houseRules';
import { i18n, LOCALES, loadLocale } from './i18n.svelte';

describe('house rules in words', () => {
  // Every catalog but English is fetched when first shown: these tests switch at once.
  beforeAll(() => Promise.all(LOCALES.map((l) => loadLocale(l.code))));

  afterEach(() => (i18n.locale = 'en'));
  const phased = { kind: 'in_first_days', count: 90, days: 90, phase: '1', counts: ['na', 'smart'] } as const;

  it('says a rule as the printed report does, in each language', () => {
    i18n.locale = 'en';
    expect(ruleText({ kind: 'per_week', count: 5, days: null, phase: null, counts: [] })).toBe('5 a week');
    expect(ruleText({ ...phased, counts: [...phased.counts] })).toBe('90 in the first 90 days, phase 1, NA/SMART meetings');
    i18n.locale = 'es';
    expect(ruleText({ ...phased, counts: [...phased.counts] })).toBe('90 en los primeros 90 días, fase 1, reuniones de NA/SMART');
    i18n.locale = 'fa';
    // Persian digits, Persian comma.
    expect(ruleText({ kind: 'per_week', count: 5, days: null, phase: '2', counts: [] })).toMatch(/^هفته‌ای \u2068?۵\u2069?،\u200f? دورهٔ \u2068?2\u2069?$/);
  });
});
