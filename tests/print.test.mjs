// `homegroup print list` and `homegroup resources` as a service body would run them
// (issue 29): each layout from an imported list with names in Cyrillic, Vietnamese and
// Persian, a hybrid meeting and mixed zones; a feed's list; Spanish throughout; a page
// count kept or refused in words; bad resources refused by field; the fonts embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_CLOCK, cli, tempDir } from './lib/programs.mjs';

const dir = tempDir('homegroup-print-');

/** The Meeting Guide fixture, plus meetings named in three more scripts. */
function program() {
  const db = join(dir, `p-${Math.random().toString(36).slice(2)}.sqlite3`);
  const list = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/meeting-guide.json'), 'utf8'));
  const base = list.find((m) => m.name === 'Sunday Serenity');
  const more = [
    ['Надежда', 1, '18:00'],
    ['Hy vọng mới', 2, '19:00'],
    ['جلسهٔ امید', 3, '20:00'],
  ].map(([name, day, time], i) => ({ ...base, name, slug: `script-${i}`, day, time }));
  const file = join(dir, 'area.json');
  writeFileSync(file, JSON.stringify([...list, ...more]));
  const r = cli(['--db', db, 'import', file], { env: TEST_CLOCK });
  assert.equal(r.code, 0, r.stderr);
  return db;
}

const text = (pdf) => spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[\u2066-\u2069\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
const pages = (pdf) => Number(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/)[1]);

test('every layout lists every meeting with its legend, fonts embedded', () => {
  const db = program();
  assert.equal(cli(['--db', db, 'resources', 'add', '--name', 'Crisis Lifeline', '--phone', '988', '--hours', '24/7']).code, 0);
  for (const layout of ['full', 'trifold', 'quadfold', 'booklet']) {
    const out = join(dir, `${layout}.pdf`);
    const r = cli(['--db', db, 'print', 'list', '--layout', layout, '--out', out], { env: TEST_CLOCK });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`${layout}\\.pdf: 6 meetings on \\d+ pages?`));
    const words = text(out);
    for (const name of ['Sunday Serenity', 'Reunión de Esperanza, Fe; y Unidad', 'Midnight Madness', 'Надежда', 'Hy vọng mới', 'امید', 'Crisis Lifeline · 988 · 24/7', 'Format codes']) {
      assert.ok(words.includes(name), `${layout}: ${name} in ${words}`);
    }
    // Each code the list uses is explained in every layout.
    for (const code of ['C · Closed', 'D · Discussion', 'O · Open', 'ST · Step Study']) {
      assert.ok(words.includes(code), `${layout}: ${code}`);
    }
    // A full page reads in order: by day in each section, the hybrid and online ones after.
    if (layout === 'full') {
      let at = 0;
      for (const name of ['Sunday Serenity', 'Надежда', 'Hy vọng mới', 'Hybrid: in person and online', 'Reunión de Esperanza', 'Online and by phone', 'Midnight Madness']) {
        const found = words.indexOf(name, at);
        assert.ok(found >= at, `${name} after position ${at} in ${words}`);
        at = found + name.length;
      }
    }
    // A hybrid meeting has its own section; zones differ, so each time says its own.
    assert.match(words, /Hybrid: in person and online/);
    assert.match(words, /PST/);
    const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    assert.ok(fonts.length >= 2, 'Noto Sans and Noto Sans Arabic');
    for (const f of fonts) assert.match(f, /yes\s+yes\s+yes\s+\d+\s+\d+$/, f);
  }
  assert.equal(pages(join(dir, 'booklet.pdf')) % 2, 0);
  // Every letter of the program has its glyph: nothing is said about missing ones.
  assert.doesNotMatch(cli(['--db', db, 'print', 'list', '--out', join(dir, 'again.pdf')], { env: TEST_CLOCK }).stderr, /empty boxes/);
});

test('a name in a script no shipped font draws still prints, and the person is told which letters', () => {
  const db = program();
  const file = join(dir, 'cjk.json');
  const list = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/meeting-guide.json'), 'utf8')).slice(0, 1);
  writeFileSync(file, JSON.stringify([{ ...list[0], name: '希望 Hope', slug: 'cjk' }]));
  assert.equal(cli(['--db', db, 'import', file], { env: TEST_CLOCK }).code, 0);
  const r = cli(['--db', db, 'print', 'list', '--out', join(dir, 'cjk.pdf')], { env: TEST_CLOCK });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /print as empty boxes: 希望/);
});

test('a feed, by city, in Spanish; a page count it cannot keep refused in words', () => {
  const db = program();
  const out = join(dir, 'es.pdf');
  const r = cli(['--db', db, '--lang', 'es', 'print', 'list', '--layout', 'full', '--group-by', 'city', '--cities', 'Raleigh', '--out', out], { env: TEST_CLOCK });
  assert.equal(r.code, 0, r.stderr);
  const words = text(out);
  assert.match(words, /Lista de reuniones/);
  assert.ok(words.indexOf('Raleigh') < words.indexOf('Anytown'), 'the chosen city first');
  assert.match(words, /Códigos de formato/);

  const bad = cli(['--db', db, '--lang', 'es', 'print', 'list', '--layout', 'booklet', '--pages', '6', '--out', out]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /múltiplo de 4/);
  const day = cli(['--db', db, 'print', 'list', '--first-day', 'XX', '--out', out]);
  assert.notEqual(day.code, 0);
  assert.match(day.stderr, /XX is not a day: use MO, TU/);

  // A feed named that does not exist is said so; the program's own feed by its name works.
  const none = cli(['--db', db, 'print', 'list', '--feed', 'Nope', '--out', out]);
  assert.notEqual(none.code, 0);
  assert.match(none.stderr, /Nope/);
  assert.equal(cli(['--db', db, 'print', 'list', '--feed', 'Whole program', '--out', out], { env: TEST_CLOCK }).code, 0);
});

test('resources are checked by field, kept in order and change nothing when refused', () => {
  const db = program();
  const bad = cli(['--db', db, 'resources', 'add', '--name', 'Line', '--phone', 'call us'], { env: { LANG: 'es_MX.UTF-8' } });
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /no es un número de teléfono/);
  const url = cli(['--db', db, 'resources', 'add', '--name', 'Finder', '--url', 'findtreatment.gov']);
  assert.notEqual(url.code, 0);
  assert.match(url.stderr, /findtreatment\.gov/);
  assert.match(cli(['--db', db, 'resources', 'list']).stdout, /No local resources yet/);
  assert.equal(cli(['--db', db, 'resources', 'add', '--name', 'Crisis Lifeline', '--phone', '988']).code, 0);
  assert.equal(cli(['--db', db, 'resources', 'add', '--name', 'Finder', '--url', 'https://findtreatment.gov']).code, 0);
  const moved = cli(['--db', db, 'resources', 'move', '2', 'up']);
  assert.equal(moved.code, 0, moved.stderr);
  const rows = moved.stdout.trim().split('\n').slice(1);
  assert.match(rows[0], /Finder/);
  const json = JSON.parse(cli(['--db', db, 'resources', 'list', '--json']).stdout);
  assert.deepEqual(json.map((r) => r.name), ['Finder', 'Crisis Lifeline']);
});
