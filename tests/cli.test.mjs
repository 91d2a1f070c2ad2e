// The `homegroup` CLI as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cli, tempDir } from './lib/programs.mjs';

test('--version prints the version', () => {
  const r = cli(['--version']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^homegroup \d+\.\d+\.\d+/);
});

test('meetings list on a new database says there are none, and creates the file', () => {
  const db = join(tempDir(), 'sub', 'new.sqlite3');
  const r = cli(['--db', db, 'meetings', 'list']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /No meetings yet/);
  assert.ok(existsSync(db));
  const j = cli(['--db', db, 'meetings', 'list', '--json']);
  assert.deepEqual(JSON.parse(j.stdout), []);
});

test('HOMEGROUP_DB chooses the database when --db is absent, and --db wins over it', () => {
  const dir = tempDir();
  const envDb = join(dir, 'env.sqlite3');
  const flagDb = join(dir, 'flag.sqlite3');
  assert.equal(cli(['meetings', 'list'], { env: { HOMEGROUP_DB: envDb } }).code, 0);
  assert.ok(existsSync(envDb));
  assert.equal(cli(['--db', flagDb, 'meetings', 'list'], { env: { HOMEGROUP_DB: envDb } }).code, 0);
  assert.ok(existsSync(flagDb));
});

test('without flag or variable the database lives in the XDG data directory', () => {
  const home = tempDir();
  const r = cli(['meetings', 'list'], { env: { XDG_DATA_HOME: join(home, 'data'), HOME: home } });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(home, 'data', 'homegroup', 'homegroup.sqlite3')));
});

test('a database from a newer Homegroup is refused with a clear message and left untouched', () => {
  const db = join(tempDir(), 'future.sqlite3');
  const py = spawnSync('python3', ['-c', `import sqlite3; c = sqlite3.connect(${JSON.stringify(db)}); c.execute('create table t (x)'); c.execute('pragma user_version = 42'); c.commit()`]);
  assert.equal(py.status, 0, String(py.stderr));
  const before = readFileSync(db);
  const r = cli(['--db', db, 'meetings', 'list']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /written by a newer Homegroup \(schema version 42/);
  assert.deepEqual(readFileSync(db), before);
});

test('a file that is not a database is refused by name', () => {
  const dir = tempDir();
  const file = join(dir, 'notes.txt');
  spawnSync('sh', ['-c', `printf 'Tuesday: bring coffee\n' > ${file}`]);
  const r = cli(['--db', file, 'meetings', 'list']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not a Homegroup database/);
  // Whole pages of random bytes look like an encrypted database: the passphrase is asked for.
  const random = join(dir, 'random.bin');
  spawnSync('sh', ['-c', `head -c 4096 /dev/urandom > ${random}`]);
  const before = readFileSync(random);
  const e = cli(['--db', random, 'meetings', 'list']);
  assert.equal(e.code, 1);
  assert.match(e.stderr, /encrypted: enter its passphrase/);
  assert.deepEqual(readFileSync(random), before);
});

test('an unknown subcommand fails with usage, not a crash', () => {
  const r = cli(['meetings', 'frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unrecognized subcommand/);
});

test('backup and restore from the command line; a bad backup is refused and changes nothing', async () => {
  const { writeFileSync } = await import('node:fs');
  const dir = tempDir('homegroup-backup-');
  const db = join(dir, 'b.sqlite3');
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')]).code, 0);
  const made = cli(['--db', db, 'backup']);
  assert.equal(made.code, 0, made.stderr);
  const backup = made.stdout.trim();
  assert.match(backup, /backups\/homegroup-.*\.sqlite3$/);
  // Change something, then go back.
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify([{ name: 'Late addition', slug: 'late', day: 3, time: '20:00', timezone: 'UTC', conference_url: 'https://zoom.us/j/1' }]));
  assert.equal(cli(['--db', db, 'import', other]).code, 0);
  assert.equal(JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout).length, 5);
  const before = cli(['--db', db, 'meetings', 'list', '--json']).stdout;
  const junk = join(dir, 'junk.sqlite3');
  writeFileSync(junk, 'not a database at all');
  const bad = cli(['--db', db, 'restore', junk]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /not a Homegroup backup/);
  assert.equal(cli(['--db', db, 'meetings', 'list', '--json']).stdout, before);
  const restored = cli(['--db', db, 'restore', backup]);
  assert.equal(restored.code, 0, restored.stderr);
  assert.equal(JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout).length, 4);
});

test('a test build runs on the clock HOMEGROUP_NOW gives it, counting on from there', () => {
  const db = join(tempDir('homegroup-clock-'), 'c.sqlite3');
  assert.equal(cli(['--db', db, 'meetings', 'list'], { env: { HOMEGROUP_NOW: '2031-05-06T12:00:00Z' } }).code, 0);
  const made = cli(['--db', db, 'backup'], { env: { HOMEGROUP_NOW: '2031-05-06T12:00:00Z' } });
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, /homegroup-20310506-12000\d-\d{3}\.sqlite3/);
  // The file carries the clock's time too: the list (and the daily backup's "is one due?")
  // read it, so a backup made a moment ago is not months old on a set clock.
  const list = cli(['--db', db, 'backup', '--list'], { env: { HOMEGROUP_NOW: '2031-05-06T12:00:00Z' } });
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^2031-05-06T12:00:0\dZ/);
});
