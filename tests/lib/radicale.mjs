// A real CalDAV server for the black-box tests: Debian's Radicale, without logins, on a
// port the kernel picks (it logs the port it got, which is read back: no port chosen
// beforehand that another program could take).
import { spawn } from 'node:child_process';
import { openSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './programs.mjs';

/** `users` ({ name: password }) turns logins on; without, anyone may do anything. */
export async function startRadicale({ users } = {}) {
  const dir = tempDir('homegroup-radicale-');
  let auth = ['--auth-type', 'none'];
  if (users) {
    const file = join(dir, 'users');
    writeFileSync(file, Object.entries(users).map(([u, p]) => `${u}:${p}\n`).join(''));
    auth = ['--auth-type', 'htpasswd', '--auth-htpasswd-encryption', 'plain', '--auth-htpasswd-filename', file];
  }
  // Debian's own python3 has the radicale module; another python3 on PATH may not. Its
  // log goes to a file, not a pipe: a pipe nobody reads while a test blocks on a
  // synchronous call would fill, and Radicale would stop answering.
  const log = join(dir, 'radicale.log');
  const child = spawn('/usr/bin/python3', [
    '-m', 'radicale', '--config', '', '--server-hosts', '127.0.0.1:0', ...auth,
    '--logging-level', 'info', '--storage-filesystem-folder', join(dir, 'collections'),
  ], { stdio: ['ignore', 'ignore', openSync(log, 'w')] });
  const port = await new Promise((resolve, reject) => {
    const look = () => {
      const m = readFileSync(log, 'utf8').match(/Listening on '\[?127\.0\.0\.1\]?:(\d+)'/);
      if (m) {
        watcher.close();
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    const watcher = watch(log, look);
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`radicale did not listen:\n${readFileSync(log, 'utf8')}`));
    }, 20_000);
    child.on('exit', (code) => {
      watcher.close();
      reject(new Error(`radicale exited (${code}):\n${readFileSync(log, 'utf8')}`));
    });
    look();
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    /** Makes a calendar collection and returns its address. */
    async calendar(user, name, password) {
      const headers = password
        ? { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` }
        : {};
      // Radicale makes the user's home itself: MKCOL answers 405 when it is there.
      await fetch(`${base}/${user}/`, { method: 'MKCOL', headers });
      const r = await fetch(`${base}/${user}/${name}/`, { method: 'MKCALENDAR', headers });
      if (!r.ok) throw new Error(`MKCALENDAR answered ${r.status}`);
      return `${base}/${user}/${name}/`;
    },
    stop() {
      child.kill('SIGKILL');
    },
  };
}
