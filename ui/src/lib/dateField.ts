// Dates typed and shown in the language's own order. The web view's date field writes
// mm/dd/yyyy from the system's settings whatever the window speaks (a Spanish screen
// asked for 03/11/2027 meaning March), so the app's date fields are text fields that
// read and write dates as the language does: "11/03/2027" in US English, "03/11/2027"
// in Spanish and Portuguese, "۲۰۲۷/۱۱/۰۳" in Persian. Year-first ISO dates are read in
// every language (what a paste from a spreadsheet or another program gives).

export type DatePart = 'year' | 'month' | 'day';

const SAMPLE = new Date(Date.UTC(2027, 10, 3));
const numeric = new Map<string, Intl.DateTimeFormat>();
function numericFormat(tag: string): Intl.DateTimeFormat {
  let f = numeric.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    numeric.set(tag, f);
  }
  return f;
}

/** Persian and Arabic-Indic digits as the ASCII ones (a Persian keyboard types ۱۲). */
export function latinDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** The order the language writes a date's numbers in, and what goes between them. */
export function dateShape(tag: string): { order: DatePart[]; separator: string } {
  const parts = numericFormat(tag).formatToParts(SAMPLE);
  const order = parts.filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type as DatePart);
  // Direction marks are not separators a person types.
  const separator = (parts.find((p) => p.type === 'literal')?.value ?? '/').replace(/[\u200e\u200f\u061c]/g, '');
  return { order, separator: separator || '/' };
}

/** `YYYY-MM-DD` for a real calendar date, else null (the 31st of April is none). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}`;
}

/**
 * A typed date as `YYYY-MM-DD`: '' when nothing is typed, null when the text is not a
 * whole date (a half-typed one is not taken as none). Numbers in the language's order,
 * the year written in full; or year first, as ISO writes it.
 */
export function readDate(text: string, tag: string): string | null {
  const s = latinDigits(text).trim();
  if (!s) return '';
  const numbers = s.split(/\D+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const order: DatePart[] = numbers[0].length === 4 ? ['year', 'month', 'day'] : dateShape(tag).order;
  const at = (part: DatePart) => numbers[order.indexOf(part)];
  // "3/11/27" could be 1927 or 2027: a clean date is often decades back, so the year
  // is asked for in full rather than guessed.
  if (at('year').length !== 4 || at('month').length > 2 || at('day').length > 2) return null;
  return isoDate(Number(at('year')), Number(at('month')), Number(at('day')));
}

/** `YYYY-MM-DD` as the language writes it in numbers; other text as it is. */
export function showDate(iso: string, tag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return numericFormat(tag).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** The field's hint in the language's order: "mm/dd/yyyy", "dd/mm/aaaa". */
export function datePattern(tag: string, words: Record<DatePart, string>): string {
  const { order, separator } = dateShape(tag);
  return order.map((p) => words[p]).join(separator);
}
