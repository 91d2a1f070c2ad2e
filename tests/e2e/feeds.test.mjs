// The Feeds screen in the real window: the whole-program feed with its QR code and
// links; the link serves the calendar. A flyer of an address only this computer reaches
// is refused; the feed is published to a WebDAV folder (Apache) from the window, its
// public address and QR code appear, and the wall flyer carries it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ARTIFACTS, APP, ROOT, cli, tempDir } from '../lib/programs.mjs';
import { startApache } from '../lib/apache.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { Driver, answerFileDialog, ensureDisplay } from '../lib/webdriver.mjs';

const home = tempDir('homegroup-home-');
const db = join(tempDir('homegroup-feeds-e2e-'), 'f.sqlite3');
let stopDisplay;
let driver;
let apache;

before(async () => {
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')]).code, 0);
  // Any free port, kept from then on: the test never depends on 8737 being free.
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  apache = await startApache();
  stopDisplay = await ensureDisplay();
  // No keyring answers (as on a desktop without Secret Service): the window offers a
  // command that prints the password instead.
  driver = await Driver.start({
    HOMEGROUP_DB: db,
    LANG: 'C.UTF-8',
    TZ: 'America/New_York',
    HOME: home,
    XDG_DOCUMENTS_DIR: join(home, 'Documents'),
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
  });
});

after(async () => {
  await driver?.stop();
  await apache?.stop();
  await stopDisplay?.();
});

