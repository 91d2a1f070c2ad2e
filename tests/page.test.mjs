// The meeting finder page as a member's phone sees it: written by `homegroup page`,
// served by the feed server at `/` and published to a real WebDAV host (Apache), then
// opened in Debian's Chromium (driven by playwright-core, no browser download) at phone
// and desktop sizes, in browser zones other than the meetings', in English and Spanish,
// light and dark. Every request the page makes is watched: none leaves its host.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { startApache } from './lib/apache.mjs';
import { ARTIFACTS, CLI, ROOT, TEST_CLOCK, TEST_NOW, cli, tempDir } from './lib/programs.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/finder.ics');
const AXE = join(ROOT, 'tests/node_modules/axe-core/axe.min.js');
const PRIVATE = 's3cr3tPass';
let apache;
let browser;

before(async () => {
  apache = await startApache();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
  await apache?.stop();
});

function program() {
  const db = join(tempDir('homegroup-page-'), 'p.sqlite3');
  const r = cli(['--db', db, 'import', FIXTURE, '--fellowship', 'na']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^4 created/);
  // A crisis line a caller reaches with one tap, named by letters as it is advertised.
  const res = cli(['--db', db, 'resources', 'add', '--name', 'Línea de ayuda', '--phone', '1-800-GET-HELP', '--hours', '24/7', '--language', 'es', '--url', 'https://help.example.org/']);
  assert.equal(res.code, 0, res.stderr);
  return db;
}

/** The feed server over the database, and the page's address it prints last. */
async function serve(db) {
  const child = spawn(CLI, ['--db', db, 'serve', '--bind', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...TEST_CLOCK },
  });
  const lines = createInterface({ input: child.stdout });
  const page = await new Promise((resolve, reject) => {
    lines.on('line', (l) => l.trim().endsWith('/') && resolve(l.trim()));
    child.once('exit', (c) => reject(new Error(`serve exited with ${c}`)));
  });
  return { page, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGINT'); }) };
}

/** A phone: its size, zone, language and colours; the clock at the test's instant. Every
 *  request is recorded. */
async function phone(url, { width = 390, height = 844, zone = 'Asia/Tokyo', locale = 'en-US', dark = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, timezoneId: zone, locale, colorScheme: dark ? 'dark' : 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.clock.setFixedTime(new Date(TEST_NOW));
  // How far the page moves under the reader as it fills in (CLS, as Lighthouse sums it).
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]');
  return { page, context, requests, errors };
}

async function axe(page, what) {
  // Evaluated through the debugger, which the page's own policy does not govern.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const r = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  const found = r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${what}`);
}

