// The .deb as a user gets it: installed with apt-get, the app and the headless CLI run
// from /usr/bin. Run by scripts/check-deb after the install (not by the main test run,
// which tests the programs as built).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { APP, CLI, ROOT, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';

const db = join(tempDir('homegroup-installed-'), 'i.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  assert.ok(CLI.startsWith('/usr/bin/') && APP.startsWith('/usr/bin/'), `${CLI} ${APP}`);
  stopDisplay = await ensureDisplay();
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

test('the installed CLI imports and lists a meeting list', () => {
  const version = cli(['--version']);
  assert.equal(version.code, 0, version.stderr);
  assert.match(version.stdout, /^homegroup \d+\.\d+\.\d+/);
  const imported = cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(cli(['--db', db, 'meetings', 'list']).stdout, /Sunday Serenity/);
});

test('the installed app opens on the same database and shows its meetings', async () => {
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
  const s = await driver.open(APP);
  try {
    await s.find('tr[data-meeting]');
    assert.match(await s.text('table'), /Sunday Serenity/);
  } finally {
    await s.close();
  }
});
