// Markdown nested deeper than the reader takes (block quotes and lists more than MAX_DEPTH
// levels deep, "> > > …", "- - - … text") is read as plain text with a `markdown-too-deep`
// warning where the nesting passes the limit: nothing throws and no text is lost. Nesting up to
// the limit is still Markdown, and so is every real Markdown document in the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, nestingPastLimit } from '../src/extract/markdown.js';
import type { Document } from '../src/model/schema.js';
import { parse } from '../src/index.js';
import { read } from '../src/read/index.js';
import { assertNoTextLost } from './helpers/invariants.js';
import { documentStrings } from './helpers/text-accounting.js';

const warnings = (document: Document) => document.diagnostics.filter((d) => d.code === 'markdown-too-deep');
const kept = (document: Document, text: string) => documentStrings(document).some((s) => s.includes(text));

describe('Markdown nested too deep is read as plain text, with a warning', () => {
  it.each([
    ['block quotes 4 000 deep', `${'>'.repeat(4000)} deep`],
    ['lists "- - - …" 2 000 deep', `${'- '.repeat(2000)}deep`],
    ['ordered lists "1. 1. 1. …" 1 000 deep', `${'1. '.repeat(1000)}deep`],
    ['block quotes and lists mixed, 500 deep', `${'> - '.repeat(250)}deep`],
  ])('%s: no throw, a warning, and the text kept', async (_, text) => {
    const document = await parse(text, { format: 'markdown' });
    expect(document.source.format).toBe('text');
    expect(warnings(document)).toHaveLength(1);
    expect(warnings(document)[0]).toMatchObject({ severity: 'warning', position: { start: { line: 1, column: 1 } } });
    expect(kept(document, 'deep')).toBe(true);
    expect(kept(document, text.trim())).toBe(true);
    assertNoTextLost(document, text);
  });

  it('points the warning at the line where the nesting passes the limit', async () => {
    const text = `# Minutes\n\n1. Apologies\n\nNone.\n\n${'>'.repeat(MAX_DEPTH + 1)} quoted\n`;
    const document = await parse(text, { format: 'markdown' });
    const [warning] = warnings(document);
    expect(warning?.position?.start).toEqual({ line: 7, column: 1, offset: text.indexOf('>') });
    expect(warning?.position?.end.column).toBe(MAX_DEPTH + 2);
    expect(kept(document, 'Apologies')).toBe(true);
    expect(kept(document, 'quoted')).toBe(true);
  });

  it('still reads nesting up to the limit as Markdown', async () => {
    for (const text of [`${'>'.repeat(MAX_DEPTH)} deep`, `${'- '.repeat(MAX_DEPTH)}deep`]) {
      const document = await parse(text, { format: 'markdown' });
      expect(document.source.format).toBe('markdown');
      expect(warnings(document)).toEqual([]);
      expect(kept(document, 'deep')).toBe(true);
    }
  });

  it('does not count a long thematic break "- - - …" as nesting', async () => {
    const text = `# Minutes\n\n${'- '.repeat(300)}\n\n1. Apologies\n\n${'* '.repeat(300)}\n\n> ${'- '.repeat(300)}\n`;
    const document = await parse(text, { format: 'markdown' });
    expect(document.source.format).toBe('markdown');
    expect(warnings(document)).toEqual([]);
  });

  it('detects Markdown nesting through a line saved with CR endings too', async () => {
    const document = await parse(`# Minutes\r\r${'>'.repeat(500)} deep\r`, { format: 'markdown' });
    expect(warnings(document)[0]?.position?.start.line).toBe(3);
    expect(kept(document, 'deep')).toBe(true);
  });
});

describe('the nesting limit does not touch real documents', () => {
  const root = new URL('../fixtures/', import.meta.url).pathname;
  const markdownFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && !f.endsWith('SOURCES.md'));

  it('has Markdown fixtures to check', () => {
    expect(markdownFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(markdownFiles)('fixtures/%s nests within the limit and reads as Markdown without the warning', async (file) => {
    const path = join(root, file);
    const bytes = readFileSync(path);
    expect(nestingPastLimit((await read(bytes, { name: path })).text)).toBeNull();
    const document = await parse(bytes, { name: path });
    expect(document.source.format).toBe('markdown');
    expect(warnings(document)).toEqual([]);
  });
});
