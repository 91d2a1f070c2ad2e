// A failed publish or share keeps nothing and loses nothing typed (issue 32, item 5):
// before, the target or link was saved anyway ("3306 changes to send") and the form,
// password included, was wiped; and a target could only be removed, not edited.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, ROOT, TEST_CLOCK, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { startApache } from '../lib/apache.mjs';
import { startRadicale } from '../lib/radicale.mjs';

const home = tempDir('homegroup-publish-form-home-');
const db = join(tempDir('homegroup-publish-form-'), 'p.sqlite3');
let apache;
let radicale;
let stopDisplay;
let driver;

before(async () => {
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json')], { env: TEST_CLOCK }).code, 0);
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  apache = await startApache();
  radicale = await startRadicale();
  stopDisplay = await ensureDisplay();
  // No keyring answers: logins are kept as commands that print them.
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', HOME: home, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', ...TEST_CLOCK });
});

after(async () => {
  await driver?.stop();
  await apache?.stop();
  radicale?.stop();
  await stopDisplay?.();
});

const value = (css) => `return document.querySelector(${JSON.stringify(css)}).value`;

test('a refused publish keeps the form and saves nothing; a target can be edited', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=feeds]');
    await s.find('#dav-kind');
    await s.setValue('#dav-kind', 'webdav');
    await s.setValue('#dav-url', `${apache.base}/dav/area/`);
    await s.setValue('#dav-user', 'alice');
    // No keyring here: a password is refused in words and a command offered instead.
    await s.setValue('#dav-password', 'wrong');
    await s.click('form.publish-form button[type=submit]');
    await s.find('#dav-password-command');
    await s.setValue('#dav-password', '');
    await s.setValue('#dav-password-command', 'printf wrong');
    await s.click('form.publish-form button[type=submit]');
    await s.waitFor("return [...document.querySelectorAll('[role=alert]')].some((e) => e.textContent.includes('refused the user name or password'))");
    assert.equal(await s.exec('return document.querySelectorAll("li[data-target]").length'), 0, 'nothing saved');
    assert.equal(await s.exec(value('#dav-url')), `${apache.base}/dav/area/`);
    assert.equal(await s.exec(value('#dav-user')), 'alice');
    assert.equal(await s.exec(value('#dav-password-command')), 'printf wrong', 'the login as typed');
    writeFileSync(join(ARTIFACTS, 'publish-refused.png'), await s.screenshot());

    // Corrected, it is saved once the folder took the upload, and the form empties.
    await s.setValue('#dav-password-command', 'printf s3cret');
    await s.click('form.publish-form button[type=submit]');
    await s.find('li[data-target]');
    assert.equal(await s.exec(value('#dav-url')), '');
    assert.match(await s.text('li[data-target] .status'), /Published/);

    // Edited: the form holds the target's settings; a public address is added.
    await s.click('button[data-edit-target]');
    assert.equal(await s.exec(value('#dav-url')), `${apache.base}/dav/area/`);
    assert.equal(await s.exec(value('#dav-user')), 'alice');
    await s.setValue('#dav-public', `${apache.base}/pub/area/`);
    await s.click('form.publish-form button[type=submit]');
    await s.waitFor(`return document.querySelector('li[data-target]')?.textContent.includes(${JSON.stringify(`${apache.base}/pub/area/whole-program.ics`)})`);
    assert.equal(await s.exec('return document.querySelectorAll("li[data-target]").length'), 1, 'the same target, edited');
    writeFileSync(join(ARTIFACTS, 'publish-edited.png'), await s.screenshot());
  } finally {
    await s.close();
  }
});

test('a refused share keeps the form and lists no link', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=sharing]');
    await s.find('#share-url');
    // A calendar that is not there.
    const missing = `${radicale.base}/area/no-such-calendar/`;
    await s.setValue('#share-url', missing);
    await s.click('form.inline-form button[type=submit]');
    await s.waitFor("return document.querySelector('#share-form-error')?.textContent.trim().length > 0");
    assert.equal(await s.exec(value('#share-url')), missing);
    assert.equal(await s.exec('return document.querySelectorAll("button[data-unlink]").length'), 0, 'no link kept');
    writeFileSync(join(ARTIFACTS, 'share-refused.png'), await s.screenshot());
  } finally {
    await s.close();
  }
});
