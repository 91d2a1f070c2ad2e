// The window at its smallest (760×540, as tauri.conf.json allows): the sidebar shrinks
// to icons, nothing needs sideways scrolling, and the controls of meeting night and
// the calendar stay on screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, testDay } from '../lib/programs.mjs';
import { programWindow } from '../lib/window.mjs';
import { assertAccessible } from '../lib/axe.mjs';

let program;
let driver;

before(async () => {
  program = await programWindow('homegroup-small-');
  driver = program.driver;
});

after(async () => {
  await program?.stop();
});

/** Elements matching `css` that are cut off by the window's right or bottom edge. */
const offscreen = (s, css) =>
  s.exec(
    `return [...document.querySelectorAll(arguments[0])].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1); }).map((e) => e.outerHTML.slice(0, 80))`,
    [css],
  );
const sideways = async (s) => {
  const over = await s.exec('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
  if (over <= 0) return 0;
  // Name the widest culprits, to say where the page is too wide.
  const culprits = await s.exec(`return [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(-6)`);
  return `${over}px too wide: ${culprits.join(', ')}`;
};

test('at 760×540 every screen fits the width and keeps its controls in reach', async () => {
  const s = await driver.open(APP);
  try {
    await s.d.req('POST', s.s('/window/rect'), { width: 760, height: 540 });
    await s.waitFor('return window.innerWidth <= 770');
    // Members, so that meeting night has someone to check in and a chip to hand out.
    await s.click('nav button[data-nav=members]');
    await s.setValue('form.add input[name=nickname]', 'Ana');
    await s.setValue('form.add input[name=clean_date]', testDay(-40));
    await s.click('form.add button[type=submit]');
    await s.find('tr[data-member="Ana"]');
    writeFileSync(join(ARTIFACTS, 'small-members.png'), await s.screenshot());
    assert.equal(await sideways(s), 0, 'members: sideways scrolling');

    await s.click('nav button[data-nav=night]');
    await s.find('#who');
    await s.type('#who', 'Ana');
    await s.type('#who', '\uE007');
    await s.find('li[data-due=Ana] button');
    writeFileSync(join(ARTIFACTS, 'small-night.png'), await s.screenshot());
    assert.equal(await sideways(s), 0, 'meeting night: sideways scrolling');
    assert.deepEqual(await offscreen(s, '.counter button, li[data-due] button, #who'), []);
    await assertAccessible(s, 'meeting night at 760×540');

    await s.click('nav button[data-nav=calendar]');
    await s.find('table.month .ev');
    writeFileSync(join(ARTIFACTS, 'small-calendar.png'), await s.screenshot());
    assert.deepEqual(await offscreen(s, '.cal-toolbar button'), []);
    assert.equal(await sideways(s), 0, 'calendar: sideways scrolling');
    await assertAccessible(s, 'calendar at 760×540');

    await s.click('nav button[data-nav=meetings]');
    await s.find('tr[data-meeting]');
    writeFileSync(join(ARTIFACTS, 'small-meetings.png'), await s.screenshot());
    assert.equal(await sideways(s), 0, 'meetings: sideways scrolling');
    await assertAccessible(s, 'meetings at 760×540');

    await s.click('nav button[data-nav=sharing]');
    await s.find('#share-url');
    writeFileSync(join(ARTIFACTS, 'small-sharing.png'), await s.screenshot());
    assert.equal(await sideways(s), 0, 'sharing: sideways scrolling');
    assert.deepEqual(await offscreen(s, 'form.inline-form button[type=submit]'), []);

    // The sidebar is icons only, each still named for screen readers.
    const names = await s.exec("return [...document.querySelectorAll('nav button')].map((b) => [b.getBoundingClientRect().width, b.textContent.trim()])");
    for (const [width, name] of names) {
      assert.ok(width < 80, `nav button ${name} is ${width}px wide`);
      assert.ok(name.length > 2, 'each nav button keeps its name');
    }
  } finally {
    await s.close();
  }
});
