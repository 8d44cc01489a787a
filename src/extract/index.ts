// extract: Source → lines, one reader per format. Readers know formats, not meetings. The
// Markdown and PDF readers are loaded only when such an input arrives, so reading a text file
// never pays for remark or pdf.js.
import type { Source } from '../read/source.js';
import type { Line } from './line.js';
import { extractText } from './text.js';

export type { Line } from './line.js';

export async function extract(source: Source): Promise<Line[]> {
  switch (source.format) {
    case 'markdown':
      return (await import('./markdown.js')).extractMarkdown(source);
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(source);
    default:
      return extractText(source);
  }
}
