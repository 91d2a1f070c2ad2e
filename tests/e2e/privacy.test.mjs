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

test('turning encryption on asks about the plaintext backups and encrypts them', async () => {
  const plain = join(tempDir('homegroup-privacy-plain-'), 'p.sqlite3');
  assert.equal(cli(['--db', plain, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')]).code, 0);
  assert.equal(cli(['--db', plain, 'backup']).code, 0);
  const d = await Driver.start({ HOMEGROUP_DB: plain, LANG: 'C.UTF-8', TZ: 'America/New_York' });
  const s = await d.open(APP);
  try {
    await s.click('nav button[data-nav=settings]');
    await s.waitFor("return document.querySelectorAll('table td').length > 0");
    assert.match(await s.text('table tbody'), /Not encrypted/);
    await s.setValue('input[name=new]', PASS);
    await s.setValue('input[name=again]', PASS);
    await s.click('form.pass button[type=submit]');
    await s.find('button[name=reencrypt]');
    assert.match(await s.text('.ask'), /An older backup is not encrypted/);
    assert.match(await s.text('#enc-title + p'), /not encrypted/, 'nothing changed before the answer');
    writeFileSync(join(ARTIFACTS, 'settings-plain-backups.png'), await s.screenshot());
    await s.click('button[name=reencrypt]');
    await s.waitFor("return document.querySelector('[role=status]').textContent.includes('now encrypted')");
    await s.waitFor("return ![...document.querySelectorAll('table tbody td')].some((td) => td.textContent === 'Not encrypted')");
    writeFileSync(join(ARTIFACTS, 'settings-encrypted.png'), await s.screenshot());
  } finally {
    await s.close();
    await d.stop();
  }
  // Every backup is encrypted: none reads as a plain SQLite file.
  const list = cli(['--db', plain, 'backup', '--list'], { env: { HOMEGROUP_PASSPHRASE: PASS } });
  assert.equal(list.code, 0, list.stderr);
  for (const line of list.stdout.trim().split('\n')) {
    const path = line.split(/\s+/).find((w) => w.endsWith('.sqlite3'));
    assert.ok(path, line);
    assert.ok(!readFileSync(path).subarray(0, 15).equals(Buffer.from('SQLite format 3')), `${path} is plaintext`);
  }
});
