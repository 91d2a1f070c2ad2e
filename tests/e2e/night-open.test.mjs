// Meeting night opens on this computer's own meeting (issue 32, item 1): after an
// import, the nearest meeting of the list (one under way at noon) is another group's,
// and opening on it checked members into the wrong meeting unnoticed. On a day when
// nothing of ours meets, the screen says so and names the next one instead of opening
// someone else's meeting.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, TEST_CLOCK, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';

const dir = tempDir('homegroup-night-open-');
let stopDisplay;

// The test clock is Wednesday 2027-03-10, noon in New York. "Candlelight Group" (an
// imported list's) started at 11:30; ours meets at 19:00.
const list = join(dir, 'area.json');
writeFileSync(
  list,
  JSON.stringify([
    { name: 'Candlelight Group', slug: 'candle', day: 3, time: '11:30', end_time: '13:00', timezone: 'America/New_York', location: 'Hall 4', address: '4 Main St', city: 'Springfield', types: ['O'] },
    { name: 'Sunrise Serenity', slug: 'sunrise', day: 3, time: '07:00', timezone: 'America/New_York', location: 'Hall 5', address: '5 Main St', city: 'Springfield', types: ['O'] },
  ]),
);
const ours = (name, day) => ({
  fellowship: 'na',
  name,
  mode: 'in_person',
  venue: { kind: 'new', venue: { name: 'St. Mark’s', address: '12 Oak St', city: 'Springfield' } },
  schedule: {
    start_date: '2027-01-04',
    start_time: '19:00',
    duration_minutes: 90,
    timezone: 'America/New_York',
    recurrence: { kind: 'weekly', interval: 1, days: [day] },
    end_date: null,
  },
});

function program(name, day) {
  const db = join(dir, `${name.replace(/\W/g, '')}.sqlite3`);
  assert.equal(cli(['--db', db, 'import', list, '--fellowship', 'na'], { env: TEST_CLOCK }).code, 0);
  assert.equal(cli(['--db', db, 'meetings', 'add', '--json', JSON.stringify(ours(name, day))], { env: TEST_CLOCK }).code, 0);
  return db;
}

before(async () => {
  stopDisplay = await ensureDisplay();
});

after(async () => {
  await stopDisplay?.();
});

async function withApp(db, f) {
  const driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', ...TEST_CLOCK });
  try {
    const s = await driver.open(APP);
    await s.click('nav button[data-nav=night]');
    await f(s);
  } finally {
    await driver.stop();
  }
}

test('meeting night opens on our own meeting tonight, not the nearer imported one', async () => {
  const db = program('Tuesday Hope Wednesday', 'WE');
  await withApp(db, async (s) => {
    await s.find('#who');
    const chosen = await s.exec("const el = document.querySelector('select[name=meeting]'); return el.options[el.selectedIndex].text");
    assert.equal(chosen, 'Tuesday Hope Wednesday');
    assert.match(await s.exec("const el = document.querySelector('select[name=occurrence]'); return el.options[el.selectedIndex].text"), /Mar 10/);
    // The imported ones are still there to choose.
    const offered = await s.exec("return [...document.querySelectorAll('select[name=meeting] option')].map((o) => o.text)");
    assert.ok(offered.includes('Candlelight Group'), offered.join(', '));
    writeFileSync(join(ARTIFACTS, 'night-open-ours.png'), await s.screenshot());
  });
});

test('on a day nothing of ours meets, meeting night says so and names the next one', async () => {
  const db = program('Friday Freedom', 'FR');
  await withApp(db, async (s) => {
    const said = await s.waitFor("const p = document.querySelector('[data-nothing-today]'); return p && p.textContent");
    assert.match(said, /Nothing of yours meets today\. The next: Friday Freedom, Fri, Mar 12, 2027, 7:00\s?PM\./);
    // Nothing is open to check into until a meeting is chosen.
    assert.equal(await s.exec("return document.querySelector('#who')"), null);
    await assertAccessible(s, 'meeting night, nothing today');
    writeFileSync(join(ARTIFACTS, 'night-open-nothing-today.png'), await s.screenshot());
    // Choosing another group's meeting on purpose still works.
    await s.exec("const el = document.querySelector('select[name=meeting]'); const o = [...el.options].find((o) => o.text === 'Candlelight Group'); el.value = o.value; el.dispatchEvent(new Event('change', { bubbles: true }));");
    await s.find('#who');
    const chosen = await s.exec("const el = document.querySelector('select[name=meeting]'); return el.options[el.selectedIndex].text");
    assert.equal(chosen, 'Candlelight Group');
    assert.match(await s.exec("const el = document.querySelector('select[name=occurrence]'); return el.options[el.selectedIndex].text"), /Mar 10/);
  });
});
