// PDF text → lines, each knowing its page.
import type { Source } from '../read/source.js';
import type { Line } from './line.js';
import { extractText } from './text.js';

export function extractPdf(source: Source): Line[] {
  return extractText(source);
}
