// extract: Source → lines, one reader per format. Readers know formats, not meetings. The
// Markdown, PDF and HTML readers are loaded only when such an input arrives, so reading a text
// file never pays for remark, PDFium, parse5 or mammoth (a Word document is HTML by the time it is here).
import { diagnostic } from '../model/diagnostics.js';
import { InputError } from '../read/input-error.js';
import { positionOf, type Source } from '../read/source.js';
import { anchorBands, findFurniture, lineNumbers, lineStart, pagedFurniture, separate, viewerChrome } from './furniture.js';
import type { Line } from './line.js';
import { extractText } from './text.js';

export type { Line } from './line.js';

export interface Extracted {
  /** The document's lines, in reading order. */
  lines: Line[];
  /** Running page headers and footers taken out of `lines` ("Page 3", the council's name). */
  furniture: Line[];
}

export async function extract(source: Source): Promise<Extracted> {
  switch (source.format) {
    case 'markdown': {
      const markdown = (await import('./markdown.js')).extractMarkdown(source);
      if ('lines' in markdown) {
        // Markdown converted from a PDF keeps the running headers around each printed page number.
        const { lines } = markdown;
        return separate(lines, findFurniture(lines, anchorBands(lines)));
      }
      // Nested too deep for remark: read as plain text, so that no text is lost, and say so
      // where the nesting passes the limit (the whole file when remark itself gave up).
      const { limit, span } = markdown.tooDeep;
      source.format = 'text';
      source.messages.push(diagnostic('markdown-too-deep', { limit }, span ? positionOf(source, span.start, span.end) : null));
      return { lines: extractText(source), furniture: [] };
    }
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(source);
    case 'html':
    case 'docx': {
      let page: Extracted;
      try {
        page = (await import('./html.js')).extractHtml(source);
      } catch (error) {
        if (error instanceof InputError && source.name) throw error.withFile(source.name);
        throw error;
      }
      // A Word file whose clerk typed the page breaks in ("Page 1 of 3" and the signature line
      // above it, on every page) carries running headers around each printed page number, as
      // text copied from a PDF does, and as the Markdown written from it is read back.
      const { lines, furniture } = separate(page.lines, findFurniture(page.lines, anchorBands(page.lines)));
      return { lines, furniture: [...page.furniture, ...furniture].sort((a, b) => lineStart(a) - lineStart(b)) };
    }
    default: {
      // Text copied from a PDF keeps the running headers around each printed page number, as
      // Markdown converted from one does (and as `minutes`' own Markdown of that text is read),
      // and at the edges of its pages where form feeds part them (text without one is one page,
      // whose first or last lines may still be a printed page number).
      // A viewer's chrome and a margin's line numbers are furniture too.
      const viewed = viewerChrome(extractText(source));
      const numbered = lineNumbers(viewed.lines);
      const { lines, furniture } = separate(numbered.lines, pagedFurniture(numbered.lines, source.pageStarts ?? [0], anchorBands(numbered.lines)));
      return { lines, furniture: [...viewed.furniture, ...numbered.furniture, ...furniture].sort((a, b) => lineStart(a) - lineStart(b)) };
    }
  }
}
