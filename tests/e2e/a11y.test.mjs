// Every screen of the real window, in English and in Spanish, checked by axe-core
// running inside the window: no critical or serious violation anywhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP } from '../lib/programs.mjs';
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
  ['meeting-dates', async (s) => { await s.click('nav button[data-nav=meetings]'); await s.click('button[data-dates]'); }, 'li[data-date]'],
  ['import', async (s) => { await s.click('nav button[data-nav=meetings]'); await s.click('button[name=import]'); }, 'section[aria-labelledby=import-title]'],
  ['calendar-month', async (s) => { await s.click('nav button[data-nav=calendar]'); await s.click('button[data-mode=month]'); }, 'table.month td[data-day]'],
  ['calendar-week', async (s) => { await s.click('nav button[data-nav=calendar]'); await s.click('button[data-mode=week]'); }, 'section.day'],
  ['calendar-agenda', async (s) => { await s.click('nav button[data-nav=calendar]'); await s.click('button[data-mode=agenda]'); }, '.days.agenda'],
  ['night', async (s) => s.click('nav button[data-nav=night]'), '#who'],
  ['members', async (s) => s.click('nav button[data-nav=members]'), 'h1[data-loaded]'],
  ['houses', async (s) => s.click('nav button[data-nav=houses]'), 'input[name=house_name]'],
  ['feeds', async (s) => s.click('nav button[data-nav=feeds]'), 'li.feed'],
  ['sharing', async (s) => s.click('nav button[data-nav=sharing]'), '#share-url'],
  ['settings', async (s) => s.click('nav button[data-nav=settings]'), '#locale'],
];

test('axe-core finds no critical or serious violation on any screen, in either language', async () => {
  const s = await driver.open(APP);
  const failures = [];
  try {
    for (const lang of ['en', 'es']) {
      await s.click('nav button[data-nav=settings]');
      await s.setValue('#locale', lang);
      await s.waitFor(`return document.documentElement.lang === '${lang}'`);
      for (const [name, open, ready] of SCREENS) {
        await open(s);
        await s.find(ready);
        const found = await violations(s);
        writeFileSync(join(ARTIFACTS, `a11y-${lang}-${name}.png`), await s.screenshot());
        for (const v of found) failures.push(`${lang} ${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
        // Close what the screen opened (a dialog, a form) before the next one.
        await s.exec("document.querySelectorAll('dialog[open]').forEach((d) => d.close()); document.activeElement?.blur();");
        await s.exec("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))");
      }
    }
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
  assert.deepEqual(failures, []);
});
