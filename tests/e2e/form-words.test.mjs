// The browser's own form messages spoke the system's language ("Fill out this field",
// "Enter a URL") on a Spanish screen (issue 32, item 7; issue 30): every field a form
// refuses now says why in the catalog's words, in the language chosen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP } from '../lib/programs.mjs';
import { programWindow } from '../lib/window.mjs';

let program;

before(async () => {
  program = await programWindow('homegroup-form-words-');
});

after(async () => {
  await program?.stop();
});

test('a refused field says why in the window’s language', async () => {
  const s = await program.driver.open(APP);
  try {
    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'es');
    await s.waitFor("return document.documentElement.lang === 'es'");
    await s.click('nav button[data-nav=houses]');
    await s.find('input[name=house_name]');
    // Submitted empty: the browser refuses it, in Spanish.
    const message = await s.exec(`
      const field = document.querySelector('input[name=house_name]');
      field.form.requestSubmit();
      return field.validationMessage;`);
    assert.equal(message, 'Complete este campo.');
    // A web address that is not one, in Portuguese.
    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'pt-BR');
    await s.waitFor("return document.documentElement.lang === 'pt-BR'");
    await s.click('nav button[data-nav=feeds]');
    await s.find('#res-url');
    const url = await s.exec(`
      const field = document.querySelector('#dav-url');
      field.value = 'not an address';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.checkValidity();
      return field.validationMessage;`);
    assert.equal(url, 'Informe um endereço da web completo, começando com https://');
    // Typing again judges it afresh: a good address is accepted.
    const ok = await s.exec(`
      const field = document.querySelector('#dav-url');
      field.value = 'https://dav.example.org/';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return field.checkValidity();`);
    assert.equal(ok, true);
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
});

// The web view's date field wrote mm/dd/yyyy on every screen, whatever the language:
// "03/11/2026" on a Spanish screen meant March 11 (issue 32 item 7, issue 30).
test('dates are typed and shown in the language’s order, Persian in its digits', async () => {
  const s = await program.driver.open(APP);
  const field = 'form.add input[name=clean_date]';
  const prop = (p) => s.exec(`return document.querySelector('${field}').${p}`);
  async function add(nickname, typed) {
    await s.setValue('form.add input[name=nickname]', nickname);
    await s.setValue(field, '');
    await s.type(field, typed);
    await s.click('form.add button[type=submit]');
    await s.waitFor(`return [...document.querySelectorAll('table.members tr[data-member]')].some((r) => r.dataset.member === ${JSON.stringify(nickname)})`);
  }
  // The clean date the program keeps, as the app's own command reads it back.
  const kept = (nickname) =>
    s.exec(`return window.__TAURI_INTERNALS__.invoke('list_members').then((l) => l.find((m) => m.nickname === ${JSON.stringify(nickname)})?.clean_date ?? null)`);
  try {
    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'es');
    await s.waitFor("return document.documentElement.lang === 'es'");
    await s.click('nav button[data-nav=members]');
    await s.find(field);
    assert.equal(await prop('placeholder'), 'dd/mm/aaaa');
    // The birthdays' month is named in Spanish too, and steps a month at a time.
    assert.equal(await s.text('.month-step output'), 'marzo de 2027');
    await s.click('button[data-month-step="1"]');
    assert.equal(await s.text('.month-step output'), 'abril de 2027');
    await add('Lucía', '03/11/2026');
    assert.equal(await kept('Lucía'), '2026-11-03', 'day first in Spanish');
    // A date that is not one is refused in Spanish, not taken as none.
    await s.setValue('form.add input[name=nickname]', 'Pablo');
    await s.setValue(field, '');
    await s.type(field, '31/04/2026');
    await s.click('form.add button[type=submit]');
    await s.waitFor(`return document.querySelector('${field}').getAttribute('aria-invalid') === 'true'`);
    assert.equal(await kept('Pablo'), null);

    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'en');
    await s.waitFor("return document.documentElement.lang === 'en'");
    await s.click('nav button[data-nav=members]');
    await s.find(field);
    assert.equal(await prop('placeholder'), 'mm/dd/yyyy');
    await add('Lucy', '03/11/2026');
    assert.equal(await kept('Lucy'), '2026-03-11', 'month first in US English');

    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'fa');
    await s.waitFor("return document.documentElement.lang === 'fa'");
    await s.click('nav button[data-nav=members]');
    await s.find(field);
    assert.equal(await prop('placeholder'), 'سال/ماه/روز');
    // Persian digits from a Persian keyboard, shown back in them once the field is left.
    await add('Leila', '۲۰۲۶/۱۱/۰۳');
    assert.equal(await kept('Leila'), '2026-11-03');
    await s.setValue(field, '2026-11-03');
    assert.equal(await prop('value'), '۲۰۲۶/۱۱/۰۳');

    // Counts in number fields too: the box's stock shows in Persian digits, takes them
    // from a Persian keyboard, and refuses what is no count in Persian words.
    const stock = 'tr[data-stock] input[data-number]';
    assert.match(await s.exec(`return document.querySelector('${stock}').value`), /^[۰-۹]+$/);
    await s.setValue(stock, '');
    await s.type(stock, '۱۲');
    await s.click('tr[data-stock] button');
    await s.waitFor(`return document.querySelector('${stock}').value === '۱۲'`);
    const label = await s.exec(`return document.querySelector('tr[data-stock]').dataset.stock`);
    const stocked = await s.exec(`return window.__TAURI_INTERNALS__.invoke('chip_inventory').then((l) => l.find((x) => x.label === ${JSON.stringify(label)})?.on_hand ?? null)`);
    assert.equal(stocked, 12);
    const refused = await s.exec(`
      const f = document.querySelectorAll('tr[data-stock] input[data-number]')[1];
      f.value = '-۱';
      f.dispatchEvent(new Event('input', { bubbles: true }));
      f.checkValidity();
      return f.validationMessage;`);
    // (Fluent isolates the number in direction marks.)
    assert.equal(refused.replace(/[\u2068\u2069]/g, ''), 'یک عدد صحیح ۰ یا بیشتر وارد کنید.');

    // Only English is in the window's script; Persian is fetched before the first screen
    // when the window opens in it, so it opens in Persian, not English for a moment.
    await s.exec('location.reload()');
    const first = await s.waitFor("const h = document.querySelector('main h1'); return h && [document.documentElement.lang, document.documentElement.dir, h.textContent]");
    assert.deepEqual(first.slice(0, 2), ['fa', 'rtl']);
    assert.match(first[2], /[\u0600-\u06ff]/, first[2]);
    // Every language is still offered by its own name, its catalog fetched or not.
    await s.click('nav button[data-nav=settings]');
    const names = await s.exec("return [...document.querySelectorAll('#locale option')].map((o) => o.value)");
    assert.deepEqual(names.filter(Boolean).sort(), ['en', 'es', 'fa', 'pt-BR']);
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
});
