// An encrypted database in the real window: the app asks for the passphrase, a wrong
// one is refused and changes nothing, the right one opens it; a backup from Settings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, ROOT, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';

const db = join(tempDir('homegroup-privacy-e2e-'), 'p.sqlite3');
const PASS = 'correct horse battery staple';
let stopDisplay;
let driver;

before(async () => {
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')]).code, 0);
  const set = cli(['--db', db, 'passphrase', 'set'], { env: { HOMEGROUP_NEW_PASSPHRASE: PASS } });
  assert.equal(set.code, 0, set.stderr);
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

test('the app asks for the passphrase, refuses a wrong one, opens with the right one', async () => {
  assert.ok(!readFileSync(db).includes(Buffer.from('Sunday Serenity')), 'nothing readable in the file');
  const s = await driver.open(APP);
  try {
    await s.find('#passphrase');
    assert.equal(await s.text('main h1'), 'Enter the passphrase');
    const before = readFileSync(db);
    await s.setValue('#passphrase', 'wrong horse');
    await s.click('section.unlock button[type=submit]');
    await s.waitFor("return document.querySelector('#unlock-error').textContent.includes('does not open')");
    assert.ok(readFileSync(db).equals(before), 'a wrong passphrase changes nothing');
    writeFileSync(join(ARTIFACTS, 'unlock.png'), await s.screenshot());

    await s.setValue('#passphrase', PASS);
    await s.click('section.unlock button[type=submit]');
    await s.find('tr[data-meeting]');
    assert.match(await s.text('table'), /Sunday Serenity/);

    await s.click('nav button[data-nav=settings]');
    await s.find('button[name=backup]');
    assert.match(await s.text('#enc-title + p'), /is encrypted/);
    await s.click('button[name=backup]');
    await s.waitFor("return document.querySelector('[role=status]').textContent.includes('Backup saved as')");
    writeFileSync(join(ARTIFACTS, 'settings.png'), await s.screenshot());
  } finally {
    await s.close();
  }
  const list = cli(['--db', db, 'backup', '--list'], { env: { HOMEGROUP_PASSPHRASE: PASS } });
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /homegroup-\d{8}-\d{6}-\d{3}\.sqlite3/);
});
