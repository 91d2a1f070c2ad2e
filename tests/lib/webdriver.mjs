// A small W3C WebDriver client over fetch, enough to drive the real Homegroup window
// through tauri-driver (which forwards to WebKitWebDriver on Linux).
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, TEST_CLOCK, cli, tempDir } from './programs.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A port the kernel just handed out (for programs that cannot be given port 0). */
async function unusedPort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display unless one is already set; returns a stop function. */
export async function ensureDisplay() {
  if (process.env.DISPLAY) return async () => {};
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  process.env.DISPLAY = `:${display}`;
  return async () => {
    xvfb.kill();
    delete process.env.DISPLAY;
  };
}

/** The window on the Meeting Guide fixture imported as an NA program (feeds on any free
 *  port), in New York on the test clock, on a display of its own unless one is set;
 *  `env` adds to the app's environment. Returns the driver and one stop for both. */
export async function fixtureWindow(name, env = {}) {
  const db = join(tempDir(`homegroup-${name}-`), 'program.sqlite3');
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json'), '--fellowship', 'na'], { env: TEST_CLOCK }).code, 0);
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  const stopDisplay = await ensureDisplay();
  const driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', ...env });
  return {
    driver,
    stop: async () => {
      await driver.stop();
      await stopDisplay();
    },
  };
}

export class Driver {
  constructor(port, child) {
    this.base = `http://127.0.0.1:${port}`;
    this.child = child;
  }

