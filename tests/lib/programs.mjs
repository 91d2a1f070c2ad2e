// Where the built programs are, and small helpers to run them in isolation.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const PROFILE = process.env.HOMEGROUP_PROFILE ?? 'debug';
export const CLI = join(TARGET, PROFILE, 'homegroup');
export const APP = join(TARGET, PROFILE, 'homegroup-desktop');
export const ARTIFACTS = join(TARGET, 'e2e');
mkdirSync(ARTIFACTS, { recursive: true });

export function tempDir(prefix = 'homegroup-test-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the CLI with a clean environment (no HOMEGROUP_DB unless given). */
export function cli(args, { env = {}, input } = {}) {
  const base = { ...process.env };
  delete base.HOMEGROUP_DB;
  const r = spawnSync(CLI, args, { env: { ...base, ...env }, encoding: 'utf8', input, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI without blocking the event loop (for tests that also serve HTTP). */
export function cliAsync(args, { env = {} } = {}) {
  const base = { ...process.env };
  delete base.HOMEGROUP_DB;
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
