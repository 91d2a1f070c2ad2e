// Every screen of the real window in every language of the catalog (English, Spanish,
// Brazilian Portuguese, Persian), checked by axe-core running inside the window: no
// critical or serious violation anywhere, no message id showing where words belong, no
// screen left in English, and Persian laid out right to left with its own digits.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, ROOT } from '../lib/programs.mjs';
import { programWindow } from '../lib/window.mjs';
import { violations } from '../lib/axe.mjs';

let program;
let driver;

before(async () => {
  program = await programWindow('homegroup-a11y-');
  driver = program.driver;
});

after(async () => {
  await program?.stop();
});

// Each screen: how to reach it from anywhere, and what shows it is drawn.
const SCREENS = [
  ['meetings', async (s) => s.click('nav button[data-nav=meetings]'), 'tr[data-meeting]'],
  ['meeting-form', async (s) => { await s.click('nav button[data-nav=meetings]'); await s.click('header.bar button.primary'); }, '#m-name'],
  ['meeting-edit', async (s) => { await s.click('nav button[data-nav=meetings]'); await s.click('button[data-edit]'); }, 'button[data-delete-meeting]'],
  ['meeting-dates', async (s) => { await s.click('nav button[data-nav=meetings]'); await s.click('button[data-dates]'); }, 'li[data-date]'],
  ['import', async (s) => { await s.click('nav button[data-nav=meetings]'); await s.click('button[name=import]'); }, 'section[aria-labelledby=import-title]'],
  ['calendar-month', async (s) => { await s.click('nav button[data-nav=calendar]'); await s.click('button[data-mode=month]'); }, 'table.month td[data-day]'],
  ['calendar-week', async (s) => { await s.click('nav button[data-nav=calendar]'); await s.click('button[data-mode=week]'); }, 'section.day'],
  ['calendar-agenda', async (s) => { await s.click('nav button[data-nav=calendar]'); await s.click('button[data-mode=agenda]'); }, '.days.agenda'],
  ['night', async (s) => s.click('nav button[data-nav=night]'), '#who'],
  ['members', async (s) => s.click('nav button[data-nav=members]'), 'h1[data-loaded]'],
  ['houses', async (s) => s.click('nav button[data-nav=houses]'), 'input[name=house_name]'],
  ['feeds', async (s) => s.click('nav button[data-nav=feeds]'), 'li.feed'],
  ['print-list', async (s) => { await s.click('nav button[data-nav=feeds]'); await s.click('li.feed button[data-print-list]'); }, 'img[data-preview]'],
  ['sharing', async (s) => s.click('nav button[data-nav=sharing]'), '#share-url'],
  ['settings', async (s) => s.click('nav button[data-nav=settings]'), '#locale'],
];

const LANGS = ['en', 'es', 'pt-BR', 'fa'];
// Every message id of the catalog: one showing on a screen is a word the window lacks.
const IDS = [...readFileSync(join(ROOT, 'locales/en.ftl'), 'utf8').matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1]).filter((id) => id.includes('-'));

async function chooseLanguage(s, lang) {
  await s.click('nav button[data-nav=settings]');
  await s.setValue('#locale', lang);
  await s.waitFor(`return document.documentElement.lang === '${lang}'`);
}

test('every screen in every language: axe-clean, fully worded, Persian right to left', async () => {
  const s = await driver.open(APP);
  const failures = [];
  const headings = {};
  try {
    for (const lang of LANGS) {
      await chooseLanguage(s, lang);
      for (const [name, open, ready] of SCREENS) {
        await open(s);
        await s.find(ready);
        const found = await violations(s);
        writeFileSync(join(ARTIFACTS, `a11y-${lang}-${name}.png`), await s.screenshot());
        for (const v of found) failures.push(`${lang} ${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
        const text = await s.exec('return document.body.innerText');
        const ids = IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text));
        if (ids.length) failures.push(`${lang} ${name}: message ids instead of words: ${ids.join(', ')}`);
        const heading = await s.exec("return [...document.querySelectorAll('main h1, main h2, nav .label')].map((e) => e.textContent.trim()).join(' | ')");
        if (lang === 'en') headings[name] = heading;
        else if (heading === headings[name]) failures.push(`${lang} ${name}: headings still in English (${heading})`);
        if (lang === 'fa') {
          const layout = await s.exec(`
            const nav = document.querySelector('nav').getBoundingClientRect();
            const main = document.querySelector('main').getBoundingClientRect();
            return { dir: document.documentElement.dir, navRight: nav.left > main.left, h1: getComputedStyle(document.querySelector('main h1')).direction };`);
          if (layout.dir !== 'rtl' || !layout.navRight || layout.h1 !== 'rtl') failures.push(`fa ${name}: not right to left (${JSON.stringify(layout)})`);
        }
        // Close what the screen opened (a dialog, a form) before the next one.
        await s.exec("document.querySelectorAll('dialog[open]').forEach((d) => d.close()); document.activeElement?.blur();");
        await s.exec("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))");
      }
    }
    // Persian writes its own digits: meeting night's counts, the meetings' times.
    await s.click('nav button[data-nav=night]');
    await s.waitFor("return document.querySelector('output[aria-labelledby=lbl-att]')?.textContent.trim() === '۰'");
    await s.click('nav button[data-nav=meetings]');
    await s.find('tr[data-meeting]');
    await s.waitFor("return /[۰-۹]{2}:[۰-۹]{2}/.test(document.querySelector('tr[data-meeting] td').textContent)");
    // A phone number or a link stays whole and left to right inside Persian text.
    await s.click('tr[data-meeting] button[data-edit]');
    const url = await s.exec("const e = document.querySelector('#m-url'); return e ? getComputedStyle(e).direction : 'ltr'");
    assert.equal(url, 'ltr', 'a video link reads left to right');
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
  assert.deepEqual(failures, []);
});

test('Portuguese and Persian at 760×540 and 1280×800: every screen fits', async () => {
  const s = await driver.open(APP);
  const failures = [];
  try {
    for (const [width, height] of [[760, 540], [1280, 800]]) {
      await s.d.req('POST', s.s('/window/rect'), { width, height });
      await s.waitFor(`return Math.abs(window.innerWidth - ${width}) < 40`);
      for (const lang of ['pt-BR', 'fa']) {
        await chooseLanguage(s, lang);
        for (const [name, open, ready] of SCREENS) {
          await open(s);
          await s.find(ready);
          writeFileSync(join(ARTIFACTS, `lang-${lang}-${width}-${name}.png`), await s.screenshot());
          const over = await s.exec('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
          if (over > 0) failures.push(`${lang} ${width}×${height} ${name}: ${over}px too wide`);
          await s.exec("document.querySelectorAll('dialog[open]').forEach((d) => d.close()); document.activeElement?.blur();");
          await s.exec("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))");
        }
      }
    }
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
  assert.deepEqual(failures, []);
});
