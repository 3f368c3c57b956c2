// article-annotator: the embeddable ES module.
//
//   import { createAnnotator, render } from 'article-annotator';
//   const a = await createAnnotator();            // fetches and compiles the wasm once
//   const result = await a.annotate(text);        // the JSON contract (UTF-16 offsets)
//   render(document.querySelector('#out'), text, result);
//
// Two interchangeable implementations behind one Promise interface: in-thread
// (`worker: false`) and in a Web Worker (`worker: true`); the default,
// `worker: 'auto'`, annotates short texts in-thread and long ones in the
// worker, so the host page never freezes. The wasm is compiled once per
// source and the compiled module is handed to the worker (never fetched twice).
// In Node, pass the wasm bytes: `createAnnotator({ wasm: readFileSync(path) })`.
import init, { annotatePacked, version as wasmVersion, __wbg_reset_state as resetState } from '../pkg/annotator.js';

export { render, highlight, unhighlight, textOf, marksOf, KIND_LABELS, HIGHLIGHT_NAMES } from './dom.js';
export { toJSON, toWebAnnotation, toDisplacy, toCodePoints } from './formats.js';
import { unpack } from './packed.js';

/** Texts at least this long (UTF-16 code units) go to the worker in `'auto'` mode. */
export const WORKER_THRESHOLD = 20000;

const compiled = new Map();

/**
 * Compiles the wasm once per source. `source`: a URL or string (fetched), a
 * Response, bytes (ArrayBuffer or typed array), or a WebAssembly.Module.
 */
export function compileWasm(source = new URL('../pkg/annotator_bg.wasm', import.meta.url)) {
  if (source instanceof WebAssembly.Module) return Promise.resolve(source);
  const key = typeof source === 'string' || source instanceof URL ? new URL(source, globalThis.location?.href).href : source;
  let p = compiled.get(key);
  if (!p) {
    p = (async () => {
      if (typeof key === 'string') return compileResponse(await fetch(key));
      if (typeof Response === 'function' && source instanceof Response) return compileResponse(source);
      if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
      throw new TypeError('wasm: expected a URL, a Response, bytes or a WebAssembly.Module');
    })();
    compiled.set(key, p);
    p.catch(() => compiled.delete(key));
  }
  return p;
}

