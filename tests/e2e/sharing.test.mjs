// Two app windows, each on its own database, keep one program through a shared CalDAV
// calendar (a real Radicale): the first shares its program from the Sharing screen, the
// second joins; a meeting renamed in the first window's editor reaches the second after
// a sync; the same room changed on both computers becomes one conflict, shown with both
// values and settled in the window. Screenshots in target/e2e/sharing-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, ARTIFACTS, ROOT, cli, tempDir } from '../lib/programs.mjs';
import { startRadicale } from '../lib/radicale.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';

const dbA = join(tempDir('homegroup-share-a-'), 'a.sqlite3');
const dbB = join(tempDir('homegroup-share-b-'), 'b.sqlite3');
let radicale;
let url;
let stopDisplay;
let driverA;
let driverB;

before(async () => {
  assert.equal(cli(['--db', dbA, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json'), '--fellowship', 'na']).code, 0);
  for (const db of [dbA, dbB]) assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  radicale = await startRadicale();
  url = await radicale.calendar('area', 'program');
  stopDisplay = await ensureDisplay();
  const env = { LANG: 'C.UTF-8', TZ: 'America/New_York' };
  driverA = await Driver.start({ ...env, HOMEGROUP_DB: dbA, HOME: tempDir('homegroup-home-a-') });
  driverB = await Driver.start({ ...env, HOMEGROUP_DB: dbB, HOME: tempDir('homegroup-home-b-') });
});

after(async () => {
  await driverA?.stop();
  await driverB?.stop();
  radicale?.stop();
  await stopDisplay?.();
});

const meetings = (db) => JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout);

async function shareScreen(s) {
  await s.click('nav button[data-nav=sharing]');
  await s.find('#share-url');
}

async function syncNow(s) {
  const before = await s.text('[data-share-status]');
  await s.click('button[data-sync-now]');
  await s.waitFor("return !document.querySelector('button[data-sync-now]').disabled && /Synced:/.test(document.querySelector('[role=status]').textContent)");
  return before;
}

test('two windows share one program; a change travels; a conflict is settled in the window', async () => {
  const a = await driverA.open(APP);
  const b = await driverB.open(APP);
  try {
    // The first trusted servant shares the program.
    await shareScreen(a);
    await a.setValue('#share-url', url);
    await a.click('form.inline-form button[type=submit]');
    const n = meetings(dbA).length;
    await a.waitFor("return document.querySelector('[role=status]').textContent.includes(arguments[0])", [`${n} sent`], 20_000);
    await a.waitFor("return /Synced (now|\\d+ seconds? ago)/.test(document.querySelector('[data-share-status]')?.textContent ?? '')");
    await assertAccessible(a, 'sharing (linked)');

    // The second one joins from a new computer: the program arrives.
    await shareScreen(b);
    await b.setValue('#share-url', url);
    await b.click('form.inline-form button[type=submit]');
    await b.waitFor("return document.querySelector('[role=status]').textContent.includes(arguments[0])", [`${n} new here`], 20_000);
    writeFileSync(join(ARTIFACTS, 'sharing-joined.png'), await b.screenshot());
    assert.deepEqual(meetings(dbB).map((m) => m.name).sort(), meetings(dbA).map((m) => m.name).sort());

    // A meeting renamed in the first window's editor reaches the second.
    await a.click('nav button[data-nav=meetings]');
    const first = meetings(dbA).find((m) => m.name === 'Sunday Serenity');
    await a.click(`button[data-edit="${first.id}"]`);
    await a.find('#m-name');
    await a.clear('#m-name');
    await a.type('#m-name', 'Sunday Serenity Step Study');
    await a.click('form button[type=submit]');
    await a.waitFor("return document.querySelector('[role=status]')?.textContent.includes('Saved')");
    await shareScreen(a);
    await syncNow(a);
    await syncNow(b);
    await b.click('nav button[data-nav=meetings]');
    await b.waitFor("return document.body.textContent.includes('Sunday Serenity Step Study')");

    // The same room changed differently on each computer.
    const uid = first.uid;
    assert.equal(cli(['--db', dbA, 'meetings', 'edit', uid, '--json', '{"room": "Fellowship hall"}']).code, 0);
    assert.equal(cli(['--db', dbB, 'meetings', 'edit', uid, '--json', '{"room": "Basement room 2"}']).code, 0);
    await syncNow(a);
    await shareScreen(b);
    await syncNow(b);
    await b.find('li[data-conflict]');
    const card = await b.text('li[data-conflict]');
    assert.match(card, /Sunday Serenity Step Study — room/);
    assert.match(card, /This computer\s+Basement room 2/);
    assert.match(card, /Shared calendar\s+Fellowship hall/);
    assert.match(await b.text('[data-share-status]'), /1 conflict/);
    writeFileSync(join(ARTIFACTS, 'sharing-conflict.png'), await b.screenshot());
    await assertAccessible(b, 'sharing (a conflict)');
    // Nothing was applied silently.
    assert.equal(meetings(dbB).find((m) => m.uid === uid).room, 'Basement room 2');
    await b.click('li[data-conflict] button[data-keep=theirs]');
    await b.waitFor("return !document.querySelector('li[data-conflict]')");
    assert.equal(meetings(dbB).find((m) => m.uid === uid).room, 'Fellowship hall');
    await syncNow(b);
    assert.match(await b.text('[data-share-status]'), /0 conflicts/);
    writeFileSync(join(ARTIFACTS, 'sharing-settled.png'), await b.screenshot());

    // In Spanish, the same screen.
    await b.click('nav button[data-nav=settings]');
    await b.setValue('#locale', 'es');
    await shareScreen(b);
    assert.match(await b.text('h1'), /Compartir el programa/);
    writeFileSync(join(ARTIFACTS, 'sharing-es.png'), await b.screenshot());
    await assertAccessible(b, 'compartir');
    await b.click('nav button[data-nav=settings]');
    await b.setValue('#locale', 'en');
  } finally {
    await a.close();
    await b.close();
  }
});
