// A sober-living house in the real window: a five-a-week rule, two residents (one on
// pace, one behind) on the dashboard; then a group that offers verification prints a
// slip for a member's check-in, and the house verifies it by its code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ARTIFACTS, APP, ROOT, TEST_CLOCK, cli, tempDir, testDay } from '../lib/programs.mjs';
import { Driver, answerFileDialog, ensureDisplay } from '../lib/webdriver.mjs';
import { AS_PRINTED, COUNT_PRINTS } from '../lib/window.mjs';

const home = tempDir('homegroup-home-');
const db = join(tempDir('homegroup-houses-e2e-'), 'h.sqlite3');
let stopDisplay;
let driver;
let meeting;
let meetingName;

// Days counted back from the test clock's today, the app's today too.
const daysAgo = (n) => testDay(-n);

before(async () => {
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json'), '--fellowship', 'na'], { env: TEST_CLOCK }).code, 0);
  // The group decides to offer verification (a setting of the group; set here directly).
  const py = spawnSync(
    '/usr/bin/python3',
    [
      '-c',
      `import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
g, m, name = c.execute("SELECT group_id, id, name FROM meetings WHERE group_id IS NOT NULL AND status = 'active' ORDER BY id LIMIT 1").fetchone()
c.execute("UPDATE groups SET offers_verification = 1 WHERE id = ?", (g,))
c.commit()
print(m)
print(name)`,
      db,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(py.status, 0, py.stderr);
  [meeting, meetingName] = py.stdout.trim().split('\n');
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', HOME: home, XDG_DOCUMENTS_DIR: join(home, 'Documents') });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

test('a house with a five-a-week rule shows one resident on pace and one behind; a slip verifies by its code', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=houses]');
    await s.setValue('input[name=house_name]', 'Serenity House');
    await s.click('form.inline button[type=submit]');
    await s.find('select[name=house]');
    await s.setValue('input[name=rule_count]', '5');
    await s.click('form[aria-label="Add rule"] button[type=submit]');
    await s.waitFor("return document.querySelector('ul.rules').textContent.includes('5 a week')");
    for (const nick of ['Robin', 'Sky']) {
      await s.setValue('input[name=resident]', nick);
      await s.setValue('input[name=move_in]', daysAgo(20));
      await s.click('input[name=resident_phase] ~ button, form.inline button.primary');
      await s.find(`li[data-resident="${nick}"]`);
    }
    // Robin keeps pace: as many meetings as the week's share through today, rounded up.
    const today = testDay();
    const dayOfWeek = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1; // Monday = 1
    const pace = Math.ceil((5 * dayOfWeek) / 7);
    for (let i = 0; i < pace; i++) {
      await s.exec("document.querySelector('li[data-resident=Robin] .actions button').click()");
      await s.find('li[data-resident=Robin] form.outside');
      await s.setValue('li[data-resident=Robin] input[name=attended_on]', today);
      await s.setValue('li[data-resident=Robin] input[name=meeting_name]', `Downtown NA ${i + 1}`);
      await s.click('li[data-resident=Robin] form.outside button[type=submit]');
      await s.waitFor(`return document.querySelector('li[data-resident=Robin] .big')?.textContent === '${i + 1}'`);
    }
    assert.equal(await s.exec("return document.querySelector('li[data-resident=Robin] .badge').dataset.state"), pace === 5 ? 'met' : 'on_track');
    assert.equal(await s.exec("return document.querySelector('li[data-resident=Sky] .badge').dataset.state"), 'behind');
    assert.match(await s.text('li[data-resident=Robin]'), new RegExp(`${pace} self-reported`));
    writeFileSync(join(ARTIFACTS, 'houses.png'), await s.screenshot());

    // The eight weeks read as numbers over bars (they were bare dashes): this week's
    // count, and the rule's, said in words for a screen reader.
    const weeks = await s.exec("return [...document.querySelectorAll('li[data-resident=Robin] figure.weeks li')].map((li) => li.querySelector('.sr-only').textContent)");
    assert.equal(weeks.length, 8);
    assert.match(weeks[7], new RegExp(`^Week of .+: ${pace} meetings?, 5 required$`));
    assert.equal(await s.exec("return document.querySelector('li[data-resident=Sky] figure.weeks li:last-child .count').textContent"), '0/5');

    // Printed from the screen: the system's dialog is asked for, and the paper carries the
    // house's name and the board, not the sidebar or a single button.
    await s.exec(COUNT_PRINTS);
    await s.click('.reports button.print');
    assert.equal(await s.exec('return window.__prints'), 1);
    await s.exec(AS_PRINTED, [true]);
    try {
      const paper = await s.exec(`return {
        nav: getComputedStyle(document.querySelector('nav')).display,
        buttons: [...document.querySelectorAll('main button')].filter((b) => b.getClientRects().length).length,
        house: document.querySelector('main .print-only')?.textContent,
        board: document.querySelector('li[data-resident=Robin]').getClientRects().length,
        background: getComputedStyle(document.documentElement).backgroundColor,
      }`);
      assert.deepEqual(paper, { nav: 'none', buttons: 0, house: 'Serenity House', board: 1, background: 'rgb(255, 255, 255)' });
      writeFileSync(join(ARTIFACTS, 'houses-print.png'), await s.screenshot());
    } finally {
      await s.exec(AS_PRINTED, [false]);
    }

    // The weekly report as PDF, where the Save dialog is told to put it.
    mkdirSync(join(home, 'Documents'), { recursive: true });
    const chosen = join(home, 'Documents', 'serenity-week.pdf');
    await s.exec("[...document.querySelectorAll('.reports button')][0].click()");
    answerFileDialog(chosen);
    await s.waitFor("return document.querySelector('[role=status]').textContent.includes('Report saved as')");
    const report = (await s.text('p.notice')).replace(/^Report saved as /, '').trim();
    assert.equal(report, chosen);
    assert.ok(existsSync(report), report);
    assert.equal(readFileSync(report).subarray(0, 5).toString(), '%PDF-');

    // Jess checks in at the verifying group's meeting, then gets a slip.
    await s.click('nav button[data-nav=night]');
    await s.find('#who'); // the screen has opened on the nearest meeting
    // Not necessarily one of tonight's: found by typing its name.
    await s.type('input[name=find_meeting]', meetingName.split(' ')[0]);
    await s.click(`button[data-choose="${meeting}"]`);
    try {
      await s.waitFor(`return document.querySelector('select[name=meeting]').value === '${meeting}' && !!document.querySelector('#who')`);
    } catch (e) {
      writeFileSync(join(ARTIFACTS, 'houses-fail.png'), await s.screenshot());
      throw e;
    }
    await s.type('#who', 'Jess');
    await s.type('#who', '\uE007');
    await s.find('li[data-here="Jess"]');

    await s.click('nav button[data-nav=members]');
    await s.find('select[name=slip_group]');
    await s.exec("const g = document.querySelector('select[name=slip_group]'); g.value = g.options[1].value; g.dispatchEvent(new Event('change', { bubbles: true }));");
    await s.exec("const m = document.querySelector('select[name=slip_member]'); m.value = [...m.options].find((o) => o.textContent === 'Jess').value; m.dispatchEvent(new Event('change', { bubbles: true }));");
    await s.setValue('input[name=slip_from]', daysAgo(30));
    await s.setValue('input[name=slip_to]', daysAgo(0));
    await s.click('section.slips button[type=submit]');
    answerFileDialog(join(home, 'Documents', 'jess-slip.pdf'));
    await s.find('[data-slip-code]');
    const code = await s.exec("return document.querySelector('[data-slip-code]').dataset.slipCode");
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const pdf = (await s.text('[data-slip-code]')).replace(/^.* saved as /, '').trim();
    assert.ok(existsSync(pdf), pdf);
    const png = join(ARTIFACTS, 'slip');
    assert.equal(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, png]).status, 0);

    await s.click('nav button[data-nav=houses]');
    await s.setValue('textarea[name=slip_text]', code.toLowerCase());
    await s.exec("document.querySelector('textarea[name=slip_text]').form.querySelector('button').click()");
    await s.find('[data-verified]');
    assert.match(await s.text('[data-verified]'), /Valid: Jess attended/);
    await s.exec("document.querySelector('[data-verified]').scrollIntoView({ block: 'center' })");
    writeFileSync(join(ARTIFACTS, 'slip-verified.png'), await s.screenshot());
    // One character off: refused, with the reason.
    const wrong = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    await s.setValue('textarea[name=slip_text]', wrong);
    await s.exec("document.querySelector('textarea[name=slip_text]').form.querySelector('button').click()");
    await s.find('[data-refused]');
    // In the app's words (the core's English message was shown as it was, in every language).
    assert.match(await s.text('[data-refused]'), /No slip with this code was issued here/);
  } finally {
    await s.close();
  }
  // And from the command line, with the same code.
  const slips = spawnSync('/usr/bin/python3', ['-c', 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select token from slips").fetchone()[0])', db], { encoding: 'utf8' });
  const ok = cli(['--db', db, 'verify', slips.stdout.trim()], { env: TEST_CLOCK });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^valid: Jess attended/);
});
