// The window's words, from the one translation catalog (`locales/<lang>.ftl` at the root
// of the repository, Project Fluent): the same files the CLI, the PDFs and the members'
// page read. The language is chosen in Settings ("the system's" unless chosen) and
// remembered on this computer. Plurals, numbers and digits follow the language's CLDR
// rules through Fluent and Intl ("5,000" / "5000" / "۵٬۰۰۰").
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { ErrorPayload } from './bindings';
import type { MessageArgs, MessageKey } from './messages';

/** A language's tag, as its catalog file is named (`en`, `es`, `pt-BR`, `fa`). */
export type Locale = string;

// Every catalog file is a language: a translator adds one by adding its file. English
// is in the script (it stands in for a message a language lacks, and names the data
// Homegroup seeded); every other catalog is fetched the first time it is shown. All four
// in the script doubled it (328 to 660 kB) for languages a window mostly never shows.
import english from '../../../locales/en.ftl?raw';
import NAMES from 'virtual:locale-names';

const LOADERS = import.meta.glob<string>('../../../locales/*.ftl', { query: '?raw', import: 'default' });
const codeOf = (path: string) => path.replace(/^.*\/|\.ftl$/g, '');
const SOURCES: Record<Locale, string> = { en: english };

/** Fetches `locale`'s catalog unless it is here already; the window shows it once this resolves. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (SOURCES[locale] !== undefined) return;
  const path = Object.keys(LOADERS).find((p) => codeOf(p) === locale);
  if (path) SOURCES[locale] = await LOADERS[path]();
}

// A catalog is parsed a message at a time, the first time the window asks for it: the
// first screen uses a small part of English's 1,443 messages, and the whole catalog
// parsed at start kept 3 MB more in WebKit's web process than its text (the messages'
// trees, and the engine's code compiled for the parser's loops over 90 kB).
const bundles = new Map<Locale, FluentBundle>();
// Per language, each id looked for: whether its catalog has it (a language lacking a
// message is asked again at every redraw, and English stands in).
const looked = new Map<Locale, Map<string, boolean>>();

function bundleFor(locale: Locale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    // Isolation marks keep a Latin name or a phone number from being reordered inside
    // right-to-left text; left-to-right text needs none (and tests compare its words).
    b = new FluentBundle(locale, { useIsolating: LOCALES.find((l) => l.code === locale)?.dir === 'rtl' });
    // A catalog not fetched yet is not kept empty: English stands in until it is.
    if (SOURCES[locale] === undefined) return b;
    bundles.set(locale, b);
    looked.set(locale, new Map());
  }
  return b;
}

// A line that starts an entry: a message's id (or a term's, `-id`) at the line's start.
const ENTRY_START = /\n(?=-?[a-zA-Z])/g;
// A placeable naming another message or a term (`{ other }`, `{ -brand }`, `{ other.attr }`):
// what a message needs parsed beside it. Variables (`{ $n }`) and functions are not.
const REFERENCE = /\{\s*(-?[a-zA-Z][\w-]*)(?:\.[\w-]+)?\s*\}/g;

/** `id`'s entry in a catalog's text (from its line to the next entry's), or null. */
function entry(source: string, id: string): string | null {
  const defines = (at: number) => /^ *=/.test(source.slice(at + id.length, at + id.length + 8));
  let at = source.startsWith(id) && defines(0) ? 0 : -1;
  for (let from = 0; at < 0; ) {
    const i = source.indexOf(`\n${id}`, from);
    if (i < 0) return null;
    if (defines(i + 1)) at = i + 1;
    else from = i + 1;
  }
  ENTRY_START.lastIndex = at + id.length;
  const next = ENTRY_START.exec(source);
  return source.slice(at, next ? next.index + 1 : source.length);
}

/** Whether `locale`'s catalog has `id`, parsing it (and what it refers to) the first time. */
function has(locale: Locale, id: string): boolean {
  const b = bundleFor(locale);
  const seen = looked.get(locale);
  if (!seen) return false;
  let found = seen.get(id);
  if (found === undefined) {
    const text = entry(SOURCES[locale], id);
    found = text !== null;
    seen.set(id, found);
    if (text !== null) {
      const errors = b.addResource(new FluentResource(text));
      if (errors.length) console.error(`locales/${locale}.ftl`, id, errors);
      for (const [, other] of text.matchAll(REFERENCE)) has(locale, other);
    }
  }
  return found;
}

/** Each language by its own name and the direction it is written in; English first,
 * then by name (sorted as the window is built: vite.config.ts). */
export const LOCALES: { code: Locale; name: string; dir: 'ltr' | 'rtl' }[] = NAMES;
const CODES: Locale[] = LOCALES.map((l) => l.code);

const STORAGE_KEY = 'homegroup.locale';

/** The catalog's language for a tag as a system spells it (`es-MX` reads `es`, `pt_PT` reads `pt-BR`). */
export function matchLocale(tag: string | undefined): Locale | null {
  const lower = (tag ?? '').toLowerCase();
  const primary = lower.split(/[-_]/)[0];
  const codes = CODES;
  return codes.find((l) => l.toLowerCase() === lower) ?? codes.find((l) => l.toLowerCase().split('-')[0] === primary) ?? null;
}

