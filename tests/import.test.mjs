// Importing from the outside: every format served over HTTP by a local server, as a
// facilitator's URL would be; re-imports idempotent; hostile and broken sources refused
// with their own reason and the database left exactly as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cli, cliAsync, tempDir } from './lib/programs.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'tests/fixtures', name));
const BMLT = fixture('bmlt.json');
const MG = fixture('meeting-guide.json');
const ICS = fixture('group-calendar.ics');
const CSV = fixture('meeting-list.csv');

let server;
let base;
const bmltQueries = [];

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    switch (url.pathname) {
      case '/main_server/client_interface/json/':
        bmltQueries.push(url.search);
        return send(200, 'application/json', BMLT);
      case '/meetings.json':
        return send(200, 'application/json', MG);
      case '/calendar.ics':
        return send(200, 'text/calendar', ICS);
      case '/list.csv':
        return send(200, 'text/csv', CSV);
      case '/login':
        return send(200, 'text/html', '<!DOCTYPE html><html><body><form>Sign in</form></body></html>');
      case '/forbidden':
        return send(403, 'text/html', '<h1>Access denied</h1>');
      case '/cut.json':
        return send(200, 'application/json', BMLT.subarray(0, BMLT.length / 3));
      case '/wrong-type.json':
        return send(200, 'application/json', '{"meetings": "none today"}');
      case '/empty.json':
        return send(200, 'application/json', '[]');
      case '/no-meetings.json':
        return send(200, 'application/json', '[{"id_bigint": "1", "meeting_name": "No day", "weekday_tinyint": "0"}]');
      case '/huge.json': {
        // 70 MB of a never-ending list: the importer must stop at its cap.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1 << 20, ' ');
        let sent = 0;
        res.write('[');
        const more = () => {
          while (sent < 70) {
            sent += 1;
            if (!res.write(chunk)) return res.once('drain', more);
          }
          res.end(']');
        };
        return more();
      }
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return res.end();
      default:
        return send(404, 'text/plain', 'not here');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

const freshDb = () => join(tempDir('homegroup-import-'), 'i.sqlite3');
const list = (db) => JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout);

test('a BMLT root server with service bodies: weekdays from Sunday = 1, formats by world id, modes by venue type', async () => {
  const db = freshDb();
  const r = await cliAsync(['--db', db, 'import', `${base}/main_server/`, '--format', 'bmlt', '--service-body', '5', '--fellowship', 'na']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^5 created, 0 updated, 0 unchanged, 0 removed/);
  assert.match(r.stderr, /skipped "Bad Weekday": "9" is not a day of the week/);
  assert.ok(bmltQueries.at(-1).includes('switcher=GetSearchResults'));
  assert.ok(bmltQueries.at(-1).includes('services[]=5'), bmltQueries.at(-1));
  assert.ok(bmltQueries.at(-1).includes('get_used_formats=1'));

  const meetings = list(db);
  const by = (n) => meetings.find((m) => m.name === n);
  const jft = by('Just For Today');
  assert.equal(jft.schedule.recurrence.days[0], 'SU');
  assert.equal(jft.schedule.start_time, '19:00');
  assert.equal(jft.schedule.duration_minutes, 90);
  assert.deepEqual(jft.formats.sort(), ['JT', 'O', 'WC'].sort());
  assert.equal(jft.mode, 'in_person');
  assert.equal(jft.venue.latitude, 35.78);
  const esperanza = by('Esperanza Sin Límites');
  assert.equal(esperanza.mode, 'hybrid');
  assert.equal(esperanza.schedule.recurrence.days[0], 'WE');
  assert.ok(esperanza.formats.includes('ES'));
  assert.equal(esperanza.language, 'es');
  assert.equal(by('Night Owls Online').mode, 'online');
  assert.equal(by('Phone Serenity').mode, 'phone');
  assert.equal(by('Phone Serenity').schedule.recurrence.days[0], 'SA');
  assert.equal(by('Closed Church Group').status, 'inactive');

  // The same source again: nothing new, nothing duplicated.
  const again = await cliAsync(['--db', db, 'import', `${base}/main_server/`, '--format', 'bmlt', '--service-body', '5', '--fellowship', 'na']);
  assert.match(again.stdout, /^0 created, 0 updated, 5 unchanged, 0 removed/);
  assert.equal(list(db).length, 5);

  // Round trip: BMLT in, Meeting Guide out, Sunday back to 0.
  const out = join(tempDir(), 'mg.json');
  assert.equal(cli(['--db', db, 'export', 'meeting-guide', '--out', out]).code, 0);
  const mg = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(mg.find((m) => m.name === 'Just For Today').day, 0);
  assert.equal(mg.find((m) => m.name === 'Just For Today').end_time, '20:30');
});

