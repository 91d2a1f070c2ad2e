import { afterEach, describe, expect, it } from 'vitest';
import type { Recurrence, Schedule } from './bindings';
import { i18n } from './i18n.svelte';
import { describeSchedule } from './scheduleText';

const at = (recurrence: Recurrence, end: string | null = null): Schedule => ({
  start_date: '2026-12-01',
  start_time: '19:00',
  duration_minutes: 60,
  timezone: 'America/New_York',
  recurrence,
  end_date: end,
});
// Intl may put a narrow no-break space before AM/PM.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('schedules in words', () => {
  afterEach(() => (i18n.locale = 'en'));

  it('says weekly, biweekly, nth-weekday and by-date rules in English', () => {
    i18n.locale = 'en';
    expect(plain(describeSchedule(at({ kind: 'weekly', interval: 1, days: ['TU'] })))).toBe('every Tuesday 7:00 PM America/New_York');
    expect(plain(describeSchedule(at({ kind: 'weekly', interval: 2, days: ['TH', 'MO'] })))).toBe('every other week on Monday and Thursday 7:00 PM America/New_York');
    expect(plain(describeSchedule(at({ kind: 'monthly_weekday', interval: 1, weeks: [4, 2], day: 'TU' })))).toBe('every 2nd and 4th Tuesday 7:00 PM America/New_York');
    expect(plain(describeSchedule(at({ kind: 'monthly_weekday', interval: 1, weeks: [-1], day: 'SA' })))).toBe('every last Saturday 7:00 PM America/New_York');
    expect(plain(describeSchedule(at({ kind: 'monthly_date', interval: 1, days: [15, 1, -1] })))).toBe('monthly on the 1st, 15th, and last day 7:00 PM America/New_York');
    expect(plain(describeSchedule(at({ kind: 'weekly', interval: 1, days: ['FR'] }, '2027-06-30')))).toBe('every Friday 7:00 PM America/New_York until Jun 30, 2027');
  });

  it('says them in Spanish with plural weekdays and masculine ordinals', () => {
    i18n.locale = 'es';
    expect(plain(describeSchedule(at({ kind: 'weekly', interval: 1, days: ['SA', 'TU'] })))).toBe('todos los martes y sábados 19:00 America/New_York');
    expect(plain(describeSchedule(at({ kind: 'monthly_weekday', interval: 1, weeks: [-1], day: 'SA' })))).toBe('el último sábado de cada mes 19:00 America/New_York');
    expect(plain(describeSchedule(at({ kind: 'monthly_weekday', interval: 1, weeks: [2, 4], day: 'TU' })))).toBe('el 2.º y 4.º martes de cada mes 19:00 America/New_York');
    expect(plain(describeSchedule(at({ kind: 'once' })))).toBe('una vez, el 1 dic 2026 19:00 America/New_York');
  });
});
