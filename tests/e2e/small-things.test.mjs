// Small things that cost a facilitator time every week (issue 32, item 8), each as it
// was found: a typed "1830" became 23:00; the room never showed in the list; an online
// meeting's place read "Online Online"; the empty editor sat above `No meeting matches
// ""`; the focus fell to the page after "Save meeting"; Escape did not close the editor.
// And (item 9) a new program opens on a short guide of what to do first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, TEST_CLOCK, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';

const db = join(tempDir('homegroup-small-things-'), 's.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  assert.equal(cli(['--db', db, 'meetings', 'list'], { env: TEST_CLOCK }).code, 0);
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', ...TEST_CLOCK });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

test('the meeting editor and list, the small things', async () => {
  const s = await driver.open(APP);
  try {
    // A new program opens on a short guide (item 9): what to do first, in order.
    await s.find('[data-first-run]');
    assert.equal(await s.text('[data-first-run] h2'), 'Getting started');
    assert.equal(await s.exec("return document.querySelectorAll('[data-first-run] li').length"), 4);
    writeFileSync(join(ARTIFACTS, 'first-run.png'), await s.screenshot());
    await assertAccessible(s, 'the first-run guide');
    await s.click('header.bar button.primary');
    await s.find('#m-name');
    assert.equal(await s.exec("return document.querySelector('[data-count=\"0\"]')"), null, 'no "No meeting matches" under an empty editor');

    await s.type('#m-name', 'Evening Hope');
    await s.type('#m-address', '12 Oak St');
    await s.type('#m-city', 'Springfield');
    await s.type('#m-room', 'Room 2');
    await s.setValue('#m-tz', 'America/New_York');
    await s.setValue('#m-time', '');
    await s.type('#m-time', '1830');
    // Formats by search, not by forty Tab presses: typing narrows the list, Enter ticks
    // the one left, the search empties for the next, and chosen ones stay in view.
    const all = await s.exec("return document.querySelectorAll('#m-format-list input[type=checkbox]').length");
    assert.ok(all > 30, `${all} formats`);
    await s.type('#m-format-find', 'basic text');
    assert.equal(await s.exec("return document.querySelectorAll('#m-format-list input[type=checkbox]').length"), 1);
    await s.type('#m-format-find', '\uE007');
    await s.waitFor("return document.querySelector('#m-format-find').value === ''");
    await s.type('#m-format-find', 'zzz');
    assert.match(await s.text('#m-format-list'), /No format matches “zzz”/);
    assert.match(await s.text('#m-format-list'), /BT/, 'a chosen format stays in view');
    await s.setValue('#m-format-find', '');
    await s.click('form button[type=submit]');
    await s.find('tr[data-meeting]');
    const row = await s.text('tr[data-meeting]');
    assert.match(row, /6:30\sPM/, 'typed 1830, saved 18:30');
    assert.match(row, /Room 2/, 'the room in the list');
    assert.equal(await s.text('tr[data-meeting] .codes'), 'BT', 'the format ticked from the search was saved');
    // The focus moves once the list has been read again.
    const focused = await s.waitFor("return document.activeElement.matches('p.notice') && document.activeElement.textContent");
    assert.equal(focused, 'Saved “Evening Hope”.', 'the focus on what was said');
    writeFileSync(join(ARTIFACTS, 'small-things-list.png'), await s.screenshot());

    // Escape closes the editor.
    await s.click('button[data-edit]');
    await s.find('#m-name');
    await s.type('#m-name', '\uE00C');
    await s.waitFor("return !document.querySelector('#m-name')");
  } finally {
    await s.close();
  }

  // An online meeting: its badge says Online, and the place does not say it again.
  const online = {
    fellowship: 'na',
    name: 'Online Hope',
    mode: 'online',
    venue: null,
    online: { url: 'https://meet.jit.si/hope' },
    schedule: { start_date: '2027-01-05', start_time: '20:00', duration_minutes: 60, timezone: 'America/New_York', recurrence: { kind: 'weekly', interval: 1, days: ['TU'] }, end_date: null },
  };
  assert.equal(cli(['--db', db, 'meetings', 'add', '--json', JSON.stringify(online)], { env: TEST_CLOCK }).code, 0);
  const t = await driver.open(APP);
  try {
    await t.find('tr[data-meeting]');
    assert.equal(await t.exec("return document.querySelector('[data-first-run]')"), null, 'the guide is gone once there are meetings');
    const cells = await t.exec(
      "return [...document.querySelectorAll('tr[data-meeting]')].filter((r) => r.textContent.includes('Online Hope')).map((r) => r.children[2].textContent.trim())",
    );
    assert.deepEqual(cells, ['Online']);
  } finally {
    await t.close();
  }
});

// Two more from the walk (item 8): the "New group name" hint was cut off, and the
// Calendar opened scrolled down so its own title was out of sight. Every hint in the
// meeting editor must fit its field, in English and Spanish, at the smallest window and
// a large one; the Calendar opens with its title in view.
test('every hint fits its field, and the Calendar opens with its title in view', async () => {
  const s = await driver.open(APP);
  // The widest line of a field's hint, in its own font, against the room inside it.
  const clipped = `return [...document.querySelectorAll('main input[placeholder]')]
    .filter((f) => f.getClientRects().length && f.placeholder)
    .filter((f) => {
      const style = getComputedStyle(f);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = style.font;
      const room = f.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(f.placeholder).width > room + 1;
    })
    .map((f) => (f.id || f.name) + ': ' + f.placeholder);`;
  try {
    for (const [width, height] of [[760, 540], [1920, 1080]]) {
      await s.d.req('POST', s.s('/window/rect'), { width, height });
      for (const lang of ['en', 'es']) {
        await s.click('nav button[data-nav=settings]');
        await s.setValue('#locale', lang);
        await s.waitFor(`return document.documentElement.lang === '${lang}'`);
        await s.click('nav button[data-nav=meetings]');
        await s.click('header.bar button.primary');
        await s.find('#m-name');
        assert.deepEqual(await s.exec(clipped), [], `meeting editor, ${lang}, ${width}×${height}`);
        await s.click('nav button[data-nav=calendar]');
        await s.find('main h1');
        const top = await s.exec("return document.querySelector('main h1').getBoundingClientRect().top");
        assert.ok(top >= 0 && top < 100, `the Calendar's title at ${top} px, ${lang}, ${width}×${height}`);
      }
    }
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
});
