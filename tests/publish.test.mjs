// Publishing to a real WebDAV host (Apache httpd with mod_dav), and a member who
// subscribes through the public address with real calendar software (vdirsyncer pulls
// the published file as any calendar app would, khal lists its occurrences). Then every
// way publishing can fail, each with its own message, and nothing lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { startApache } from './lib/apache.mjs';
import { startKeyring } from './lib/keyring.mjs';
import { ROOT, cli, cliAsync, tempDir } from './lib/programs.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/meeting-guide.json');
const LOGIN = { env: { DAV_PASSWORD: 's3cret' } };
let apache;

before(async () => {
  apache = await startApache();
});
after(async () => {
  await apache?.stop();
});

/** A program imported from its own copy of the fixture; `edit` changes that list and
 *  imports it again (the same source: its meetings are updated, not added). */
function program() {
  const dir = tempDir('homegroup-publish-');
  const db = join(dir, 'p.sqlite3');
  const list = join(dir, 'area.json');
  writeFileSync(list, readFileSync(FIXTURE));
  assert.equal(cli(['--db', db, 'import', list]).code, 0);
  return db;
}

function edit(db, from, to) {
  const list = join(db, '..', 'area.json');
  writeFileSync(list, readFileSync(list, 'utf8').replace(from, to));
  const r = cli(['--db', db, 'import', list]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /0 created, 1 updated/);
}

const publishTo = (db, path, publicPath, more = []) =>
  cli(
    ['--db', db, 'publish', '--kind', 'webdav', '--url', `${apache.base}${path}`, '--user', 'alice', '--password-env', 'DAV_PASSWORD', ...(publicPath ? ['--public-url', `${apache.base}${publicPath}`] : []), ...more],
    LOGIN,
  );

/** What a member's calendar shows: the public address synced by vdirsyncer into a
 *  folder, listed by khal as "YYYY-MM-DD HH:MM title" in UTC. */
