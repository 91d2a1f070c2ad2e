// What a facilitator could lose in a click, against real servers (issue 32, items 4
// and 5): a failed publish or share used to be saved anyway and wipe the form (password
// included) with no way to edit a target; and forgetting a member, deleting a meeting,
// removing a publish target or stopping sharing went at once, because the web view's own
// confirm() shows nothing in the app's window and answers yes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, TEST_CLOCK, cli, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { startApache } from '../lib/apache.mjs';
import { startRadicale } from '../lib/radicale.mjs';

const home = tempDir('homegroup-destructive-home-');
const db = join(tempDir('homegroup-destructive-'), 'd.sqlite3');
let apache;
let radicale;
let calendar;
let stopDisplay;
let driver;

const meeting = {
  fellowship: 'na',
  name: 'Tuesday Hope',
  mode: 'in_person',
  venue: { kind: 'new', venue: { name: 'St. Mark’s', address: '12 Oak St', city: 'Springfield' } },
  schedule: {
    start_date: '2027-01-05',
    start_time: '19:00',
    duration_minutes: 90,
    timezone: 'America/New_York',
    recurrence: { kind: 'weekly', interval: 1, days: ['TU'] },
    end_date: null,
  },
};

before(async () => {
  assert.equal(cli(['--db', db, 'meetings', 'add', '--json', JSON.stringify(meeting)], { env: TEST_CLOCK }).code, 0);
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  apache = await startApache();
  radicale = await startRadicale();
  calendar = await radicale.calendar('area', 'program');
  stopDisplay = await ensureDisplay();
  // No keyring answers: the publish login is kept as a command that prints it.
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', HOME: home, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', ...TEST_CLOCK });
});

after(async () => {
  await driver?.stop();
  await apache?.stop();
  radicale?.stop();
  await stopDisplay?.();
});

const question = "const d = document.querySelector('dialog.ask'); return d && d.open ? d.textContent : ''";

/** Clicks `button`, checks the question names `what`, says no (by `how`), then yes. */
async function askedTwice(s, button, what, how) {
  await s.click(button);
  const asked = await s.waitFor(question);
  assert.ok(asked.includes(what), `${asked} names ${what}`);
  assert.equal(await s.exec('return document.activeElement?.dataset.ask'), 'no', 'the safe answer has the focus');
  if (how === 'escape') await s.type('dialog.ask button[data-ask=no]', '\uE00C');
  else await s.click('dialog.ask button[data-ask=no]');
  await s.waitFor("return !document.querySelector('dialog.ask').open");
  return async () => {
    await s.click(button);
    await s.waitFor(question);
    await s.click('dialog.ask button[data-ask=yes]');
    await s.waitFor("return !document.querySelector('dialog.ask').open");
  };
}

const value = (css) => `return document.querySelector(${JSON.stringify(css)}).value`;

test('a refused publish keeps the form and saves nothing; a target can be edited', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=feeds]');
    await s.find('#dav-kind');
    await s.setValue('#dav-kind', 'webdav');
    await s.setValue('#dav-url', `${apache.base}/dav/edit/`);
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
    assert.equal(await s.exec(value('#dav-url')), `${apache.base}/dav/edit/`);
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
    assert.equal(await s.exec(value('#dav-url')), `${apache.base}/dav/edit/`);
    assert.equal(await s.exec(value('#dav-user')), 'alice');
    await s.setValue('#dav-public', `${apache.base}/pub/edit/`);
    await s.click('form.publish-form button[type=submit]');
    await s.waitFor(`return document.querySelector('li[data-target]')?.textContent.includes(${JSON.stringify(`${apache.base}/pub/edit/whole-program.ics`)})`);
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

