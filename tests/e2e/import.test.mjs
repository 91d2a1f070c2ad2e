// Importing in the real window: a BMLT server address, the preview of what would
// change, the import itself with its report, and the remembered list with its schedule.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, ROOT, cli, tempDir } from '../lib/programs.mjs';
import { Driver, answerFileDialog, ensureDisplay } from '../lib/webdriver.mjs';

const db = join(tempDir('homegroup-import-e2e-'), 'i.sqlite3');
let stopDisplay;
let driver;
let server;
let base;

before(async () => {
  const bmlt = readFileSync(join(ROOT, 'tests/fixtures/bmlt.json'));
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(bmlt);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
  server?.close();
});

test('preview a BMLT import, apply it, and see the list remembered', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('button[name=import]');
    await s.type('input[name=location]', `${base}/main_server/`);
    await s.exec("const f = document.querySelector('select[name=format]'); f.value = 'bmlt'; f.dispatchEvent(new Event('change', { bubbles: true }));");
    await s.find('input[name=service_bodies]');
    await s.type('input[name=service_bodies]', '5');
    await s.click('button[name=preview]');
    await s.find('[data-preview]');
    const preview = await s.text('[data-preview]');
    assert.match(preview, /5\s*new/);
    // What came in, what came in with something left out, what was skipped: each reason
    // grouped and counted (before, the one count mixed all three).
    assert.match(preview, /5 meetings will come in\. One entry will be skipped\./);
    const reasons = await s.exec("return [...document.querySelectorAll('[data-reason]')].map((r) => [r.dataset.reason, r.querySelector('summary').textContent.trim(), r.querySelector('li').textContent])");
    assert.deepEqual(reasons, [['skipped', '1 · A day that is not a day of the week', '"Bad Weekday": "9" is not a day of the week']]);
    // A preview writes nothing.
    assert.equal(JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout).length, 0);
    writeFileSync(join(ARTIFACTS, 'import-preview.png'), await s.screenshot());

    await s.click('button[name=apply]');
    await s.waitFor("return document.querySelector('[role=status]').textContent.includes('Imported: 5 new')");
    assert.match(await s.text('[role=status]'), /One entry was skipped\./);
    await s.find('tr[data-meeting]');
    assert.match(await s.text('table'), /Esperanza Sin Límites/);
    assert.match(await s.text('section.sources'), /5 meetings/);
    await s.exec("const f = document.querySelector('section.sources select'); f.value = '1440'; f.dispatchEvent(new Event('change', { bubbles: true }));");
    // Saved in the database, as the CLI sees it.
    let listed = '';
    for (let i = 0; i < 50 && !/every 1440 min/.test(listed); i++) {
      await new Promise((r) => setTimeout(r, 100));
      listed = cli(['--db', db, 'sources', 'list']).stdout;
    }
    assert.match(listed, /every 1440 min/);
    writeFileSync(join(ARTIFACTS, 'import-done.png'), await s.screenshot());
  } finally {
    await s.close();
  }
});

test('a file chosen in the system Open dialog is imported by its path and remembered', async () => {
  const s = await driver.open(APP);
  const file = join(ROOT, 'tests/fixtures/meeting-guide.json');
  try {
    await s.click('button[name=import]');
    await s.click('button[name=choose_file]');
    answerFileDialog(file, 'Open File');
    await s.waitFor(`return document.querySelector('input[name=location]').value === ${JSON.stringify(file)}`);
    await s.click('button[name=preview]');
    await s.find('button[name=apply]');
    await s.click('button[name=apply]');
    await s.waitFor("return /Imported: \\d+ new/.test(document.querySelector('[role=status]').textContent)");
  } finally {
    await s.close();
  }
  // Remembered by its path, so it can be refreshed from the file later.
  assert.match(cli(['--db', db, 'sources', 'list']).stdout, /meeting-guide\.json/);
});
