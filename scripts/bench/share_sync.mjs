#!/usr/bin/env node
// Sharing a 500-meeting program through a local Radicale calendar: the first sync
// (everything uploaded), a second installation joining (everything downloaded), and a
// sync with nothing new (requests counted from the sync's own report), beside
// vdirsyncer syncing the same calendar into an empty folder and then again with
// nothing new. Wall time of each program, start-up included. Median of 5 runs each;
// figures only.
//
//   scripts/bench/share_sync.mjs CLI [MEETINGS]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRadicale } from '../../tests/lib/radicale.mjs';
import { tempDir } from '../../tests/lib/programs.mjs';
import { regionList } from '../../tests/lib/region.mjs';

const [CLI, n = '500'] = process.argv.slice(2);
const COUNT = Number(n);
const RUNS = 5;

function run(cmd, args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', input: 'y\n' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return { ms, out: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (what, ms, extra = '') => console.log(`${what.padEnd(58)} ${median(ms).toFixed(0).padStart(6)} ms ${extra}`);

const radicale = await startRadicale();
try {
  const dir = tempDir('homegroup-bench-share-');
  const list = regionList(dir, COUNT);
  const first = [];
  const join_ = [];
  const quiet = [];
  const quietRequests = [];
  const vFirst = [];
  const vQuiet = [];
  for (let i = 0; i < RUNS; i++) {
    const url = await radicale.calendar('bench', `run${i}`);
    const a = join(dir, `a${i}.sqlite3`);
    const b = join(dir, `b${i}.sqlite3`);
    run(CLI, ['--db', a, 'import', list]);
    first.push(run(CLI, ['--db', a, 'sync', '--url', url, '--json']).ms);
    const joined = run(CLI, ['--db', b, 'sync', '--url', url, '--json']);
    join_.push(joined.ms);
    if (JSON.parse(joined.out)[0].created !== COUNT) throw new Error(`joining made ${joined.out}`);
    const again = run(CLI, ['--db', b, 'sync', '--json']);
    quiet.push(again.ms);
    quietRequests.push(JSON.parse(again.out)[0].requests);

    // vdirsyncer: the same calendar into an empty folder, then again.
    const v = join(dir, `v${i}`);
    mkdirSync(join(v, 'cal'), { recursive: true });
    const conf = join(v, 'vdirsyncer.conf');
    writeFileSync(
      conf,
      `[general]\nstatus_path = "${v}/status/"\n\n[pair shared]\na = "folder"\nb = "calendar"\ncollections = null\nconflict_resolution = "b wins"\n\n[storage folder]\ntype = "filesystem"\npath = "${v}/cal/"\nfileext = ".ics"\n\n[storage calendar]\ntype = "caldav"\nurl = "${url}"\n`,
    );
    const venv = { HOME: v, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
    run('vdirsyncer', ['-c', conf, 'discover'], venv);
    vFirst.push(run('vdirsyncer', ['-c', conf, 'sync'], venv).ms);
    if (readdirSync(join(v, 'cal')).length !== COUNT) throw new Error('vdirsyncer did not fetch every meeting');
    vQuiet.push(run('vdirsyncer', ['-c', conf, 'sync'], venv).ms);
  }
  console.log(`${COUNT} meetings, local Radicale; median of ${RUNS} runs (each program's whole run)`);
  row('homegroup sync, first (uploads every meeting)', first);
  row('homegroup sync, joining (downloads every meeting)', join_);
  row('vdirsyncer sync, first (downloads every meeting)', vFirst);
  row('homegroup sync, nothing new', quiet, `${median(quietRequests)} request(s)`);
  row('vdirsyncer sync, nothing new', vQuiet);
} finally {
  radicale.stop();
}
