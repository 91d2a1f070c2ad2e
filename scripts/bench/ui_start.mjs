// The window's front end, two builds side by side: how long Chromium takes from
// navigation to the first screen drawn (the module parsed and run, the catalog read,
// the first words on screen) and how big the script is. Usage:
//   node scripts/bench/ui_start.mjs NAME=DIST_DIR [NAME=DIST_DIR …]
// Each build is served over loopback HTTP (as modules need) and loaded 15 times in a
// fresh headless Chromium page; the median is printed. Outside Tauri the first screen
// is the one that says the database could not be opened, drawn by the same code path.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'tests/package.json'));
const { chromium } = require('playwright-core');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(req.url.split('?')[0]) === '/' ? 'index.html' : decodeURIComponent(req.url.split('?')[0]));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split('=');
  // The script the first screen loads (index.html's entry), not the catalogs fetched
  // later when another language is shown.
  const entry = readFileSync(join(dir, 'index.html'), 'utf8').match(/src="\/?(assets\/[^"]+\.js)"/)[1];
  const js = [join(dir, entry)];
  const rest = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && join(dir, 'assets', f) !== js[0]).reduce((n, f) => n + statSync(join(dir, 'assets', f)).size, 0);
  const bytes = js.reduce((n, f) => n + statSync(f).size, 0);
  const gz = js.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  const server = await serve(dir);
  const { port } = server.address();
  const times = [];
  for (let i = 0; i < 15; i++) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (document.querySelector('#app, body')?.innerText ?? '').trim().length > 0);
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  server.close();
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(8)} first screen ${times[7].toFixed(1)} ms (median of 15)   script ${(bytes / 1000).toFixed(1)} kB, ${(gz / 1000).toFixed(1)} kB gzip; ${(rest / 1000).toFixed(1)} kB more fetched later`);
}
await browser.close();
