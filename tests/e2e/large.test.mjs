// A region's program in the real window: 5,000 weekly meetings (generated here). The
// Meetings screen counts all of them from the core and draws one page; a search typed
// without accents finds the one with them; the month shows a few meetings a day and
// how many more; and the window answers while a slow query over all of them runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, cliAsync, tempDir } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { regionList } from '../lib/region.mjs';
import { needsReview, reviewContrast, violations } from '../lib/axe.mjs';

const N = 5000;
const dir = tempDir('homegroup-large-');
const db = join(dir, 'region.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  const file = regionList(dir, N, (i) => (i === 4321 ? 'Reunión Única de Esperanza' : `Meeting ${i}`));
  const r = await cliAsync(['--db', db, 'import', file, '--fellowship', 'na']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^5000 created/);
  // An intergroup's members (a fixture written straight into the file, as many as a
  // form would take an afternoon to enter).
  const members = spawnSync('/usr/bin/python3', ['-c', `
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executemany("INSERT INTO members (nickname, created_at, updated_at) VALUES (?, '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z')",
              [("Member %04d" % i,) for i in range(1200)])
c.commit()
`, db], { encoding: 'utf8' });
  assert.equal(members.status, 0, members.stderr);
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

test('5,000 meetings: counted by the core, one page drawn, found without accents, a dense month in counts', async () => {
  const s = await driver.open(APP);
  try {
    await s.find('caption[data-count]');
    assert.equal(await s.exec('return document.querySelector("caption[data-count]").dataset.count'), String(N));
    assert.match(await s.text('caption'), /5,000 meetings/);
    assert.equal(await s.exec('return document.querySelectorAll("tr[data-meeting]").length'), 100, 'one page in the page');
    writeFileSync(join(ARTIFACTS, 'large-meetings.png'), await s.screenshot());

    await s.type('#m-search', 'reunion unica');
    await s.waitFor('return document.querySelector("caption[data-count]")?.dataset.count === "1"');
    assert.match(await s.text('tr[data-meeting]'), /Reunión Única de Esperanza/);
    writeFileSync(join(ARTIFACTS, 'large-search.png'), await s.screenshot());

    for (const lang of ['en', 'es']) {
      await s.click('nav button[data-nav=settings]');
      await s.setValue('#locale', lang);
      await s.waitFor(`return document.documentElement.lang === '${lang}'`);
      await s.click('nav button[data-nav=calendar]');
      await s.find('table.month');
      await s.waitFor('return document.querySelectorAll("button[data-more]").length > 20');
      const nodes = await s.exec('return document.querySelectorAll(".ev").length');
      assert.ok(nodes <= 42 * 3, `${nodes} meetings drawn in the month`);
      const more = await s.text('button[data-more]');
      assert.match(more, lang === 'en' ? /^\d+ more$/ : /^\d+ más$/);
      writeFileSync(join(ARTIFACTS, `large-calendar-${lang}.png`), await s.screenshot());
    }
    // One day's whole list opens beside the month.
    await s.click('button[data-more]');
    await s.find('[data-daylist] li');
    writeFileSync(join(ARTIFACTS, 'large-calendar-day.png'), await s.screenshot());
    await s.exec("localStorage.setItem('homegroup.locale', 'en')");
  } finally {
    await s.close();
  }
});

// A new facilitator's walk found the month's entries too small to hit at 1920×1080 with a
// region's meetings (axe's target-size rule, WCAG 2.2): every screen, drawn full of a
// region's program, at the largest and the smallest size.
test('5,000 meetings: every screen axe-clean (WCAG 2.2 target size too, nothing left to review) at 1920×1080 and 760×540', async () => {
  const s = await driver.open(APP);
  const failures = [];
  const screens = [
    ['meetings', 'meetings', 'tr[data-meeting]'],
    ['calendar-month', 'calendar', 'button[data-more]', 'month'],
    ['calendar-week', 'calendar', 'section.day', 'week'],
    ['calendar-agenda', 'calendar', '.days.agenda', 'agenda'],
    ['night', 'night', 'h1'],
    ['members', 'members', 'h1[data-loaded]'],
    ['houses', 'houses', 'input[name=house_name]'],
    ['feeds', 'feeds', 'h1'],
    ['sharing', 'sharing', '#share-url'],
    ['settings', 'settings', '#locale'],
  ];
  try {
    for (const [width, height] of [[1920, 1080], [760, 540]]) {
      await s.d.req('POST', s.s('/window/rect'), { width, height });
      for (const [name, nav, ready, mode] of screens) {
        await s.click(`nav button[data-nav=${nav}]`);
        if (mode) await s.click(`button[data-mode=${mode}]`);
        await s.find(ready);
        // A screen opens at its top, its title in view (the Calendar opened scrolled down).
        const top = await s.exec("return document.querySelector('main h1').getBoundingClientRect().top");
        if (top < 0 || top > 200) failures.push(`${name} at ${width}×${height}: the title is at ${top} px`);
        for (const v of await violations(s)) failures.push(`${name} at ${width}×${height}: ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`);
        // What axe leaves to a person ("needs review") counts too: the counters' lone −
        // and + glyphs were such a case until they were drawn. Undecided contrast (a
        // chart's short labels over its bars) is reviewed by measuring it.
        for (const v of await needsReview(s)) {
          if (v.id === 'color-contrast') {
            for (const low of await reviewContrast(s, v.nodes.map((n) => n.target))) failures.push(`${name} at ${width}×${height}: contrast ${low.ratio}:1 for ${low.target} (${low.fg} on ${low.bg})`);
            continue;
          }
          failures.push(`${name} at ${width}×${height}: needs review, ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target} (${n.why})`).join('\n    ')}`);
        }
        if (name === 'calendar-month') writeFileSync(join(ARTIFACTS, `large-a11y-month-${width}.png`), await s.screenshot());
      }
    }
  } finally {
    await s.close();
  }
  assert.deepEqual(failures, []);
});

test('the window answers while a slow query over 5,000 meetings runs', async () => {
  const s = await driver.open(APP);
  try {
    await s.find('caption[data-count]');
    const timing = JSON.parse(
      await s.d.req('POST', s.s('/execute/async'), {
        script: `const done = arguments[arguments.length - 1];
          const invoke = window.__TAURI_INTERNALS__.invoke;
          const began = performance.now();
          // Every occurrence of 400 days of 5,000 weekly meetings (drawn three a day).
          const slow = invoke('calendar_view', { query: { from: '2027-01-01', to: '2028-02-04', zone: 'America/New_York', filter: {}, per_day: 3 } });
          const quick = performance.now();
          invoke('list_groups').then(async () => {
            const answered = performance.now() - quick;
            await slow;
            done(JSON.stringify({ answered, slow: performance.now() - began }));
          }).catch((e) => done(JSON.stringify({ error: String(e) })));`,
        args: [],
      }),
    );
    assert.ok(!timing.error, timing.error);
    // The quick question did not wait for the slow one.
    assert.ok(timing.answered < 1000, `answered after ${timing.answered} ms`);
    assert.ok(timing.slow > timing.answered, JSON.stringify(timing));
    console.log(`a quick command answered in ${Math.round(timing.answered)} ms while a ${Math.round(timing.slow)} ms query ran`);
  } finally {
    await s.close();
  }
});

test('1,200 members: counted by the core, a page at a time, found by part of a nickname', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=members]');
    await s.waitFor('return document.querySelectorAll("tr[data-member]").length === 100');
    assert.match(await s.text('table.members caption'), /1,200 members/);
    await s.click('button[name=more]');
    await s.waitFor('return document.querySelectorAll("tr[data-member]").length === 200');
    await s.setValue('input[name=member_find]', 'ember 007');
    await s.waitFor('return document.querySelectorAll("tr[data-member]").length === 10');
    assert.match(await s.text('table.members caption'), /10 members/);
    assert.equal(await s.exec('return document.querySelector("tr[data-member]").dataset.member'), 'Member 0070');
    await s.exec('document.querySelector("input[name=member_find]").scrollIntoView()');
    writeFileSync(join(ARTIFACTS, 'large-members.png'), await s.screenshot());
  } finally {
    await s.close();
  }
});
