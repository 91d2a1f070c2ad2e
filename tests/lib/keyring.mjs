// A system keyring for the tests: a private D-Bus session bus and GNOME Keyring's Secret
// Service on it, unlocked, with its files in a temporary home. Programs given `env` use
// it as a desktop session's programs would.
import { spawnSync } from 'node:child_process';
import { tempDir } from './programs.mjs';

export function startKeyring() {
  const home = tempDir('homegroup-keyring-');
  const bus = spawnSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], {
    encoding: 'utf8',
  });
  if (bus.status !== 0) throw new Error(`dbus-daemon: ${bus.stderr}`);
  const [address, pid] = bus.stdout.trim().split('\n');
  const env = { HOME: home, DBUS_SESSION_BUS_ADDRESS: address, XDG_RUNTIME_DIR: home };
  // --unlock reads the login keyring's password from standard input and returns once
  // the daemon is up and owns its name on the bus.
  const daemon = spawnSync('gnome-keyring-daemon', ['--unlock', '--components=secrets'], {
    env: { ...process.env, ...env },
    input: 'keyring password',
    encoding: 'utf8',
  });
  if (daemon.status !== 0) throw new Error(`gnome-keyring-daemon: ${daemon.stderr}`);
  return {
    env,
    /** What the keyring holds for an attribute query, through its own client. */
    lookup(...attributes) {
      const r = spawnSync('secret-tool', ['lookup', ...attributes], { env: { ...process.env, ...env }, encoding: 'utf8' });
      return r.status === 0 ? r.stdout : null;
    },
    stop() {
      // The keyring daemon leaves when its bus does.
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {}
    },
  };
}
