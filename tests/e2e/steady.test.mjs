// Nothing on a screen moves once it is drawn (a layout shift). A button that moves as
// a screen's data comes in takes a click meant for it somewhere else: the meeting
// editor grew by its format list a moment after it opened, and a click aimed at Delete
// ticked a format instead (a CI run of targets.test, session 49). WebKit has no layout
// shift API, so each control's place is read the moment it is inserted (a
// MutationObserver runs before any paint) and again once every question the screen
// asked the shell has been answered (`window.homegroupCalls`, lib/call.ts) and the
// answers drawn: no guessed delay, so a shift is found every run or never.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP } from '../lib/programs.mjs';
import { fixtureWindow } from '../lib/webdriver.mjs';

let app;
let driver;

before(async () => {
  app = await fixtureWindow('steady');
  driver = app.driver;
});

after(async () => {
  await app?.stop();
});

const nav = (id) => (s) => s.click(`nav button[data-nav=${id}]`);
// Each screen: the steps before (not watched: what they move is the person's doing),
// then the step whose screen is watched as it fills.
const SCREENS = [
  ['meetings', nav('settings'), nav('meetings')],
  ['new meeting', nav('meetings'), (s) => s.click('header.bar button.primary')],
  ['meeting editor', nav('meetings'), (s) => s.click('button[data-edit]')],
  ['meeting dates', nav('meetings'), (s) => s.click('button[data-dates]')],
  ['import', nav('meetings'), (s) => s.click('button[name=import]')],
  ['calendar', nav('settings'), nav('calendar')],
  ['calendar week', nav('calendar'), (s) => s.click('button[data-mode=week]')],
  ['calendar agenda', nav('calendar'), (s) => s.click('button[data-mode=agenda]')],
  ['meeting night', nav('settings'), nav('night')],
  ['members', nav('settings'), nav('members')],
  ['houses', nav('settings'), nav('houses')],
  ['feeds', nav('settings'), nav('feeds')],
  ['printed list', nav('feeds'), (s) => s.click('li.feed button[data-print-list]')],
  ['sharing', nav('settings'), nav('sharing')],
  ['settings', nav('meetings'), nav('settings')],
];

const CONTROLS = 'main button, main input, main select, main textarea, main a[href], main summary';
// Controls already there are left out; each new one's place on the page is kept as it
// is inserted (or first laid out, if it was inserted hidden).
const WATCH = `
  const first = new Map();
  for (const e of document.querySelectorAll(${JSON.stringify(CONTROLS)})) first.set(e, null);
  const look = () => {
    for (const e of document.querySelectorAll(${JSON.stringify(CONTROLS)})) {
      if (first.has(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.width || r.height) first.set(e, [r.left + scrollX, r.top + scrollY]);
    }
  };
  const seen = new MutationObserver(look);
  seen.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  window.steady = { first, seen };`;
const MOVED = `
  const { first, seen } = window.steady;
  seen.disconnect();
  const name = (e) => e.id || e.getAttribute('name') || [...e.attributes].filter((a) => a.name.startsWith('data-')).map((a) => a.name + '=' + a.value).join(' ') || e.textContent.trim().slice(0, 30) || e.tagName;
  const moved = [];
  for (const [e, at] of first) {
    if (!at || !e.isConnected) continue;
    const r = e.getBoundingClientRect();
    const now = [r.left + scrollX, r.top + scrollY];
    if (Math.abs(now[0] - at[0]) > 1 || Math.abs(now[1] - at[1]) > 1) moved.push(name(e) + ' ' + at.map(Math.round) + ' → ' + now.map(Math.round));
  }
  return moved;`;

async function drawn(s) {
  // Every question answered, then two frames: the answers are laid out and painted.
  await s.waitFor('return window.homegroupCalls && window.homegroupCalls.now === 0');
  await s.d.req('POST', s.s('/execute/async'), {
    script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
    args: [],
  });
  await s.waitFor('return window.homegroupCalls.now === 0');
}

for (const [size, rect] of [['1280×800', { width: 1280, height: 800 }], ['760×540', { width: 760, height: 540 }]]) {
  test(`at ${size}, no control moves once drawn as a screen's data comes in`, async () => {
    const s = await driver.open(APP);
    try {
      await s.d.req('POST', s.s('/window/rect'), rect);
      await s.waitFor(`return Math.abs(window.innerWidth - ${rect.width}) < 40`);
      const shifts = [];
      for (const [screen, before, watched] of SCREENS) {
        await before(s);
        await drawn(s);
        await s.exec(WATCH);
        await watched(s);
        await drawn(s);
        const moved = await s.exec(MOVED);
        if (moved.length) shifts.push(`${screen}: ${moved.slice(0, 5).join('; ')}${moved.length > 5 ? ` and ${moved.length - 5} more` : ''}`);
      }
      assert.deepEqual(shifts, []);
    } finally {
      await s.close();
    }
  });
}
