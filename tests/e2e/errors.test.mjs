// Errors a person can act on, in their language: in Spanish, a negative length is
// refused beside the length field (focus moves there, no serde words anywhere), the
// message goes once the field is fixed, and a core error (a nickname already taken)
// reads in Spanish; and on every other screen one error the core finds, in Spanish.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, APP } from '../lib/programs.mjs';
import { programWindow } from '../lib/window.mjs';

let program;
let driver;

before(async () => {
  program = await programWindow('homegroup-errors-');
  driver = program.driver;
});

after(async () => {
  await program?.stop();
});

test('in Spanish, errors sit by their field, take the focus, and go when fixed', async () => {
  const s = await driver.open(APP);
  try {
    await s.click('nav button[data-nav=settings]');
    await s.setValue('#locale', 'es');
    await s.waitFor("return document.documentElement.lang === 'es'");

    await s.click('nav button[data-nav=meetings]');
    await s.click('header.bar button.primary');
    await s.find('#m-name');
    await s.type('#m-name', 'Reunión de prueba');
    await s.type('#m-address', 'Calle Mayor 1');
    await s.setValue('#m-duration', '-30');
    await s.click('form button[type=submit]');
    await s.waitFor("return document.querySelector('#m-duration-err').textContent.trim() !== ''");
    assert.equal(await s.text('#m-duration-err'), 'Una reunión dura entre 1 minuto y 24 horas.');
    assert.equal(await s.exec('return document.activeElement.id'), 'm-duration');
    const everything = await s.exec('return document.body.innerText');
    assert.doesNotMatch(everything, /invalid value|expected u32|serde/i);
    writeFileSync(join(ARTIFACTS, 'errors-es-duration.png'), await s.screenshot());
    // Fixed: the message goes at once.
    await s.setValue('#m-duration', '60');
    await s.waitFor("return document.querySelector('#m-duration-err').textContent.trim() === ''");
    await s.click('form button[type=submit]');
    await s.waitFor("return document.querySelector('[role=status]')?.textContent.includes('Reunión de prueba')");

    // A core error, in Spanish: the same nickname twice.
    await s.click('nav button[data-nav=members]');
    await s.setValue('form.add input[name=nickname]', 'Ana');
    await s.click('form.add button[type=submit]');
    await s.find('tr[data-member="Ana"]');
    await s.setValue('form.add input[name=nickname]', 'ana');
    await s.click('form.add button[type=submit]');
    await s.waitFor("return document.querySelector('[role=alert]')?.textContent.includes('apodo')");
    // Refused by name, with the group (none here) the other one is in.
    assert.match(await s.text('[role=alert]'), /Ya hay un miembro con el apodo ana sin grupo en particular/);
    writeFileSync(join(ARTIFACTS, 'errors-es-member.png'), await s.screenshot());

    // Every other screen: one error the core finds, in Spanish.
    const spanish = async (screen, expected) => {
      await s.waitFor(`return [...document.querySelectorAll('[role=alert]')].some((e) => e.textContent.includes(${JSON.stringify(expected)}))`);
      const text = await s.exec('return document.body.innerText');
      assert.doesNotMatch(text, /invalid value|expected u32|serde|os error/i);
      writeFileSync(join(ARTIFACTS, `errors-es-${screen}.png`), await s.screenshot());
    };

    // Meeting night: a newcomer named by an e-mail address.
    await s.click('nav button[data-nav=night]');
    await s.find('#who');
    await s.type('#who', 'ana.lopez@example.org');
    await s.type('#who', '\uE007');
    await spanish('night', 'Un apodo no puede ser un correo');

    // Houses: the same house twice.
    await s.click('nav button[data-nav=houses]');
    for (let i = 0; i < 2; i++) {
      await s.setValue('input[name=house_name]', 'Casa Esperanza');
      await s.click('input[name=house_name] ~ button[type=submit], form:has(input[name=house_name]) button[type=submit]');
      if (i === 0) await s.waitFor("return document.querySelector('select[name=house]')?.textContent.includes('Casa Esperanza')");
    }
    await spanish('houses', 'Ya hay una casa con ese nombre');

    // Feeds: a feed with no name.
    await s.click('nav button[data-nav=feeds]');
    await s.find('#feed-name');
    await s.setValue('#feed-name', '   ');
    await s.click('section[aria-labelledby=new-feed] button[type=submit]');
    await spanish('feeds', 'Ponga un nombre a la suscripción');

    // Settings: a passphrase too short to protect anything.
    await s.click('nav button[data-nav=settings]');
    await s.setValue('input[name=new]', 'abc');
    await s.setValue('input[name=again]', 'abc');
    await s.click('form.pass button[type=submit]');
    await spanish('settings', 'Una frase tiene al menos 8 caracteres');
  } finally {
    await s.exec("localStorage.setItem('homegroup.locale', 'en')").catch(() => {});
    await s.close();
  }
});
