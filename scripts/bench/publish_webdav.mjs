#!/usr/bin/env node
// Publishing a 500-meeting program to a local WebDAV folder (Apache httpd with mod_dav,
// as the tests run it): the first publish (folders made, both files uploaded, the public
// address fetched and compared), an unchanged one (nothing uploaded), and one after a
// change, beside curl -T uploading the same two files in one run. Median of 5 runs
// each; figures only.
//
//   scripts/bench/publish_webdav.mjs CLI [MEETINGS]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApache } from '../../tests/lib/apache.mjs';
import { tempDir } from '../../tests/lib/programs.mjs';
import { regionList } from '../../tests/lib/region.mjs';

const [CLI, n = '500'] = process.argv.slice(2);
const COUNT = Number(n);
const RUNS = 5;
const env = { ...process.env, DAV_PASSWORD: 's3cret' };

let apache;
/** Runs a program; its time and the PUT requests the server answered meanwhile. */
function run(cmd, args) {
  const puts = apache.count('PUT');
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return { ms, puts: apache.count('PUT') - puts };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (what, runs) =>
  console.log(`${what.padEnd(52)} ${median(runs.map((r) => r.ms)).toFixed(0).padStart(6)} ms ${String(median(runs.map((r) => r.puts))).padStart(4)} PUT`);

apache = await startApache();
try {
  const dir = tempDir('homegroup-bench-publish-');
  const list = regionList(dir, COUNT);
  const first = [];
  const unchanged = [];
  const changed = [];
  const curl = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const db = join(dir, `p${i}.sqlite3`);
    run(CLI, ['--db', db, 'import', list]);
    const folder = `/dav/run${i}/area/`;
    const publish = ['--db', db, 'publish', '--kind', 'webdav', '--url', `${apache.base}${folder}`, '--user', 'alice', '--password-env', 'DAV_PASSWORD', '--public-url', `${apache.base}/pub/run${i}/area/`];
    first.push(run(CLI, publish));
    unchanged.push(run(CLI, ['--db', db, 'publish', '--password-env', 'DAV_PASSWORD']));
    // One meeting renamed in the list, imported again: the next publish sends both files.
    const edited = join(dir, `edited${i}.json`);
    writeFileSync(edited, readFileSync(list, 'utf8').replace('"Meeting 1"', `"Meeting 1 (${i})"`));
    run(CLI, ['--db', db, 'import', edited]);
    changed.push(run(CLI, ['--db', db, 'publish', '--due', '--password-env', 'DAV_PASSWORD']));
    // The same bytes by hand: curl uploading both files to a folder that exists.
    const www = join(apache.www, `run${i}`, 'area');
    const files = ['whole-program.ics', 'whole-program.json'].map((f) => join(www, f));
    bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const copies = files.map((f, k) => {
      const c = join(dir, `copy${i}-${k}${f.slice(f.lastIndexOf('.'))}`);
      writeFileSync(c, readFileSync(f));
      return c;
    });
    curl.push(run('curl', ['-sf', '-u', 'alice:s3cret', '-T', `{${copies.join(',')}}`, `${apache.base}${folder}`]));
  }
  console.log(`${COUNT} weekly meetings, ${(bytes / 1e6).toFixed(2)} MB in two files, median of ${RUNS}`);
  row('homegroup publish, first (folders made, public GET)', first);
  row('homegroup publish, unchanged (public GET only)', unchanged);
  row('homegroup publish --due, after one change', changed);
  row('curl -T of the same two files (no checks)', curl);
  // The first publish's first PUT meets the missing folder (409) and is sent again after
  // MKCOL; right after a write Apache's ETag is weak, so If-Match gets 412, the file is
  // read back, found to be ours, and sent again.
  console.log('PUT counts every request, refused ones included (see the comments in this script).');
} finally {
  await apache.stop();
}
