// A Markdown line opening with a bold run that more text follows has `boldLead`, where the bold
// run ends (a title run into its text). Emphasis closed in the middle of a word does not cut the
// word in two: the lead ends where the word does. Real lines: Tampa's agenda (fixtures/heldout16),
// where a scraper closed the bold inside a file number, and San Francisco's (fixtures/encodings),
// where it closes at a word boundary before the item's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { wordEnd } from '../src/extract/line.js';
import { read } from '../src/read/index.js';

async function lineOf(fixture: string, opening: string) {
  const path = new URL(`../fixtures/${fixture}`, import.meta.url);
  const source = await read(new Uint8Array(readFileSync(path)), { name: path.pathname });
  const line = (await extract(source)).lines.find((l) => l.text.includes(opening));
  if (!line) throw new Error(`no line with ${opening}`);
  return line;
}

describe('the bold lead of a Markdown line', () => {
  it('ends at the end of the word the emphasis closed inside (Tampa 90: "**File No. DE1-24-25**1-C (Will not be heard …")', async () => {
    const line = await lineOf('heldout16/tampa-city-council-agenda-meeting-2572.md', 'DE1-24-25');
    expect(line.text.slice(0, line.boldLead)).toMatch(/File No\. DE1-24-251-C$/);
  });

  it('ends where the bold run ends at a word boundary (San Francisco 14: "**14. 250955 [Plumbing Code …]** Ordinance repealing …")', async () => {
    const line = await lineOf('encodings/sf-board-of-supervisors-agenda-2025-11-04.md', '250955');
    expect(line.text.slice(line.boldLead!)).toMatch(/^ Ordinance repealing the 2022 Plumbing Code/);
  });
});

describe('wordEnd', () => {
  const text = 'File No. DE1-24-251-C (Will not be heard';
  it('moves a change of print inside a word to the end of the word', () => {
    expect(wordEnd(text, text.indexOf('1-C'))).toBe(text.indexOf(' (Will'));
  });
  it('leaves a change of print between words, at either edge, where it is', () => {
    for (const at of [0, text.indexOf(' (Will'), text.indexOf('(Will'), text.length]) expect(wordEnd(text, at)).toBe(at);
  });
  it('runs to the end of the text when the word does', () => {
    expect(wordEnd('Item 12A', 'Item 12'.length)).toBe('Item 12A'.length);
  });
});
