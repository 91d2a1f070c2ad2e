// A database made by the previous release is read by this one (migrated on opening) and
// gives back the very same exports, byte for byte: what members subscribed to does not
// change because Homegroup was updated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cli, tempDir } from './lib/programs.mjs';

const FIXTURES = join(ROOT, 'tests/fixtures/previous-release');

test("the previous release's database opens and exports the same bytes", () => {
  const db = join(tempDir('homegroup-compat-'), 'program.sqlite3');
  copyFileSync(join(FIXTURES, 'program.sqlite3'), db);
  const env = { env: { TZ: 'UTC' } };
  const ics = cli(['--db', db, 'export', 'ics'], env);
  assert.equal(ics.code, 0, ics.stderr);
  assert.equal(ics.stdout, readFileSync(join(FIXTURES, 'program.ics'), 'utf8'), 'the iCalendar export');
  const mg = cli(['--db', db, 'export', 'meeting-guide'], env);
  assert.equal(mg.code, 0, mg.stderr);
  assert.equal(mg.stdout, readFileSync(join(FIXTURES, 'program.json'), 'utf8'), 'the Meeting Guide export');
  const occ = cli(['--db', db, 'occurrences', '--from', '2027-03-01', '--to', '2027-04-30', '--json'], env);
  assert.equal(occ.code, 0, occ.stderr);
  assert.equal(occ.stdout, readFileSync(join(FIXTURES, 'occurrences.json'), 'utf8'), 'the occurrences');
  // And it is this release's database now: a second program opens it as such.
  const list = JSON.parse(cli(['--db', db, 'meetings', 'list', '--json']).stdout);
  assert.ok(list.length >= 10, `${list.length} meetings`);
});
