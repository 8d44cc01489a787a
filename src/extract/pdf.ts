// PDF text → lines, each knowing its page.
import type { Source } from '../read/source.js';
import type { Extracted } from './index.js';
import { extractText } from './text.js';

export function extractPdf(source: Source): Extracted {
  return { lines: extractText(source), furniture: [] };
}
