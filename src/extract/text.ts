// Plain text → lines. One line per non-blank physical line (CRLF, CR and LF all end a line),
// counting the blank lines before each: copied web pages separate table cells by runs of them.
import { isBlank } from '../read/clean.js';
import type { Source } from '../read/source.js';
import { makeLine, type Line } from './line.js';

export function extractText(source: Source): Line[] {
  const { text, lineStarts } = source;
  const lines: Line[] = [];
  let gap = 0;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1]! : text.length;
    // Drop the line break itself.
    if (end > start && text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    const raw = text.slice(start, end);
    if (isBlank(raw)) {
      gap++;
      continue;
    }
    lines.push(makeLine(raw, start, gap));
    gap = 0;
  }
  return lines;
}