function memberSees(publicUrl, dir) {
  mkdirSync(join(dir, 'cal'), { recursive: true });
  writeFileSync(
    join(dir, 'vdirsyncer.conf'),
    `[general]
status_path = "${dir}/status/"

[pair member]
a = "phone"
b = "published"
collections = null
conflict_resolution = "b wins"

[storage phone]
type = "filesystem"
path = "${dir}/cal/"
fileext = ".ics"

[storage published]
type = "http"
url = "${publicUrl}"
`,
  );
  writeFileSync(
    join(dir, 'khal.conf'),
    `[calendars]
[[member]]
path = ${dir}/cal/
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC

[default]
default_calendar = member

[sqlite]
path = ${dir}/khal.db
`,
  );
  const env = { ...process.env, HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  // A member sets the subscription up once (discover), then it syncs.
  const discover = spawnSync('vdirsyncer', ['-c', join(dir, 'vdirsyncer.conf'), 'discover'], { encoding: 'utf8', env, input: 'y\n' });
  assert.equal(discover.status, 0, discover.stdout + discover.stderr);
  const sync = spawnSync('vdirsyncer', ['-c', join(dir, 'vdirsyncer.conf'), 'sync'], { encoding: 'utf8', env });
  assert.equal(sync.status, 0, sync.stdout + sync.stderr);
  const list = spawnSync('khal', ['-c', join(dir, 'khal.conf'), 'list', '--format', '{start} {title}', '--day-format', '', '2027-03-03', '2027-03-28'], {
    encoding: 'utf8',
    env,
  });
  assert.equal(list.status, 0, list.stderr);
  // khal lists an event under every day it touches (23:30 to 01:00 twice): once each.
  return [...new Set(list.stdout.split('\n').map((l) => l.trim()).filter(Boolean))].sort();
}

/** The same days from Homegroup itself: every scheduled occurrence, in UTC. */
function homegroupHas(db) {
  const r = cli(['--db', db, 'occurrences', '--from', '2027-03-01', '--to', '2027-03-30', '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout)
    .filter((o) => o.status !== 'cancelled' && o.start >= '2027-03-03' && o.start < '2027-03-29')
    .map((o) => `${o.start.slice(0, 10)} ${o.start.slice(11, 16)} ${o.name}`)
    .sort();
}

test('publish to a WebDAV folder: members subscribe at the public address and see every occurrence; unchanged uploads nothing', async () => {
  const db = program();
  const first = publishTo(db, '/dav/na/area/', '/pub/na/area/');
  assert.equal(first.code, 0, first.stderr);
  const publicUrl = `${apache.base}/pub/na/area/whole-program.ics`;
  // The .ics, the .json and the meeting finder page's eight files.
  assert.match(first.stdout, /10 created/);
  assert.ok(first.stdout.includes(`members subscribe at ${publicUrl}`), first.stdout);
  assert.ok(apache.log().includes('MKCOL /dav/na/ 201'), 'the missing folders were made');

  // Anyone can read it, no login, byte for byte what Homegroup serves itself.
  const res = await fetch(publicUrl);
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.match(body, /^BEGIN:VCALENDAR/);
  assert.ok(!body.includes('pwd='), 'no passcode in a public file');
  const json = await (await fetch(`${apache.base}/pub/na/area/whole-program.json`)).json();
  assert.deepEqual(json, JSON.parse(cli(['--db', db, 'export', 'meeting-guide']).stdout), 'the Meeting Guide file is the export');

  const listed = JSON.parse(cli(['--db', db, 'feeds', 'list', '--json']).stdout);
  assert.equal(listed[0].public_url, publicUrl);
  assert.match(listed[0].url, /^http:\/\/127\.0\.0\.1:\d+\/feeds\//, 'the local address stays, for what it is');

  const member = tempDir('homegroup-member-');
  const seen = memberSees(publicUrl, member);
  assert.ok(seen.length > 8, seen.join('\n'));
  assert.deepEqual(seen, homegroupHas(db), 'the member sees exactly the program');

  // Nothing changed: no PUT at all.
  const puts = apache.count('PUT');
  const again = cli(['--db', db, 'publish', '--password-env', 'DAV_PASSWORD'], LOGIN);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /0 created, 0 updated, 10 unchanged, 0 deleted/);
  assert.equal(apache.count('PUT'), puts, 'an unchanged program uploads nothing');
  // Nor for cron: nothing is due.
  const due = cli(['--db', db, 'publish', '--due', '--password-env', 'DAV_PASSWORD'], LOGIN);
  assert.equal(due.code, 0, due.stderr);
  assert.equal(due.stdout, '');
  assert.equal(apache.count('PUT'), puts);

  // A change reaches the member after one publish (here the one cron makes).
  edit(db, 'Sunday Serenity', 'Sunday Serenity Step Study');
  const dueNow = cli(['--db', db, 'publish', '--due', '--password-env', 'DAV_PASSWORD'], LOGIN);
  assert.equal(dueNow.code, 0, dueNow.stderr);
  // The .ics and the .json, and the page's data the name is in: the stretch holding
  // the meeting, its events and the names searched.
  assert.match(dueNow.stdout, /0 created, 5 updated/, 'the .ics, the .json and the page data the name is in');
  assert.ok(apache.count('PUT') > puts);
  const seenAfter = memberSees(publicUrl, member);
  assert.ok(seenAfter.some((l) => l.endsWith('Sunday Serenity Step Study')), seenAfter.join('\n'));
  assert.deepEqual(seenAfter, homegroupHas(db));
});

test('the flyer carries the public address once published, warns on a Wi-Fi address, and refuses one only this computer reaches', () => {
  const db = program();
  const refused = cli(['--db', db, 'flyer', '--out', join(tempDir(), 'f.pdf')]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /served on this computer only.*publish it first/);

  const dir = tempDir('homegroup-flyer-');
  const wifi = join(dir, 'wifi.pdf');
  assert.equal(cli(['--db', db, 'flyer', '--out', wifi, '--lan-base', 'http://192.168.1.20:8737']).code, 0);
  const wifiText = spawnSync('pdftotext', [wifi, '-'], { encoding: 'utf8' }).stdout;
  assert.match(wifiText.replace(/\s+/g, ' '), /works only on this room's Wi-Fi/);

  assert.equal(publishTo(db, '/dav/flyer/', '/pub/flyer/').code, 0);
  const pdf = join(dir, 'public.pdf');
  const made = cli(['--db', db, 'flyer', '--out', pdf, '--lang', 'es']);
  assert.equal(made.code, 0, made.stderr);
  spawnSync('pdftoppm', ['-r', '110', '-png', '-singlefile', pdf, join(dir, 'public')]);
  // The QR code opens the meeting finder page; the calendar address is in words.
  const qr = spawnSync('zbarimg', ['-q', '--raw', join(dir, 'public.png')], { encoding: 'utf8' });
  assert.equal(qr.stdout.trim(), `${apache.base}/pub/flyer/index.html`);
  const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  assert.match(text, /Esta semana/);
  assert.match(text, /^Todas nuestras reuniones/, 'the program feed is named in the sheet’s language');
  assert.match(text, /buscan cambios por sí solas/, 'the sheet says how often calendars refresh');
  assert.ok(!/Wi-Fi|wifi/.test(text), 'no Wi-Fi warning on a public address');
  assert.match(text, /\d\d:\d\d P[SD]T .*\d\d:\d\d E[SD]T|\d\d:\d\d E[SD]T .*\d\d:\d\d P[SD]T/, 'mixed zones: each time says its own');
});

test('each way publishing fails has its own message and loses nothing', async () => {
  const db = program();
  const meetings = cli(['--db', db, 'meetings', 'list', '--json']).stdout;
  const failing = (r, pattern, what) => {
    assert.equal(r.code, 1, `${what}: ${r.stdout}`);
    assert.match(r.stderr, pattern, what);
  };

  const wrong = cli(['--db', db, 'publish', '--kind', 'webdav', '--url', `${apache.base}/dav/wrong/`, '--user', 'alice', '--password-env', 'P'], { env: { P: 'nope' } });
  failing(wrong, /refused the user name or password/, 'wrong password');
  failing(publishTo(db, '/denied/x/', null), /does not let this login write there \(HTTP 403\)/, '403');
  failing(publishTo(db, '/moved/x/', null), /redirect to .*login\.html/, 'a login page by redirect');

  // The upload works; the public address does not, and says why.
  failing(publishTo(db, '/dav/ok/', '/pub/elsewhere/'), /has no file there \(HTTP 404\)/, 'public 404');
  failing(publishTo(db, '/dav/ok/', '/private/ok/'), /asks for a login \(HTTP 401\)/, 'public needs a login');
  failing(publishTo(db, '/dav/ok/', '/webview/ok/'), /serves a web page/, 'public is an HTML page');
  // A public address that serves another folder, holding another calendar by that name.
  mkdirSync(join(apache.www, 'last-year'));
  writeFileSync(join(apache.www, 'last-year', 'whole-program.ics'), 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
  failing(publishTo(db, '/dav/ok/', '/pub/last-year/'), /not the \d+ Homegroup uploaded/, 'public serves something else');
  assert.equal(publishTo(db, '/dav/mine/', null).code, 0);

  // Someone edits the published file on the server: it is reported, not overwritten.
  const mine = `${apache.base}/dav/mine/whole-program.ics`;
  const edited = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:someone else\r\nEND:VCALENDAR\r\n';
  const put = await fetch(mine, { method: 'PUT', body: edited, headers: { authorization: `Basic ${btoa('alice:s3cret')}` } });
  assert.ok(put.ok);
  edit(db, 'Sunday Serenity', 'Sunday Serenity Again');
  const afterImport = cli(['--db', db, 'meetings', 'list', '--json']).stdout;
  failing(cli(['--db', db, 'publish', '--password-env', 'DAV_PASSWORD'], LOGIN), /was changed on the server since Homegroup wrote it, so it was not overwritten/, 'changed on the server');
  assert.equal(await (await fetch(`${apache.base}/pub/mine/whole-program.ics`)).text(), edited, 'their edit is still there');
  // Doing what the message says (delete it there, publish again) works.
  const removed = await fetch(mine, { method: 'DELETE', headers: { authorization: `Basic ${btoa('alice:s3cret')}` } });
  assert.ok(removed.ok);
  const again = cli(['--db', db, 'publish', '--kind', 'webdav', '--url', `${apache.base}/dav/mine/`, '--user', 'alice', '--password-env', 'DAV_PASSWORD'], LOGIN);
  assert.equal(again.code, 0, again.stderr);
  assert.match(await (await fetch(`${apache.base}/pub/mine/whole-program.ics`)).text(), /Sunday Serenity Again/);

  // A login written into the address is refused: it would be shown, logged and printed.
  failing(
    cli(['--db', db, 'publish', '--kind', 'webdav', '--url', `http://alice:s3cret@127.0.0.1:1/dav/`], LOGIN),
    /user name and password in their own fields/,
    'a login in the address',
  );

  // A server that takes the connection and never answers.
  const silent = net.createServer(() => {});
  await new Promise((r) => silent.listen(0, '127.0.0.1', r));
  const slow = await cliAsync(
    ['--db', db, 'publish', '--kind', 'webdav', '--url', `http://127.0.0.1:${silent.address().port}/dav/`, '--password-env', 'DAV_PASSWORD', '--timeout', '1'],
    LOGIN,
  );
  silent.close();
  failing(slow, /did not answer in time/, 'timeout');

  // A host whose account is full (507 Insufficient Storage), as a small web host says it.
  const full = http.createServer((req, res) => {
    req.resume();
    res.writeHead(req.method === 'PUT' ? 507 : 404).end();
  });
  await new Promise((r) => full.listen(0, '127.0.0.1', r));
  const noRoom = await cliAsync(['--db', db, 'publish', '--kind', 'webdav', '--url', `http://127.0.0.1:${full.address().port}/dav/`, '--password-env', 'DAV_PASSWORD'], LOGIN);
  full.close();
  failing(noRoom, /no space left for this account \(HTTP 507\)/, '507');

  assert.equal(cli(['--db', db, 'meetings', 'list', '--json']).stdout, afterImport, 'the program is as it was');
  assert.notEqual(meetings, afterImport);
});

test('a publish password is never kept in plain text: a command instead, and an older version\'s plain one moved or removed', async () => {
  const NOBUS = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' };
  const holds = (file, secret) => {
    for (const f of [file, `${file}-wal`, ...readdirSync(join(file, '..', 'backups')).map((n) => join(file, '..', 'backups', n))]) {
      let bytes = '';
      try {
        bytes = readFileSync(f, 'latin1');
      } catch {}
      if (bytes.includes(secret)) return f;
    }
    return null;
  };
  // A command that prints it, kept instead of the password: later runs need nothing.
  const db = program();
  let r = cli(['--db', db, 'publish', '--kind', 'webdav', '--url', `${apache.base}/dav/cmd/`, '--user', 'alice', '--password-command', 'printenv DAV_PASSWORD'], { env: { ...LOGIN.env, ...NOBUS } });
  assert.equal(r.code, 0, r.stderr);
  edit(db, 'Sunday Serenity', 'Sunday Serenity By Command');
  r = cli(['--db', db, 'publish'], { env: { ...LOGIN.env, ...NOBUS } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /5 updated/);
  cli(['--db', db, 'backup']);
  assert.equal(holds(db, 's3cret'), null);

  // What an older Homegroup left: the password in plain text in the file.
  const plant = (file) => {
    const set = spawnSync('sqlite3', [file, "update publish_targets set password = 'Old-pl41n-pw', password_in = 'database'"], { encoding: 'utf8' });
    assert.equal(set.status, 0, set.stderr);
  };
  // With a keyring: moved there at the next start, and gone from the file and backups.
  const keyring = startKeyring();
  try {
    plant(db);
    r = cli(['--db', db, 'feeds', 'list'], { env: keyring.env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(keyring.lookup('service', 'Homegroup', 'username', `publish ${apache.base}/dav/cmd/ alice`), 'Old-pl41n-pw');
    cli(['--db', db, 'backup'], { env: keyring.env });
    assert.equal(holds(db, 'Old-pl41n-pw'), null, 'no copy in the file, its log or a later backup');
  } finally {
    keyring.stop();
  }
  // Without one: removed, saying so, and the next publish asks for it.
  const other = program();
  cli(['--db', other, 'publish', '--kind', 'webdav', '--url', `${apache.base}/dav/old/`, '--user', 'alice', '--password-env', 'DAV_PASSWORD'], { env: { ...LOGIN.env, ...NOBUS } });
  plant(other);
  r = cli(['--db', other, 'publish'], { env: NOBUS });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /kept in plain text by an older version.*removed/);
  assert.match(r.stderr, /no password is kept for this server/);
  cli(['--db', other, 'backup'], { env: NOBUS });
  assert.equal(holds(other, 'Old-pl41n-pw'), null);
  r = cli(['--db', other, 'publish', '--password-env', 'DAV_PASSWORD'], { env: { ...LOGIN.env, ...NOBUS } });
  assert.equal(r.code, 0, r.stderr);
});
