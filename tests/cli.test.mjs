// The `homegroup` CLI as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './lib/programs.mjs';

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
  spawnSync('sh', ['-c', `head -c 4096 /dev/urandom > ${file}`]);
  const r = cli(['--db', file, 'meetings', 'list']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not a Homegroup database/);
});

test('an unknown subcommand fails with usage, not a crash', () => {
  const r = cli(['meetings', 'frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unrecognized subcommand/);
});
