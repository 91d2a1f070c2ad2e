// A schedule in words, in the UI's language ("every 2nd and 4th Tuesday 7:00 PM" /
// "el 2.º y 4.º martes de cada mes 19:00"): the one wording of schedules. (The CLI
// prints the rule itself, as RFC 5545 writes it.)
import type { Day, Schedule } from './bindings';
import { formatDay, formatTime } from './dates';
import { i18n, t, type MessageKey } from './i18n.svelte';

const ORDER: Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

// Built once per language: Intl objects are costly and every row of the list asks.
const lists = new Map<string, Intl.ListFormat>();
const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });

function list(items: string[]): string {
  const lang = i18n.locale === 'es' ? 'es' : 'en';
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    lists.set(lang, f);
  }
  return f.format(items);
}

/** Positions in calendar order with "last" (-1) at the end. */
function positions(xs: number[]): number[] {
  return [...xs].sort((a, b) => (a < 0 ? 100 - a : a) - (b < 0 ? 100 - b : b));
}

function ordinal(n: number): string {
  if (n === -1) return t('ord.last');
  if (i18n.locale === 'es') return t(`ord.${n}` as MessageKey);
  const rule = ordinals.select(n);
  return `${n}${{ one: 'st', two: 'nd', few: 'rd' }[rule as 'one'] ?? 'th'}`;
}

function dayOfMonth(n: number): string {
  if (n === -1) return t('ord.last_day');
  return i18n.locale === 'es' ? String(n) : ordinal(n);
}

export function describeSchedule(s: Schedule): string {
  const r = s.recurrence;
  let when: string;
  switch (r.kind) {
    case 'once':
      when = t('rule.once', { date: formatDay(s.start_date) });
      break;
    case 'weekly': {
      const days = ORDER.filter((d) => r.days.includes(d)).map((d) => t(`dayname_pl.${d}`));
      if (r.interval === 1 && days.length === 7) when = t('rule.daily');
      else if (r.interval === 1) when = t('rule.weekly', { days: list(days) });
      else if (r.interval === 2) when = t('rule.biweekly', { days: list(days) });
      else when = t('rule.weekly_n', { n: r.interval, days: list(days) });
      break;
    }
    case 'monthly_weekday': {
      const weeks = list(positions(r.weeks).map(ordinal));
      const day = t(`dayname.${r.day}`);
      when = r.interval === 1 ? t('rule.monthly_weekday', { weeks, day }) : t('rule.monthly_weekday_n', { weeks, day, n: r.interval });
      break;
    }
    case 'monthly_date': {
      const dates = list(positions(r.days).map(dayOfMonth));
      when = r.interval === 1 ? t('rule.monthly_date', { dates }) : t('rule.monthly_date_n', { dates, n: r.interval });
      break;
    }
    case 'dates':
      when = t('rule.dates', { dates: list([s.start_date, ...r.dates].sort().map(formatDay)) });
      break;
    case 'custom':
      when = t('rule.custom', { rule: r.rrule });
      break;
  }
  const until = s.end_date && r.kind !== 'once' ? ` ${t('rule.until', { date: formatDay(s.end_date) })}` : '';
  return `${when} ${formatTime(`2000-01-01T${s.start_time}`)} ${s.timezone}${until}`;
}
