// Issue 17: no text is lost in any output. For every fixture and every held-out document, each
// non-blank line of the source (for a PDF, of its extracted text) is in the JSON, and its words
// are in the Markdown, in both layouts (meeting in the text, or in front matter); only what the
// parser set aside as page furniture may be missing from the Markdown.
//
// MARKDOWN_KEPT_CORPUS=<dir> runs the same check over the documents of another directory and
// prints the share of source lines the Markdown keeps there (a measurement, e.g. of
// /work/shared/corpus, which is not copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { read } from '../src/read/index.js';
import { InputError } from '../src/read/input-error.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { corpusDocuments, fixtures } from './helpers/fixtures.js';
import { lostInJson, lostInMarkdown } from './helpers/text-accounting.js';

const documents = [...fixtures().map((f) => ({ name: f.name, path: f.input })), ...corpusDocuments()];

async function lost(path: string) {
  const bytes = readFileSync(path);
  // Each reader gets its own copy: a PDF's bytes are handed over to the worker that reads them.
  const source = await read(new Uint8Array(bytes), { name: path });
  const document = await parse(new Uint8Array(bytes), { name: path });
  const json = lostInJson(document, source.text);
  const markdown = [false, true].map((frontMatter) => lostInMarkdown(document, source.text, renderMarkdown(document, { frontMatter })));
  return { json, markdown };
}

describe('no text lost in JSON or Markdown', () => {
  for (const { name, path } of documents) {
    it(`${name}: every source line is in the JSON and the Markdown`, async () => {
      const { json, markdown } = await lost(path);
      expect(json, 'lines missing from the JSON').toEqual([]);
      expect(markdown[0]!.lost, 'lines missing from the Markdown').toEqual([]);
      expect(markdown[1]!.lost, 'lines missing from the Markdown with front matter').toEqual([]);
    });
  }
});

const corpus = process.env.MARKDOWN_KEPT_CORPUS;
describe.runIf(corpus)(`Markdown keeps the lines of ${corpus}`, () => {
  it('reports the share kept', async () => {
    // The documents of a corpus have their source described beside them (NAME.meta.json).
    const files = readdirSync(corpus!).filter((f) => /\.(?:txt|md|pdf)$/.test(f) && existsSync(join(corpus!, f.replace(/\.\w+$/, '.meta.json'))));
    let lines = 0;
    let missing = 0;
    const report: string[] = [];
    for (const file of files) {
      const outcome = await lost(join(corpus!, file)).catch((error: unknown) => {
        if (error instanceof InputError) return null; // not a document: nothing to render
        throw error;
      });
      if (!outcome) continue;
      const { markdown } = outcome;
      lines += markdown[0]!.lines;
      missing += markdown[0]!.lost.length;
      if (markdown[0]!.lost.length) report.push(`${file}: ${markdown[0]!.lost.length}/${markdown[0]!.lines} lost, e.g. ${JSON.stringify(markdown[0]!.lost.slice(0, 3))}`);
    }
    console.log(`${report.join('\n')}\n${corpus}: ${files.length} documents, ${lines - missing}/${lines} lines kept in Markdown (${((100 * (lines - missing)) / lines).toFixed(1)}%)`);
    expect(lines).toBeGreaterThan(0);
  });
});
