// Feeds from the outside: import a Meeting Guide feed with the CLI, export a calendar
// and check an independent parser finds exactly the feed's occurrences; serve the
// feeds over HTTP and revalidate like calendar apps do; refuse bad files cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT, CLI, TEST_CLOCK, cli, tempDir, testDay } from './lib/programs.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/meeting-guide.json');
// Debian's own python3 has vobject and dateutil.
const PY = '/usr/bin/python3';

function py(script, args) {
  const r = spawnSync(PY, [join(ROOT, 'tests/lib', script), ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function freshDb() {
  return join(tempDir('homegroup-feeds-'), 'f.sqlite3');
}

const iso = (d) => d.toISOString().slice(0, 10);

test('import a Meeting Guide feed, export iCal, and get exactly the feed’s occurrences', () => {
  const db = freshDb();
  const first = cli(['--db', db, 'import', FIXTURE], { env: TEST_CLOCK });
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^4 created, 0 updated, 0 unchanged, 0 removed/);
  assert.match(first.stderr, /"By appointment": no day/);
  // The same source again changes nothing and duplicates nothing.
  const again = cli(['--db', db, 'import', FIXTURE], { env: TEST_CLOCK });
  assert.match(again.stdout, /^0 created, 0 updated, 4 unchanged, 0 removed/);

  const dir = tempDir('homegroup-ics-');
  const ics = join(dir, 'program.ics');
  const out = cli(['--db', db, 'export', 'ics', '--out', ics], { env: TEST_CLOCK });
  assert.equal(out.code, 0, out.stderr);
  const text = readFileSync(ics, 'utf8');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.ok(!text.replace(/\r\n/g, '').includes('\n'), 'CRLF only');

  // Four weeks from the test clock's next week: across the US change of clocks on
  // March 14 and the European one on March 28, whatever day the test runs.
  const start = new Date(`${testDay(5)}T00:00:00Z`);
  const days = 28;
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + days);
  const expected = py('expected.py', [FIXTURE, iso(start), String(days)]).map(([n, t]) => [n, t]);
  const got = py('expand.py', [ics, `${iso(start)}T00:00:00`, `${iso(end)}T00:00:00`]);
  // The window is whole local days from the feed's side; trim both to the same instants.
  const lo = `${iso(start)}T12:00:00Z`;
  const hi = `${iso(end)}T00:00:00Z`;
  const clip = (xs) => xs.filter(([, t]) => t >= lo && t < hi);
  assert.deepEqual(clip(got), clip(expected));
  assert.ok(clip(got).length >= 12);
  assert.ok(got.some(([n]) => n === 'Reunión de Esperanza, Fe; y Unidad'), 'TEXT unescaped by the parser');
  assert.ok(!got.some(([n]) => n === 'Closed for renovation'), 'a temporarily closed meeting is not published');

  // And back out as Meeting Guide JSON.
  const mg = join(dir, 'meetings.json');
  assert.equal(cli(['--db', db, 'export', 'meeting-guide', '--out', mg], { env: TEST_CLOCK }).code, 0);
  const list = JSON.parse(readFileSync(mg, 'utf8'));
  const esperanza = list.find((m) => m.name.startsWith('Reunión'));
  assert.deepEqual(esperanza.day, [2, 4]);
  assert.equal(esperanza.time, '19:30');
  assert.equal(esperanza.end_time, '21:00');
  assert.equal(esperanza.timezone, 'America/Los_Angeles');
  assert.equal(esperanza.conference_url, 'https://us02web.zoom.us/j/85512345678');
  const midnight = list.find((m) => m.name === 'Midnight Madness');
  assert.equal(midnight.end_time, '00:30');
});

test('bad files are refused with the reason and change nothing', () => {
  const db = freshDb();
  assert.equal(cli(['--db', db, 'import', FIXTURE]).code, 0);
  const before = cli(['--db', db, 'meetings', 'list', '--json']).stdout;
  const dir = tempDir('homegroup-bad-');
  const cases = [
    ['login.json', '<!DOCTYPE html><html><body>Please log in</body></html>', /web page \(HTML\)/],
    ['cut.json', readFileSync(FIXTURE, 'utf8').slice(0, 300), /cut short/],
    ['object.json', '{"meetings": []}', /list of meetings/],
    ['empty.json', '[]', /empty list/],
    ['nothing.json', '[{"name": "x"}]', /no meeting Homegroup can use/],
  ];
  for (const [name, body, reason] of cases) {
    const p = join(dir, name);
    writeFileSync(p, body);
    const r = cli(['--db', db, 'import', p]);
    assert.notEqual(r.code, 0, name);
    assert.match(r.stderr, reason, name);
  }
  assert.equal(cli(['--db', db, 'meetings', 'list', '--json']).stdout, before);
});

function serve(db) {
  const child = spawn(CLI, ['--db', db, 'serve', '--bind', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout });
  const urls = new Promise((resolve, reject) => {
    const got = [];
    lines.on('line', (l) => {
      got.push(l.trim());
      if (got.length === 2) resolve(got);
    });
    child.once('exit', (c) => reject(new Error(`serve exited with ${c}`)));
  });
  return { child, urls };
}

test('the feed server answers calendar apps: 200, then 304 by ETag and by date; 404 for a wrong token', async () => {
  const db = freshDb();
  assert.equal(cli(['--db', db, 'import', FIXTURE]).code, 0);
  const listed = JSON.parse(cli(['--db', db, 'feeds', 'list', '--json']).stdout);
  assert.equal(listed[0].name, 'Whole program');
  const { child, urls } = serve(db);
  try {
    const [icsUrl, jsonUrl] = await urls;
    assert.match(icsUrl, /^http:\/\/127\.0\.0\.1:\d+\/feeds\/[0-9a-f]{48}\.ics$/);
    assert.equal(new URL(icsUrl).pathname, new URL(listed[0].url).pathname, 'feeds list names the same feed');

    // Node's fetch asks for gzip; a calendar must still come back uncompressed.
    const r = await fetch(icsUrl, { headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(r.headers.get('content-encoding'), null);
    const etag = r.headers.get('etag');
    const modified = r.headers.get('last-modified');
    assert.match(await r.text(), /^BEGIN:VCALENDAR\r\n/);

    assert.equal((await fetch(icsUrl, { headers: { 'if-none-match': etag } })).status, 304);
    assert.equal((await fetch(icsUrl, { headers: { 'if-modified-since': modified } })).status, 304);
    const json = await fetch(jsonUrl);
    assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal((await json.json()).length, 3);
    const wrong = icsUrl.replace(/[0-9a-f]{48}/, 'f'.repeat(48));
    const missing = await fetch(wrong);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /^No feed at this address/);
    // A member who opens a wrong link reads why in the language their browser asks for.
    const es = await fetch(wrong, { headers: { 'accept-language': 'fr-FR, es-MX;q=0.9, en;q=0.5' } });
    assert.equal(es.headers.get('content-language'), 'es');
    assert.match(await es.text(), /^No hay ningún calendario en esta dirección/);
    const elsewhere = await fetch(icsUrl.replace(/\/feeds\/.*/, '/nothing/here'), { headers: { 'accept-language': 'fa' } });
    assert.equal(elsewhere.status, 404);
    assert.match(await elsewhere.text(), /اینجا چیزی نیست/);
  } finally {
    child.kill();
  }
});
