// The UI language, switchable in Settings and remembered on this computer.
import { en, type MessageKey } from './locales/en';
import { es } from './locales/es';
import type { ErrorPayload } from './bindings';

export type Locale = 'en' | 'es';
export const LOCALES: { code: Locale; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];
const tables: Record<Locale, Record<MessageKey, string>> = { en, es };
const STORAGE_KEY = 'homegroup.locale';

function initial(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'es') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

const state = $state({ locale: initial() });

export const i18n = {
  get locale(): Locale {
    return state.locale;
  },
  set locale(l: Locale) {
    state.locale = l;
    globalThis.localStorage?.setItem(STORAGE_KEY, l);
    if (globalThis.document) document.documentElement.lang = l;
  },
};

/**
 * The message for `key` in the current language, with `{name}` placeholders filled.
 * A message written as `one|other` picks its form from the plural rules for `vars.n`.
 */
const plurals = new Map<string, Intl.PluralRules>();
function plural(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    plurals.set(locale, rules);
  }
  return rules.select(n);
}

const numbers = new Map<string, Intl.NumberFormat>();
function number(locale: string, n: number): string {
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-US');
    numbers.set(locale, f);
  }
  return f.format(n);
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  let text: string = tables[state.locale][key] ?? en[key];
  if (text.includes('|') && typeof vars.n === 'number') {
    const [one, other] = text.split('|');
    text = plural(state.locale, vars.n) === 'one' ? one : other;
  }
  // Numbers in the language's own way: "5,000" / "5000" (es groups from 10 000).
  const show = (v: string | number) => (typeof v === 'number' ? number(state.locale, v) : v);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? show(vars[name]) : m));
}

/** A core error in the current language: translated by code, else the core's own words. */
export function errorText(e: ErrorPayload): string {
  const key = `error.${e.code}` as MessageKey;
  return key in en ? t(key) : e.message;
}

export { type MessageKey };
