// What takes the space in the wasm: code bytes per crate (a generic from
// core/alloc/std instantiated for another crate counts for that crate), data
// segments, and the largest functions. Reads a wasm that still has its name
// section; by default it makes one from the last cargo build with
// `wasm-bindgen --keep-debug` (sizes before wasm-opt, which trims ~5%).
//   node scripts/bench-size.mjs [FILE.wasm] [--top N]
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 15;
let file = args[0];
if (!file) {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const out = join(target, 'bench/names');
  mkdirSync(out, { recursive: true });
  execFileSync('wasm-bindgen', ['--keep-debug', '--target', 'web', '--no-typescript', '--out-dir', out,
    '--out-name', 'annotator', join(target, 'wasm32-unknown-unknown/wasm/annotator.wasm')]);
  file = join(out, 'annotator_bg.wasm');
}

/** Parses the sections this report needs: imports, code bodies, data segments, function names. */
export function parse(buf) {
  let i = 8;
  const u = () => { let r = 0, s = 0, b; do { b = buf[i++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const name = () => { const n = u(); const s = buf.toString('utf8', i, i + n); i += n; return s; };
  let imported = 0;
  const bodies = [], data = [], names = new Map(), sections = [];
  while (i < buf.length) {
    const id = buf[i++], size = u(), end = i + size;
    let label = `section ${id}`;
    if (id === 2) {
      for (let n = u(); n > 0; n--) {
        name(); name();
        const kind = buf[i++];
        if (kind === 0) { u(); imported++; } else if (kind === 1) { i++; const f = u(); u(); if (f & 1) u(); }
        else if (kind === 2) { const f = u(); u(); if (f & 1) u(); } else if (kind === 3) { i += 2; } else { u(); }
      }
    } else if (id === 10) {
      label = 'code';
      for (let n = u(); n > 0; n--) { const s = u(); bodies.push(s); i += s; }
    } else if (id === 11) {
      label = 'data';
      for (let n = u(); n > 0; n--) {
        const flag = u();
        if (flag === 2) u();
        if (flag !== 1) { while (buf[i] !== 0x0b) i++; i++; }
        const s = u(); data.push(s); i += s;
      }
    } else if (id === 0) {
      label = `custom "${name()}"`;
      if (label === 'custom "name"') {
        while (i < end) {
          const sub = buf[i++], ss = u(), se = i + ss;
          if (sub === 1) for (let n = u(); n > 0; n--) { const idx = u(); names.set(idx, name()); }
          i = se;
        }
      }
    }
    sections.push([label, size]);
    i = end;
  }
  return { imported, bodies, data, names, sections };
}

const STD = new Set(['core', 'alloc', 'std']);
/** The crate a function's code is for: the first non-std crate in its name, else the first crate. */
export function crateOf(fn) {
  const crates = [...fn.matchAll(/(?<![:\w])([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/g)].map((m) => m[1]);
  return crates.find((c) => !STD.has(c) && /^[a-z_][a-z0-9_]*$/.test(c)) ?? crates[0] ?? '(other)';
}

const buf = readFileSync(file);
const w = parse(buf);
const byCrate = new Map();
const fns = [];
w.bodies.forEach((size, k) => {
  const fn = w.names.get(w.imported + k) ?? `func ${w.imported + k}`;
  const c = crateOf(fn);
  byCrate.set(c, (byCrate.get(c) ?? 0) + size);
  fns.push([size, fn]);
});
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const code = w.bodies.reduce((a, b) => a + b, 0);
const data = w.data.reduce((a, b) => a + b, 0);
const total = w.sections.filter(([l]) => l !== 'custom "name"').reduce((a, [, s]) => a + s, 0);
console.log(`${file}: ${kb(total)} KB without the name section (${kb(gzipSync(buf).length)} KB gzipped with it)`);
console.log(`  code ${kb(code)} KB in ${w.bodies.length} functions; data ${kb(data)} KB in ${w.data.length} segments` +
  ` (largest ${kb(Math.max(0, ...w.data))} KB)`);
console.log('code by crate (KB):');
for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${kb(s)}  ${(100 * s / code).toFixed(1).padStart(5)}%  ${c}`);
}
console.log(`largest functions (KB):`);
for (const [s, fn] of fns.sort((a, b) => b[0] - a[0]).slice(0, top)) {
  console.log(`  ${kb(s)}  ${fn.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
