// The meeting finder page (written by Homegroup; see page/mod.rs). Plain script, no
// library and no request to any host but this one: it reads the index beside it, then
// only the stretches of the week it needs, and draws the page in the member's language.
'use strict';
(() => {
  const script = document.currentScript;
  const base = new URL(script.getAttribute('data-index'), document.baseURI);
  const $ = (sel) => document.querySelector(sel);
  const app = $('#app');
  const statusLine = $('#status');

  let index = null;
  let lang = 'en';
  const loaded = new Map(); // stretch number -> its meetings (promise)
  const byId = new Map(); // meeting id -> entry
  let searchList = null;
  const state = { filtersOpen: false, day: 0, time: '', mode: '', fellowship: '', formats: new Set(), query: '', more: 0 };

  /** The member's language among `available`: the one asked for in the address, else
   *  the browser's, the same tag first ("pt-BR"), then the same language ("pt"). */
  function pick(available) {
    const asked = new URLSearchParams(location.search).get('lang');
    const wanted = [asked, ...(navigator.languages || [navigator.language])].filter(Boolean).map((l) => l.toLowerCase());
    for (const w of wanted) {
      const found = available.find((a) => a.toLowerCase() === w) || available.find((a) => a.toLowerCase().split('-')[0] === w.split('-')[0]);
      if (found) return found;
    }
    return 'en';
  }
  // The language and its direction before anything is drawn: the markup is English and
  // left to right, and a Persian page that turned right to left once the index arrived
  // moved every line across the screen.
  lang = pick((script.getAttribute('data-langs') || 'en').split(' '));
  document.documentElement.lang = lang;
  document.documentElement.dir = (script.getAttribute('data-rtl') || '').split(' ').includes(lang) ? 'rtl' : 'ltr';

  // ---- words -------------------------------------------------------------------
  function t(id, vars) {
    const words = index.words[lang] || index.words.en;
    let s = words[id] ?? index.words.en[id] ?? id;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{$${k}}`).join(String(v));
    return s;
  }
  const locale = () => (lang === 'en' ? 'en-US' : lang);

  // ---- elements ----------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c != null && c !== false) e.append(c);
    return e;
  }

  // ---- time --------------------------------------------------------------------
  // Each meeting's time is its own zone's wall-clock time; instants come from the
  // browser's own time-zone data (Intl), so "now" is right wherever the phone is.
  const partsFormat = new Map();
  function zoneParts(zone, ms) {
    let f = partsFormat.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
      });
      partsFormat.set(zone, f);
    }
    const p = {};
    for (const x of f.formatToParts(new Date(ms))) p[x.type] = x.value;
    return {
      y: +p.year, mo: +p.month, d: +p.day, h: +p.hour % 24, mi: +p.minute, s: +p.second,
      wd: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday),
    };
  }
  // A zone's offset changes only on a quarter hour: asking Intl once per zone and quarter
  // hour (not once per meeting and date) keeps a region's first screen quick on a phone.
  const offsets = new Map();
  function offset(zone, ms) {
    const quarter = Math.floor(ms / 900000);
    const key = `${zone} ${quarter}`;
    let o = offsets.get(key);
    if (o === undefined) {
      const at = quarter * 900000;
      const p = zoneParts(zone, at);
      o = (Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - at) / 60000;
      offsets.set(key, o);
    }
    return o;
  }
  /** The instant of a wall-clock time in a zone (a skipped time moves forward). */
  function instant(zone, date, hhmm) {
    const [y, mo, d] = date.split('-').map(Number);
    const [h, mi] = hhmm.split(':').map(Number);
    const guess = Date.UTC(y, mo - 1, d, h, mi);
    const first = offset(zone, guess);
    let ms = guess - first * 60000;
    const second = offset(zone, ms);
    if (second !== first) ms = guess - second * 60000;
    return ms;
  }
  const pad = (n) => String(n).padStart(2, '0');
  const dateOf = (p) => `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  function addDays(date, n) {
    const [y, mo, d] = date.split('-').map(Number);
    const x = new Date(Date.UTC(y, mo - 1, d + n));
    return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
  }
  const weekday = (date) => new Date(`${date}T12:00:00Z`).getUTCDay();
  const myZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = () => Date.now();

  // Building an Intl formatter costs far more than using one: each is made once.
  const formatters = new Map();
  function formatter(opts) {
    const key = `${locale()} ${JSON.stringify(opts)}`;
    let f = formatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale(), opts);
      formatters.set(key, f);
    }
    return f;
  }
  function fmtTime(hhmm) {
    const [h, m] = hhmm.split(':').map(Number);
    return formatter({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
  }
  function fmtDate(date, opts = { weekday: 'long', day: 'numeric', month: 'long' }) {
    return formatter({ ...opts, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  }
  function dayName(wd, style = 'long') {
    // 2023-01-01 was a Sunday.
    return formatter({ weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + wd, 12)));
  }
  const zoneNames = new Map();
  function zoneName(zone) {
    const key = `${locale()} ${zone}`;
    if (!zoneNames.has(key)) {
      let name = zone;
      try {
        // "Pacific Time", "hora del Pacífico": the zone as people say it, in their language.
        const p = formatter({ timeZone: zone, timeZoneName: 'longGeneric' })
          .formatToParts(new Date()).find((x) => x.type === 'timeZoneName');
        if (p) name = p.value;
      } catch { /* an unknown zone is shown by its name */ }
      zoneNames.set(key, name);
    }
    return zoneNames.get(key);
  }

  // ---- data --------------------------------------------------------------------
  async function getJSON(name) {
    const r = await fetch(new URL(name, base));
    if (!r.ok) throw new Error(`${name}: ${r.status}`);
    return r.json();
  }
  function stretch(n) {
    if (!loaded.has(n)) {
      const p = getJSON(index.buckets[n].f).then((list) => {
        for (const m of list) {
          const known = byId.get(m.i);
          if (known) known._b.add(n);
          else { m._b = new Set([n]); byId.set(m.i, m); }
        }
        return list;
      });
      p.catch(() => loaded.delete(n));
      loaded.set(n, p);
    }
    return loaded.get(n);
  }
  /** Stretches holding any start minute of the week in [a, b) (wrapping at the week's end). */
  function stretchesFor(a, b) {
    const W = 7 * 1440;
    const out = [];
    const ranges = [];
    if (b - a >= W) ranges.push([0, W]);
    else {
      const lo = ((a % W) + W) % W;
      const hi = lo + (b - a);
      if (hi <= W) ranges.push([lo, hi]);
      else ranges.push([lo, W], [0, hi - W]);
    }
    index.buckets.forEach((s, n) => {
      if (ranges.some(([x, y]) => s.a < y && s.b > x)) out.push(n);
    });
    return out;
  }
  /** The week minute "now" in each zone the program uses: where to start reading. */
  function nowMinutes() {
    return index.zones.map((z) => {
      const p = zoneParts(z, now());
      return p.wd * 1440 + p.h * 60 + p.mi;
    });
  }

  /** A meeting's occurrences on a local date of its own zone. */
  function onDate(m, date) {
    const zone = index.zones[m.z];
    const out = [];
    const changes = new Map((m.x || []).map((c) => [c.o, c]));
    const key = `${date}T${m.t}`;
    let meets = false;
    if (m.w) meets = m.w.includes(weekday(date)) && (!m.s || date >= m.s) && (!m.u || date <= m.u);
    else if (m.d) meets = m.d.includes(key);
    if (meets) {
      const c = changes.get(key);
      const start = instant(zone, date, m.t);
      const o = { m, date, time: m.t, start, end: start + m.m * 60000, status: 'held', change: c };
      if (c && c.k === 'c') o.status = 'cancelled';
      else if (c && c.k === 'x') o.status = 'closed';
      else if (c && c.k === 'm') o.status = 'moved-away';
      out.push(o);
    }
    for (const c of m.x || []) {
      if (c.k === 'm' && c.to && c.to.slice(0, 10) === date) {
        const time = c.to.slice(11, 16);
        const start = instant(zone, date, time);
        out.push({ m, date, time, start, end: start + (c.m || m.m) * 60000, status: 'moved-here', change: c });
      }
    }
    return out;
  }

  function matches(m) {
    if (state.mode && m.k !== state.mode) return false;
    if (state.fellowship && m.f !== state.fellowship) return false;
    for (const code of state.formats) {
      const [f, c] = code.split(':');
      if (m.f !== f || !(m.c || []).includes(c)) return false;
    }
    return true;
  }
  function inTime(o) {
    const h = +o.time.slice(0, 2);
    switch (state.time) {
      case 'morning': return h < 12;
      case 'afternoon': return h >= 12 && h < 17;
      case 'evening': return h >= 17 && h < 21;
      case 'night': return h >= 21;
      default: return true;
    }
  }

  // ---- drawing -----------------------------------------------------------------
  function modeLabel(m) { return t(`page-mode-${m.k}`); }
  function placeLine(m) {
    if (!m.v) return '';
    return [m.v.n, m.v.a, m.v.c].filter(Boolean).join(', ');
  }
  function timeLabel(o) {
    const zone = index.zones[o.m.z];
    const parts = [fmtTime(o.time)];
    if (zone !== myZone) parts.push(`(${zoneName(zone)})`);
    return parts.join(' ');
  }
  function statusNote(o) {
    const c = o.change;
    if (o.status === 'cancelled') return t('page-cancelled');
    if (o.status === 'closed') return t('page-closed');
    if (o.status === 'moved-away') return t('page-moved-to', { when: `${fmtDate(c.to.slice(0, 10))} ${fmtTime(c.to.slice(11, 16))}` });
    if (o.status === 'moved-here') return t('page-moved-from', { when: `${fmtDate(c.o.slice(0, 10))} ${fmtTime(c.o.slice(11, 16))}` });
    return '';
  }

  function row(o, opts = {}) {
    const m = o.m;
    const live = o.start <= now() && now() < o.end && (o.status === 'held' || o.status === 'moved-here');
    const off = o.status === 'cancelled' || o.status === 'closed' || o.status === 'moved-away';
    const note = statusNote(o);
    const sub = [modeLabel(m), placeLine(m)].filter(Boolean).join(' · ');
    return el('li', { class: `meeting${off ? ' off' : ''}`, 'data-meeting': m.i, 'data-date': o.date },
      el('p', { class: 'when' },
        opts.day ? el('span', { class: 'day', text: fmtDate(o.date, { weekday: 'short' }) + ' ' }) : null,
        el('time', { datetime: `${o.date}T${o.time}`, text: timeLabel(o) }),
        live ? el('span', { class: 'badge live', text: t('page-in-progress') }) : null),
      el('h3', {}, el('button', {
        type: 'button', class: 'open', 'aria-haspopup': 'dialog',
        onclick: () => details(m, o),
      }, m.n)),
      sub ? el('p', { class: 'where', text: sub }) : null,
      note ? el('p', { class: `note ${o.status}`, text: note }) : null,
      o.change && o.change.note ? el('p', { class: 'note', text: o.change.note }) : null,
      m.c && m.c.length ? el('p', { class: 'codes', text: m.c.join(' ') }) : null);
  }

  function list(items, opts) {
    return el('ul', { class: 'meetings' }, items.map((o) => row(o, opts)));
  }

  // ---- the first screen: now and next -------------------------------------------
  // The next dozen meetings (more on asking) within the coming week, reading the
  // stretches of the week from "now" on until that many are found: a region's first
  // screen reads two or three files, not the program.
  async function nowAndNext() {
    const want = 12 + state.more;
    const mins = nowMinutes();
    const from = Math.min(...mins) - index.longest;
    const span = Math.max(...mins) - Math.min(...mins);
    const order = stretchesFor(from, from + span + 7 * 1440 + index.longest);
    const found = new Map();
    const t0 = now();
    const horizon = t0 + 7 * 86400000;
    const today = index.zones.map((z) => dateOf(zoneParts(z, t0)));
    for (const n of order) {
      // Only the meetings this stretch brought are looked at again.
      collect(found, t0, horizon, today, await stretch(n));
      const upcoming = [...found.values()].filter((o) => o.start >= t0).length;
      if (upcoming >= want) break;
    }
    return [...found.values()].sort((a, b) => a.start - b.start || a.m.n.localeCompare(b.m.n));
  }
  function collect(found, t0, horizon, today, list) {
    for (const listed of list) {
      const m = byId.get(listed.i);
      if (!matches(m)) continue;
      for (let i = -1; i <= 7; i++) {
        for (const o of onDate(m, addDays(today[m.z], i))) {
          if (o.end > t0 && o.start < horizon && inTime(o)) found.set(`${m.i}/${o.date}/${o.time}`, o);
        }
      }
    }
  }

  // ---- the week ------------------------------------------------------------------
  function myDate(offsetDays) { return addDays(dateOf(zoneParts(myZone, now())), offsetDays); }
  async function dayList(date) {
    const wd = weekday(date);
    // A moved date can land on another weekday: read the day's own stretches, and the
    // meetings already read.
    await Promise.all(stretchesFor(wd * 1440, (wd + 1) * 1440).map(stretch));
    const out = [];
    for (const m of byId.values()) {
      if (!matches(m)) continue;
      for (const o of onDate(m, date)) if (inTime(o)) out.push(o);
    }
    return out.sort((a, b) => a.time.localeCompare(b.time) || a.m.n.localeCompare(b.m.n));
  }

  // ---- search --------------------------------------------------------------------
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  async function search(q) {
    if (!searchList) searchList = (await getJSON(index.search)).map(([i, name, place, b]) => ({ i, text: fold(`${name} ${place}`), b }));
    const words = fold(q).split(/\s+/).filter(Boolean);
    const hits = searchList.filter((s) => words.every((w) => s.text.includes(w))).slice(0, 50);
    await Promise.all([...new Set(hits.flatMap((h) => h.b))].map(stretch));
    return hits.map((h) => byId.get(h.i)).filter((m) => m && matches(m));
  }

  // ---- details -------------------------------------------------------------------
  const dialog = el('dialog', { class: 'details', 'aria-labelledby': 'details-h' });
  document.body.append(dialog);
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });

  function schedule(m) {
    if (m.w) {
      const days = new Intl.ListFormat(locale(), { type: 'conjunction' }).format(m.w.map((d) => dayName(d)));
      return t('page-every', { days, time: fmtTime(m.t) });
    }
    return '';
  }
  function upcoming(m, count) {
    const zone = index.zones[m.z];
    const today = dateOf(zoneParts(zone, now()));
    const out = [];
    for (let i = 0; i < 120 && out.length < count; i++) {
      for (const o of onDate(m, addDays(today, i))) if (o.end > now()) out.push(o);
    }
    return out;
  }
  function changesAhead(m) {
    const zone = index.zones[m.z];
    const today = dateOf(zoneParts(zone, now()));
    const out = [];
    for (const c of m.x || []) {
      if (c.o.slice(0, 10) < today && !(c.to && c.to.slice(0, 10) >= today)) continue;
      const d = c.o.slice(0, 10);
      const o = { m, date: d, time: c.o.slice(11, 16), change: c,
        status: { c: 'cancelled', x: 'closed', m: 'moved-away', n: 'noted' }[c.k] };
      const what = o.status === 'noted' ? '' : statusNote(o);
      out.push(el('li', {}, `${fmtDate(d)} ${fmtTime(o.time)}: `, [what, c.note].filter(Boolean).join(' — ')));
    }
    return out;
  }
  function details(m, o) {
    const parts = [];
    const when = [fmtDate(o.date), timeLabel(o), t('page-minutes', { minutes: o.change && o.change.m ? o.change.m : m.m })];
    parts.push(el('p', { class: 'when' }, when.join(' · ')));
    const note = statusNote(o);
    if (note) parts.push(el('p', { class: `note ${o.status}`, text: note }));
    const rule = schedule(m);
    if (rule) parts.push(el('p', { text: rule }));
    parts.push(el('p', { text: [modeLabel(m), t(`page-fellowship-${m.f}`)].join(' · ') }));
    if (m.v) {
      const v = m.v;
      const lines = [v.n, v.a, [v.c, v.r, v.p].filter(Boolean).join(' '), v.co].filter(Boolean);
      const q = [v.a, v.c, v.r, v.p, v.co].filter(Boolean).join(', ');
      const geo = v.la != null ? `geo:${v.la},${v.lo}?q=${v.la},${v.lo}(${encodeURIComponent(v.n || v.a || '')})` : `geo:0,0?q=${encodeURIComponent(q)}`;
      const osm = v.la != null
        ? `https://www.openstreetmap.org/?mlat=${v.la}&mlon=${v.lo}#map=18/${v.la}/${v.lo}`
        : `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}`;
      parts.push(el('h3', { text: t('page-where') }),
        el('address', {}, lines.flatMap((l, i) => (i ? [el('br'), l] : [l]))),
        m.r ? el('p', { text: t('page-room', { room: m.r }) }) : null,
        el('p', { class: 'links' },
          el('a', { href: geo, 'data-link': 'geo' }, t('page-directions')), ' ',
          el('a', { href: osm, rel: 'noreferrer noopener', target: '_blank', 'data-link': 'osm' }, t('page-map'))));
    }
    if (m.l || m.p) {
      parts.push(el('h3', { text: t('page-join') }));
      if (m.l) parts.push(el('p', {}, el('a', { href: m.l, rel: 'noreferrer noopener', target: '_blank', 'data-link': 'join', class: 'button' }, t('page-join'))));
      if (m.mi) parts.push(el('p', { text: t('page-meeting-id', { id: m.mi }) }));
      if (m.pc) parts.push(el('p', { text: t('page-passcode', { passcode: m.pc }) }));
      if (m.p) {
        const tel = `tel:${m.p.replace(/[^0-9+,;*#]/g, '').replace(/#/g, '%23')}`;
        parts.push(el('p', {}, el('a', { href: tel, 'data-link': 'tel' }, t('page-dial', { number: m.p })), m.pn ? ` (${m.pn})` : ''));
      }
    }
    if (m.c && m.c.length) {
      parts.push(el('h3', { text: t('page-formats') }), el('ul', { class: 'formats' },
        m.c.map((c) => {
          const f = index.formats[`${m.f}:${c}`];
          return el('li', {}, el('abbr', { text: c }), ' ', f ? (f[lang] || f.en) : '');
        })));
    }
    if (m.g) parts.push(el('p', { text: t('page-group', { group: m.g }) }));
    if (m.o) parts.push(el('h3', { text: t('page-notes') }), el('p', { class: 'notes', text: m.o }));
    const ahead = changesAhead(m);
    if (ahead.length) parts.push(el('h3', { text: t('page-changes') }), el('ul', { class: 'changes' }, ahead));
    if (!m.w) {
      const next = upcoming(m, 4);
      if (next.length) parts.push(el('h3', { text: t('page-dates') }), el('ul', {}, next.map((x) => el('li', { text: `${fmtDate(x.date)} ${timeLabel(x)}` }))));
    }
    parts.push(el('p', {}, el('button', { type: 'button', class: 'button', 'data-action': 'add-one', onclick: () => addOne(m) }, t('page-add-one'))));
    dialog.replaceChildren(
      el('div', { class: 'head' },
        el('h2', { id: 'details-h', text: m.n }),
        el('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, t('page-close'))),
      ...parts);
    dialog.showModal();
  }

  async function addOne(m) {
    const [events, zones] = await Promise.all([
      getJSON(index.buckets[[...m._b][0]].e),
      getJSON(index.zonefile),
    ]);
    const body = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Homegroup//Meeting finder//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    ].join('\r\n') + '\r\n' + zones[index.zones[m.z]] + events[String(m.i)] + 'END:VCALENDAR\r\n';
    const url = URL.createObjectURL(new Blob([body], { type: 'text/calendar' }));
    const slug = fold(m.n).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'meeting';
    const a = el('a', { href: url, download: `${slug}.ics` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // ---- subscribe -----------------------------------------------------------------
  function subscribe() {
    const https = new URL(index.ics, base).href;
    const webcal = https.replace(/^https?:/, 'webcal:');
    const name = index.program || t('page-heading');
    const enc = encodeURIComponent;
    const input = el('input', { id: 'feed-address', readonly: true, value: https, class: 'address' });
    const said = el('span', { role: 'status', class: 'copied' });
    const copy = async () => {
      input.select();
      try { await navigator.clipboard.writeText(https); } catch { document.execCommand('copy'); }
      said.textContent = t('page-copied');
    };
    return el('section', { class: 'subscribe', 'aria-labelledby': 'subscribe-h' },
      el('h2', { id: 'subscribe-h', text: t('page-subscribe') }),
      el('p', { text: t('page-subscribe-hint') }),
      el('ul', { class: 'apps' },
        el('li', {}, el('a', { class: 'button', href: webcal, 'data-link': 'apple' }, t('page-subscribe-apple'))),
        el('li', {}, el('a', { class: 'button', href: `https://calendar.google.com/calendar/r?cid=${enc(webcal)}`, rel: 'noreferrer noopener', target: '_blank', 'data-link': 'google' }, t('page-subscribe-google'))),
        el('li', {}, el('a', { class: 'button', href: `https://outlook.live.com/calendar/0/addfromweb?url=${enc(https)}&name=${enc(name)}`, rel: 'noreferrer noopener', target: '_blank', 'data-link': 'outlook' }, t('page-subscribe-outlook'))),
        el('li', {}, el('a', { class: 'button', href: `https://outlook.office.com/calendar/0/addfromweb?url=${enc(https)}&name=${enc(name)}`, rel: 'noreferrer noopener', target: '_blank', 'data-link': 'office' }, t('page-subscribe-office')))),
      el('p', {}, el('label', { for: 'feed-address', text: t('page-subscribe-other') })),
      el('p', { class: 'copy' }, input, el('button', { type: 'button', class: 'button', onclick: copy }, t('page-copy')), said),
      el('p', { class: 'hint', text: t('page-android') }));
  }

  // ---- filters -------------------------------------------------------------------
  function select(id, label, value, options, onchange) {
    return el('p', { class: 'field' },
      el('label', { for: id, text: label }),
      el('select', { id, onchange: (e) => onchange(e.target.value) },
        options.map(([v, text]) => el('option', { value: v, selected: v === value, text }))));
  }
  function filters() {
    const codes = Object.entries(index.formats).sort((a, b) => a[1].code.localeCompare(b[1].code));
    // Redrawn on every change: it stays as the member left it, open or closed.
    return el('details', { class: 'filters', open: state.filtersOpen || null,
      ontoggle: (e) => { state.filtersOpen = e.target.open; } },
      el('summary', { text: t('page-filters') }),
      el('div', { class: 'grid' },
        select('f-time', t('page-filter-time'), state.time,
          [['', t('page-time-any')], ...['morning', 'afternoon', 'evening', 'night'].map((k) => [k, t(`page-time-${k}`)])],
          (v) => { state.time = v; draw(); }),
        select('f-mode', t('page-filter-attend'), state.mode,
          [['', t('page-mode-any')], ...index.modes.map((k) => [k, t(`page-mode-${k}`)])],
          (v) => { state.mode = v; draw(); }),
        index.fellowships.length > 1 ? select('f-fellowship', t('page-filter-fellowship'), state.fellowship,
          [['', t('page-fellowship-any')], ...index.fellowships.map((k) => [k, t(`page-fellowship-${k}`)])],
          (v) => { state.fellowship = v; draw(); }) : null),
      codes.length ? el('fieldset', { class: 'codes' },
        el('legend', { text: t('page-filter-formats') }),
        codes.map(([k, f]) => el('label', { class: 'code' },
          el('input', { type: 'checkbox', value: k, checked: state.formats.has(k), onchange: (e) => {
            if (e.target.checked) state.formats.add(k); else state.formats.delete(k);
            draw();
          } }),
          ` ${f[lang] || f.en} (${f.code})`))) : null,
      hasFilters() ? el('p', {}, el('button', { type: 'button', class: 'button', onclick: () => {
        Object.assign(state, { time: '', mode: '', fellowship: '' });
        state.formats.clear();
        draw();
      } }, t('page-clear'))) : null);
  }
  const hasFilters = () => !!(state.time || state.mode || state.fellowship || state.formats.size);

  // ---- the page ------------------------------------------------------------------
  let drawing = 0;
  async function draw(focusId) {
    const mine = ++drawing;
    const active = focusId || (document.activeElement && document.activeElement.id);
    const soon = await nowAndNext();
    const date = myDate(state.day);
    const smallProgram = index.buckets.length <= 4;
    const day = smallProgram || state.dayAsked ? await dayList(date) : null;
    const found = state.query.trim().length >= 2 ? await search(state.query) : null;
    if (mine !== drawing) return;
    // The filters as the member left them a moment ago: opened by a tap whose toggle
    // event has not arrived yet, a redraw (a search cleared, data come in) must not
    // close them again.
    const shown = document.querySelector('details.filters');
    if (shown) state.filtersOpen = shown.open;

    const live = soon.filter((o) => o.start <= now() && (o.status === 'held' || o.status === 'moved-here'));
    const next = soon.filter((o) => o.start > now()).slice(0, 12 + state.more);
    const sections = [];
    sections.push(el('section', { class: 'search', role: 'search', 'aria-labelledby': 'q-label' },
      el('label', { for: 'q', id: 'q-label', text: t('page-search') }),
      el('input', { id: 'q', type: 'search', value: state.query, placeholder: t('page-search-hint'), autocomplete: 'off',
        oninput: (e) => { state.query = e.target.value; clearTimeout(draw.timer); draw.timer = setTimeout(() => draw('q'), 200); } })));
    sections.push(filters());
    if (found) {
      sections.push(el('section', { 'aria-labelledby': 'found-h', id: 'found' },
        el('h2', { id: 'found-h', text: t('page-search') + `: ${state.query}` }),
        found.length ? el('ul', { class: 'meetings' }, found.map((m) => {
          const o = upcoming(m, 1)[0];
          return o ? row(o, { day: true }) : null;
        })) : el('p', { text: t('page-no-meetings') })));
    }
    sections.push(el('section', { id: 'meetings', 'aria-labelledby': 'now-h', tabindex: '-1' },
      el('h2', { id: 'now-h', text: live.length ? t('page-now') : t('page-next') }),
      live.length ? list(live, { day: false }) : null,
      live.length ? el('h2', { id: 'next-h', text: t('page-next') }) : null,
      next.length ? groupByDay(next) : el('p', { text: hasFilters() ? t('page-no-meetings') : t('page-nothing-soon') }),
      el('p', {}, el('button', { type: 'button', class: 'button', id: 'more', onclick: () => { state.more += 12; draw('more'); } }, t('page-show-more')))));
    const tabs = el('div', { class: 'days', role: 'group', 'aria-labelledby': 'week-h' },
      [0, 1, 2, 3, 4, 5, 6].map((i) => el('button', {
        type: 'button', class: 'day', id: `day-${i}`, 'aria-pressed': String(i === state.day),
        onclick: () => { state.day = i; state.dayAsked = true; draw(`day-${i}`); },
      }, i === 0 ? t('page-today') : i === 1 ? t('page-tomorrow') : fmtDate(myDate(i), { weekday: 'short', day: 'numeric' }))));
    sections.push(el('section', { class: 'week', 'aria-labelledby': 'week-h' },
      el('h2', { id: 'week-h', text: t('page-week') }),
      tabs,
      el('h3', { text: fmtDate(date) }),
      day ? (day.length ? list(day, {}) : el('p', { text: t('page-no-meetings') }))
        : el('p', {}, el('button', { type: 'button', class: 'button', id: 'show-day', onclick: () => { state.dayAsked = true; draw('show-day'); } }, `${t('page-show-more')}: ${fmtDate(date)}`))));
    sections.push(subscribe());
    sections.push(el('footer', {},
      el('p', { text: t('page-updated', { date: new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(new Date(index.updated)) }) }),
      el('p', { text: t('page-private') })));
    app.replaceChildren(...sections);
    app.hidden = false;
    statusLine.hidden = true;
    if (active) {
      const again = document.getElementById(active);
      if (again) {
        again.focus();
        if (again.id === 'q') again.setSelectionRange(again.value.length, again.value.length);
      }
    }
  }
  // Under the day each meeting is held on where it meets (its time is that place's):
  // a Thursday evening in Los Angeles is Thursday's, even to a phone in Madrid.
  function groupByDay(items) {
    const out = [];
    let current = null;
    const today = myDate(0);
    for (const o of items) {
      if (o.date !== current) {
        current = o.date;
        const label = o.date === today ? t('page-today') : o.date === myDate(1) ? t('page-tomorrow') : fmtDate(o.date);
        out.push(el('h3', { class: 'dayhead', text: label }));
        out.push(el('ul', { class: 'meetings' }));
      }
      out[out.length - 1].append(row(o));
    }
    return out;
  }

  function words() {
    document.documentElement.lang = lang;
    document.documentElement.dir = t('page-language-dir') === 'rtl' ? 'rtl' : 'ltr';
    document.title = index.program ? t('page-title', { program: index.program }) : t('page-heading');
    $('#heading').textContent = t('page-heading');
    $('#lang-label').textContent = t('page-language');
    $('.skip').textContent = t('page-skip');
    const help = $('#resources-h');
    if (help) help.textContent = t('page-resources');
    const sel = $('#lang');
    sel.replaceChildren(...index.langs.map((l) => el('option', { value: l, selected: l === lang, text: index.words[l]['page-language-name'] })));
  }

  async function start() {
    try {
      index = await getJSON(base.href);
    } catch {
      statusLine.textContent = 'The meeting list could not be loaded. / No se pudo cargar la lista de reuniones.';
      return;
    }
    lang = pick(index.langs);
    words();
    $('#lang').addEventListener('change', (e) => { lang = e.target.value; words(); draw('lang'); });
    statusLine.textContent = t('page-loading');
    try {
      await draw();
      document.body.dataset.ready = 'true';
    } catch (e) {
      statusLine.hidden = false;
      statusLine.replaceChildren(t('page-load-failed'), ' ',
        el('button', { type: 'button', class: 'button', onclick: () => location.reload() }, t('page-retry')));
    }
  }
  start();
})();
