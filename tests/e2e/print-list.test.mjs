// The printed meeting list and local resources in the real window (issue 29): a bad
// phone number is refused beside its field and the form kept; resources are added,
// moved and removed; the print panel shows the first side as it will print, changes
// with the layout, says when a page count cannot be kept, and saves a booklet through
// the system's Save dialog whose pages come out in folding order with the resource and
// every meeting in it. Keyboard only where a volunteer would use it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, ROOT, TEST_CLOCK, cli, tempDir } from '../lib/programs.mjs';
import { Driver, answerFileDialog, ensureDisplay } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';

const home = tempDir('homegroup-print-home-');
const db = join(tempDir('homegroup-print-'), 'p.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')], { env: TEST_CLOCK }).code, 0);
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/bmlt.json')], { env: TEST_CLOCK }).code, 0);
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({
    HOMEGROUP_DB: db,
    LANG: 'C.UTF-8',
    TZ: 'America/New_York',
    HOME: home,
    XDG_DOCUMENTS_DIR: join(home, 'Documents'),
    ...TEST_CLOCK,
  });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

/** The text of one half of a PDF page (0: left, 1: right), spaces as poppler guesses them. */
function half(pdf, page, side) {
  const info = spawnSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }).stdout;
  const [, w, h] = info.match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/);
  const width = Math.floor(Number(w) / 2);
  const out = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-x', String(side * width), '-y', '0', '-W', String(width), '-H', String(Math.floor(Number(h))), pdf, '-'], { encoding: 'utf8' });
  return out.stdout.replace(/\s+/g, ' ').trim();
}

