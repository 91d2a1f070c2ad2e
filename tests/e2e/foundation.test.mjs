// The real Homegroup window, driven through tauri-driver under Xvfb: create a meeting,
// see bad input refused beside its field, restart on the same database, find it again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, ARTIFACTS, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';

const db = join(tempDir('homegroup-e2e-'), 'e2e.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

const meetingsInDb = () => JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout);

test('create a meeting in the window, refuse bad input, and find it after a restart', async () => {
  let s = await driver.open(APP);
  try {
    // The window starts hidden and is shown once its page has loaded (no empty window
    // painted first): the page says it is seen (Driver.open waits for that) and the X
    // server has the window mapped, at its full size.
    assert.equal(await s.shown(), 'visible');
    assert.deepEqual(await s.exec('return [innerWidth > 700, innerHeight > 500]'), [true, true]);
    const mapped = spawnSync('xdotool', ['search', '--onlyvisible', '--name', '^Homegroup$'], { encoding: 'utf8' });
    assert.equal(mapped.status, 0, 'the Homegroup window is mapped on the display');
    assert.equal(await s.text('main h1'), 'Meetings');
    assert.match(await s.text('.empty'), /No meetings yet/);

    await s.click('header.bar button.primary');
    await s.find('#m-name');

    // An empty name is refused beside the field and nothing is stored.
    await s.click('form button[type=submit]');
    assert.equal(await s.text('#m-name-err'), 'Give the meeting a name.');
    assert.equal(await s.exec("return document.activeElement.id"), 'm-name');

    await s.type('#m-name', 'Tuesday Night Hope');
    await s.type('#m-address', '12 Elm St');
    await s.type('#m-city', 'Springfield');
    await s.setValue('#m-tz', 'Mars/Olympus_Mons');
    await s.click('form button[type=submit]');
    assert.match(await s.text('#m-tz-err'), /not a known time zone/);

    await s.setValue('#m-tz', 'America/New_York');
    await s.setValue('#m-start', '2026-01-06');
    await s.setValue('#m-end', '2025-12-01');
    await s.click('form button[type=submit]');
    assert.match(await s.text('#m-end-err'), /last date is before the first/);
    assert.deepEqual(meetingsInDb(), [], 'refused input must write nothing');

    await s.setValue('#m-end', '');
    // Tuesday only (the form starts on today's weekday).
    await s.exec("document.querySelectorAll('#m-days input').forEach((c) => { if (c.checked) c.click(); })");
    await s.exec("document.querySelectorAll('#m-days input')[1].click()");
    await s.click('form button[type=submit]');
    await s.find('tr[data-meeting]');
    assert.match(await s.text('[role=status]'), /Saved “Tuesday Night Hope”/);
    const row = await s.text('tr[data-meeting]');
    assert.match(row, /Tuesday Night Hope/);
    assert.match(row, /every Tuesday 7:00\sPM America\/New_York/);
    assert.match(row, /12 Elm St/);
    writeFileSync(join(ARTIFACTS, 'meetings.png'), await s.screenshot());
  } finally {
    await s.close();
  }

  // The CLI reads what the window wrote.
  const stored = meetingsInDb();
  assert.equal(stored.length, 1);
  assert.equal(stored[0].name, 'Tuesday Night Hope');
  assert.deepEqual(stored[0].schedule.recurrence, { kind: 'weekly', interval: 1, days: ['TU'] });

  // Restart the app on the same database.
  s = await driver.open(APP);
  try {
    await s.find('tr[data-meeting]');
    assert.match(await s.text('tr[data-meeting]'), /Tuesday Night Hope/);
    writeFileSync(join(ARTIFACTS, 'main.png'), await s.screenshot());
  } finally {
    await s.close();
  }
});

test('every section opens and says what it holds; Settings switches to Spanish', async () => {
  const s = await driver.open(APP);
  try {
    for (const [id, heading] of [
      ['calendar', 'Calendar'],
      ['night', 'Meeting night'],
      ['members', 'Members & chips'],
      ['houses', 'Sober-living houses'],
      ['feeds', 'Calendar feeds'],
      ['settings', 'Settings'],
    ]) {
      await s.click(`nav button[data-nav=${id}]`);
      assert.equal(await s.text('main h1'), heading);
      // Focus moves to the new heading; on meeting night it lands in the check-in box
      // (labelled), since typing a nickname is the first thing to do there.
      const focused = await s.exec("return document.activeElement.id || document.activeElement.tagName");
      assert.ok(focused === 'H1' || (id === 'night' && focused === 'who'), `focus on ${id}: ${focused}`);
    }
    assert.equal(await s.text('main dd code'), db);
    await s.setValue('#locale', 'es');
    assert.equal(await s.text('main h1'), 'Ajustes');
    await s.click('nav button[data-nav=meetings]');
    assert.equal(await s.text('main h1'), 'Reuniones');
    await s.exec("localStorage.setItem('homegroup.locale', 'en')");
  } finally {
    await s.close();
  }
});
