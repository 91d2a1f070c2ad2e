// A group's settings have a home (issue 32, item 3): before, a group was only made
// inside the meeting editor and could never be changed; slips stayed out of reach
// unless "offers verification" had been ticked before "Add group", the Members screen
// pointed to "the meeting editor's group settings", which did not exist, and switching a
// meeting to SMART took it out of its group without a word.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, TEST_CLOCK, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';

const db = join(tempDir('homegroup-groups-'), 'g.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  assert.equal(cli(['--db', db, 'meetings', 'list'], { env: TEST_CLOCK }).code, 0);
  // A group as the meeting editor made it, without verification, and its meeting.
  const made = spawnSync('sqlite3', [db, "INSERT INTO groups (fellowship, name, created_at, updated_at) VALUES ('na', 'Tuesday Hope', '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z')"]);
  assert.equal(made.status, 0, String(made.stderr));
  const meeting = {
    fellowship: 'na',
    group_id: 1,
    name: 'Tuesday Hope',
    mode: 'in_person',
    venue: { kind: 'new', venue: { name: 'St. Mark’s', address: '12 Oak St', city: 'Springfield' } },
    schedule: { start_date: '2027-01-05', start_time: '19:00', duration_minutes: 90, timezone: 'America/New_York', recurrence: { kind: 'weekly', interval: 1, days: ['TU'] }, end_date: null },
  };
  assert.equal(cli(['--db', db, 'meetings', 'add', '--json', JSON.stringify(meeting)], { env: TEST_CLOCK }).code, 0);
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', ...TEST_CLOCK });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

test('a group is edited where its members are, and slips come within reach', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=members]');
    await s.find('li[data-group-row="Tuesday Hope"]');
    assert.match(await s.text('li[data-group-row="Tuesday Hope"]'), /Narcotics Anonymous · 1 meeting · no attendance slips/);
    assert.match(await s.text('section.slips'), /tick it in the group’s settings under Groups above/);
    assert.equal(await s.exec("return document.querySelector('select[name=slip_group]')"), null);

    await s.click('button[data-edit-group="Tuesday Hope"]');
    await s.setValue('input[name=group_name]', 'Tuesday Hope Group');
    await s.setValue('input[name=group_contact]', 'hope@example.org');
    await s.click('input[name=group_verification]');
    await assertAccessible(s, 'a group’s settings');
    await s.click('li[data-group-row="Tuesday Hope"] button[type=submit]');
    await s.find('li[data-group-row="Tuesday Hope Group"]');
    assert.match(await s.text('li[data-group-row="Tuesday Hope Group"]'), /signs attendance slips · hope@example.org/);
    // Slips are within reach for that group now.
    const offered = await s.exec("return [...document.querySelectorAll('select[name=slip_group] option')].map((o) => o.text)");
    assert.ok(offered.includes('Tuesday Hope Group'), offered.join(', '));
    writeFileSync(join(ARTIFACTS, 'group-settings.png'), await s.screenshot());

    // In the meeting editor, switching the meeting to SMART says what happens to its group.
    await s.click('nav button[data-nav=meetings]');
    await s.click('button[data-edit]');
    await s.waitFor("const el = document.querySelector('#m-group'); return el && el.options[el.selectedIndex]?.text === 'Tuesday Hope Group'");
    await s.setValue('#m-fellowship', 'smart');
    const note = await s.waitFor("return document.querySelector('[data-group-note]')?.textContent");
    assert.match(note, /Tuesday Hope Group is a Narcotics Anonymous group, so this meeting is no longer in it/);
  } finally {
    await s.close();
  }
});
