// The TypeScript declarations against the real contract: real annotations
// (the sample, and a text with unresolved speakers and denials) are written
// as object literals typed `Annotations`, so a field the wasm returns that
// the declarations lack, or one they require that it lacks, fails `tsc
// --strict`. The consumer imports by package name: the `exports` map's
// `types` conditions are what resolve it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createAnnotator } from 'article-annotator';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIR = join(ROOT, 'tests/js/.artifacts/types');
const TSC = join(ROOT, 'node_modules/.bin/tsc');

test('the declarations type the real output, the API and the element under tsc --strict', async () => {
  const annotator = await createAnnotator({ wasm: readFileSync(join(ROOT, 'dist/pkg/annotator_bg.wasm')) });
  const sample = await annotator.annotate(readFileSync(join(ROOT, 'www/sample.txt'), 'utf8'));
  const odd = await annotator.annotate('"It was wrong," someone said. Officials denied it. 😀 Prices rose 5% to $3m on 4 May at 10:30.');
  assert.ok(sample.claims.length && sample.denials.length, 'the sample has claims and denials to type');
  mkdirSync(DIR, { recursive: true });
  const consumer = `
import { createAnnotator, render, highlight, textOf, toWebAnnotation, toDisplacy, toJSON, AnnotatorCrash, WORKER_THRESHOLD } from 'article-annotator';
import type { Annotations, Annotator, Entity, EntityKind, HighlightResult, WebAnnotationPage } from 'article-annotator';
import type { AnnotatedArticle } from 'article-annotator/element';

export const sample: Annotations = ${JSON.stringify(sample)};
export const odd: Annotations = ${JSON.stringify(odd)};

export async function use(el: HTMLElement): Promise<number> {
  const a: Annotator = await createAnnotator({ wasm: new Uint8Array(8), worker: 'auto', threshold: WORKER_THRESHOLD });
  const r: Annotations = await a.annotate(textOf(el));
  const first: Entity | undefined = r.entities[0];
  const kind: EntityKind | undefined = first?.kind;
  const h: HighlightResult = highlight(el, r, { kinds: ['person', 'claim'] });
  const page: WebAnnotationPage = toWebAnnotation('text', r, { source: 'https://example.org/a' });
  const label: string = toDisplacy('text', r).ents[0]?.label ?? '';
  const json: string = toJSON(r);
  const crashed: boolean = new Error() instanceof AnnotatorCrash;
  const element: AnnotatedArticle = document.createElement('annotated-article');
  await element.refresh();
  return render(el, 'text', r) + h.painted + page.items.length + label.length + json.length + Number(crashed) + (kind ? 1 : 0);
}

// @ts-expect-error an entity kind outside the contract
export const badKind: Annotations = { entities: [{ id: 'e0', kind: 'planet', start: 0, end: 1, text: 'x', ref: 'e0' }], claims: [], denials: [] };
// @ts-expect-error a claim without content
export const noContent: Annotations = { entities: [], claims: [{ id: 'c0', kind: 'direct', speaker: null, speaker_ref: null, cue: { start: 0, end: 1, text: 'x' }, cue_class: 'speech' }], denials: [] };
`;
  writeFileSync(join(DIR, 'consumer.ts'), consumer);
  writeFileSync(join(DIR, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext',
      lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false },
    files: ['consumer.ts'],
  }));
  try {
    execFileSync(TSC, ['-p', join(DIR, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc found type errors:\n${e.stdout}${e.stderr}`);
  }
});
