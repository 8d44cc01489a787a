// Markdown saved with CR line endings (classic Mac) is still Markdown: it is detected as
// Markdown by content, and reads exactly as the same file saved with LF (same items, same
// positions: CR and LF are both one character), front matter included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/model/schema.js';
import { parse } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { looksLikeMarkdown } from '../src/read/sniff.js';

const lf = '# Minutes\n\n**Title of meeting:** Cabinet\n\n## 1. Apologies\n\nNone.\n\n**RESOLVED** that the report be noted.\n';
const cr = lf.replace(/\n/g, '\r');
const crlf = lf.replace(/\n/g, '\r\n');

/** The document without the file's hash, which differs with the line endings. */
const content = (document: Document) => ({ ...document, source: { ...document.source, sha256: '' } });
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8').replace(/\r\n?/g, '\n');

describe('Markdown with CR line endings', () => {
  it('is detected as Markdown by content, as with LF and CRLF', () => {
    expect(looksLikeMarkdown(lf)).toBe(true);
    expect(looksLikeMarkdown(crlf)).toBe(true);
    expect(looksLikeMarkdown(cr)).toBe(true);
  });

  it('gives the same document as LF: format, items, resolutions and positions', async () => {
    const fromLf = await parse(lf);
    const fromCr = await parse(cr);
    expect(fromCr.source.format).toBe('markdown');
    expect(fromCr.items.length).toBeGreaterThan(0);
    expect(fromCr.items.map((i) => i.title)).toContain('Apologies');
    expect(content(fromCr)).toEqual(content(fromLf));
  });

  it('gives the same lines and columns as CRLF', async () => {
    const fromCr = await parse(cr);
    const fromCrlf = await parse(crlf);
    const places = (d: Document) => d.items.map((i) => [i.title, i.position.start.line, i.position.start.column, i.position.end.line]);
    expect(fromCrlf.source.format).toBe('markdown');
    expect(places(fromCr)).toEqual(places(fromCrlf));
  });

  it.each(['heldout/stokeferry-pc-annual-meeting-2011-05-18.md', 'heldout/northwold-pc-agm-minutes-2014-05-06.md', 'sf-board-of-supervisors-agenda-2025-11-04/input.md'])(
    '%s reads the same saved with CR, front matter included',
    async (path) => {
      const text = fixture(path);
      const fromLf = await parse(text, { name: path });
      const fromCr = await parse(text.replace(/\n/g, '\r'), { name: path });
      expect(content(fromCr)).toEqual(content(fromLf));
    },
  );

  it('reads the meeting fields of front matter that minutes wrote, saved with CR', async () => {
    const written = renderMarkdown(await parse(lf.replace('Cabinet', 'Cabinet\n\nVenue: Council Chamber, County Hall'), { name: 'x.md' }), { frontMatter: true });
    expect(written).toContain('schemaVersion');
    const fromLf = await parse(written, { name: 'minutes.md' });
    const fromCr = await parse(written.replace(/\n/g, '\r'), { name: 'minutes.md' });
    expect(fromCr.meeting).toEqual(fromLf.meeting);
    expect(content(fromCr)).toEqual(content(fromLf));
  });
});
