// Text cut off: ModernGov's "... view the full minutes text for item 15" (the item is
// truncated, and the link gives its number when the heading lost it), or a document that stops
// mid-sentence (its last item is truncated).
import type { Line } from '../extract/line.js';
import { readField, wordCount } from './shape.js';
import { isLabel } from './headings.js';
import { outcomeLabel, truncationLink } from './vocabulary.js';
import { readPointLabel } from './numbering.js';

/** The item number a truncation link names, or null when the line has no link. */
export function truncationLinkNumber(text: string): string | null {
  // The link opens with an ellipsis: a line without one (most) is not searched for the link.
  if (!text.includes('...') && !text.includes('\u2026')) return null;
  return truncationLink.exec(text)?.[1] ?? null;
}

const signature = /^(?:_{3,}|\.{5,}|signed\b|attest\b|chair(?:man|person)?\b|(?:respectfully\s)?submitted\sby\b|prepared\sby\b)/i;

// A closing line stops at the time the meeting closed, often without a full stop: "The Chairman
// brought the meeting to a close at 8.35pm", "Meeting closed 9:05 p.m".
const endsAtTime = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m|hrs|hours)$/i;

/** Whether the document stops mid-sentence: its last line breaks off in a word or after a comma. */
export function endsMidSentence(lines: readonly Line[]): boolean {
  const last = lines[lines.length - 1];
  if (!last) return false;
  const text = last.text;
  if (!/[A-Za-z\u00c0-\u024f,;(\u2013-]$/.test(text)) return false;
  if (last.md?.table || isLabel(text) || readField(text) || outcomeLabel.test(text) || endsAtTime.test(text)) return false;
  // A signature block ends a complete document: "______ / Clerk of the Commission",
  // "Submitted by, / Elizabeth Slagle, Clerk of Council", or "______ Clerk of the Commission"
  // on one line; also as a list's last point ("1. Prepared by: …", an exhibit list's empty
  // entry joined to the signature that follows it).
  const before = lines[lines.length - 2];
  if (signature.test(readPointLabel(text)?.rest ?? text) || (before && signature.test(before.text) && wordCount(text) <= 6)) return false;
  return true;
}
