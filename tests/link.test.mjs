// The release link of the desktop app: the functions a start runs are laid side by side
// in the order src-tauri/startup.order gives (README, "Memory"), including those
// ThinLTO renamed since the order was written (`<name>.llvm.<hash>`, the hash following
// the code). scripts/link-ordered is the linker rustc calls (.cargo/config.toml); here
// it links a small C program the same way rustc links the app (cc driving rust-lld,
// one section per function), with an order written before a rename.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './lib/programs.mjs';

const LINKER = join(ROOT, 'scripts', 'link-ordered');

function run(program, args, cwd) {
  const r = spawnSync(program, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `${program} ${args.join(' ')}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** The rust-lld rustc links with, as cc's `-fuse-ld=lld` finds it. */
function lldDir() {
  const sysroot = run('rustc', ['--print', 'sysroot']).trim();
  const host = /host: (\S+)/.exec(run('rustc', ['-vV']))[1];
  return join(sysroot, 'lib', 'rustlib', host, 'bin', 'gcc-ld');
}

/** Each symbol's address in the linked program. */
function addresses(binary) {
  const out = {};
  for (const line of run('nm', ['--defined-only', binary]).split('\n')) {
    const [addr, , name] = line.split(' ');
    if (name) out[name] = parseInt(addr, 16);
  }
  return out;
}

// Declared in this order, so the linker would lay them out in it; `late` carries the
// suffix ThinLTO gives a promoted function, with the hash of today's build.
const SOURCE = `
int first(int x) { return x + 1; }
int second(int x) { return x * 3; }
int hot(int x) { return x - 7; }
int late(int x) __asm__("late.llvm.1234567890");
int late(int x) { return x ^ 5; }
int main(int argc, char **argv) { return first(argc) + second(argc) + hot(argc) + late(argc); }
`;

function build(dir, order) {
  writeFileSync(join(dir, 'app.c'), SOURCE);
  run('cc', ['-c', '-O1', '-ffunction-sections', 'app.c', '-o', 'app.o'], dir);
  const args = ['-fuse-ld=lld', `-B${lldDir()}`, 'app.o', '-o', 'app'];
  if (order) {
    writeFileSync(join(dir, 'startup.order'), order);
    args.push(`-Wl,--symbol-ordering-file=${join(dir, 'startup.order')}`, '-Wl,--no-warn-symbol-ordering');
  }
  run(LINKER, args, dir);
  // argc 2: 3 + 6 - 5 + 7, so the program linked is whole and runs.
  assert.equal(spawnSync(join(dir, 'app'), ['x']).status, 11);
  return addresses(join(dir, 'app'));
}

test('a link without an order passes through unchanged', () => {
  const a = build(tempDir());
  assert.ok(a.first < a.second && a.second < a.hot && a.hot < a['late.llvm.1234567890']);
});

test('the order is laid out, a function renamed since it was written found by its stem', () => {
  const dir = tempDir();
  // Written against an earlier build, when `late` had another hash; and a function
  // since removed.
  const a = build(dir, '# the functions a start runs\nhot\nlate.llvm.987654321\ngone.llvm.42\n');
  const late = a['late.llvm.1234567890'];
  assert.ok(a.hot < late, 'the ordered functions come first, in their order');
  assert.ok(late < a.first && late < a.second, `the renamed function is in the ordered block: ${JSON.stringify(a)}`);
  // What the linker read, kept beside the output with its count.
  const used = readFileSync(join(dir, 'app.order'), 'utf8').split('\n');
  assert.equal(used[0], `# 3 names, 2 of them with ThinLTO's suffix: 0 as written, 1 renamed since and found by their stem, 1 gone (from ${join(dir, 'startup.order')})`);
  assert.deepEqual(used.slice(1, 4), ['hot', 'late.llvm.1234567890', 'gone.llvm.42']);
});
