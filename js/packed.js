// The annotations as the wasm's `annotatePacked` gives them (numbers; see
// `to_packed` in src/output.rs), made into the JSON contract's objects.
// No imports: js/index.js uses it in-thread and for the worker's answers,
// and the benches time the wasm through it.

// The contract's names of the wasm's kinds, in the order of the Rust enums (src/model.rs).
const ENTITY_KINDS = ['person', 'organization', 'place', 'nationality', 'date', 'time', 'number', 'money', 'percent'];
const CLAIM_KINDS = ['direct', 'indirect'];
const CUE_CLASSES = ['speech', 'accusation', 'belief', 'denial'];

/**
 * The JSON contract's object for `text`, built from the numbers the wasm's
 * `annotatePacked` gives (`to_packed` in src/output.rs says how they are
 * laid out): the same keys in the same order as `JSON.parse` of the wasm's
 * JSON, each span's text sliced from `text`. Parsing that JSON was the
 * largest single cost of an annotation in the page (issue 7).
 */
export function unpack(text, v) {
  let k = 0;
  const at = (start, end) => ({ start, end, text: text.slice(start, end) });
  const span = () => {
    if (v[k++] === 0) return null;
    k += 2;
    return at(v[k - 2], v[k - 1]);
  };
  const entities = [];
  for (let i = 0, n = v[k++]; i < n; i++, k += 4) {
    const start = v[k + 1], end = v[k + 2];
    entities.push({ id: `e${i}`, kind: ENTITY_KINDS[v[k]], start, end, text: text.slice(start, end), ref: `e${v[k + 3]}` });
  }
  const claims = [];
  for (let i = 0, n = v[k++]; i < n; i++) {
    const kind = CLAIM_KINDS[v[k++]];
    const speaker = span();
    const ref = v[k];
    const cue = at(v[k + 1], v[k + 2]);
    const cueClass = CUE_CLASSES[v[k + 3]];
    const content = at(v[k + 4], v[k + 5]);
    k += 6;
    claims.push({ id: `c${i}`, kind, speaker, speaker_ref: ref ? `e${ref - 1}` : null, cue, cue_class: cueClass, content });
  }
  const denials = [];
  for (let i = 0, n = v[k++]; i < n; i++) {
    const cue = at(v[k], v[k + 1]);
    k += 2;
    const denier = span();
    const target = span();
    const claim = v[k++];
    denials.push({ id: `d${i}`, cue, denier, target, claim: claim ? `c${claim - 1}` : null });
  }
  return { entities, claims, denials };
}
