// Dates and times shown in the person's language. Keys and ISO dates are wall-clock
// text ("2026-12-08T19:00"), so they are formatted without any zone conversion.
import { i18n } from './i18n.svelte';
import { now } from './clock';

const tag = () => i18n.tag;

// An Intl formatter is costly to build (it loads locale data); a list of meetings asks
// for the same few thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag()} ${name}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(), options);
    formatters.set(key, f);
  }
  return f;
}

function parts(key: string): Date {
  const [d, time = '00:00'] = key.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y, m - 1, day, h, min);
}

/** "Tue, Dec 8, 2026, 7:00 PM" / "mar, 8 dic 2026, 19:00". */
export function formatKey(key: string): string {
  return formatter('key', { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(parts(key));
}

export function formatDate(iso: string): string {
  return formatter('date', { weekday: 'long', month: 'long', day: 'numeric' }).format(parts(iso));
}

/** "Dec 8, 2026" / "8 dic 2026". */
export function formatDay(iso: string): string {
  return formatter('day', { year: 'numeric', month: 'short', day: 'numeric' }).format(parts(iso));
}

/** "Dec 8" / "8 dic". */
export function formatShortDay(iso: string): string {
  return formatter('short-day', { month: 'short', day: 'numeric' }).format(parts(iso));
}

/** "Wed 10" / "mié 10": a day's column heading. */
export function formatWeekday(iso: string): string {
  return formatter('weekday-day', { weekday: 'short', day: 'numeric' }).format(parts(iso));
}

/** "December 8" / "8 de diciembre". */
export function formatMonthDay(iso: string): string {
  return formatter('month-day', { month: 'long', day: 'numeric' }).format(parts(iso));
}

/** "Tue, Dec 8, 7:00 PM" / "mar, 8 dic, 19:00": an occurrence in a picker. */
export function formatKeyShort(key: string): string {
  return formatter('key-short', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(parts(key));
}

/** An instant (RFC 3339, UTC) on this computer's clock: "Dec 1, 2026, 7:05 PM". */
export function formatInstant(rfc3339: string): string {
  const d = new Date(rfc3339);
  return Number.isNaN(d.getTime()) ? rfc3339 : formatter('instant', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(d);
}

export function formatTime(key: string): string {
  return formatter('time', { hour: 'numeric', minute: '2-digit' }).format(parts(key));
}

/** ISO date of `now` in local time (not UTC, which can be tomorrow at 7 pm). */
export function localIsoDate(at: Date = now()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

export function addDays(iso: string, n: number): string {
  const d = parts(iso);
  d.setDate(d.getDate() + n);
  return localIsoDate(d);
}

/** How long ago an instant was, on the app's clock: "3 minutes ago" / "hace 3 minutos". */
export function formatAgo(rfc3339: string): string {
  const then = new Date(rfc3339).getTime();
  if (Number.isNaN(then)) return rfc3339;
  const seconds = Math.round((then - now().getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(tag(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}
