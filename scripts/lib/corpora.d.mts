// Types for corpora.mjs, so that the tests (test/helpers/fixtures.ts) share its list of
// measurement-only corpora instead of keeping a copy.
export const MEASUREMENT_ONLY: ReadonlySet<string>;