async function compileResponse(res) {
  if (!res.ok) throw new Error(`could not fetch the annotator's wasm: ${res.status} ${res.statusText} (${res.url})`);
  if (typeof WebAssembly.compileStreaming === 'function' && res.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

/** An error thrown when the wasm trapped (a Rust panic or a bug); the module was re-instantiated. */
export class AnnotatorCrash extends Error {
  constructor(cause) {
    super(`the annotator failed on this text and was restarted (${cause?.message ?? cause})`);
    this.name = 'AnnotatorCrash';
  }
}

/**
 * Annotates `text` in this thread: the wasm's numbers made into the
 * contract's objects, each span's text a slice of `text`. (A lone surrogate
 * reaches the wasm as U+FFFD, one UTF-16 unit as it is: the offsets hold, and
 * the span's text keeps the surrogate, as `text.slice` does.)
 */
function annotateHere(text) {
  return unpack(text, annotatePacked(text));
}

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || e?.name === 'RuntimeError';
}

/** Runs the wasm in this thread. One wasm instance per JS realm, shared. */
class ThreadAnnotator {
  constructor(module) {
    this.mode = 'thread';
    this.module = module;
  }

  async start() {
    await init({ module_or_path: this.module });
    return this;
  }

  annotate(text) {
    return new Promise((ok, fail) => {
      if (typeof text !== 'string') throw new TypeError('annotate: text must be a string');
      try {
        ok(annotateHere(text));
      } catch (e) {
        if (!isTrap(e)) throw e;
        resetState();
        fail(new AnnotatorCrash(e));
      }
    });
  }

  version() {
    return wasmVersion();
  }

  /** Nothing to start ahead of time in-thread. */
  async warm() {}

  /** For tests: makes the wasm trap (an out-of-bounds read), as a panic would. */
  async _crash() {
    const exports = await init({ module_or_path: this.module });
    try {
      exports.annotatePacked(0xfffffff0, 64);
    } catch (e) {
      if (!isTrap(e)) throw e;
      resetState();
      throw new AnnotatorCrash(e);
    }
  }

  destroy() {}
}

let policy;
/**
 * The worker's URL as a TrustedScriptURL where Trusted Types exist, so the
 * module works on pages that enforce them (`require-trusted-types-for
 * 'script'`; allow the policy name `article-annotator`). The policy is
 * private to this module and only ever given the worker URL.
 */
function scriptURL(url) {
  const tt = globalThis.trustedTypes;
  if (!tt?.createPolicy) return url;
  try {
    policy ??= tt.createPolicy('article-annotator', { createScriptURL: (u) => u });
  } catch {
    return url; // the page does not allow the name: the Worker constructor will say why
  }
  return policy.createScriptURL(String(url));
}

/** Runs the wasm in a module Web Worker; one worker, requests answered in order. */
class WorkerAnnotator {
  constructor(module, url) {
    this.mode = 'worker';
    this.module = module;
    this.url = url;
    this.pending = new Map();
    this.next = 1;
    this.worker = null;
  }

  start() {
    if (this.worker) return this.ready;
    let w;
    try {
      w = new Worker(scriptURL(this.url), { type: 'module', name: 'article-annotator' });
    } catch (e) {
      return Promise.reject(Object.assign(new Error(`the annotator's worker could not start: ${e?.message ?? e}`), { workerFailed: true }));
    }
    this.worker = w;
    w.onmessage = ({ data }) => {
      const p = this.pending.get(data.id);
      if (!p) return;
      this.pending.delete(data.id);
      if (data.packed) p.ok(unpack(p.text, data.packed));
      else if (data.error === undefined) p.ok(data.result);
      else p.fail(data.crashed ? new AnnotatorCrash({ message: data.error }) : new Error(data.error));
    };
    w.onerror = (ev) => {
      ev.preventDefault?.();
      this.stop(Object.assign(new Error(`the annotator's worker failed: ${ev.message ?? 'could not start'}`), { workerFailed: true }));
    };
    this.ready = this.call({ type: 'init', module: this.module }).then((v) => {
      this.versionString = v;
      return this;
    });
    return this.ready;
  }

  /**
   * Sends `msg` once `ready` resolves. The request is pending from now on, so
   * stop() (cancel) rejects it even before it was sent.
   */
  call(msg, ready = null) {
    return new Promise((ok, fail) => {
      const id = this.next++;
      const w = this.worker;
      this.pending.set(id, { ok, fail, text: msg.text });
      const send = () => {
        if (this.pending.has(id) && this.worker === w) w.postMessage({ ...msg, id });
      };
      if (!ready) send();
      else ready.then(send, (e) => { if (this.pending.delete(id)) fail(e); });
    });
  }

  annotate(text) {
    if (typeof text !== 'string') return Promise.reject(new TypeError('annotate: text must be a string'));
    return this.call({ type: 'annotate', text }, this.start());
  }

  version() {
    return this.versionString;
  }

  /** Starts the worker now rather than on the first text. */
  warm() {
    return this.start();
  }

  /** Cancels what is pending (the worker is stopped; the next call starts another). */
  cancel() {
    this.stop();
  }

  _crash() {
    return this.call({ type: 'crash' }, this.start());
  }

  /** Stops the worker, rejecting what is pending; the next call starts a new one. */
  stop(reason = new DOMException('annotation cancelled', 'AbortError')) {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    for (const p of this.pending.values()) p.fail(reason);
    this.pending.clear();
  }

  destroy() {
    this.stop();
  }
}

/** In-thread below `threshold` UTF-16 units, in the worker from there on. */
class AutoAnnotator {
  constructor(thread, worker, threshold) {
    this.mode = 'auto';
    this.thread = thread;
    this.worker = worker;
    this.threshold = threshold;
  }

  /** Long texts go to the worker; if the worker cannot run here (a CSP, a sandbox), in-thread. */
  annotate(text) {
    if (typeof text !== 'string' || text.length < this.threshold || this.noWorker) return this.thread.annotate(text);
    return this.worker.annotate(text).catch((e) => {
      if (!e?.workerFailed) throw e;
      this.noWorker = e;
      return this.thread.annotate(text);
    });
  }

  version() {
    return this.thread.version();
  }

  /**
   * Starts the worker now, so that a long text later needs no start-up (nor
   * any fetch). Where no worker can run, resolves anyway: texts stay in-thread.
   */
  warm() {
    return this.worker.start().then(() => undefined, (e) => {
      if (!e?.workerFailed) throw e;
      this.noWorker = e;
    });
  }

  /** Cancels what the worker has pending. */
  cancel() {
    this.worker.stop();
  }

  _crash(where = 'thread') {
    return this[where]._crash();
  }

  destroy() {
    this.worker.destroy();
  }
}

/**
 * Creates an annotator. Options:
 * - `wasm`: where the wasm comes from (URL, Response, bytes or Module);
 *   default `../pkg/annotator_bg.wasm` next to this module.
 * - `worker`: `'auto'` (default; in-thread unless the text is long and
 *   Workers exist), `true` (always in the worker) or `false` (always in-thread).
 * - `workerUrl`: the worker script, default `./worker.js` next to this module.
 * - `threshold`: the length from which `'auto'` uses the worker.
 */
export async function createAnnotator(options = {}) {
  const { worker = 'auto', threshold = WORKER_THRESHOLD } = options;
  const module = await compileWasm(options.wasm);
  const canWork = typeof Worker === 'function';
  if (worker === true && !canWork) throw new Error('createAnnotator: Web Workers are not available here; use worker: false');
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  if (worker === true) return new WorkerAnnotator(module, workerUrl).start();
  const thread = await new ThreadAnnotator(module).start();
  if (worker === false || !canWork) return thread;
  return new AutoAnnotator(thread, new WorkerAnnotator(module, workerUrl), threshold);
}
