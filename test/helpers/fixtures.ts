// The fixture cases: fixtures/<case>/input.<ext> with, beside it, expected.json (the reviewed
// structural view of the output, test/helpers/structure.ts), gold.json (the annotation of what
// a correct parse extracts) and meta.json (where the document came from). UPDATE=1 rewrites
// expected.json; review the diff like code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEASUREMENT_ONLY } from '../../scripts/lib/corpora.mjs';

export const fixturesDir = new URL('../../fixtures/', import.meta.url).pathname;

export interface Fixture {
  name: string;
  dir: string;
  input: string;
  /** Path of the input relative to the repository, used as the document's source name. */
  relative: string;
}

export function fixtures(filter: (f: Fixture) => boolean = () => true): Fixture[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = join(fixturesDir, d.name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      return input ? [{ name: d.name, dir, input: join(dir, input), relative: `fixtures/${d.name}/${input}` }] : [];
    })
    .filter(filter)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

export const updating = process.env.UPDATE === '1';

/**
 * The reviewed golden of a fixture (expected.json), or null when there is none: only UPDATE=1
 * writes one (from `actual`), so that a missing golden fails instead of passing by writing itself.
 */
export function golden(fixture: Fixture, actual: unknown): unknown {
  const path = join(fixture.dir, 'expected.json');
  if (updating) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  return readJson(path);
}

/**
 * Documents kept in the corpus layout (NAME.txt|md|pdf beside NAME.gold.json) under
 * fixtures/heldout*: real documents the parser was not written against, for the invariants
 * that must hold on any document. The measurement-only corpora (the list in
 * scripts/lib/corpora.mjs) are left out: measured with `node ../shared/tools/score.mjs --corpus
 * fixtures/heldout3`, held to no floor or fixpoint, so that nobody is led to write code for their
 * documents and they stay an honest measure of unseen publishers.
 */
export function corpusDocuments(): { name: string; path: string }[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('heldout') && !MEASUREMENT_ONLY.has(d.name))
    .flatMap((d) => folderDocuments(d.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The text, Markdown and PDF documents of one corpus folder (fixtures/<folder>/NAME.<ext>). */
export function folderDocuments(folder: string): { name: string; path: string }[] {
  return readdirSync(join(fixturesDir, folder))
    .filter((f) => /\.(?:txt|md|pdf)$/.test(f))
    .map((f) => ({ name: `${folder}/${f}`, path: join(fixturesDir, folder, f) }));
}

/**
 * Every document of the corpora that no test scores (the measurement-only corpora, and the
 * question and web-page corpora): the invariants must hold on them all the same.
 */
export function measurementDocuments(): { name: string; path: string }[] {
  const scored = new Set(corpusDocuments().map((d) => d.path));
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(fixturesDir, d.name)) && !readdirSync(join(fixturesDir, d.name)).some((f) => f.startsWith('input.')))
    .flatMap((d) =>
      readdirSync(join(fixturesDir, d.name))
        .filter((f) => /\.(?:txt|md|pdf|html|docx)$/.test(f) && existsSync(join(fixturesDir, d.name, f.replace(/\.\w+$/, '.meta.json'))))
        .map((f) => ({ name: `${d.name}/${f}`, path: join(fixturesDir, d.name, f) })),
    )
    .filter((d) => !scored.has(d.path))
    .sort((a, b) => a.name.localeCompare(b.name));
}
