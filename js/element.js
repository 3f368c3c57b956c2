// <annotated-article>: annotates its own text when it is connected.
//
//   <link rel="stylesheet" href="/annotator/js/annotator.css">
//   <script type="module" src="/annotator/js/element.js"></script>
//   <annotated-article>Paste or template the article text here…</annotated-article>
//
// Attributes: `wasm` (URL of annotator_bg.wasm; default next to this file),
// `kinds` (space-separated kinds to show, e.g. "person claim denial").
// Fires `annotated` (detail: the annotations) or `annotator-error`.
// Every element on a page shares one annotator: the wasm is fetched once.
import { createAnnotator, render, textOf } from './index.js';

const shared = new Map();
const annotatorFor = (wasm) => {
  const key = wasm ?? '';
  if (!shared.has(key)) shared.set(key, createAnnotator({ wasm: wasm ?? undefined }));
  return shared.get(key);
};

const Base = globalThis.HTMLElement ?? class {};

/** The `<annotated-article>` element. */
export class AnnotatedArticle extends Base {
  static observedAttributes = ['kinds'];

  connectedCallback() {
    if (this.text === undefined) this.refresh();
  }

  attributeChangedCallback() {
    if (this.annotations) this.draw();
  }

  /** Re-reads the element's text and annotates it again. */
  async refresh() {
    this.text = textOf(this);
    this.setAttribute('aria-busy', 'true');
    try {
      const a = await (await annotatorFor(this.getAttribute('wasm'))).annotate(this.text);
      this.annotations = a;
      this.draw();
      this.dispatchEvent(new CustomEvent('annotated', { detail: a, bubbles: true }));
    } catch (error) {
      this.dispatchEvent(new CustomEvent('annotator-error', { detail: error, bubbles: true }));
    } finally {
      this.removeAttribute('aria-busy');
    }
  }

  draw() {
    const kinds = this.getAttribute('kinds')?.split(/\s+/).filter(Boolean);
    render(this, this.text, this.annotations, kinds?.length ? { kinds } : {});
  }
}

/** Defines the element (once) under `name`. */
export function defineAnnotatedArticle(name = 'annotated-article') {
  if (globalThis.customElements && !customElements.get(name)) customElements.define(name, class extends AnnotatedArticle {});
  return customElements?.get(name);
}

defineAnnotatedArticle();
