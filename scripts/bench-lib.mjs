// Measurement code shared by the Node bench (scripts/bench.mjs) and the
// browser bench (scripts/bench-browser.mjs): no Node or DOM API here, only
// performance.now(), so both runtimes time exactly the same work.

const MB = 1024 * 1024;
const utf8Len = (s) => new TextEncoder().encode(s).length;

/**
 * Runs `fn` once to warm up, then repeatedly until `minMs` have passed (and at
 * least `minRuns` times); returns the median milliseconds of one run.
 */
export function time(fn, { minMs = 1000, minRuns = 3, maxRuns = 1000 } = {}) {
  fn();
  const runs = [];
  const t0 = performance.now();
  while (runs.length < maxRuns && (runs.length < minRuns || performance.now() - t0 < minMs)) {
    const s = performance.now();
    fn();
    runs.push(performance.now() - s);
  }
  runs.sort((a, b) => a - b);
  return runs[runs.length >> 1];
}

/** The peers, given their loaded libraries, as `text -> result` functions. */
export function peers({ nlp, winkNLP, winkModel }) {
  const out = {};
  if (nlp) {
    // What compromise offers that matches our output: people, places,
    // organisations and quotations.
    out.compromise = (text) => {
      const doc = nlp(text);
      return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'),
        doc.quotations().out('array')];
    };
  }
  if (winkNLP && winkModel) {
    const wink = winkNLP(winkModel);
    // wink's entities (dates, numbers, ...) and its sentences.
    out['wink-nlp'] = (text) => {
      const doc = wink.readDoc(text);
      return [doc.entities().out(), doc.sentences().length()];
    };
  }
  return out;
}

/**
 * Measures `annotators` (name -> fn) on `articles` (an array of texts, one
 * call each), on the same bytes. Returns rows {name, bytes, ms, mbps}.
 */
export function throughput(annotators, articles, opts) {
  const bytes = articles.reduce((n, a) => n + utf8Len(a), 0);
  const rows = [];
  for (const [name, fn] of Object.entries(annotators)) {
    const ms = time(() => { for (const a of articles) fn(a); }, opts);
    rows.push({ name, bytes, ms, mbps: bytes / MB / (ms / 1000) });
  }
  return rows;
}

/** The first articles adding up to at least `bytes` UTF-8 bytes. */
export function prefix(articles, bytes) {
  const out = [];
  let n = 0;
  for (const a of articles) {
    if (n >= bytes) break;
    out.push(a);
    n += utf8Len(a);
  }
  return out;
}

/**
 * The whole benchmark: our annotator on the corpus (one call per article),
 * on one 5,000-word article, and on scale texts (one call each); then ours and
 * the peers on the same `peerBytes` of the corpus. `memory()` returns the wasm
 * memory size in bytes; `memoryLong`, a [label, text] longer than 1 MB, is
 * annotated next, once, for the memory that one long text takes.
 */
export function run({ annotate, peerFns, corpus, long, scale, peerBytes = 256 * 1024, minMs = 1000, memory, memoryLong }) {
  const res = { corpus: {}, long: {}, scale: [], peers: [], memory: null };
  if (memory) {
    // Linear memory only grows, so its size after one call on the 1 MB text,
    // first thing after loading, is that call's peak.
    const [label, t] = scale.find(([l]) => l === '1MB') ?? scale[scale.length - 1];
    const before = memory();
    annotate(t);
    res.memory = { label, input: utf8Len(t), before, after: memory() };
    if (memoryLong) {
      // After the 1 MB call: its memory is reused, so this is the longer
      // text's peak (a 10 MB text was where the native peak went over 20x).
      annotate(memoryLong[1]);
      res.memory.long = { label: memoryLong[0], input: utf8Len(memoryLong[1]), after: memory() };
    }
  }
  const [c] = throughput({ ours: annotate }, corpus, { minMs });
  res.corpus = { articles: corpus.length, ...c };
  const lb = utf8Len(long);
  res.long = { words: long.split(/\s+/).length, bytes: lb, ms: time(() => annotate(long), { minMs }) };
  for (const [label, t] of scale) {
    const b = utf8Len(t);
    const last = res.scale[res.scale.length - 1];
    if (last && last.ms * (b / last.bytes) > 20000) {
      // Three runs would take minutes: the scaling is already visible.
      res.scale.push({ label, bytes: b, skipped: true });
      continue;
    }
    const ms = time(() => annotate(t), { minMs: Math.min(minMs, 300), minRuns: 2, maxRuns: 5 });
    res.scale.push({ label, bytes: b, ms, mbps: b / MB / (ms / 1000) });
  }
  const same = prefix(corpus, peerBytes);
  res.peers = throughput({ ours: annotate, ...peerFns }, same, { minMs, minRuns: 1, maxRuns: 20 });
  return res;
}

/** Formats the result of `run` as lines of text. */
export function report(res, where) {
  const f = (x, d = 1) => x.toFixed(d);
  const L = [];
  L.push(`== ${where}`);
  L.push(`corpus: ${res.corpus.articles} articles, ${f(res.corpus.bytes / MB, 2)} MB: ${f(res.corpus.mbps)} MB/s` +
    ` (${f(res.corpus.ms)} ms, ${f(res.corpus.ms / res.corpus.articles, 3)} ms per article)`);
  L.push(`one ${res.long.words}-word article (${f(res.long.bytes / 1024)} KB): ${f(res.long.ms, 2)} ms`);
  for (const s of res.scale) {
    if (s.skipped) {
      L.push(`scale ${s.label.padEnd(5)} skipped: three runs would take minutes at the rate above`);
      continue;
    }
    L.push(`scale ${s.label.padEnd(5)} ${f(s.ms).padStart(9)} ms  ${f(s.mbps).padStart(7)} MB/s` +
      `  ${f(s.ms / (s.bytes / MB), 1).padStart(7)} ms/MB`);
  }
  if (res.memory) {
    const m = res.memory;
    L.push(`wasm memory: ${f(m.before / MB)} MB before, ${f(m.after / MB)} MB after ${m.label}` +
      ` (${f(m.after / m.input)}x the input)` +
      (m.long ? `, ${f(m.long.after / MB)} MB after ${m.long.label} (${f(m.long.after / m.long.input)}x)` : ''));
  }
  const ours = res.peers.find((p) => p.name === 'ours');
  L.push(`same ${f(ours.bytes / 1024, 0)} KB of the corpus, one call per article:`);
  for (const p of res.peers) {
    const r = ours.mbps / p.mbps;
    const ratio = p.name === 'ours' ? '' : `  ours/${p.name}: ${f(r, r < 10 ? 2 : 0)}x${r < 1 ? ' (ours is slower)' : ''}`;
    L.push(`  ${p.name.padEnd(11)} ${f(p.mbps, 2).padStart(8)} MB/s${ratio}`);
  }
  return L.join('\n');
}
