import { FluentBundle, FluentResource } from '@fluent/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Code } from './bindings';
import { errorText, i18n, LOCALES, matchLocale, ordinal, t, loadLocale } from './i18n.svelte';

describe('translations', () => {
  // Every catalog but English is fetched when first shown: these tests switch at once.
  beforeAll(() => Promise.all(LOCALES.map((l) => loadLocale(l.code))));

  it('reads every language of the catalog, English first, each by its own name', () => {
    expect(LOCALES[0]).toEqual({ code: 'en', name: 'English', dir: 'ltr' });
    expect(LOCALES.find((l) => l.code === 'es')?.name).toBe('Español');
  });

  it('formats every message of every language without an error', () => {
    // The window's Fluent reads each catalog: a message that names a variable it is not
    // given, or a select without a default, fails here with its language and id.
    const sources = import.meta.glob<string>('../../../locales/*.ftl', { query: '?raw', import: 'default', eager: true });
    const english = sources['../../../locales/en.ftl'];
    // Each message's variables, as English uses them: what the code passes.
    const vars = new Map<string, Record<string, number>>();
    for (const block of english.split(/\n(?=[a-z][\w-]* =)/)) {
      const id = block.match(/^([a-z][\w-]*) =/)?.[1];
      if (id) vars.set(id, Object.fromEntries([...block.matchAll(/\$(\w+)/g)].map((m) => [m[1], 3])));
    }
    expect(vars.size).toBeGreaterThan(900);
    for (const [path, text] of Object.entries(sources)) {
      const lang = path.replace(/^.*\/|\.ftl$/g, '');
      const bundle = new FluentBundle(lang);
      expect(bundle.addResource(new FluentResource(text)), lang).toEqual([]);
      for (const [id, args] of vars) {
        const m = bundle.getMessage(id);
        expect(m?.value, `${lang} lacks ${id}`).toBeTruthy();
        const errors: Error[] = [];
        bundle.formatPattern(m!.value!, args, errors);
        expect(errors.map(String), `${lang} ${id}`).toEqual([]);
      }
    }
  });

  // A new facilitator found one screen called two things in Spanish ("Miembros y
  // llaveros" in the sidebar, "Miembros y fichas" on the screen) and one paper two
  // ("constancia", "comprobante"), and a clean date said as members do not say it.
  it('calls each screen and each paper by one name in every language', () => {
    const sources = import.meta.glob<string>('../../../locales/*.ftl', { query: '?raw', import: 'default', eager: true });
    for (const [path, text] of Object.entries(sources)) {
      const lang = path.replace(/^.*\/|\.ftl$/g, '');
      const said = (id: string) => text.match(new RegExp(`^${id} = (.+)$`, 'm'))?.[1];
      for (const screen of ['meetings', 'night', 'members', 'settings']) {
        expect(said(`nav-${screen}`), `${lang}: ${screen}`).toBe(said(`${screen}-title`));
      }
      if (lang === 'es') {
        expect(text).not.toMatch(/constancia/i);
        expect(text).not.toMatch(/fecha de limpieza/i);
        expect(text).not.toMatch(/Miembros y llaveros/);
      }
    }
  });

  // The window parses each message the first time it shows it (lib/i18n.svelte.ts):
  // every message of every language must read as it does from the whole catalog.
  it('reads each message alone as the whole catalog reads it', () => {
    const sources = import.meta.glob<string>('../../../locales/*.ftl', { query: '?raw', import: 'default', eager: true });
    const ids = [...sources['../../../locales/en.ftl'].matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(900);
    // Any id, with any variables: the types of `t` know each message's own.
    const anyMessage = t as unknown as (id: string, vars: Record<string, number>) => string;
    for (const [path, text] of Object.entries(sources)) {
      const lang = path.replace(/^.*\/|\.ftl$/g, '');
      const whole = new FluentBundle(lang, { useIsolating: LOCALES.find((l) => l.code === lang)?.dir === 'rtl' });
      whole.addResource(new FluentResource(text));
      i18n.locale = lang;
      // Every variable a message of the language may name, as a number (a select picks by it).
      const args = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1], 3]));
      for (const id of ids) {
        const m = whole.getMessage(id);
        if (!m?.value) continue;
        expect(anyMessage(id, args), `${lang} ${id}`).toBe(whole.formatPattern(m.value, args, []));
      }
    }
    i18n.locale = 'en';
  });

  it('switches language and fills variables', () => {
    i18n.locale = 'es';
    expect(t('meetings-created', { name: 'Martes' })).toBe('Se guardó «Martes».');
    i18n.locale = 'en';
    expect(t('meetings-created', { name: 'Tuesday' })).toBe('Saved “Tuesday”.');
  });

  it('picks singular or plural by the language rules, and numbers in its way', () => {
    i18n.locale = 'en';
    expect(t('meetings-count', { n: 1 })).toBe('1 meeting');
    expect(t('meetings-count', { n: 5000 })).toBe('5,000 meetings');
    i18n.locale = 'es';
    expect(t('meetings-count', { n: 1 })).toBe('1 reunión');
    expect(t('meetings-count', { n: 0 })).toBe('0 reuniones');
    i18n.locale = 'en';
  });

  it('says ordinals by the language rules', () => {
    i18n.locale = 'en';
    expect([1, 2, 3, 4, 11, 21, 22, 23].map((n) => t('ord-day', { n: ordinal(n) }))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '21st', '22nd', '23rd']);
    i18n.locale = 'es';
    expect(t('ord-day', { n: 21 })).toBe('21');
    i18n.locale = 'en';
  });

  it('matches a system language to the catalog', () => {
    expect(matchLocale('es-MX')).toBe('es');
    expect(matchLocale('en_GB')).toBe('en');
    expect(matchLocale('xx')).toBeNull();
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
