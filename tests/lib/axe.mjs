// axe-core run inside the real window (the page the app shows, not a copy in a
// browser): the violations a screen reader or keyboard user would meet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * One axe run in the window, its results of `type` (`violations` or `incomplete`) that
 * are serious or critical: `[{ id, impact, help, nodes: [{ target, why }] }]`.
 */
async function run(session, type, tags) {
  const loaded = await session.exec('return typeof window.axe === "object"');
  if (!loaded) await session.exec(`${SOURCE}\nreturn true;`);
  const result = await session.d.req('POST', session.s('/execute/async'), {
    script: `const [type, tags] = arguments; const done = arguments[arguments.length - 1];
      window.axe
        .run(document, { resultTypes: [type], runOnly: { type: 'tag', values: tags } })
        .then((r) => done(JSON.stringify(r[type].map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), why: [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ') })) })))))
        .catch((e) => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));`,
    args: [type, tags],
  });
  return JSON.parse(result).filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** Critical and serious violations on the page as it is now: `[{ id, help, nodes }]`. */
export async function violations(session) {
  const found = await run(session, 'violations', [...TAGS, 'experimental']);
  return found.map((v) => ({ ...v, nodes: v.nodes.slice(0, 5).map((n) => n.target) }));
}

/**
 * What axe could not decide and asks a person to review ("needs review"), serious or
 * critical, on the page as it is now: `[{ id, help, nodes: [{ target, why }] }]`.
 */
export async function needsReview(session) {
  return run(session, 'incomplete', TAGS);
}

/**
 * A person's review of axe's undecided colour-contrast nodes, done by measure: each
 * node's text colour (an SVG text's fill) against the first opaque background behind
 * it, by WCAG's formula. Returns the nodes under 4.5:1, with their ratios.
 */
export async function reviewContrast(session, targets) {
  return session.exec(
    `const lum = (c) => {
       const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map((v) => { v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
       return 0.2126 * r + 0.7152 * g + 0.0722 * b;
     };
     const opaque = (c) => c && !/rgba\\([^)]*, 0\\)$/.test(c) && c !== 'transparent';
     return arguments[0].map((target) => {
       const el = document.querySelector(target);
       if (!el) return { target, ratio: 0 };
       const style = getComputedStyle(el);
       const fg = el instanceof SVGElement && style.fill && style.fill !== 'none' ? style.fill : style.color;
       let bg = 'rgb(255, 255, 255)';
       for (let n = el; n; n = n.parentElement) {
         const c = getComputedStyle(n).backgroundColor;
         if (opaque(c)) { bg = c; break; }
       }
       const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
       return { target, fg, bg, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
     }).filter((r) => !(r.ratio >= 4.5));`,
    [targets],
  );
}

/** Fails with every critical or serious violation listed. */
export async function assertAccessible(session, screen) {
  const found = await violations(session);
  if (found.length) {
    const list = found.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
    throw new Error(`${screen}: ${found.length} accessibility violations\n${list}`);
  }
}
