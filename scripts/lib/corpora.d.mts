// Types for corpora.mjs, so that the tests (test/helpers/fixtures.ts) share its list of
// measurement-only corpora instead of keeping a copy.
export const MEASUREMENT_ONLY: ReadonlySet<string>;
export const BLIND: ReadonlySet<string>;
/** Every annotated document under `root` (gold and meta left untyped), sorted by path. */
export function corpusDocuments(root: string): readonly { path: string; name: string; corpus: string; measurementOnly: boolean; blind: boolean }[];
