// axe-core run inside the real window (the page the app shows, not a copy in a
// browser): the violations a screen reader or keyboard user would meet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Critical and serious violations on the page as it is now: `[{ id, help, nodes }]`. */
export async function violations(session) {
  const loaded = await session.exec('return typeof window.axe === "object"');
  if (!loaded) await session.exec(`${SOURCE}\nreturn true;`);
  const result = await session.d.req('POST', session.s('/execute/async'), {
    script: `const done = arguments[arguments.length - 1];
      window.axe
        .run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'] } })
        .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))))
        .catch((e) => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));`,
    args: [],
  });
  return JSON.parse(result).filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** Fails with every critical or serious violation listed. */
export async function assertAccessible(session, screen) {
  const found = await violations(session);
  if (found.length) {
    const list = found.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
    throw new Error(`${screen}: ${found.length} accessibility violations\n${list}`);
  }
}
