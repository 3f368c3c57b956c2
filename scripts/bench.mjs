// Benchmarks the built wasm module (dist/pkg) in Node against the peers
// (compromise, wink-nlp with wink-eng-lite-web-model) on the same texts,
// and prints figures. Build first: scripts/build.sh (npm run bench does both).
//   node scripts/bench.mjs [--quick] [--json FILE] [--no-peers]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { corpus, longArticle, text } from './bench-corpus.mjs';
import { run, peers, report } from './bench-lib.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonAt = args.indexOf('--json');

const t0 = performance.now();
const init = (await import('../dist/pkg/annotator.js')).default;
const { annotatePacked } = await import('../dist/pkg/annotator.js');
const { unpack } = await import('../js/packed.js');
// What the module does in-thread (js/index.js): the wasm's numbers made into
// the contract's objects.
const annotate = (t) => unpack(t, annotatePacked(t));
const wasm = await init({ module_or_path: readFileSync(new URL('../dist/pkg/annotator_bg.wasm', import.meta.url)) });
const loadMs = performance.now() - t0;

let peerFns = {};
if (!args.includes('--no-peers')) {
  const require = createRequire(import.meta.url);
  const nlp = (await import('compromise')).default;
  peerFns = peers({ nlp, winkNLP: require('wink-nlp'), winkModel: require('wink-eng-lite-web-model') });
}

const text10 = text(10 << 20);
const res = run({
  annotate,
  peerFns,
  corpus: corpus(quick ? 256 * 1024 : 1 << 20),
  long: longArticle(),
  scale: quick ? [['100KB', text(100 * 1024)], ['1MB', text(1 << 20)]]
    : [['100KB', text(100 * 1024)], ['1MB', text(1 << 20)], ['10MB', text10]],
  peerBytes: quick ? 64 * 1024 : 256 * 1024,
  minMs: quick ? 300 : 1000,
  memory: () => wasm.memory.buffer.byteLength,
  memoryLong: ['10MB', text10],
});
res.loadMs = loadMs;
res.machine = `${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, Node ${process.version}`;
console.log(report(res, `wasm in Node ${process.version} (${res.machine})`));
console.log(`module load (read + compile + instantiate): ${loadMs.toFixed(1)} ms`);
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify(res, null, 1));