test('auto-detection picks the reader for each format served by URL', async () => {
  const db = freshDb();
  for (const [path, created, fellowship] of [
    ['/meetings.json', 4, 'other'],
    ['/calendar.ics', 3, 'na'],
    ['/list.csv', 4, 'other'],
  ]) {
    const r = await cliAsync(['--db', db, 'import', `${base}${path}`, '--fellowship', fellowship]);
    assert.equal(r.code, 0, `${path}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`^${created} created`), path);
  }
  assert.equal(list(db).length, 11);
  const sources = cli(['--db', db, 'sources', 'list']).stdout;
  for (const f of ['Meeting Guide JSON', 'iCalendar', 'CSV']) assert.match(sources, new RegExp(f));

  // A changed calendar file: one meeting moved in time is updated in place.
  const dir = tempDir();
  const p = join(dir, 'cal.ics');
  writeFileSync(p, ICS);
  assert.equal(cli(['--db', db, 'import', p, '--fellowship', 'na']).code, 0);
  writeFileSync(p, ICS.toString().replace('DTSTART;TZID=America/Chicago:20260102T233000', 'DTSTART;TZID=America/Chicago:20260102T223000'));
  const changed = cli(['--db', db, 'import', p, '--fellowship', 'na']);
  assert.match(changed.stdout, /^0 created, 1 updated, 2 unchanged, 0 removed/);
});

test('the calendar file’s cancelled and moved dates show in the occurrences', () => {
  const db = freshDb();
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/group-calendar.ics'), '--fellowship', 'na']).code, 0);
  const occ = JSON.parse(cli(['--db', db, 'occurrences', '--from', '2026-12-01', '--to', '2026-12-31', '--json']).stdout);
  const grupo = occ.filter((o) => o.name.startsWith('Grupo Nueva Vida'));
  const at = (d) => grupo.find((o) => o.local_start.startsWith(d));
  assert.equal(at('2026-12-09').status, 'moved');
  assert.equal(at('2026-12-15').status, 'cancelled');
  assert.equal(at('2026-12-29').status, 'cancelled');
  assert.equal(at('2026-12-01').status, 'scheduled');
});

test('broken and hostile sources get their own reason and change nothing', async () => {
  const db = freshDb();
  assert.equal((await cliAsync(['--db', db, 'import', `${base}/meetings.json`])).code, 0);
  const before = cli(['--db', db, 'meetings', 'list', '--json']).stdout;
  const sourcesBefore = cli(['--db', db, 'sources', 'list']).stdout;
  const cases = [
    ['/login', [], /web page \(HTML\)/],
    ['/forbidden', [], /refused access \(HTTP 403\)/],
    ['/missing.json', [], /does not exist \(HTTP 404\)/],
    ['/cut.json', ['--format', 'bmlt'], /cut short/],
    ['/wrong-type.json', ['--format', 'bmlt'], /list of meetings/],
    ['/empty.json', [], /empty list/],
    ['/no-meetings.json', [], /no meeting Homegroup can use/],
    ['/huge.json', [], /larger than 40 MB/],
    ['/loop', [], /redirected too many times/],
  ];
  for (const [path, extra, reason] of cases) {
    const r = await cliAsync(['--db', db, 'import', `${base}${path}`, ...extra]);
    assert.notEqual(r.code, 0, path);
    assert.match(r.stderr, reason, `${path}: ${r.stderr}`);
  }
  const dir = tempDir();
  const files = [
    ['cut.ics', ICS.subarray(0, ICS.length / 2), /cut short/],
    ['wrong.ics', 'BEGIN:VCARD\r\nFN:Someone\r\nEND:VCARD\r\n', /not a meeting list/],
    ['bad.csv', 'Name,Time\nx,19:00\n', /not a meeting list|Name, Day and Time/],
    ['binary.csv', Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]), /not a meeting list|UTF-8/],
  ];
  for (const [name, body, reason] of files) {
    const p = join(dir, name);
    writeFileSync(p, body);
    const r = cli(['--db', db, 'import', p]);
    assert.notEqual(r.code, 0, name);
    assert.match(r.stderr, reason, `${name}: ${r.stderr}`);
  }
  const big = join(dir, 'big.json');
  writeFileSync(big, '');
  truncateSync(big, 70 * 1024 * 1024);
  const r = cli(['--db', db, 'import', big]);
  assert.match(r.stderr, /at most 67 MB|larger|at most/);
  assert.equal(cli(['--db', db, 'meetings', 'list', '--json']).stdout, before);
  assert.equal(cli(['--db', db, 'sources', 'list']).stdout, sourcesBefore);
});

test('a server whose certificate cannot be verified is refused as such, and served once the system trusts it', async () => {
  const dir = tempDir();
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const ca = join(dir, 'ca.pem');
  const openssl = (args) => {
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', ...args], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
  };
  // A certificate authority of the test's own, and the server's certificate issued by it
  // as a real one is (a certificate that is its own authority is refused as such).
  openssl(['-keyout', join(dir, 'ca.key'), '-out', ca, '-subj', '/CN=Homegroup test CA']);
  openssl(['-keyout', key, '-out', cert, '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-addext', 'basicConstraints=critical,CA:FALSE', '-CA', ca, '-CAkey', join(dir, 'ca.key')]);
  const tls = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => res.end(MG));
  await new Promise((r) => tls.listen(0, '127.0.0.1', r));
  const url = `https://localhost:${tls.address().port}/meetings.json`;
  try {
    const db = freshDb();
    const r = await cliAsync(['--db', db, 'import', url]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /security certificate could not be verified/);
    assert.equal(cli(['--db', db, 'meetings', 'list', '--json']).stdout.trim(), '[]');
    // The same server once its authority is in the trust store the program reads
    // (SSL_CERT_FILE names the system's CA file): TLS works, and the list comes in.
    const trusted = await cliAsync(['--db', db, 'import', url], { env: { SSL_CERT_FILE: ca } });
    assert.equal(trusted.code, 0, trusted.stderr);
    assert.ok(JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout).length > 0);
  } finally {
    tls.close();
  }
});

test('a source refreshed on a schedule keeps each run’s report, failures included', async () => {
  const db = freshDb();
  const url = `${base}/meetings.json`;
  assert.equal((await cliAsync(['--db', db, 'import', url])).code, 0);
  assert.match(cli(['--db', db, 'sources', 'schedule', '1', '--every', '5']).stderr, /every 15 minutes/);
  assert.equal(cli(['--db', db, 'sources', 'schedule', '1', '--every', '60']).code, 0);
  // Not due yet: nothing is fetched.
  const notDue = await cliAsync(['--db', db, 'sources', 'refresh', '--due']);
  assert.equal(notDue.stdout, '');
  const now = await cliAsync(['--db', db, 'sources', 'refresh', '1']);
  assert.match(now.stdout, /0 created, 0 updated, 4 unchanged, 0 removed/);
  const runs = cli(['--db', db, 'sources', 'runs', '1']).stdout.trim().split('\n');
  assert.equal(runs.length, 2);
  assert.match(runs[0], /4 unchanged/);
  assert.match(runs[1], /4 created/);
});
