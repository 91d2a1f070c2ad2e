// Where the built programs are, and small helpers to run them in isolation.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const PROFILE = process.env.HOMEGROUP_PROFILE ?? 'debug';
// HOMEGROUP_CLI and HOMEGROUP_APP point the tests at installed programs instead (the
// .deb check runs them from /usr/bin).
export const CLI = process.env.HOMEGROUP_CLI ?? join(TARGET, PROFILE, 'homegroup');
export const APP = process.env.HOMEGROUP_APP ?? join(TARGET, PROFILE, 'homegroup-desktop');
export const ARTIFACTS = join(TARGET, 'e2e');
mkdirSync(ARTIFACTS, { recursive: true });

// The instant the programs under test take for "now": a test build honours
// HOMEGROUP_NOW, so a test that says "today" means the same day whenever it runs. A
// Wednesday noon in New York (the zone the window tests use), a few days before the US
// clocks change, so "the next four weeks" always cross a DST change.
export const TEST_NOW = '2027-03-10T17:00:00Z';
export const TEST_CLOCK = { HOMEGROUP_NOW: TEST_NOW };

/** `YYYY-MM-DD` of a date counted in whole days from `from` (a `YYYY-MM-DD`). */
export function addDays(from, n) {
  const [y, m, d] = from.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The test clock's date, and days before or after it. */
export const testDay = (n = 0) => addDays(TEST_NOW.slice(0, 10), n);

// Every test file runs in a process of its own: what it made in the temp folder goes
// when that process ends, so a run of the suite leaves no databases or server folders
// behind (they once filled a CI machine's disk). HOMEGROUP_KEEP_TEMP=1 keeps them for
// looking into a failure.
const made = [];
process.on('exit', () => {
  if (process.env.HOMEGROUP_KEEP_TEMP) return;
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A server still writing into its folder; the next boot's tmp cleaning has it.
    }
  }
});

export function tempDir(prefix = 'homegroup-test-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Runs the CLI with a clean environment (no HOMEGROUP_DB unless given), on the test
 *  clock unless `env` says otherwise. */
/** The environment a test's program starts from: its clock, English unless the test says. */
function baseEnv() {
  const base = { ...process.env, ...TEST_CLOCK, LANG: 'C.UTF-8' };
  // The words a program prints follow LC_ALL / LC_MESSAGES / LANG: the machine's own
  // language must not change what a test reads.
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  delete base.LANGUAGE;
  delete base.HOMEGROUP_DB;
  return base;
}

export function cli(args, { env = {}, input } = {}) {
  const base = baseEnv();
  const r = spawnSync(CLI, args, { env: { ...base, ...env }, encoding: 'utf8', input, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI without blocking the event loop (for tests that also serve HTTP). */
export function cliAsync(args, { env = {} } = {}) {
  const base = baseEnv();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(CLI, args, { env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}
