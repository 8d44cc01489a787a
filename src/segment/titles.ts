// An item's title as printed, without the artefacts around it: attachment links ("pdf icon
// PDF 125 KB" → a document), Legistar file numbers ("250946 [Title]" → a reference), decision
// register prefixes ("20/08/2020 - TITLE ref: 3185 For Determination"), dot leaders and page
// numbers of contents lists, the type of a linked paper ("(Word)"), and a trailing ":".
import type { AttachedDocument } from '../model/schema.js';
import { bracketTitle } from './headings.js';
import { trimEndChars } from './shape.js';
import { splitAttachment } from './documents.js';
import { decisionRegister } from './vocabulary.js';

export interface Title {
  title: string | null;
  reference: string | null;
  documents: AttachedDocument[];
}


/** "Action log (Excel)": the type of the paper the title links to, printed after it. */
const paperType = /\s\((?:pdf|word|excel|powerpoint|docx?|xlsx?|pptx?|odt)\)$/i;

/** "Minutes ........ 5" → "Minutes" (a contents line's dot leader and page number). */
function withoutDotLeaders(title: string): string {
  const trimmed = trimEndChars(title, '0123456789 ');
  const dots = trimEndChars(trimmed, '. ');
  return trimmed.length - dots.length >= 4 ? dots : title;
}

export function cleanTitle(printed: string | null): Title {
  const documents: AttachedDocument[] = [];
  if (printed === null) return { title: null, reference: null, documents };
  let title = printed;
  let reference: string | null = null;

  const legistar = bracketTitle.exec(title);
  if (legistar) {
    reference = legistar[1]!;
    title = legistar[2]!;
  }
  const decision = decisionRegister.exec(title);
  if (decision) {
    title = decision[1]!;
    reference = decision[2] ?? null;
  }
  const linked = splitAttachment(title);
  title = linked.title;
  if (linked.document) documents.push(linked.document);
  title = withoutDotLeaders(title).replace(paperType, '');
  title = trimEndChars(title, ': ');
  return { title: title || null, reference, documents };
}

/**
 * What two printings of one title have in common, for matching an item page to its item:
 * the title as cleaned above, then case, quote and dash forms, punctuation and whitespace folded.
 */
export function titleKey(printed: string): string {
  return (cleanTitle(printed).title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
