// Two installations keep one program through a shared CalDAV calendar (a real Radicale),
// driven only through the CLI as a script or a second machine would: meetings added,
// edited, cancelled and removed by UID with JSON, `sync`, and conflicts listed and
// settled. Each database's occurrences over a year are compared as JSON, without the
// two numbers that are each database's own row ids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { cli, tempDir } from './lib/programs.mjs';
import { startRadicale } from './lib/radicale.mjs';
import { startKeyring } from './lib/keyring.mjs';

let radicale;
let url;
before(async () => {
  radicale = await startRadicale();
  url = await radicale.calendar('area', 'program');
});
after(() => radicale?.stop());

const dir = tempDir('homegroup-share-');
const A = ['--db', join(dir, 'a.sqlite3')];
const B = ['--db', join(dir, 'b.sqlite3')];

function ok(args, input) {
  const r = cli(args, { input });
  assert.equal(r.code, 0, `homegroup ${args.join(' ')}\n${r.stderr}`);
  return r.stdout;
}

const json = (args, input) => JSON.parse(ok(args, input));

function year(db) {
  const list = json([...db, 'occurrences', '--from', '2027-01-01', '--to', '2027-12-31', '--json']);
  for (const o of list) {
    delete o.meeting_id;
    delete o.venue_id;
  }
  return JSON.stringify(list, null, 1);
}

const meeting = {
  fellowship: 'na',
  name: 'Grupo Esperanza — martes',
  mode: 'hybrid',
  venue: { kind: 'new', venue: { name: 'Iglesia San José', address: 'Calle Mayor 5', city: 'Zaragoza' } },
  room: 'Sala 2',
  online: { url: 'https://meet.jit.si/esperanza', passcode: 'privado' },
  formats: ['O', 'B'],
  schedule: {
    start_date: '2027-01-05',
    start_time: '19:00',
    duration_minutes: 90,
    timezone: 'Europe/Madrid',
    recurrence: { kind: 'weekly', interval: 1, days: ['TU'] },
    end_date: null,
  },
  notes: 'Entrada lateral; café y té',
  language: 'es',
};