test('forgetting, deleting, removing and unsharing each ask first, naming what goes', async () => {
  const s = await driver.open(APP);
  try {
    // A member: Escape keeps them; yes forgets them.
    await s.click('nav button[data-nav=members]');
    await s.setValue('form.add input[name=nickname]', 'Kay');
    await s.click('form.add button[type=submit]');
    await s.find('button[data-forget="Kay"]');
    const forget = await askedTwice(s, 'button[data-forget="Kay"]', 'Forget Kay for good?', 'escape');
    await s.find('button[data-forget="Kay"]');
    writeFileSync(join(ARTIFACTS, 'ask-forget.png'), await s.screenshot());
    await s.click('button[data-forget="Kay"]');
    await s.waitFor(question);
    await assertAccessible(s, 'the question before forgetting a member');
    writeFileSync(join(ARTIFACTS, 'ask-dialog.png'), await s.screenshot());
    await s.click('dialog.ask button[data-ask=no]');
    await forget();
    await s.waitFor("return !document.querySelector('button[data-forget=\"Kay\"]')");

    // A meeting: Cancel keeps it; yes deletes it.
    await s.click('nav button[data-nav=meetings]');
    // Delete stays where it was first drawn. The editor used to grow by its format list a
    // moment after it opened, moving Delete down: a click aimed at it (this test's, on a
    // loaded machine) landed on a format's box instead. Where the button sits the moment it
    // is inserted is read before any paint, so the check does not depend on timing.
    await s.exec(`window.deleteFirstAt = null;
      new MutationObserver((_, seen) => {
        const b = document.querySelector('button[data-delete-meeting]');
        if (!b) return;
        window.deleteFirstAt = b.getBoundingClientRect().top + window.scrollY;
        seen.disconnect();
      }).observe(document.body, { childList: true, subtree: true });`);
    await s.click('button[data-edit]');
    await s.waitFor("return document.querySelectorAll('#m-formats input[type=checkbox]').length > 0 && document.querySelectorAll('#m-venue-pick option').length > 1");
    const [first, settled] = await s.exec("return [window.deleteFirstAt, document.querySelector('button[data-delete-meeting]').getBoundingClientRect().top + window.scrollY]");
    assert.equal(first, settled, 'Delete did not move once drawn');
    const del = await askedTwice(s, 'button[data-delete-meeting]', '“Tuesday Hope”', 'cancel');
    assert.equal(await s.exec("return document.querySelectorAll('button[data-edit]').length"), 1);
    await del();
    await s.waitFor("return document.querySelectorAll('button[data-edit]').length === 0");

    // A publish target, saved once the folder took the upload.
    await s.click('nav button[data-nav=feeds]');
    await s.find('#dav-kind');
    await s.setValue('#dav-kind', 'webdav');
    await s.setValue('#dav-url', `${apache.base}/dav/area/`);
    await s.setValue('#dav-user', 'alice');
    await s.setValue('#dav-password', 's3cret');
    await s.setValue('#dav-public', `${apache.base}/pub/area/`);
    await s.click('form.publish-form button[type=submit]');
    await s.find('#dav-password-command');
    await s.setValue('#dav-password', '');
    await s.setValue('#dav-password-command', 'printf s3cret');
    await s.click('form.publish-form button[type=submit]');
    const area = `${apache.base}/dav/area/`;
    const id = await s.waitFor(`return [...document.querySelectorAll('li[data-target]')].find((li) => li.querySelector('.addr').textContent === ${JSON.stringify(area)})?.dataset.target`);
    const button = `button[data-remove-target="${id}"]`;
    const remove = await askedTwice(s, button, area, 'cancel');
    await s.find(button);
    await remove();
    await s.waitFor(`return !document.querySelector(${JSON.stringify(button)})`);

    // A shared calendar.
    await s.click('nav button[data-nav=sharing]');
    await s.find('#share-url');
    await s.setValue('#share-url', calendar);
    await s.click('form.inline-form button[type=submit]');
    await s.find('button[data-unlink]');
    const unshare = await askedTwice(s, 'button[data-unlink]', calendar, 'escape');
    await s.find('button[data-unlink]');
    await unshare();
    await s.waitFor("return !document.querySelector('button[data-unlink]')");
  } finally {
    await s.close();
  }
});