/** The i-th day button (0 = the phone's today) that shows `date`. */
async function openDay(page, date) {
  const i = await page.evaluate((d) => {
    const today = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    return Math.round((Date.parse(`${d}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86400000);
  }, date);
  assert.ok(i >= 0 && i < 7, `${date} is within the phone's week (${i})`);
  await page.click(`#day-${i}`);
  await page.waitForSelector(`#day-${i}[aria-pressed=true]`);
  await page.waitForFunction(() => !document.querySelector('#show-day'));
}

const rowsOn = (page, date) =>
  page.$$eval(`.week li.meeting[data-date="${date}"]`, (els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));

test('homegroup page writes the page, the feed and their data to a folder, with nothing private in them', () => {
  const db = program();
  const dir = tempDir('homegroup-page-out-');
  const r = cli(['--db', db, 'page', '--out', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /files written to/);
  assert.equal(r.stdout.trim().split('\n').pop(), join(dir, 'index.html'));
  const files = readdirSync(dir).sort();
  for (const f of ['index.html', 'whole-program.ics', 'whole-program.json', 'whole-program.page.js', 'whole-program.page.json', 'whole-program.page-0.json']) {
    assert.ok(files.includes(f), `${f} in ${files}`);
  }
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    assert.ok(!text.includes(PRIVATE), `${f} carries the private passcode`);
  }
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'/);
  // Nothing loads from another host; the one address elsewhere is the local resource's
  // web link, followed only when tapped.
  assert.doesNotMatch(html, /(src|<link[^>]*href)="https?:/, 'the page loads nothing from another host');
  assert.deepEqual(html.match(/https?:\/\/[^"<\s]+/g), ['https://help.example.org/', 'https://help.example.org/']);
  // A bad folder is refused in words, and nothing is half-written.
  const bad = cli(['--db', db, 'page', '--out', '/proc/nope']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /cannot make \/proc\/nope/);
  const feed = cli(['--db', db, 'page', '--out', dir, '--feed', 'No such feed']);
  assert.equal(feed.code, 1);
  assert.match(feed.stderr, /no feed called 'No such feed'/);
});

test('the page from the feed server: now and next, the week in each meeting’s own time, filters, search, details, subscribing', async () => {
  const db = program();
  const server = await serve(db);
  try {
    const origin = new URL(server.page).origin;
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles']) {
      const { page, context, requests, errors } = await phone(server.page, { zone });
      // It is Wednesday noon in New York: the lunch meeting is on now, whatever zone the phone is in.
      const now = await page.innerText('#meetings');
      assert.match(now, /Happening now/);
      assert.match(now, /Wednesday Lunch Serenity/);
      assert.match(now, /In progress/);

      // Tuesday the 16th is cancelled; Thursday the 18th moved to Friday 20:00; each
      // listed at its own Los Angeles time.
      await openDay(page, '2027-03-16');
      const tuesday = await rowsOn(page, '2027-03-16');
      assert.equal(tuesday.length, 1, tuesday.join('\n'));
      assert.match(tuesday[0], /7:30 PM.*Reunión de Esperanza.*Cancelled/);
      if (zone !== 'America/Los_Angeles') assert.match(tuesday[0], /Pacific Time/, 'another zone is named');
      else assert.doesNotMatch(tuesday[0], /Pacific/, 'the phone’s own zone goes unsaid');
      // The moved Thursday: gone from the 18th, held on Friday the 19th at 8 PM.
      await openDay(page, '2027-03-12');
      const friday = (await rowsOn(page, '2027-03-12')).join('\n');
      assert.match(friday, /11:30 PM.*Midnight Madness/, 'London’s Friday night, at London’s time');
      if (zone === 'Asia/Tokyo') {
        await openDay(page, '2027-03-17');
        assert.match((await rowsOn(page, '2027-03-17')).join('\n'), /11:30 AM.*Wednesday Lunch Serenity/);
      }
      assert.deepEqual(errors, []);
      assert.ok(requests.every((u) => u.startsWith(origin)), `only ${origin}: ${requests.filter((u) => !u.startsWith(origin))}`);
      await context.close();
    }

    const { page, context, requests } = await phone(server.page, { zone: 'America/New_York' });
    await openDay(page, '2027-03-16');
    await page.click('#day-1');
    // Search ignores case and accents.
    await page.fill('#q', 'reunion esperanza');
    await page.waitForSelector('#found li.meeting');
    assert.match(await page.innerText('#found'), /Reunión de Esperanza/);
    await page.fill('#q', 'GRACE');
    await page.waitForFunction(() => document.querySelector('#found')?.innerText.includes('Wednesday Lunch'));
    assert.match(await page.innerText('#found'), /Área de servicio/);
    await page.fill('#q', '');
    await page.waitForFunction(() => !document.querySelector('#found'));

    // Filters: online only, then a format code by its name.
    await page.click('details.filters summary');
    await page.selectOption('#f-mode', 'online');
    await page.waitForFunction(() => !document.querySelector('#meetings').innerText.includes('Lunch'));
    const online = await page.innerText('#meetings');
    assert.match(online, /Midnight Madness/);
    assert.doesNotMatch(online, /Reunión/, 'a hybrid meeting is not "online only"');
    await page.selectOption('#f-mode', '');
    await page.check('input[value="na:C"]');
    await page.waitForFunction(() => !document.querySelector('#meetings').innerText.includes('Midnight'));
    assert.match(await page.innerText('#meetings'), /Reunión de Esperanza/);
    await page.click('text=Clear filters');

    // Details: the place with directions, the link without the private passcode, the formats.
    await page.click('li.meeting[data-meeting] button.open >> text=Reunión de Esperanza');
    const dialog = page.locator('dialog.details');
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /Iglesia San José/);
    assert.match(text, /Closed/, 'format C spelled out');
    assert.match(text, /Every Tuesday and Thursday at 7:30 PM/);
    assert.match(text, /Entrada por la puerta lateral/);
    assert.match(text, /Cancelled/, 'coming changes');
    const links = Object.fromEntries(await dialog.locator('a[data-link]').evaluateAll((as) => as.map((a) => [a.dataset.link, a.href])));
    assert.equal(links.join, 'https://us02web.zoom.us/j/85512345678');
    assert.match(links.geo, /^geo:0,0\?q=100%20Calle%20Mayor/);
    assert.match(links.osm, /^https:\/\/www\.openstreetmap\.org\/search\?query=100%20Calle%20Mayor/);
    // "Add this meeting": a one-meeting calendar python's icalendar reads.
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-action=add-one]').click()]);
    const file = join(tempDir('homegroup-page-ics-'), 'one.ics');
    await download.saveAs(file);
    const ics = readFileSync(file, 'utf8');
    assert.ok(!ics.includes(PRIVATE));
    const parsed = spawnSync('/usr/bin/python3', ['-c', `
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
evs = [c for c in cal.walk('VEVENT')]
main = [e for e in evs if 'RECURRENCE-ID' not in e][0]
ex = [d.dt.isoformat() for x in ([main['EXDATE']] if not isinstance(main.get('EXDATE'), list) else main['EXDATE']) for d in x.dts]
print(str(main['SUMMARY']), main['RRULE'].to_ical().decode(), main['DTSTART'].dt.isoformat(), ex[0], len(evs), len(cal.walk('VTIMEZONE')), sep='|')
`, file], { encoding: 'utf8' });
    assert.equal(parsed.status, 0, parsed.stderr);
    assert.equal(parsed.stdout.trim(), 'Reunión de Esperanza|FREQ=WEEKLY;BYDAY=TU,TH|2027-01-05T19:30:00-08:00|2027-03-16T19:30:00-07:00|2|1');
    await page.click('dialog.details button.close');

    // Subscribing from any phone.
    const sub = Object.fromEntries(await page.locator('.subscribe a[data-link]').evaluateAll((as) => as.map((a) => [a.dataset.link, a.href])));
    const feedUrl = await page.inputValue('#feed-address');
    assert.match(feedUrl, new RegExp(`^${origin}/feeds/[0-9a-f]{48}\\.ics$`));
    const webcal = feedUrl.replace(/^http:/, 'webcal:');
    assert.equal(sub.apple, webcal);
    assert.equal(sub.google, `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`);
    assert.match(sub.outlook, new RegExp(`^https://outlook\\.live\\.com/calendar/0/addfromweb\\?url=${encodeURIComponent(feedUrl).replace(/[.?]/g, '\\$&')}&name=`));
    assert.match(sub.office, /^https:\/\/outlook\.office\.com\/calendar\/0\/addfromweb\?url=/);
    assert.match(await (await fetch(feedUrl)).text(), /^BEGIN:VCALENDAR/);
    assert.ok(requests.every((u) => u.startsWith(origin) || u.startsWith('blob:')), requests.join('\n'));
    await axe(page, 'the page (English)');
    await context.close();
  } finally {
    await server.stop();
  }
});

test('the page published to a WebDAV host: every size, both languages, light and dark, axe-clean; the flyer’s QR opens it', async () => {
  const db = program();
  const r = cli(['--db', db, 'publish', '--kind', 'webdav', '--url', `${apache.base}/dav/finder/`, '--user', 'alice', '--password-env', 'DAV_PASSWORD', '--public-url', `${apache.base}/pub/finder/`], { env: { DAV_PASSWORD: 's3cret' } });
  assert.equal(r.code, 0, r.stderr);
  const pageUrl = `${apache.base}/pub/finder/index.html`;
  const feeds = JSON.parse(cli(['--db', db, 'feeds', 'list', '--json']).stdout);
  assert.equal(feeds[0].page_url, pageUrl);
  // Nothing private in anything published.
  for (const f of readdirSync(join(apache.www, 'finder'))) {
    assert.ok(!readFileSync(join(apache.www, 'finder', f), 'utf8').includes(PRIVATE), f);
  }
  // An unchanged program uploads nothing, the page included.
  const puts = apache.count('PUT');
  const again = cli(['--db', db, 'publish', '--password-env', 'DAV_PASSWORD'], { env: { DAV_PASSWORD: 's3cret' } });
  assert.equal(again.code, 0, again.stderr);
  assert.equal(apache.count('PUT'), puts);

  // A phone in English, in Spanish, and in Persian (right to left).
  const WORDS = {
    'en-US': { heading: 'Find a meeting', help: 'Help now' },
    'es-MX': { heading: 'Encuentra una reunión', help: 'Ayuda ahora' },
    'fa-IR': { heading: 'یافتن جلسه', help: 'کمک فوری' },
  };
  for (const [width, height] of [[390, 844], [320, 640], [1280, 800]]) {
    for (const locale of Object.keys(WORDS)) {
      for (const dark of [false, true]) {
        const { page, context, requests, errors } = await phone(pageUrl, { width, height, locale, dark, zone: 'Europe/Madrid' });
        const heading = await page.innerText('h1');
        assert.equal(heading, WORDS[locale].heading);
        // The local resources are there before anything else, in the member's words.
        assert.equal(await page.innerText('#resources-h'), WORDS[locale].help);
        assert.equal(await page.getAttribute('#resources a[href^="tel:"]', 'href'), 'tel:18004384357');
        assert.match(await page.innerText('#resources li'), /Línea de ayuda · 1-800-GET-HELP · 24\/7 · https:\/\/help\.example\.org\/ · Español/);
        assert.equal(await page.getAttribute('html', 'lang'), locale.slice(0, 2));
        assert.equal(await page.getAttribute('html', 'dir'), locale === 'fa-IR' ? 'rtl' : 'ltr');
        // Nothing jumps as the list arrives: the language list was filled by the script
        // and moved the page down when it wrapped under the heading (0.3).
        const shift = await page.evaluate(() => window.__shift);
        assert.ok(shift < 0.1, `layout shift ${shift} at ${width}px, ${locale}`);
        // Nothing wider than the screen, on either side: a right-to-left page scrolls
        // into anything beyond its left edge (the skip link, put 999px to the left, made
        // the Persian page 1,389px wide on a 390px phone).
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= width, `nothing wider than the screen at ${width}px, ${locale} (${wide})`);
        writeFileSync(join(ARTIFACTS, `page-${width}-${locale.slice(0, 2)}${dark ? '-dark' : ''}.png`), await page.screenshot({ fullPage: width !== 1280 }));
        if (!dark) await axe(page, `${width}px, ${locale}`);
        assert.deepEqual(errors, []);
        assert.ok(requests.every((u) => u.startsWith(apache.base)), requests.join('\n'));
        await context.close();
      }
    }
  }

  // A Brazilian phone opens in Portuguese: its catalog's tag is pt-BR, and a phone set
  // to Portuguese alone ("pt") gets it too (the page once looked only for "pt" and
  // answered in English).
  for (const locale of ['pt-BR', 'pt']) {
    const { page: br, context: brc } = await phone(pageUrl, { locale });
    assert.equal(await br.innerText('h1'), 'Encontre uma reunião');
    assert.equal(await br.getAttribute('html', 'lang'), 'pt-BR');
    await brc.close();
  }

  // The language switch changes every word in place.
  const { page, context } = await phone(pageUrl, { locale: 'en-US' });
  await page.selectOption('#lang', 'es');
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Encuentra una reunión');
  assert.match(await page.innerText('.subscribe'), /Todas las reuniones en tu calendario/);
  await context.close();

  // The flyer's QR code opens the page; the calendar address is still printed in words.
  const dir = tempDir('homegroup-page-flyer-');
  const pdf = join(dir, 'flyer.pdf');
  assert.equal(cli(['--db', db, 'flyer', '--out', pdf]).code, 0);
  spawnSync('pdftoppm', ['-r', '110', '-png', '-singlefile', pdf, join(dir, 'flyer')]);
  const qr = spawnSync('zbarimg', ['-q', '--raw', join(dir, 'flyer.png')], { encoding: 'utf8' });
  assert.equal(qr.stdout.trim(), pageUrl);
  const words = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  assert.match(words, /Scan to find a meeting/);
  assert.ok(words.includes(`webcal://${apache.base.slice('http://'.length)}/pub/finder/whole-program.ics`), words);
});
