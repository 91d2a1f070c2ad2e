// Nothing lost: other programs on the same database file. The `sqlite3` shell and
// Python's sqlite3 read it while `homegroup serve` runs and another Homegroup writes;
// several programs open one new file at once; backups are killed half-way. After each,
// the file is whole and every row is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { CLI, TEST_CLOCK, cli, cliAsync, tempDir } from './lib/programs.mjs';
import { regionList } from './lib/region.mjs';

// Debian's python3 has the sqlite3 module built against the system SQLite, as a
// backup script on this machine would; another python3 may come first on PATH.
const PYTHON = '/usr/bin/python3';

function sqlite3(db, sql) {
  const r = spawnSync('sqlite3', [db, sql], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

function python(db, sql) {
  const r = spawnSync(PYTHON, ['-c', 'import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint(c.execute(sys.argv[2]).fetchone()[0])\nc.close()', db, sql], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

function serve(db) {
  const child = spawn(CLI, ['--db', db, 'serve', '--bind', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...TEST_CLOCK },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const lines = createInterface({ input: child.stdout });
  const urls = new Promise((resolve, reject) => {
    const got = [];
    lines.on('line', (l) => {
      got.push(l.trim());
      if (got.length === 2) resolve(got);
    });
    child.once('exit', (c) => reject(new Error(`serve exited with ${c}: ${stderr}`)));
  });
  const stopped = new Promise((resolve) => child.once('exit', resolve));
  return {
    urls,
    async stop() {
      child.kill('SIGTERM');
      await stopped;
    },
  };
}

const meeting = (n) => ({
  fellowship: 'na',
  name: `Added while others read ${n}`,
  mode: 'in_person',
  venue: { kind: 'new', venue: { name: 'St. Mark’s Hall', address: `${n} Church St`, city: 'Springfield' } },
  room: '',
  formats: ['O'],
  schedule: {
    start_date: '2027-01-05',
    start_time: '19:00',
    duration_minutes: 60,
    timezone: 'America/New_York',
    recurrence: { kind: 'weekly', interval: 1, days: ['TU'] },
    end_date: null,
  },
  notes: '',
  language: 'en',
});

test('the sqlite3 shell and Python reading a live database lose nothing while Homegroup serves and writes', async () => {
  const dir = tempDir('homegroup-outside-');
  const db = join(dir, 'hg.sqlite3');
  assert.equal(cli(['--db', db, 'import', regionList(dir, 300)]).code, 0);
  const server = serve(db);
  const rounds = 8;
  try {
    const [ics, json] = await server.urls;
    for (let round = 0; round < rounds; round++) {
      // Several polls at once: the server opens read connections of its own.
      const polls = await Promise.all([...Array(6)].map((_, i) => fetch(i % 2 ? json : ics).then((r) => r.status)));
      assert.deepEqual(polls, Array(6).fill(200), `round ${round}`);
      // Other programs read the file while it is live, and close it again.
      assert.equal(Number(sqlite3(db, 'select count(*) from meetings')), 300 + round);
      assert.equal(Number(python(db, 'select count(*) from meetings')), 300 + round);
      // Then a write by another Homegroup; the server still answers (it sees other
      // programs' commits within a second: not waited for here).
      const added = await cliAsync(['--db', db, 'meetings', 'add', '--json', JSON.stringify(meeting(round))]);
      assert.equal(added.code, 0, added.stderr);
      const after = await fetch(ics);
      assert.equal(after.status, 200, `round ${round}: the feed after a write`);
      await after.text();
    }
  } finally {
    await server.stop();
  }
  assert.equal(sqlite3(db, 'pragma integrity_check'), 'ok');
  assert.equal(python(db, 'pragma integrity_check'), 'ok');
  const names = JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout).map((m) => m.name);
  assert.equal(names.length, 300 + rounds, 'every meeting is still there');
  for (let round = 0; round < rounds; round++) assert.ok(names.includes(`Added while others read ${round}`), `meeting ${round}`);
  for (let i = 0; i < 300; i++) assert.ok(names.includes(`Meeting ${i}`), `imported meeting ${i}`);
});

test('eight programs opening one new database at once all succeed, twenty times over', async () => {
  const dir = tempDir('homegroup-first-open-');
  for (let round = 0; round < 20; round++) {
    const db = join(dir, `new-${round}.sqlite3`);
    const runs = await Promise.all([...Array(8)].map(() => cliAsync(['--db', db, 'meetings', 'list'])));
    for (const r of runs) {
      assert.equal(r.code, 0, `round ${round}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /CREATE|already exists/);
    }
    assert.equal(sqlite3(db, 'pragma integrity_check'), 'ok');
  }
});

test('a failed upgrade names the file and the cause in one short line, never the SQL', () => {
  const dir = tempDir('homegroup-bad-upgrade-');
  const db = join(dir, 'odd.sqlite3');
  // A file that has a table of the first step's name but no version: step 1 fails.
  sqlite3(db, 'create table fellowships (x integer)');
  const r = cli(['--db', db, 'meetings', 'list']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /odd\.sqlite3/);
  assert.match(r.stderr, /already exists/);
  assert.doesNotMatch(r.stderr, /CREATE|rusqlite/);
  assert.ok(r.stderr.length < 400, r.stderr);
  assert.equal(sqlite3(db, 'pragma user_version'), '0', 'left as it was');
});

test('a backup killed half-way leaves no copy behind: the next run removes it, before a passphrase too', async () => {
  const dir = tempDir('homegroup-killed-backup-');
  const db = join(dir, 'hg.sqlite3');
  // Big enough that a backup takes a while to write.
  assert.equal(cli(['--db', db, 'import', regionList(dir, 20_000)]).code, 0);
  const backups = join(dir, 'backups');
  const leftovers = () =>
    [dir, backups].flatMap((d) => (existsSync(d) ? readdirSync(d) : []).filter((n) => /partial|restore-source/.test(n)));
  let interrupted = 0;
  for (let i = 0; i < 15; i++) {
    const child = spawn(CLI, ['--db', db, 'backup'], { stdio: 'ignore', env: { ...process.env, ...TEST_CLOCK } });
    // Killed as soon as its own copy exists (watched for, not slept on): mid-copy.
    await new Promise((resolve) => {
      const look = () => {
        if (child.exitCode !== null) return resolve();
        if (leftovers().some((n) => n.includes(`-${child.pid}.partial`))) {
          child.kill('SIGKILL');
          interrupted++;
          return child.once('exit', resolve);
        }
        setImmediate(look);
      };
      look();
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)));
  }
  assert.ok(interrupted >= 10, `${interrupted} of 15 backups were killed mid-copy`);
  // The next program to open the database removes what the killed ones left.
  const listed = cli(['--db', db, 'backup', '--list']);
  assert.equal(listed.code, 0, listed.stderr);
  assert.deepEqual(leftovers(), []);
  assert.doesNotMatch(listed.stdout, /partial/);

  // A copy left by a killed backup of an older version (no process id in its name) is
  // a readable plaintext copy: a passphrase must not leave it behind.
  const made = cli(['--db', db, 'backup']);
  assert.equal(made.code, 0, made.stderr);
  const [one] = readdirSync(backups).filter((n) => n.endsWith('.sqlite3'));
  writeFileSync(join(backups, 'homegroup-20270101-000000-000.partial'), readFileSync(join(backups, one)));
  const set = cli(['--db', db, 'passphrase', 'set', '--old-backups', 'reencrypt'], {
    env: { HOMEGROUP_NEW_PASSPHRASE: 'correct horse battery staple' },
  });
  assert.equal(set.code, 0, set.stderr);
  assert.deepEqual(leftovers(), []);
  for (const name of readdirSync(backups)) {
    const bytes = readFileSync(join(backups, name));
    assert.ok(!bytes.subarray(0, 16).toString('latin1').startsWith('SQLite format 3'), `${name} is readable`);
  }
});

test('a hostile list far beyond a region is refused at once, saying why, and changes nothing', () => {
  const dir = tempDir('homegroup-huge-');
  const db = join(dir, 'hg.sqlite3');
  assert.equal(cli(['--db', db, 'import', regionList(dir, 20)]).code, 0);
  const before = cli(['--db', db, 'meetings', 'list', '--json']).stdout;
  const entry = (i) => `{"name":"M${i}","slug":"m${i}","day":${i % 7},"time":"19:00","address":"1 Main St"}`;
  const event = (i) =>
    `BEGIN:VEVENT\r\nUID:e${i}@x\r\nDTSTART:20270105T190000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:M${i}\r\nLOCATION:1 Main St\r\nEND:VEVENT\r\n`;
  const ics = (n) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${Array.from({ length: n }, (_, i) => event(i)).join('')}END:VCALENDAR\r\n`;
  const cases = [
    // A million meetings in a 66 MB Meeting Guide file; 210,604 events in 50 MB.
    ['million.json', () => `[${Array.from({ length: 1_000_000 }, (_, i) => entry(i)).join(',')}]`, /at most 40 MB/],
    ['region-ics.ics', () => ics(210_604) + ' '.repeat(20_000_000), /at most 40 MB/],
    // Under the size cap, far past a region's count.
    ['many.json', () => `[${Array.from({ length: 150_000 }, (_, i) => entry(i)).join(',')}]`, /more than 100000 meetings/],
    ['many.ics', () => ics(120_000), /more than 100000 meetings/],
  ];
  for (const [name, make, reason] of cases) {
    const file = join(dir, name);
    writeFileSync(file, make());
    const began = process.hrtime.bigint();
    const r = cli(['--db', db, 'import', file]);
    const ms = Number(process.hrtime.bigint() - began) / 1e6;
    console.log(`${name}: ${(statSync(file).size / 1e6).toFixed(1)} MB refused in ${ms.toFixed(0)} ms`);
    assert.equal(r.code, 1, `${name}: ${r.stdout}`);
    assert.match(r.stderr, reason, name);
  }
  assert.equal(cli(['--db', db, 'meetings', 'list', '--json']).stdout, before, 'nothing changed');
});
