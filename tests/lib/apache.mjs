// (log_config is built into Debian's apache2.)
// A real WebDAV host for the publishing tests: Debian's Apache httpd with mod_dav, run
// from its own configuration in a temporary folder, in the foreground, as a child of the
// test. Uploads go to /dav/ (a login required, alice:s3cret); members read the same
// folder at /pub/ anonymously and read-only (no DAV there), the way a web host serves a
// published folder. A few more places give the answers publishing must explain:
//   /denied/   WebDAV that refuses every request (403)
//   /moved/    a redirect to a login page (302)
//   /webview/  a web page for every address (a folder's HTML view or a login form)
//   /private/  the folder again, but reading needs a login too
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { tempDir } from './programs.mjs';

const MODULES = '/usr/lib/apache2/modules';
const LOAD = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['authn_core_module', 'mod_authn_core.so'],
  ['authn_file_module', 'mod_authn_file.so'],
  ['auth_basic_module', 'mod_auth_basic.so'],
  ['authz_user_module', 'mod_authz_user.so'],
  ['dav_module', 'mod_dav.so'],
  ['dav_fs_module', 'mod_dav_fs.so'],
  ['alias_module', 'mod_alias.so'],
  ['mime_module', 'mod_mime.so'],
];

function config(dir, port) {
  const www = join(dir, 'www');
  return `
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
DefaultRuntimeDir ${dir}/run
Mutex file:${dir}/run default
ErrorLog ${dir}/error.log
LogLevel warn
${LOAD.map(([name, file]) => `LoadModule ${name} ${MODULES}/${file}`).join('\n')}
TypesConfig /etc/mime.types
# Every request on its own connection: a client reusing a connection the server is just
# closing (keep-alive timing out) would fail at random.
KeepAlive Off
User www-data
Group www-data
LogFormat "%m %U %>s" plain
CustomLog ${dir}/access.log plain
DavLockDB ${dir}/lock/DavLock
DocumentRoot ${www}
<Directory ${dir}>
  Require all granted
</Directory>
Alias /dav ${www}
<Location /dav>
  DAV On
  AuthType Basic
  AuthName "Homegroup publishing test"
  AuthUserFile ${dir}/htpasswd
  Require valid-user
</Location>
Alias /pub ${www}
Alias /private ${www}
<Location /private>
  AuthType Basic
  AuthName "members only"
  AuthUserFile ${dir}/htpasswd
  Require valid-user
</Location>
Alias /denied ${www}
<Location /denied>
  DAV On
  Require all denied
</Location>
Redirect 302 /moved http://127.0.0.1:${port}/login.html
AliasMatch ^/webview/ ${dir}/login.html
`;
}

/** Waits until this Apache serves the port (it accepts connections and has written its
 *  pid, which it does only once its sockets are bound: another program on the port
 *  cannot pass for it), or until it exits. */
function listening(port, child, pidFile) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (f, v) => {
      if (!done) {
        done = true;
        f(v);
      }
    };
    child.once('exit', (code) => finish(reject, new Error(`apache2 exited with ${code}`)));
    const attempt = () => {
      if (done) return;
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        if (safeRead(pidFile).trim() === String(child.pid)) finish(resolve);
        else setImmediate(attempt);
      });
      // Refused while Apache is still starting: ask again on the next turn of the loop.
      s.once('error', () => setImmediate(attempt));
    };
    attempt();
  });
}

/** A port the kernel had free a moment ago. Apache cannot take port 0 and report it,
 *  so a port taken in between makes it exit, and start() tries another. */
function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startApache() {
  const dir = tempDir('homegroup-apache-');
  chmodSync(dir, 0o755); // www-data walks through it
  for (const d of ['www', 'lock', 'run']) mkdirSync(join(dir, d));
  spawnSync('chown', ['www-data:www-data', join(dir, 'www'), join(dir, 'lock')]);
  const htpasswd = spawnSync('htpasswd', ['-cbB', join(dir, 'htpasswd'), 'alice', 's3cret'], { encoding: 'utf8' });
  if (htpasswd.status !== 0) throw new Error(`htpasswd: ${htpasswd.stderr}`);
  writeFileSync(join(dir, 'login.html'), '<!DOCTYPE html><html><body><form>Log in</form></body></html>');
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const conf = join(dir, 'httpd.conf');
    writeFileSync(conf, config(dir, port));
    const child = spawn('apache2', ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    try {
      await listening(port, child, join(dir, 'httpd.pid'));
    } catch (e) {
      lastError = new Error(`${e.message}: ${stderr}${safeRead(join(dir, 'error.log'))}`);
      continue;
    }
    const base = `http://127.0.0.1:${port}`;
    return {
      base,
      dir,
      www: join(dir, 'www'),
      /** Requests of one method the server has answered so far (from its access log). */
      count(method) {
        return safeRead(join(dir, 'access.log'))
          .split('\n')
          .filter((l) => l.startsWith(`${method} `)).length;
      },
      log: () => safeRead(join(dir, 'access.log')),
      async stop() {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      },
    };
  }
  throw lastError;
}

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
