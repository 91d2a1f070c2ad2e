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