/** What the QR codes in a PNG say. */
function qrCodes(png) {
  return spawnSync('zbarimg', ['-q', '--raw', png], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
}

/** A picture of the whole display once the dialog is up (it is its own window). */
async function waitForDialogShot(s) {
  spawnSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', '^Save File$'], { env: process.env, timeout: 30_000 });
  return s.screenshot();
}

test('subscribe links, QR code; publish to a web folder; a printable flyer with the public address', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=feeds]');
    await s.find('li.feed img.qr');
    assert.match(await s.text('li.feed h2'), /Whole program/);
    assert.match(await s.text('li.feed'), /3 meetings/);
    assert.match(await s.text('li.feed figcaption'), /this computer only/);
    const webcal = await s.exec("return document.querySelector('li.feed input[id^=webcal]').value");
    const http = await s.exec("return document.querySelector('li.feed input[id^=http]').value");
    assert.match(webcal, /^webcal:\/\/127\.0\.0\.1:\d+\/feeds\/[0-9a-f]{48}\.ics$/);
    assert.equal(webcal.replace('webcal://', 'http://'), http);
    // The app serves what it shows.
    const r = await fetch(http);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /SUMMARY:Sunday Serenity/);
    writeFileSync(join(ARTIFACTS, 'feeds.png'), await s.screenshot());

    // A flyer whose QR code only this computer can open is refused, saying what to do.
    await s.click('li.feed button[data-flyer]');
    await s.waitFor("return document.querySelector('[role=alert]')?.textContent.includes('Publish the feed')");

    // Publish to a web folder, as a volunteer would: kind, addresses, login.
    await s.setValue('#dav-kind', 'webdav');
    await s.setValue('#dav-url', `${apache.base}/dav/area/`);
    await s.setValue('#dav-user', 'alice');
    await s.setValue('#dav-password', 's3cret');
    await s.setValue('#dav-public', `${apache.base}/pub/area/`);
    await s.click('form.publish-form button[type=submit]');
    // No keyring here: refused in words, the form kept as typed, and a command offered.
    await s.waitFor("return [...document.querySelectorAll('[role=alert]')].some((e) => e.textContent.includes('keyring'))");
    assert.equal(await s.exec("return document.querySelector('#dav-url').value"), `${apache.base}/dav/area/`);
    assert.equal(await s.exec('return document.querySelectorAll("li[data-target]").length'), 0, 'nothing saved');
    await s.find('#dav-password-command');
    writeFileSync(join(ARTIFACTS, 'feeds-no-keyring.png'), await s.screenshot());
    await assertAccessible(s, 'Feeds, no keyring');
    await s.setValue('#dav-password', '');
    await s.setValue('#dav-password-command', 'printf s3cret');
    await s.click('form.publish-form button[type=submit]');
    const publicUrl = `${apache.base}/pub/area/whole-program.ics`;
    await s.waitFor(`return document.querySelector('li[data-target]')?.textContent.includes(${JSON.stringify(publicUrl)})`);
    assert.match(await s.text('li[data-target]'), /Published (now|\d+ minutes? ago)/);
    await s.waitFor('return !!document.querySelector("li.feed input[id^=public-webcal]")');
    const publicWebcal = publicUrl.replace('http://', 'webcal://');
    assert.equal(await s.exec("return document.querySelector('li.feed input[id^=public-webcal]').value"), publicWebcal);
    assert.match(await s.text('li.feed figcaption'), /Works anywhere/);
    assert.equal((await (await fetch(publicUrl)).text()).slice(0, 15), 'BEGIN:VCALENDAR');
    const shot = join(ARTIFACTS, 'feeds-published.png');
    await s.exec('window.scrollTo(0, 0)');
    writeFileSync(shot, await s.screenshot());
    assert.ok(qrCodes(shot).includes(publicWebcal), 'the QR code on screen carries the public address');
    await s.exec("document.querySelector('#publish-title').scrollIntoView()");
    writeFileSync(join(ARTIFACTS, 'feeds-targets.png'), await s.screenshot());
    await assertAccessible(s, 'Feeds, published');

    // The system's Save dialog asks where; the answer is typed as a person would.
    const chosen = join(home, 'Documents', 'wall-flyer.pdf');
    mkdirSync(join(home, 'Documents'), { recursive: true });
    await s.click('li.feed button[data-flyer]');
    writeFileSync(join(ARTIFACTS, 'flyer-save-dialog.png'), (await waitForDialogShot(s)));
    answerFileDialog(chosen);
    await s.waitFor("return document.querySelector('[role=status]').textContent.includes('Flyer saved')");
    const path = (await s.text('[role=status]')).replace(/^Flyer saved as /, '').trim();
    assert.equal(path, chosen);
    // Offered to open it, by the file's own program.
    assert.equal(await s.exec('return document.querySelector("button.open-saved")?.dataset.open'), chosen);
    assert.ok(existsSync(path));
    assert.equal(readFileSync(path).subarray(0, 5).toString(), '%PDF-');
    const png = join(ARTIFACTS, 'flyer');
    const out = spawnSync('pdftoppm', ['-png', '-r', '110', '-singlefile', path, png]);
    assert.equal(out.status, 0, String(out.stderr));
    assert.deepEqual(qrCodes(`${png}.png`), [`${apache.base}/pub/area/index.html`], 'the printed QR code opens the meeting finder page');
    assert.match(spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' '), new RegExp(publicWebcal.replace(/[./]/g, '\\$&')), 'the calendar address in words');

    // The printed meeting list's cover carries the same page, now that it is published.
    await s.click('li.feed button[data-print-list]');
    await s.waitFor('const i = document.querySelector("img[data-preview]"); return !!i && i.complete && i.naturalWidth > 0');
    const list = join(home, 'Documents', 'meeting-list.pdf');
    await s.click('button.primary[type=submit]');
    spawnSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', '^Save File$'], { env: process.env, timeout: 30_000 });
    answerFileDialog(list);
    await s.waitFor("return document.querySelector('[role=status]').textContent.includes('Meeting list saved')");
    const cover = join(ARTIFACTS, 'meeting-list-cover');
    assert.equal(spawnSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', list, cover]).status, 0);
    assert.deepEqual(qrCodes(`${cover}.png`), [`${apache.base}/pub/area/index.html`], 'the list’s QR code opens the meeting finder page');

    // A change made while the app is open (here by the CLI, a second writer) reaches the
    // public file by itself: the app publishes once the program has held still.
    const more = join(tempDir(), 'more.json');
    writeFileSync(more, readFileSync(join(ROOT, 'tests/fixtures/meeting-guide.json'), 'utf8').replaceAll('Sunday Serenity', 'Sunday Serenity Step Study'));
    assert.equal(cli(['--db', db, 'import', more]).code, 0);
    const deadline = Date.now() + 90_000;
    let served = '';
    while (!served.includes('Sunday Serenity Step Study')) {
      assert.ok(Date.now() < deadline, 'the app did not publish the change');
      await new Promise((r) => setTimeout(r, 250));
      served = await (await fetch(publicUrl)).text();
    }
    await s.waitFor(`return document.querySelector('li.feed')?.textContent.includes('6 meetings')`);
  } finally {
    await s.close();
  }
});