test('local resources are checked, kept in order, and print on a booklet saved in folding order', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=feeds]');
    await s.find('[data-no-resources]');

    // A number that is not one: refused beside the phone field, the form kept as typed.
    await s.setValue('#res-name', 'Crisis Lifeline');
    await s.setValue('#res-phone', 'call us');
    await s.click('#res-name');
    await s.exec("document.querySelector('#res-hours').focus()");
    await s.setValue('#res-hours', '24/7');
    await s.exec("document.querySelector('.resources form button[type=submit]').click()");
    await s.waitFor("return document.querySelector('#res-phone-err').textContent.length > 0");
    assert.match(await s.text('#res-phone-err'), /not a phone number/);
    assert.equal(await s.exec("return document.querySelector('#res-phone').getAttribute('aria-invalid')"), 'true');
    assert.equal(await s.exec("return document.querySelector('#res-name').value"), 'Crisis Lifeline');
    assert.equal(await s.exec('return document.querySelectorAll("[data-resource]").length'), 0, 'nothing kept');
    await assertAccessible(s, 'Feeds, a resource refused');

    await s.setValue('#res-phone', '988');
    await s.exec("document.querySelector('.resources form button[type=submit]').click()");
    await s.waitFor('return document.querySelectorAll("[data-resource]").length === 1');
    await s.setValue('#res-name', 'NA Helpline');
    await s.setValue('#res-phone', '1-800-GET-HELP');
    await s.setValue('#res-url', 'https://na.org');
    await s.exec("document.querySelector('.resources form button[type=submit]').click()");
    await s.waitFor('return document.querySelectorAll("[data-resource]").length === 2');
    // Moved up by keyboard: the focus stays on the button, now on the first row.
    const second = await s.exec('return document.querySelectorAll("[data-resource]")[1].dataset.resource');
    await s.exec(`document.querySelector('[data-resource="${second}"] [data-move=up]').focus()`);
    await s.exec(`document.querySelector('[data-resource="${second}"] [data-move=up]').click()`);
    await s.waitFor('return document.querySelector("[data-resource]").textContent.includes("NA Helpline")');
    await s.exec("document.querySelector('#resources-title').scrollIntoView()");
    writeFileSync(join(ARTIFACTS, 'resources.png'), await s.screenshot());
    await assertAccessible(s, 'Feeds, local resources');
    // The feeds carry them in the calendar's description.
    const http = await s.exec("return document.querySelector('li.feed input[id^=http]').value");
    const ics = (await (await fetch(http)).text()).replace(/\r\n[ \t]/g, "");
    assert.match(ics, /X-WR-CALDESC:NA Helpline · 1-800-GET-HELP · https:\/\/na\.org\\nCrisis Lifeline · 988 · 24\/7/);

    // The print panel: the first side drawn as it will print.
    await s.click('li.feed button[data-print-list]');
    await s.waitFor('const i = document.querySelector("img[data-preview]"); return !!i && i.complete && i.naturalWidth > 0');
    assert.equal(await s.exec('return document.activeElement.id'), 'printlist-title');
    assert.match(await s.text('.preview figcaption'), /\d+ meetings on 2 pages/);
    const trifold = await s.exec('return document.querySelector("img[data-preview]").naturalWidth');
    writeFileSync(join(ARTIFACTS, 'print-list-trifold.png'), await s.screenshot());
    await assertAccessible(s, 'Print meeting list');

    // A booklet: half pages, two to a side; a page count it cannot keep is said so.
    await s.click('input[name=layout][value=booklet]');
    await s.waitFor('return /on 4 pages/.test(document.querySelector(".preview figcaption")?.textContent ?? "")');
    await s.setValue('#pl-pages', '6');
    await s.exec("document.querySelector('#pl-pages').dispatchEvent(new Event('change', { bubbles: true }))");
    await s.waitFor("return document.querySelector('#pl-pages-err').textContent.includes('multiple of 4')");
    assert.equal(await s.exec("return document.querySelector('#pl-pages').getAttribute('aria-invalid')"), 'true');
    assert.equal(await s.exec('return document.querySelector("button.primary[type=submit]").disabled'), true);
    await s.setValue('#pl-pages', '8');
    await s.exec("document.querySelector('#pl-pages').dispatchEvent(new Event('change', { bubbles: true }))");
    await s.waitFor('return /on 8 pages/.test(document.querySelector(".preview figcaption")?.textContent ?? "")');
    assert.notEqual(await s.exec('return document.querySelector("img[data-preview]").naturalWidth'), 0);
    assert.ok(trifold > 0);
    writeFileSync(join(ARTIFACTS, 'print-list-booklet.png'), await s.screenshot());

    const chosen = join(home, 'Documents', 'area-list.pdf');
    mkdirSync(join(home, 'Documents'), { recursive: true });
    await s.click('button.primary[type=submit]');
    spawnSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', '^Save File$'], { env: process.env, timeout: 30_000 });
    answerFileDialog(chosen);
    // Saved, and back on the Feeds screen with the document offered to open.
    await s.waitFor("return document.querySelector('[role=status]')?.textContent.includes('Meeting list saved')");
    assert.ok(existsSync(chosen));
    assert.equal(spawnSync('pdfinfo', [chosen], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/)[1], '4');
    // Folding order: 8|1, 2|7, 6|3, 4|5; page 1 is the cover with the resources.
    const numbers = [1, 2, 3, 4].flatMap((p) => [0, 1].map((side) => half(chosen, p, side).split(' ').pop()));
    assert.deepEqual(numbers, ['8', '1', '2', '7', '6', '3', '4', '5']);
    const cover = half(chosen, 1, 1);
    assert.match(cover, /Meeting list .*Local resources NA Helpline · 1-800-GET-HELP · https:\/\/na\.org Crisis Lifeline · 988 · 24\/7/);
    const all = spawnSync('pdftotext', [chosen, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const name of ['Sunday Serenity', 'Reunión de Esperanza', 'Midnight Madness', 'Format codes']) assert.ok(all.includes(name), name);
    const png = join(ARTIFACTS, 'print-list-booklet-pdf');
    assert.equal(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', chosen, png]).status, 0);
  } finally {
    await s.close();
  }
});