/** The system's language, as the window's engine reports it; English if the catalog lacks it. */
export function systemLocale(): Locale {
  for (const tag of globalThis.navigator?.languages ?? [globalThis.navigator?.language]) {
    const l = matchLocale(tag);
    if (l) return l;
  }
  return 'en';
}

function saved(): Locale | null {
  const s = globalThis.localStorage?.getItem(STORAGE_KEY);
  return s && CODES.includes(s) ? (s as Locale) : null;
}

const state = $state({ chosen: saved() as Locale | null, system: systemLocale() });

function apply(l: Locale) {
  if (!globalThis.document) return;
  document.documentElement.lang = l;
  document.documentElement.dir = LOCALES.find((x) => x.code === l)?.dir ?? 'ltr';
}

export const i18n = {
  /** The language shown: the one chosen, else the system's. */
  get locale(): Locale {
    return state.chosen ?? state.system;
  },
  set locale(l: Locale) {
    i18n.choose(l);
  },
  /** What Settings shows: a language, or null for "the system's". */
  get chosen(): Locale | null {
    return state.chosen;
  },
  /** Shows `l` (null: the system's) once its catalog is here. */
  choose(l: Locale | null): Promise<void> {
    const shown = l ?? state.system;
    if (SOURCES[shown] === undefined && CODES.includes(shown)) return loadLocale(shown).then(() => i18n.choose(l));
    state.chosen = l;
    if (l) globalThis.localStorage?.setItem(STORAGE_KEY, l);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
    apply(i18n.locale);
    return Promise.resolve();
  },
  /**
   * The tag Intl formats dates and numbers with. Dates stay in the Gregorian calendar
   * in every language (Persian's own default is the Solar Hijri one): the calendar's
   * grid, the date fields and the feeds count Gregorian days, and one date must not
   * read as two.
   */
  get tag(): string {
    return i18n.locale === 'en' ? 'en-US' : `${i18n.locale}-u-ca-gregory`;
  },
  get dir(): 'ltr' | 'rtl' {
    return LOCALES.find((x) => x.code === i18n.locale)?.dir ?? 'ltr';
  },
};
apply(i18n.locale);

type Vars<K extends MessageKey> = { [V in MessageArgs[K]]: FluentVariable };

/**
 * The message `key` in the current language, its variables filled (a message with
 * variables must be given them all, and no others: the types say which). English
 * stands in for a message a language lacks; the catalog check keeps that from shipping.
 */
export function t<K extends MessageKey>(key: K, ...[vars]: [MessageArgs[K]] extends [never] ? [] : [Vars<K>]): string {
  // English is read only if the language shown lacks a message.
  for (const l of [i18n.locale, 'en'] as Locale[]) {
    if (!has(l, key)) continue;
    const b = bundleFor(l);
    const m = b.getMessage(key);
    if (m?.value) return b.formatPattern(m.value, vars as Record<string, FluentVariable> | undefined);
  }
  return key;
}

/**
 * A number a message says as an ordinal ("21st"): its variants are picked by the
 * language's ordinal rules. Only the code can ask for them (Fluent leaves a number's
 * type to the developer), and Intl's types do not list the plural rules' `type`.
 */
export function ordinal(n: number): FluentNumber {
  return new FluentNumber(n, { type: 'ordinal' } as Intl.NumberFormatOptions);
}

const numbers = new Map<string, Intl.NumberFormat>();
/** A count shown on its own, in the language's digits ("۱۲" in Persian). */
export function num(n: number): string {
  let f = numbers.get(i18n.tag);
  if (!f) {
    f = new Intl.NumberFormat(i18n.tag);
    numbers.set(i18n.tag, f);
  }
  return f.format(n);
}

/** A message that takes no variables. */
export type Label = { [K in MessageKey]: [MessageArgs[K]] extends [never] ? K : never }[MessageKey];

/**
 * The message `id` if the catalog holds it, else `fallback`: for ids made from what a
 * newer Homegroup may send (an error code, a shared field) that this window has no words for.
 */
export function tOr(id: string, fallback: string): string {
  return has(i18n.locale, id) || has('en', id) ? t(id as Label) : fallback;
}

// Names Homegroup itself gave to data a person may rename (the chip schemes, milestones
// and colours it starts with): English text → the catalog's id for it.
const SEEDED = new Map<string, Label>(
  [...english.matchAll(/^(chip-(?:scheme|seeded|color)-[\w-]+) = (.+)$/gm)].map((m) => [m[2].trim(), m[1] as Label]),
);

/**
 * Data Homegroup named in English when it began (a chip scheme, a milestone, a colour),
 * in the current language; a name a person wrote stays as they wrote it.
 */
export function seeded(text: string): string {
  const id = SEEDED.get(text);
  return id ? t(id) : text;
}

/** A core error in the current language: worded by code, else the core's own words. */
export function errorText(e: ErrorPayload): string {
  return tOr(`error-${e.code.replace(/\./g, '-')}`, e.message);
}

export { type MessageKey };