  /** Starts tauri-driver with `env` (inherited by the app it launches; the app runs on
   *  the test clock unless `env` says otherwise). tauri-driver
   *  cannot listen on port 0 and say which port it got, so it is given two ports the
   *  kernel just handed out; should another program take one first, tauri-driver exits
   *  and is started again on two new ones, instead of the test failing. */
  static async start(env = {}) {
    let last = 'no attempt';
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await unusedPort();
      const nativePort = await unusedPort();
      const child = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
        env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1', ...TEST_CLOCK, ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      const exited = new Promise((r) => child.once('exit', (code) => r(`exited with ${code}`)));
      const d = new Driver(port, child);
      let waiting = true;
      const up = (async () => {
        while (waiting) {
          try {
            if ((await fetch(`${d.base}/status`)).ok) return 'up';
          } catch {}
          await sleep(50);
        }
        return 'gave up';
      })();
      const timeout = sleep(20_000, 'no answer in 20 s', { ref: false });
      const outcome = await Promise.race([up, exited, timeout]);
      waiting = false;
      if (outcome === 'up') return d;
      last = outcome;
      child.kill();
    }
    throw new Error(`tauri-driver did not start: ${last}`);
  }

  async stop() {
    this.child.kill();
    await new Promise((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', r)));
  }

  async req(method, path, body) {
    const r = await fetch(this.base + path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json.value ?? json)}`);
    return json.value;
  }

  async open(application) {
    const v = await this.req('POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application } } },
    });
    const session = new Session(this, v.sessionId);
    // The app shows its window once the page has loaded; a test acts, as a person
    // does, on the window it can see.
    const seen = await session.shown();
    if (seen !== 'visible') throw new Error(`the window was not shown: the page is ${seen}`);
    return session;
  }
}

export class Session {
  constructor(driver, id) {
    this.d = driver;
    this.id = id;
  }
  s(path) {
    return `/session/${this.id}${path}`;
  }
  async close() {
    await this.d.req('DELETE', this.s(''));
  }
  /** Waits up to `ms` for an element matching `css` and returns its id. */
  async find(css, ms = 10_000) {
    const until = Date.now() + ms;
    let last;
    while (Date.now() < until) {
      try {
        const v = await this.d.req('POST', this.s('/element'), { using: 'css selector', value: css });
        return v[ELEMENT];
      } catch (e) {
        last = e;
        await sleep(100);
      }
    }
    // What the page says, so a failure shows the message a person would have seen.
    const said = await this.exec(
      "return [...document.querySelectorAll('[role=alert], [role=status], .error')].map((e) => e.textContent.trim()).filter(Boolean).join(' | ')",
    ).catch(() => '');
    throw new Error(`no element ${css}: ${last}${said ? ` (the page says: ${said})` : ''}`);
  }
  async findAll(css) {
    const v = await this.d.req('POST', this.s('/elements'), { using: 'css selector', value: css });
    return v.map((e) => e[ELEMENT]);
  }
  async click(css) {
    await this.d.req('POST', this.s(`/element/${await this.find(css)}/click`), {});
  }
  async clear(css) {
    await this.d.req('POST', this.s(`/element/${await this.find(css)}/clear`), {});
  }
  async type(css, text) {
    await this.d.req('POST', this.s(`/element/${await this.find(css)}/value`), { text });
  }
  /** Sets a form control's value the way a person's edit would (input + change events). */
  async setValue(css, value) {
    await this.exec(
      `const el = document.querySelector(arguments[0]);
       const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
       Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, arguments[1]);
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      [css, value],
    );
  }
  async text(css) {
    return this.d.req('GET', this.s(`/element/${await this.find(css)}/text`));
  }
  /** The page's visibility once the window is shown: waited for as the page hears of
   *  it (its `visibilitychange`), not polled. */
  async shown() {
    return this.d.req('POST', this.s('/execute/async'), {
      script: `const done = arguments[arguments.length - 1];
        if (document.visibilityState === 'visible') done('visible');
        else document.addEventListener('visibilitychange', () => done(document.visibilityState), { once: true });`,
      args: [],
    });
  }
  async exec(script, args = []) {
    return this.d.req('POST', this.s('/execute/sync'), { script, args });
  }
  /** Waits until `fn` (run in the page) returns truthy. */
  async waitFor(script, args = [], ms = 10_000) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const v = await this.exec(script, args);
      if (v) return v;
      await sleep(100);
    }
    throw new Error(`timed out waiting for: ${script}`);
  }
  // WebKitWebDriver's own screenshot endpoint hangs under Xvfb without compositing, so the
  // picture is taken the way a person would: the whole X display, window decorations and all.
  async screenshot() {
    // Two animation frames: the page has laid out and painted what the test last did.
    await this.d.req('POST', this.s('/execute/async'), {
      script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
      args: [],
    });
    const r = spawnSync('import', ['-window', 'root', 'png:-'], { env: process.env, maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
    return r.stdout;
  }
}

/**
 * Answers the system's Save or Open dialog (GTK) the way a person would: waits for its
 * window, types the whole path into the name field and presses Enter. Run after the
 * click that opens it.
 */
export function answerFileDialog(path, title = 'Save File') {
  const run = (args) => spawnSync('xdotool', args, { env: process.env, encoding: 'utf8', timeout: 30_000 });
  const found = run(['search', '--sync', '--onlyvisible', '--name', `^${title}$`]);
  const win = found.stdout.trim().split('\n').filter(Boolean).pop();
  if (!win) throw new Error(`no "${title}" dialog appeared: ${found.stderr}`);
  run(['windowfocus', '--sync', win]);
  // GTK's chooser takes a typed path in its name field (Save, all of it selected first)
  // or its location bar (Open, which Ctrl+L shows).
  run(['key', '--clearmodifiers', title.startsWith('Open') ? 'ctrl+l' : 'ctrl+a']);
  run(['type', '--delay', '15', path]);
  // Gone means answered. A second Enter, should the first have only taken the
  // location bar's completion.
  for (let i = 0; i < 100; i++) {
    if (i % 20 === 0) run(['key', 'Return']);
    spawnSync('sleep', ['0.1']);
    const still = run(['search', '--onlyvisible', '--name', `^${title}$`]).stdout.trim();
    if (!still) return;
  }
  throw new Error(`the "${title}" dialog did not close after ${path}`);
}
