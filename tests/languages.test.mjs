// The CLI and the printed sheets speak every language of the catalog (issue 30): the
// schedule in words ("every Tuesday and Thursday") in English, Spanish, Portuguese and
// Persian from the core's one wording, chosen by --lang or by LANG/LC_MESSAGES; errors
// in the person's language; a flyer whose words pdftotext reads back in Portuguese and
// in Persian, its fonts embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, cli, tempDir } from './lib/programs.mjs';

function program() {
  const db = join(tempDir('homegroup-lang-'), 'p.sqlite3');
  const r = cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json'), '--fellowship', 'na']);
  assert.equal(r.code, 0, r.stderr);
  return db;
}

/** The `meetings list` row of the meeting named `name`. */
const row = (out, name) => out.split('\n').find((l) => l.includes(name)) ?? '';

test('meetings list says each schedule in words, in the language asked for', () => {
  const db = program();
  const en = cli(['--db', db, 'meetings', 'list']);
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stdout.split('\n')[0], /^ID\s+Meeting\s+Fellowship\s+How people attend\s+When$/);
  assert.match(row(en.stdout, 'Esperanza'), /Hybrid\s+every Tuesday and Thursday 7:30\sPM America\/Los_Angeles$/);
  assert.ok(!/FREQ=/.test(en.stdout), 'no RFC 5545 rule where words belong');

  const es = cli(['--db', db, 'meetings', 'list', '--lang', 'es']);
  assert.match(row(es.stdout, 'Esperanza'), /Híbrida\s+todos los martes y jueves 19:30 America\/Los_Angeles$/);
  // The environment chooses when --lang does not, as POSIX orders it.
  const byEnv = cli(['--db', db, 'meetings', 'list'], { env: { LANG: 'en_US.UTF-8', LC_MESSAGES: 'pt_BR.UTF-8' } });
  assert.match(row(byEnv.stdout, 'Esperanza'), /Híbrida\s+toda semana: terças e quintas 19:30/);
  const fa = cli(['--db', db, 'meetings', 'list'], { env: { LANG: 'fa_IR.UTF-8' } });
  assert.match(row(fa.stdout, 'Esperanza'), /ترکیبی\s+هر سه‌شنبه و پنج‌شنبه ۱۹:۳۰ America\/Los_Angeles$/);

  // --json keeps the rule itself, for programs.
  const json = JSON.parse(cli(['--db', db, 'meetings', 'list', '--json', '--lang', 'es']).stdout);
  assert.deepEqual(json.find((m) => m.name.includes('Esperanza')).schedule.recurrence, { kind: 'weekly', interval: 1, days: ['TU', 'TH'] });
});

test('an unknown language is refused by name; an error speaks the person’s language', () => {
  const bad = cli(['meetings', 'list', '--lang', 'xx']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /no translation for "xx"; the catalog holds en, es, fa, pt-BR/);

  const db = program();
  const missing = join(tempDir(), 'nothing.json');
  const en = cli(['--db', db, 'import', missing, '--fellowship', 'na']);
  const es = cli(['--db', db, 'import', missing, '--fellowship', 'na', '--lang', 'es']);
  assert.equal(en.code, 1);
  assert.equal(es.code, 1);
  assert.ok(en.stderr.includes(missing), en.stderr);
  // The catalog's sentence for the error's code (the window's words), and which file.
  assert.equal(es.stderr.trim(), `homegroup: No se pudo usar un archivo: compruebe que existe y que Homegroup puede leerlo y escribirlo. (${missing})`);
});

test('what an import leaves out is said in the person’s language, record by record', () => {
  const db = join(tempDir('homegroup-lang-import-'), 'p.sqlite3');
  const file = join(ROOT, 'tests/fixtures/meeting-guide.json');
  const es = cli(['--db', db, 'import', file, '--fellowship', 'na', '--lang', 'es']);
  assert.equal(es.code, 0, es.stderr);
  assert.match(es.stderr, /homegroup: se omitió "By appointment": sin día \(una reunión con cita previa\)/);
  const fa = cli(['--db', db, 'import', file, '--fellowship', 'na'], { env: { LANG: 'fa_IR.UTF-8' } });
  assert.match(fa.stderr, /«By appointment»: بدون روز \(جلسه با وقت قبلی\)/);
});

test('the flyer prints in Portuguese and in Persian, its fonts embedded', () => {
  const db = program();
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  const dir = tempDir('homegroup-lang-flyer-');
  const text = (lang) => {
    const pdf = join(dir, `${lang}.pdf`);
    const r = cli(['--db', db, 'flyer', '--out', pdf, '--lan-base', 'http://192.168.1.20:8737', '--lang', lang]);
    assert.equal(r.code, 0, r.stderr);
    // The fonts are embedded and subsetted (emb, sub: yes), with a text map (uni: yes).
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    assert.match(fonts, /\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  };
  const pt = text('pt-BR');
  assert.match(pt, /^Programação completa/);
  assert.match(pt, /Esta semana/);
  assert.match(pt, /quinta-feira, 11 de março/, 'the day line in Portuguese, from CLDR');
  assert.match(pt, /Este endereço só funciona no Wi-Fi desta sala/);
  // Persian, shaped and right to left, in the embedded Arabic-script font; the
  // meetings' Latin names keep their order inside it, each line laid out right to left
  // as the sheet is, its time first on the right. (pdftotext marks direction with
  // embedding controls and may move a zero-width non-joiner: both are left out here.)
  const fa = text('fa').replace(/[\u200c\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
  assert.match(fa, /این هفته/);
  assert.match(fa, /پنجشنبه ۱۱ ?مارس/);
  assert.match(fa, /19:30 PST/);
  assert.match(fa, /Reunión de Esperanza, Fe; y Unidad/);
  const faFonts = spawnSync('pdffonts', [join(dir, 'fa.pdf')], { encoding: 'utf8' }).stdout;
  assert.match(faFonts, /\+NotoSansArabic-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
});
