// The style of a heading: how it is printed, apart from what it says and from its number.
// A document prints its items' headings one way (capitals, a Markdown heading depth, bold, an
// indent, a table cell), and repeats that way; a heading printed another way inside one of those
// items is a sub-heading, and an unnumbered heading printed like the items is one of them.
//
// The style of a text line, given its heading's title (run as tests by test/segment/examples.test.ts):
//   APOLOGIES → caps
//   Declarations of Interest → mixed
//   Apologies for Absence | → mixed cell
//   ROAD RESEALING PROGRAM | → caps cell
// A Markdown heading adds its depth ("mixed h3"), a bold line "bold", a list item "list", an
// indented line of text "indented". A PDF line's style is its print (outline/print.ts).
import type { Line } from '../../extract/line.js';
import type { Candidate } from '../headings.js';
import { isCaps } from '../shape.js';
import { placedPrintOf } from './print.js';

/** The style key of the heading `candidate` opens at `line`: equal keys, printed alike. */
export function styleOf(line: Line, candidate: Candidate): string {
  // A PDF shows how it prints each line (font, size, indent): that, not the wording's case, is its style.
  const print = placedPrintOf(line);
  if (print !== null) return `print ${print}`;
  const parts = [isCaps(candidate.title ?? line.text) ? 'caps' : 'mixed'];
  const md = line.md;
  if (md?.heading !== undefined) parts.push(`h${md.heading}`);
  else if (md?.strong) parts.push('bold');
  else if (md?.list) parts.push('list');
  if (line.indent > 0 && !md) parts.push('indented');
  if (/\s\|$/.test(line.text)) parts.push('cell');
  return parts.join(' ');
}

/** How often each style occurs among `headings`; a style counted twice or more is the document's own. */
export function styleCounts(styles: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const style of styles) counts.set(style, (counts.get(style) ?? 0) + 1);
  return counts;
}

/** How prominently a style prints a heading: a Markdown heading (the shallower the more), bold, capitals, plain. */
export function prominence(style: string): number {
  const depth = /\bh(\d)\b/.exec(style);
  if (depth) return 10 - Number(depth[1]);
  return style.includes('bold') ? 3 : style.startsWith('caps') ? 2 : 1;
}

/**
 * The style of a heading with how it stands in its text: set apart by a blank line before it or
 * not, ending in a colon or not, run into its text or not ("" / "Public Comments:" → "mixed apart colon").
 */
export function paragraphStyle(lines: readonly Line[], candidate: Candidate): string {
  const line = lines[candidate.index]!;
  return `${styleOf(line, candidate)}${line.gapBefore > 0 ? ' apart' : ''}${line.text.endsWith(':') ? ' colon' : ''}${candidate.runIn !== undefined ? ' run-in' : ''}`;
}
