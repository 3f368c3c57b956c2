// TypeScript declarations for article-annotator: the JSON contract (as the
// command-line tool prints it and `annotate()` returns it, offsets in UTF-16
// code units) and the module's API.

/** Kinds of entity. */
export type EntityKind =
  | 'person' | 'organization' | 'place' | 'nationality'
  | 'date' | 'time' | 'number' | 'money' | 'percent';

/** A stretch of the text: `text.slice(start, end) === span.text` (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One entity mention. `id` is `e0`, `e1`, … in document order. */
export interface Entity extends TextSpan {
  id: string;
  kind: EntityKind;
  /** Id of the canonical mention of the same entity (its own id when it is one). */
  ref: string;
}

/** How a claim is reported. */
export type ClaimKind = 'direct' | 'indirect';
/** What the cue word does. */
export type CueClass = 'speech' | 'accusation' | 'belief' | 'denial';

/** Who said what. `id` is `c0`, `c1`, … */
export interface Claim {
  id: string;
  kind: ClaimKind;
  speaker: TextSpan | null;
  /** The entity the speaker resolves to (its canonical id), if any. */
  speaker_ref: string | null;
  cue: TextSpan;
  cue_class: CueClass;
  content: TextSpan;
}

/** Who denies what. `id` is `d0`, `d1`, … */
export interface Denial {
  id: string;
  cue: TextSpan;
  denier: TextSpan | null;
  target: TextSpan | null;
  /** Id of the claim denied, if the text supports the link. */
  claim: string | null;
}

/** The whole contract for one text; lists sorted by position. */
export interface Annotations {
  entities: Entity[];
  claims: Claim[];
  denials: Denial[];
}

/** Where the wasm comes from: a URL (fetched once), a Response, its bytes, or a compiled module. */
export type WasmSource = string | URL | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

export interface AnnotatorOptions {
  /** Default: `../pkg/annotator_bg.wasm` relative to this module. In Node, pass the bytes. */
  wasm?: WasmSource;
  /** `'auto'` (default): in-thread below `threshold`, in a Web Worker from there on. */
  worker?: boolean | 'auto';
  /** The worker script; default `./worker.js` relative to this module. */
  workerUrl?: string | URL;
  /** Length (UTF-16 code units) from which `'auto'` uses the worker. Default `WORKER_THRESHOLD`. */
  threshold?: number;
}

/** The one interface of every implementation. */
export interface Annotator {
  /** `'thread'`, `'worker'` or `'auto'`. */
  readonly mode: 'thread' | 'worker' | 'auto';
  /** Annotates `text`. Rejects with an `Error` on bad input, an `AnnotatorCrash` if the wasm trapped. */
  annotate(text: string): Promise<Annotations>;
  /** The crate version. */
  version(): string;
  /** Starts what can be started ahead of time (the worker), so later calls fetch nothing. */
  warm(): Promise<void>;
  /** Cancels pending worker work (rejects it with an `AbortError`); absent in-thread. */
  cancel?(): void;
  /** Releases the worker, if any. */
  destroy(): void;
}

/** Thrown when the wasm trapped (a Rust panic, or a bug); the module has been re-instantiated. */
export class AnnotatorCrash extends Error {
  name: 'AnnotatorCrash';
}

/** Texts at least this long go to the worker in `'auto'` mode. */
export const WORKER_THRESHOLD: number;

/** Creates an annotator: compiles the wasm once (per source) and starts the chosen implementation. */
export function createAnnotator(options?: AnnotatorOptions): Promise<Annotator>;

/** Compiles the wasm once per source (cached). */
export function compileWasm(source?: WasmSource): Promise<WebAssembly.Module>;

/** A kind of mark, as filters see it. */
export type MarkKind = EntityKind | 'claim' | 'denial';

export interface RenderOptions {
  /** Kinds to show (default: all). Cue and speaker go with `claim`, denier and target with `denial`. */
  kinds?: Iterable<MarkKind>;
  /** Set `title` tooltips on marks (default true). */
  titles?: boolean;
}

/** One mark as `render()` and `highlight()` see it. */
export interface Mark {
  start: number;
  end: number;
  text: string;
  kind: MarkKind;
  /** Classes: `ann ann-entity ann-person`, `ann ann-claim ann-direct`, `ann ann-cue`, `ann ann-speaker`, `ann ann-denial`, `ann ann-denier`, `ann ann-target`. */
  cls: string;
  /** Becomes `data-*` attributes: `id`, `kind`, `ref`, `claim`, `denial`, `denies`. */
  data: Record<string, string>;
  title: string;
}

/** Flattens annotations into marks. */
export function marksOf(a: Annotations): Mark[];

/**
 * Replaces `el`'s content with `text` as text nodes and nested `<mark>`s
 * (overlaps split). Afterwards `el.textContent === text`. Returns the number of marks.
 */
export function render(el: Element, text: string, a: Annotations, options?: RenderOptions): number;

/** The text `highlight()` maps: text nodes in order, blocks separated by a blank line, `<br>` a line break. */
export function textOf(el: Element): string;

export interface HighlightResult {
  /** False where the CSS Custom Highlight API is missing (nothing was changed). */
  supported: boolean;
  painted: number;
  /** Spans that no longer match the element's text. */
  skipped: number;
}

/** Paints annotations of `textOf(el)` over `el` with CSS Custom Highlights; the DOM is not changed. */
export function highlight(el: Element, a: Annotations, options?: { kinds?: Iterable<MarkKind> }): HighlightResult;

/** Removes what `highlight()` painted over `el`. */
export function unhighlight(el: Element): void;

/** The names `highlight()` registers in `CSS.highlights`: `annotator-person`, …, `annotator-claim`, `annotator-cue`, `annotator-speaker`, `annotator-denial`, `annotator-denier`, `annotator-target`. */
export const HIGHLIGHT_NAMES: readonly string[];

/** Human labels of every mark kind. */
export const KIND_LABELS: Readonly<Record<MarkKind, string>>;

/** The contract as pretty JSON. */
export function toJSON(a: Annotations): string;

/** Maps UTF-16 offsets of `text` to code point offsets. */
export function toCodePoints(text: string): (utf16: number) => number;

/** A W3C Web Annotation selector. */
export type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export type AnnotationBody =
  | { type: 'TextualBody'; purpose: 'tagging'; value: string }
  | { type: 'TextualBody'; purpose: 'describing'; format: 'text/plain'; value: string }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'describing';
  body: AnnotationBody[];
  target: { source: string; selector: [Selector, Selector] };
}

export interface WebAnnotationPage {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationPage';
  items: WebAnnotation[];
}

/** W3C Web Annotation JSON-LD; TextPositionSelector offsets are code points. */
export function toWebAnnotation(text: string, a: Annotations,
  options?: { source?: string; idPrefix?: string; context?: number }): WebAnnotationPage;

/** spaCy displaCy "manual" format; code point offsets, spaCy labels. */
export function toDisplacy(text: string, a: Annotations): {
  text: string;
  ents: { start: number; end: number; label: 'PERSON' | 'ORG' | 'GPE' | 'NORP' | 'DATE' | 'TIME' | 'CARDINAL' | 'MONEY' | 'PERCENT' }[];
  title: null;
};
