// What most window tests start from: a fresh program imported from the Meeting Guide
// fixture (NA), its feed server on any free port, a display and the driver.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, cli, tempDir } from './programs.mjs';
import { Driver, ensureDisplay } from './webdriver.mjs';

export async function programWindow(prefix) {
  const db = join(tempDir(prefix), 'program.sqlite3');
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json'), '--fellowship', 'na']).code, 0);
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  const stopDisplay = await ensureDisplay();
  const driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
  return {
    db,
    driver,
    async stop() {
      await driver.stop();
      await stopDisplay();
    },
  };
}

/**
 * Script for `exec`: the page's `@media print` rules applied to the screen, so a test
 * can see (and photograph) what paper gets; `false` as the argument takes them away.
 * A constructed sheet, since the window's CSP refuses an added `<style>`.
 */
export const AS_PRINTED = `
  const on = arguments[0] !== false;
  if (window.__printed) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== window.__printed);
  window.__printed = null;
  if (on) {
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const css = rules.filter((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print').flatMap((r) => [...r.cssRules].map((x) => x.cssText)).join('\\n');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.__printed = sheet;
  }
  return on;`;

/** Script for `exec`: window.print() records its calls instead of opening the system's dialog. */
export const COUNT_PRINTS = `window.__prints = 0; window.print = () => { window.__prints += 1; };`;
