#!/usr/bin/env node
// The meeting finder page on a phone: bytes transferred before the first meetings show,
// at 60 and 35,000 meetings, beside what a TSML-UI-style finder downloads first (the
// whole Meeting Guide JSON); then Lighthouse's mobile performance and accessibility
// scores (lighthouse@12.2.3 with Debian's chromium, installed into target/bench-node on
// first use). The page is written by `homegroup page` and served as plain files by a
// static server here, as any web host would.
//
//   node scripts/bench/page_first_screen.mjs target/release/homegroup [60 35000]
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(ROOT, 'tests/package.json'));
const { chromium } = require('playwright-core');
const { regionList } = await import(join(ROOT, 'tests/lib/region.mjs'));

const CLI = resolve(process.argv[2] ?? 'target/release/homegroup');
const SIZES = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [60, 35000];
// A Wednesday evening in New York, when a region's meetings are thickest: the phone's
// clock is set to the latest one before now. In the past, because Lighthouse runs on the
// real clock, and so does the release CLI that imports the program and writes the page
// (only a test build honours HOMEGROUP_NOW): a phone clock fixed at a date before the
// imported meetings began showed none and read the whole week looking (an earlier run
// measured that as a 49 s LCP; a fixed 2024 date did it again once the import was dated
// by the real clock).
const NOW = (() => {
  const at = new Date();
  at.setUTCHours(23, 0, 0, 0);
  while (at.getUTCDay() !== 3 || at > new Date()) at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString();
})();
const GOAL = 150_000;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.ics': 'text/calendar' };
function serveFolder(dir) {
  const server = http.createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html');
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': statSync(path).size });
    createReadStream(path).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

// Run without blocking: the static server answering Lighthouse lives in this process.
async function lighthouse(url) {
  const dir = join(ROOT, 'target/bench-node');
  const bin = join(dir, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) {
    const r = spawnSync('npm', ['i', '--prefix', dir, '-E', 'lighthouse@12.2.3', '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', stdio: 'inherit' });
    if (r.status !== 0) return null;
  }
  const out = await new Promise((done) => {
    const child = spawn(bin, [url, '--quiet', '--output=json', '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
  if (out.status !== 0) {
    console.error(`lighthouse: ${out.error ?? ''} ${out.stderr.split('\n').slice(-5).join('\n')}`);
    return null;
  }
  const report = JSON.parse(out.stdout);
  // The metrics behind the score, printed when it misses its goal.
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((k) => `${k} ${report.audits[k]?.displayValue ?? '?'}`)
    .join(', ');
  return { perf: Math.round(report.categories.performance.score * 100), a11y: Math.round(report.categories.accessibility.score * 100), metrics };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('| meetings | bytes before first meetings (goal < 150 kB) | requests | Meeting Guide JSON a TSML-UI page reads first | all page files | Lighthouse mobile perf (goal ≥ 95) | accessibility (goal 100) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
let failed = false;
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'hg-page-bench-'));
  const db = join(dir, 'p.sqlite3');
  const env = { ...process.env, HOMEGROUP_NOW: NOW };
  let r = spawnSync(CLI, ['--db', db, 'import', regionList(dir, n)], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${r.error ?? ""} ${r.stderr}`);
  const out = join(dir, 'site');
  r = spawnSync(CLI, ['--db', db, 'page', '--out', out], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${r.error ?? ""} ${r.stderr}`);
  const files = spawnSync('du', ['-sb', out], { encoding: 'utf8' }).stdout.split('\t')[0];
  const server = await serveFolder(out);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  let bytes = 0;
  let requests = 0;
  page.on('response', async (res) => {
    requests++;
    bytes += Number(res.headers()['content-length'] ?? 0);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]');
  const seen = { bytes, requests };
  const meetings = await page.$$eval('#meetings li.meeting', (els) => els.length);
  await context.close();
  const mg = statSync(join(out, 'whole-program.json')).size;
  const lh = await lighthouse(url);
  server.close();
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  const over = seen.bytes >= GOAL || meetings === 0 || (lh && (lh.perf < 95 || lh.a11y < 100));
  failed ||= over;
  console.log(`| ${n.toLocaleString('en-US')} | ${kb(seen.bytes)}${over ? ' (OVER)' : ''} (${meetings} meetings shown) | ${seen.requests} | ${kb(mg)} | ${kb(Number(files))} | ${lh ? lh.perf : 'n/a'} | ${lh ? lh.a11y : 'n/a'} |`);
  if (lh && lh.perf < 95) console.log(`|   Lighthouse at ${n.toLocaleString('en-US')}: ${lh.metrics} |`);
}
await browser.close();
process.exit(failed ? 1 : 0);
