// Adding members (issue 32, item 2): every add shows who was added and to which group,
// or says why not. Before, a half-typed clean date made the form do nothing (the web
// view's own validation bubble never showed) while "Added Kay." stayed on screen, and
// a second "Mike R" gave no sign of which group either one was in.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP, TEST_CLOCK, cli, tempDir, testDay } from '../lib/programs.mjs';
import { Driver, ensureDisplay } from '../lib/webdriver.mjs';
import { assertAccessible } from '../lib/axe.mjs';

const db = join(tempDir('homegroup-members-add-'), 'm.sqlite3');
let stopDisplay;
let driver;

before(async () => {
  // A new database with two groups, as the meeting editor makes them.
  assert.equal(cli(['--db', db, 'meetings', 'list'], { env: TEST_CLOCK }).code, 0);
  const made = spawnSync('sqlite3', [
    db,
    "INSERT INTO groups (fellowship, name, created_at, updated_at) VALUES ('na', 'Tuesday Hope', '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), ('na', 'Friday Freedom', '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z')",
  ]);
  assert.equal(made.status, 0, String(made.stderr));
  stopDisplay = await ensureDisplay();
  driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York', ...TEST_CLOCK });
});

after(async () => {
  await driver?.stop();
  await stopDisplay?.();
});

const status = "return document.querySelector('p.notice[role=status]')?.textContent.trim() ?? ''";
const refusal = "return document.querySelector('[data-form-error]')?.textContent.trim() ?? ''";

async function chooseGroup(s, name) {
  await s.waitFor(`return [...document.querySelectorAll('form.add select[name=group] option')].some((o) => o.text === ${JSON.stringify(name)})`);
  await s.exec(
    `const el = document.querySelector('form.add select[name=group]'); el.value = [...el.options].find((o) => o.text === ${JSON.stringify(name)}).value; el.dispatchEvent(new Event('change', { bubbles: true }));`,
  );
}

async function add(s, nickname) {
  await s.setValue('form.add input[name=nickname]', nickname);
  await s.click('form.add button[type=submit]');
}

test('every add says who joined which group, or why not', async () => {
  const s = await driver.open(APP);
  await s.click('nav button[data-nav=members]');
  await chooseGroup(s, 'Tuesday Hope');

  await s.setValue('form.add input[name=clean_date]', testDay(-40));
  await add(s, 'Kay');
  await s.waitFor(`return (${status.replace('return ', '')}) === 'Added Kay to Tuesday Hope.'`);

  // Rosa, with a clean date only half typed: refused in the app's words, and Kay's
  // success no longer stands beside it.
  await s.type('form.add input[name=clean_date]', '03');
  await add(s, 'Rosa');
  await s.waitFor(`return (${refusal.replace('return ', '')}) === 'Enter a date.'`);
  assert.equal(await s.exec(status), '');
  assert.equal(await s.exec("return document.querySelector('form.add input[name=clean_date]').getAttribute('aria-invalid')"), 'true');
  writeFileSync(join(ARTIFACTS, 'members-add-half-date.png'), await s.screenshot());

  // Without one (the half-typed date rubbed out as a person would), she is added.
  await s.type('form.add input[name=clean_date]', '\uE003'.repeat(20));
  assert.equal(await s.exec("return document.querySelector('form.add input[name=clean_date]').value"), '');
  assert.equal(await s.exec("return document.querySelector('form.add input[name=clean_date]').dataset.bad"), null);
  await add(s, 'Rosa');
  await s.waitFor(`return (${status.replace('return ', '')}) === 'Added Rosa to Tuesday Hope.'`);
  assert.equal(await s.exec(refusal), '');

  // A second Mike R in the same group is refused by name; in another group he is added,
  // and the table says which group each one is in.
  await add(s, 'Mike R');
  await s.waitFor(`return (${status.replace('return ', '')}) === 'Added Mike R to Tuesday Hope.'`);
  await add(s, 'Mike R');
  await s.waitFor(`return (${refusal.replace('return ', '')}).startsWith('Mike R is already a member of Tuesday Hope;')`);
  await chooseGroup(s, 'Friday Freedom');
  await add(s, 'Mike R');
  await s.waitFor(`return (${status.replace('return ', '')}) === 'Added Mike R to Friday Freedom.'`);
  // The notice comes first; the table follows once it has read the members again.
  await s.waitFor("return document.querySelectorAll('table.members tbody th[scope=row]').length === 4");
  const rows = await s.exec(
    "return [...document.querySelectorAll('table.members tbody th[scope=row]')].map((th) => th.firstChild.textContent.trim() + ' / ' + th.querySelector('[data-group]').textContent.trim())",
  );
  assert.deepEqual(rows.sort(), ['Kay / Tuesday Hope', 'Mike R / Friday Freedom', 'Mike R / Tuesday Hope', 'Rosa / Tuesday Hope']);

  // An empty nickname is refused in words too (the form no longer leans on the web
  // view's bubble).
  await add(s, '   ');
  await s.waitFor(`return (${refusal.replace('return ', '')}) === 'Give a nickname: a first name or an initial is enough.'`);
  await assertAccessible(s, 'members, a refused add');
  writeFileSync(join(ARTIFACTS, 'members-add.png'), await s.screenshot());
});