test('two installations keep one program through a shared calendar', async () => {
  const added = json([...A, 'meetings', 'add', '--json', '-'], JSON.stringify(meeting));
  assert.match(added.uid, /@homegroup$/);
  assert.equal(added.name, meeting.name);
  const second = json([...A, 'meetings', 'add', '--json', JSON.stringify({
    ...meeting, name: 'Online Thursday', mode: 'online', venue: null, room: '',
    schedule: { ...meeting.schedule, start_date: '2027-01-07', recurrence: { kind: 'weekly', interval: 1, days: ['TH'] } },
  })]);

  let [r] = json([...A, 'sync', '--url', url, '--json']);
  assert.deepEqual([r.uploaded, r.created, r.conflicts], [2, 0, 0]);
  // The second trusted servant joins.
  [r] = json([...B, 'sync', '--url', url, '--json']);
  assert.deepEqual([r.created, r.uploaded], [2, 0]);
  assert.equal(year(A), year(B));
  const onB = json([...B, 'meetings', 'list', '--json']);
  assert.deepEqual(onB.map((m) => m.uid).sort(), [added.uid, second.uid].sort());
  // What is private stays here: the passcode is not shared.
  assert.equal(onB.find((m) => m.uid === added.uid).online.passcode, '');

  // Edits by UID on each side: only the given field changes.
  const edited = json([...A, 'meetings', 'edit', added.uid, '--json', '{"room": "Salón B"}']);
  assert.equal(edited.room, 'Salón B');
  assert.equal(edited.notes, meeting.notes);
  assert.equal(edited.online.passcode, 'privado');
  ok([...B, 'meetings', 'cancel', second.uid, '--date', '2027-03-18', '--note', 'Closed for the holiday']);
  ok([...A, 'sync']);
  ok([...B, 'sync']);
  ok([...A, 'sync']);
  assert.equal(year(A), year(B));
  const march18 = json([...A, 'occurrences', '--from', '2027-03-18', '--to', '2027-03-18', '--json']);
  assert.equal(march18[0].status, 'cancelled');
  assert.equal(march18[0].note, 'Closed for the holiday');

  // The same field changed on both sides: the sync says so and exits non-zero.
  ok([...A, 'meetings', 'edit', added.uid, '--json', '{"room": "Room of A"}']);
  ok([...B, 'meetings', 'edit', added.uid, '--json', '{"room": "Room of B"}']);
  ok([...A, 'sync']);
  const conflicted = cli([...B, 'sync', '--json']);
  assert.equal(conflicted.code, 1, conflicted.stderr);
  assert.match(conflicted.stderr, /conflicts list/);
  assert.equal(JSON.parse(conflicted.stdout)[0].conflicts, 1);
  const [c] = json([...B, 'conflicts', 'list', '--json']);
  assert.deepEqual([c.field, c.mine, c.theirs, c.meeting], ['room', 'Room of B', 'Room of A', meeting.name]);
  assert.match(ok([...B, 'conflicts', 'list']), /Room of B/);
  ok([...B, 'conflicts', 'resolve', String(c.id), '--keep', 'mine']);
  ok([...B, 'sync']);
  ok([...A, 'sync']);
  assert.equal(json([...A, 'meetings', 'list', '--json']).find((m) => m.uid === added.uid).room, 'Room of B');
  assert.equal(year(A), year(B));

  // Removed on one side, gone from the other after a sync.
  ok([...A, 'meetings', 'remove', second.uid]);
  ok([...A, 'sync']);
  [r] = json([...B, 'sync', '--json']);
  assert.equal(r.deleted, 1);
  assert.deepEqual(json([...B, 'meetings', 'list', '--json']).map((m) => m.uid), [added.uid]);
  assert.equal(year(A), year(B));

  // Another calendar app adds an event with no place and no link: it comes in, and the
  // sync says its place is to be confirmed (in words and in JSON).
  const put = await fetch(`${url}no-place.ics`, {
    method: 'PUT',
    headers: { 'content-type': 'text/calendar' },
    body: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other app//EN\r\nBEGIN:VEVENT\r\nUID:no-place@example.org\r\nDTSTAMP:20261201T120000Z\r\nDTSTART;TZID=Europe/Madrid:20270107T190000\r\nDTEND;TZID=Europe/Madrid:20270107T200000\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\nSUMMARY:Jueves nuevos\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  });
  assert.ok(put.ok, String(put.status));
  assert.match(ok([...A, 'sync']), /place to be confirmed: Jueves nuevos came without a place or link/);
  [r] = json([...B, 'sync', '--json']);
  assert.deepEqual(r.to_confirm, ['Jueves nuevos']);
  assert.equal(json([...B, 'meetings', 'list', '--json']).find((m) => m.uid === 'no-place@example.org').place_to_confirm, true);

  // An event no meeting can be read from (it repeats every minute) is skipped, and said so in the
  // person's language: the code in JSON, the catalog's sentence in Spanish words.
  const broken = await fetch(`${url}no-start.ics`, {
    method: 'PUT',
    headers: { 'content-type': 'text/calendar' },
    body: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other app//EN\r\nBEGIN:VEVENT\r\nUID:no-start@example.org\r\nDTSTAMP:20261201T120000Z\r\nDTSTART:20270107T190000Z\r\nDTEND:20270107T200000Z\r\nRRULE:FREQ=MINUTELY\r\nSUMMARY:Cada minuto\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  });
  assert.ok(broken.ok, String(broken.status));
  [r] = json([...A, 'sync', '--json']);
  const [warning] = r.warnings;
  assert.ok(warning?.href.endsWith('no-start.ics'), JSON.stringify(r.warnings));
  const id = `error-${warning.code.replaceAll('.', '-')}`;
  const spanish = readFileSync(join(import.meta.dirname, '..', 'locales', 'es.ftl'), 'utf8').match(new RegExp(`^${id} = (.+)$`, 'm'))?.[1];
  assert.ok(spanish, `es.ftl words ${id}`);
  const es = cli([...A, 'sync'], { env: { LANG: 'es_ES.UTF-8' } });
  assert.equal(es.code, 0, es.stderr);
  assert.ok(es.stdout.includes(`omitido: ${warning.href}: ${spanish}`), es.stdout);
  assert.ok(cli([...A, 'sync']).stdout.includes(`skipped: ${warning.href}: ${warning.message}`));
});

test('bad input says what is wrong and changes nothing', () => {
  const db = ['--db', join(dir, 'bad.sqlite3')];
  let r = cli([...db, 'meetings', 'add', '--json', '{"name": "No schedule"}']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /fellowship|schedule/);
  r = cli([...db, 'meetings', 'add', '--json', '{not json']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not valid JSON/);
  r = cli([...db, 'meetings', 'add', '--json', JSON.stringify({ ...meeting, name: '' })]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /name/);
  r = cli([...db, 'meetings', 'edit', 'no-such-uid', '--json', '{"room": "x"}']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no-such-uid/);
  const m = json([...db, 'meetings', 'add', '--json', JSON.stringify(meeting)]);
  r = cli([...db, 'meetings', 'cancel', m.uid, '--date', '2027-03-17']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /does not meet on 2027-03-17/);
  r = cli([...db, 'meetings', 'edit', m.uid, '--json', '{"schedule": {"start_time": "7pm"}}']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /start_time/);
  assert.equal(json([...db, 'meetings', 'list', '--json'])[0].schedule.start_time, '19:00');
  r = cli([...db, 'sync']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not shared yet/);
  r = cli([...db, 'sync', '--url', 'ftp://example.org/cal/']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /https:\/\//);
  assert.deepEqual(json([...db, 'conflicts', 'list', '--json']), []);
});

test('the login is kept in the system keyring, never in a plain database', async () => {
  const server = await startRadicale({ users: { alice: 'Zq8-s3cret-pw' } });
  const keyring = startKeyring();
  try {
    const cal = await server.calendar('alice', 'program', 'Zq8-s3cret-pw');
    const file = join(tempDir('homegroup-share-keyring-'), 'k.sqlite3');
    const db = ['--db', file];
    const env = { ...keyring.env, SHARE_PW: 'Zq8-s3cret-pw' };
    cli([...db, 'meetings', 'add', '--json', JSON.stringify(meeting)]);
    // No keyring reachable (a server, SSH): linked and synced, the password kept
    // nowhere, and the message says how to give it next time.
    const nokeyring = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' };
    let r = cli([...db, 'sync', '--url', cal, '--user', 'alice', '--password-env', 'SHARE_PW'], {
      env: { SHARE_PW: 'Zq8-s3cret-pw', ...nokeyring },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /password was not kept.*--password-env VAR.*--password-command CMD/);
    // The next run without one says what to do; with --password-env it syncs.
    r = cli([...db, 'sync'], { env: nokeyring });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no password is kept for this server.*--password-env.*--password-command/);
    r = cli([...db, 'sync', '--password-env', 'SHARE_PW'], { env: { SHARE_PW: 'Zq8-s3cret-pw', ...nokeyring } });
    assert.equal(r.code, 0, r.stderr);
    // A command that prints it is kept instead (run without a shell, each time).
    r = cli([...db, 'sync', '--url', cal, '--user', 'alice', '--password-command', 'printenv SHARE_PW'], {
      env: { SHARE_PW: 'Zq8-s3cret-pw', ...nokeyring },
    });
    assert.equal(r.code, 0, r.stderr);
    r = cli([...db, 'sync'], { env: { SHARE_PW: 'Zq8-s3cret-pw', ...nokeyring } });
    assert.equal(r.code, 0, r.stderr);
    r = cli([...db, 'sync'], { env: nokeyring });
    assert.equal(r.code, 1, 'the command prints nothing without the variable');
    assert.match(r.stderr, /password command `printenv` failed/);
    assert.ok(!readFileSync(file, 'latin1').includes('Zq8-s3cret-pw'), 'the command is kept, not its output');
    // With one: kept there, and the next sync needs no password.
    r = cli([...db, 'sync', '--url', cal, '--user', 'alice', '--password-env', 'SHARE_PW'], { env });
    assert.equal(r.code, 0, r.stderr);
    r = cli([...db, 'sync', '--json'], { env: keyring.env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(keyring.lookup('service', 'Homegroup', 'username', `shared calendar ${cal} alice`), 'Zq8-s3cret-pw');
    cli([...db, 'backup']);
    for (const f of [file, `${file}-wal`]) {
      let bytes = '';
      try {
        bytes = readFileSync(f, 'latin1');
      } catch {}
      assert.ok(!bytes.includes('Zq8-s3cret-pw'), `${f} holds the password`);
    }
    // A wrong password kept is a clear error, and the next good one replaces it.
    r = cli([...db, 'sync', '--url', cal, '--user', 'alice', '--password-env', 'SHARE_PW'], {
      env: { ...keyring.env, SHARE_PW: 'wrong' },
    });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /refused the user name or password/);

    // An encrypted database keeps the login itself: no keyring needed...
    const file2 = join(tempDir('homegroup-share-encrypted-'), 'e.sqlite3');
    const db2 = ['--db', file2];
    const pass = { HOMEGROUP_PASSPHRASE: 'a long enough passphrase', HOMEGROUP_NEW_PASSPHRASE: 'a long enough passphrase' };
    const nobus = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' };
    cli([...db2, 'meetings', 'add', '--json', JSON.stringify(meeting)]);
    r = cli([...db2, 'passphrase', 'set'], { env: pass });
    assert.equal(r.code, 0, r.stderr);
    const cal2 = await server.calendar('alice', 'second', 'Zq8-s3cret-pw');
    r = cli([...db2, 'sync', '--url', cal2, '--user', 'alice', '--password-env', 'SHARE_PW'], { env: { ...pass, ...nobus, SHARE_PW: 'Zq8-s3cret-pw' } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(cli([...db2, 'sync'], { env: { ...pass, ...nobus } }).code, 0);
    // ...and removing the passphrase moves it to the keyring first, or refuses.
    r = cli([...db2, 'passphrase', 'remove'], { env: { ...pass, ...nobus } });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /keyring cannot keep the password/);
    assert.equal(cli([...db2, 'sync'], { env: { ...pass, ...nobus } }).code, 0, 'still encrypted, still syncing');
    r = cli([...db2, 'passphrase', 'remove'], { env: { ...pass, ...keyring.env } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(keyring.lookup('service', 'Homegroup', 'username', `shared calendar ${cal2} alice`), 'Zq8-s3cret-pw');
    assert.ok(!readFileSync(file2, 'latin1').includes('Zq8-s3cret-pw'));
    r = cli([...db2, 'sync'], { env: keyring.env });
    assert.equal(r.code, 0, r.stderr);
  } finally {
    keyring.stop();
    server.stop();
  }
});
