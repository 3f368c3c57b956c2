// The annotator's Web Worker: receives the compiled WebAssembly.Module once
// (so the wasm is never fetched twice), then answers {id, type, text} with
// {id, packed} (the annotations as numbers), {id, result} or {id, error,
// crashed}. After a trap (a Rust panic is a trap: the wasm is built with
// panic=abort) the instance is re-created.
import init, { annotatePacked, version, __wbg_reset_state as resetState } from '../pkg/annotator.js';

function trapped(e) {
  return e instanceof WebAssembly.RuntimeError;
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    if (type === 'init') {
      await init({ module_or_path: data.module });
      self.postMessage({ id, result: version() });
    } else if (type === 'annotate') {
      // The packed numbers, transferred, not the objects cloned: the page
      // builds them from its own copy of the text (see index.js, `unpack`).
      const packed = annotatePacked(data.text);
      self.postMessage({ id, packed }, [packed.buffer]);
    } else if (type === 'crash') {
      (await init()).annotatePacked(0xfffffff0, 64); // an out-of-bounds read: traps, as a panic would
    } else {
      throw new Error(`unknown request ${type}`);
    }
  } catch (e) {
    const crashed = trapped(e);
    if (crashed) resetState();
    self.postMessage({ id, error: String(e?.message ?? e), crashed });
  }
};
