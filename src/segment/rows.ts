// ModernGov's newer layout copies as a table: after a "No. | Item |" header each row runs the
// title, the agenda's description and the minutes together on one line:
//
//   Apologies To receive any apologies for absence. Minutes: It was noted that apologies … |
//   Declarations of Interest PDF 55 KB To receive any declarations … Minutes: There were … |
//
// Each row's first line is cut back into lines where those parts meet, so that the outline
// and the item parts read it like the older layout.
import { subLine, type Line } from '../extract/line.js';
import { trimEndChars } from './shape.js';
import { labels } from './vocabulary.js';

const rowEnd = /\s\|$|^\|$/;
/** Where a row's parts meet: the description ("To receive …") and the labels inside it. */
const partStart = /\s(?=To\s[a-z])|\s(?=(?:Minutes|Decision|Additional documents|Supporting documents):(?:\s|$))/g;
/** After a label the text goes on: "Minutes: It was noted …". */
const labelEnd = /(?:Minutes|Decision|Additional documents|Supporting documents):\s/g;
const attachment = /\s(?:[a-z]{2,5}\sicon\s)?(?:PDF|DOCX?|XLSX?|PPTX?)\s\d{1,6}(?:\.\d{1,3})?\s?[KMG]B\b/i;

const isTableHeader = (line: Line) => line.text.includes('|') && labels.itemsHeader.test(trimEndChars(line.text.replace(/\s?\|\s?/g, ' ').trim(), ' '));

function cutRow(line: Line): Line[] {
  const text = line.text;
  const cuts = new Set<number>();
  // The title ends at its attachment link, or where the description begins.
  const link = attachment.exec(text);
  if (link) cuts.add(link.index + link[0].length);
  for (const m of text.matchAll(partStart)) if (m.index > 0) cuts.add(m.index);
  for (const m of text.matchAll(labelEnd)) cuts.add(m.index + m[0].length);
  const bounds = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const out: Line[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = subLine(line, bounds[k]!, bounds[k + 1]!);
    if (piece.text) out.push(piece);
  }
  return out;
}

export function splitTableRows(lines: readonly Line[]): Line[] {
  const header = lines.findIndex(isTableHeader);
  if (header < 0) return [...lines];
  const out = lines.slice(0, header + 1);
  let rowStart = true;
  for (const line of lines.slice(header + 1)) {
    const border = /^[|\-:\s]+$/.test(line.text);
    out.push(...(rowStart && !border ? cutRow(line) : [line]));
    rowStart = border || rowEnd.test(line.text);
  }
  return out;
}
