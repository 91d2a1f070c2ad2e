// Nothing lost with the desktop app open: the `sqlite3` shell and Python's sqlite3 read
// the database the window is using, between edits made in the window; after the app
// closes, the file is whole and every meeting is there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { APP, cli } from '../lib/programs.mjs';
import { programWindow } from '../lib/window.mjs';

let program;

before(async () => {
  program = await programWindow('homegroup-integrity-e2e-');
});

after(async () => {
  await program?.stop();
});

const outside = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
};
const sqlite3 = (sql) => outside('sqlite3', [program.db, sql]);
const python = (sql) =>
  outside('/usr/bin/python3', ['-c', 'import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint(c.execute(sys.argv[2]).fetchone()[0])\nc.close()', program.db, sql]);

test('other programs reading the database while the window edits it lose nothing', async () => {
  const before = Number(sqlite3('select count(*) from meetings'));
  const s = await program.driver.open(APP);
  try {
    await s.click('nav button[data-nav=meetings]');
    for (let round = 0; round < 4; round++) {
      assert.equal(Number(sqlite3('select count(*) from meetings')), before + round);
      assert.equal(Number(python('select count(*) from meetings')), before + round);
      // Screens that read, then an edit in the window.
      await s.click('nav button[data-nav=calendar]');
      await s.click('nav button[data-nav=meetings]');
      await s.click('header.bar button.primary');
      await s.find('#m-name');
      await s.type('#m-name', `Window meeting ${round}`);
      await s.type('#m-address', `${round} Chapel Road`);
      await s.click('form button[type=submit]');
      await s.waitFor(`return document.querySelector('[role=status]')?.textContent.includes('Window meeting ${round}')`);
    }
  } finally {
    await s.close();
  }
  assert.equal(sqlite3('pragma integrity_check'), 'ok');
  const names = JSON.parse(cli(['--db', program.db, 'meetings', 'list', '--json']).stdout).map((m) => m.name);
  assert.equal(names.length, before + 4, 'every meeting is there after the app closed');
  for (let round = 0; round < 4; round++) assert.ok(names.includes(`Window meeting ${round}`), `meeting ${round}`);
});
