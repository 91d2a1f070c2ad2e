// Scheduling in the real window: a biweekly meeting and a "last Saturday" business
// meeting, one date cancelled and another moved, all of it seen in the month view;
// a SMART meeting without a facilitator is flagged and then staffed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, ARTIFACTS, TEST_CLOCK, addDays, cli, tempDir, testDay } from '../lib/programs.mjs';
import { schedulingDates } from '../lib/months.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';

const db = join(tempDir('homegroup-sched-'), 'sched.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', ...TEST_CLOCK });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

// The app runs on the test clock; the dates come from its "today" so that all of them
// fall in next month, which the calendar reaches with one "next" (tests/months.test.mjs
// checks that for every day of a year).
const { monthStart, firstTuesday, lastSaturday, cancelled, moved, movedTo } = schedulingDates(testDay());

async function newMeeting(s, fill) {
  await s.click('header.bar button.primary');
  await s.find('#m-name');
  await fill();
  await s.click('form button[type=submit]');
  await s.waitFor("return document.querySelector('[role=status]')?.textContent.includes('Saved')");
}

const occurrences = () =>
  JSON.parse(cli(['--db', db, 'occurrences', '--from', monthStart, '--to', addDays(monthStart, 40), '--json'], { env: TEST_CLOCK }).stdout);

test('biweekly and last-Saturday meetings, a cancelled and a moved date, in the month view', async () => {
  const s = await driver.open(APP);
  try {
    await newMeeting(s, async () => {
      await s.type('#m-name', 'Biweekly Basics');
      await s.type('#m-address', '12 Elm St');
      await s.type('#m-city', 'Springfield');
      await s.setValue('#m-tz', 'America/New_York');
      await s.setValue('#m-start', firstTuesday);
      await s.setValue('#m-interval', '2');
      await s.exec("document.querySelectorAll('#m-days input').forEach((c) => { if (c.checked) c.click(); })");
      await s.exec("document.querySelectorAll('#m-days input')[1].click()");
      // Formats come with their descriptions.
      await s.waitFor("return [...document.querySelectorAll('#m-formats label.format')].some((l) => /Beginners/.test(l.textContent))");
      await s.exec("[...document.querySelectorAll('#m-formats label.format')].find((l) => l.querySelector('code').textContent === 'B').querySelector('input').click()");
    });
    assert.match(await s.text('tr[data-meeting]'), /every other week on Tuesday 7:00\sPM America\/New_York/);

    await newMeeting(s, async () => {
      await s.type('#m-name', 'Business Meeting');
      await s.exec("document.querySelector('input[name=mode][value=online]').click()");
      await s.find('#m-url');
      await s.type('#m-url', 'https://us02web.zoom.us/j/85512345678');
      await s.waitFor("return document.querySelector('#m-url-platform').textContent.includes('Zoom')");
      await s.setValue('#m-tz', 'America/New_York');
      await s.setValue('#m-repeat', 'monthly_weekday');
      await s.find('#m-weeks');
      await s.exec("document.querySelectorAll('#m-weeks input').forEach((c) => { if (c.checked) c.click(); })");
      await s.exec("document.querySelector('#m-weeks input[value=\"-1\"]').click()");
      await s.setValue('#m-month-day', 'SA');
      await s.setValue('#m-start', monthStart);
      await s.setValue('#m-time', '10:00');
    });
    const rows = await s.exec("return [...document.querySelectorAll('tr[data-meeting]')].map((r) => r.textContent)");
    assert.ok(rows.some((r) => /every last Saturday 10:00\sAM America\/New_York/.test(r)), rows.join('\n'));

    // Cancel one date with a reason and move another, from the meeting's dates.
    const biweekly = await s.exec("return [...document.querySelectorAll('tr[data-meeting]')].find((r) => r.textContent.includes('Biweekly')).dataset.meeting");
    await s.click(`button[data-dates="${biweekly}"]`);
    const cancelKey = `${cancelled}T19:00`;
    const moveKey = `${moved}T19:00`;
    await s.click(`li[data-date="${cancelKey}"] button[data-cancel]`);
    await s.type('#x-note', 'Holiday');
    await s.click(`li[data-date="${cancelKey}"] form button[type=submit]`);
    await s.waitFor(`return document.querySelector('li[data-date="${cancelKey}"]').classList.contains('cancelled')`);
    await s.click(`li[data-date="${moveKey}"] button[data-move]`);
    await s.setValue('#x-new-date', movedTo);
    assert.equal(await s.exec("return document.querySelector('#x-new-time').value"), '19:00');
    await s.click(`li[data-date="${moveKey}"] form button[type=submit]`);
    await s.waitFor(`return document.querySelector('li[data-date="${moveKey}"]').classList.contains('moved')`);
    assert.match(await s.text(`li[data-date="${cancelKey}"]`), /Cancelled · Holiday/);

    // The CLI agrees with what the window shows.
    const occ = occurrences();
    const at = (key) => occ.find((o) => o.key === key);
    assert.equal(at(cancelKey).status, 'cancelled');
    assert.equal(at(moveKey).status, 'moved');
    assert.equal(at(moveKey).local_start, `${movedTo}T19:00`);
    assert.ok(at(`${lastSaturday}T10:00`), 'the last Saturday of the month is there');

    // The month view shows all of it.
    await s.click('nav button[data-nav=calendar]');
    await s.find('table.month');
    await s.click('button[data-cal=next]');
    await s.waitFor(`return document.querySelector('td[data-day="${monthStart}"]:not(.other)') && [...document.querySelectorAll('.ev')].filter((e) => /hg-cancelled|hg-moved|Business/.test(e.className + e.textContent)).length >= 3`);
    const events = await s.exec(
      "return [...document.querySelectorAll('.ev')].map((e) => ({ cls: e.className, text: e.textContent }))",
    );
    writeFileSync(join(ARTIFACTS, 'calendar-month.png'), await s.screenshot());
    const texts = events.map((e) => e.text);
    assert.ok(events.some((e) => /hg-cancelled/.test(e.cls) && /7:00\s?PM\s*Biweekly Basics/.test(e.text)), texts.join(' | '));
    assert.ok(events.some((e) => /hg-moved/.test(e.cls) && /Biweekly Basics/.test(e.text)), texts.join(' | '));
    assert.ok(texts.some((t) => /10:00\s?AM\s*Business Meeting/.test(t)), texts.join(' | '));
  } finally {
    await s.close();
  }
});

