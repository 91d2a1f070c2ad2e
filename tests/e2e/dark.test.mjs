// Dark mode by the system's setting (issue 32, item 9): a computer set to dark (here
// GTK's Adwaita:dark, which WebKitGTK reports as prefers-color-scheme: dark) gets the
// app's dark colours on every screen, each axe-clean (contrast included).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP } from '../lib/programs.mjs';
import { fixtureWindow } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';

let app;
let driver;

before(async () => {
  app = await fixtureWindow('dark', { GTK_THEME: 'Adwaita:dark' });
  driver = app.driver;
});

after(async () => {
  await app?.stop();
});

/** The relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(css) {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('every screen in dark colours, axe-clean', async () => {
  const s = await driver.open(APP);
  try {
    assert.equal(await s.exec("return matchMedia('(prefers-color-scheme: dark)').matches"), true);
    for (const screen of ['meetings', 'calendar', 'night', 'members', 'houses', 'feeds', 'sharing', 'settings']) {
      await s.click(`nav button[data-nav=${screen}]`);
      await s.find('main h1');
      await new Promise((r) => setTimeout(r, 300));
      const bg = await s.exec("return getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor");
      assert.ok(luminance(bg) < 0.05, `${screen}: a dark page (${bg})`);
      const text = await s.exec("return getComputedStyle(document.querySelector('main h1')).color");
      assert.ok(luminance(text) > 0.6, `${screen}: light text (${text})`);
      await assertAccessible(s, `${screen}, dark`);
      if (screen === 'meetings' || screen === 'night' || screen === 'calendar') writeFileSync(join(ARTIFACTS, `dark-${screen}.png`), await s.screenshot());
    }
  } finally {
    await s.close();
  }
});
