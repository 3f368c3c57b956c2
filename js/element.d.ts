// The <annotated-article> custom element (importing this module defines it).
import type { Annotations } from './index.js';

/** Annotates its own text when connected. Attributes: `wasm` (URL), `kinds` (space-separated). */
export class AnnotatedArticle extends HTMLElement {
  /** The text that was annotated. */
  text?: string;
  /** The last result. */
  annotations?: Annotations;
  /** Re-reads the element's text and annotates it again. */
  refresh(): Promise<void>;
}

/** Defines the element (once) under `name`; the module already does so for `annotated-article`. */
export function defineAnnotatedArticle(name?: string): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'annotated-article': AnnotatedArticle;
  }
  interface HTMLElementEventMap {
    annotated: CustomEvent<Annotations>;
    'annotator-error': CustomEvent<Error>;
  }
}