test('a SMART meeting with no facilitator is flagged until someone is assigned', async () => {
  const s = await driver.open(APP);
  try {
    await newMeeting(s, async () => {
      await s.type('#m-name', 'SMART Thursday');
      await s.setValue('#m-fellowship', 'smart');
      await s.exec("document.querySelector('input[name=mode][value=online]').click()");
      await s.find('#m-url');
      await s.type('#m-url', 'https://meet.google.com/abc-defg-hij');
      await s.setValue('#m-tz', 'America/New_York');
      await s.exec("document.querySelectorAll('#m-days input').forEach((c) => { if (c.checked) c.click(); })");
      await s.exec("document.querySelectorAll('#m-days input')[3].click()");
      await s.waitFor("return [...document.querySelectorAll('#m-formats code')].some((c) => c.textContent === 'SMART')");
    });
    await s.click('nav button[data-nav=calendar]');
    await s.waitFor("return document.querySelectorAll('[data-unstaffed]').length > 0");
    const first = await s.exec("return document.querySelector('[data-unstaffed]').dataset.unstaffed");
    await s.type('[data-unstaffed] input', 'Robin');
    await s.click('[data-unstaffed] button');
    await s.waitFor(`return document.querySelector('[data-unstaffed]')?.dataset.unstaffed !== ${JSON.stringify(first)}`);
    assert.match(await s.text('[role=status]'), /Robin will facilitate SMART Thursday/);

    // Spanish: the same screen, dates in Spanish.
    await s.exec("localStorage.setItem('homegroup.locale', 'es')");
    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'es');
    await s.click('nav button[data-nav=calendar]');
    assert.equal(await s.text('main h1'), 'Calendario');
    await s.waitFor("return document.querySelector('.cal-toolbar')?.textContent.includes('Hoy')");
    writeFileSync(join(ARTIFACTS, 'calendar-es.png'), await s.screenshot());
    await s.exec("localStorage.setItem('homegroup.locale', 'en')");
  } finally {
    await s.close();
  }
});
