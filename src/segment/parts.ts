// The parts of an item's text, by its labels: the agenda's purpose ("Purpose", or what comes
// before "Minutes:" or a mid-item "Additional documents:"), the documents labels, and the
// minutes. Then blocks are built within each part.
//
//   Regional Care Co-operative pdf icon PDF 125 KB     ← heading
//   This report will provide information about …       ← purpose
//   Additional documents:                              ← documents
//   Sarah Daly, Director of Children's Services, …     ← minutes
import { linkOnlyHref, type Line } from '../extract/line.js';
import type { BlockPart, Format, Kind } from '../model/schema.js';
import { buildParas, paraText, type Para } from './blocks.js';
import { readDocumentEntry } from './documents.js';
import { cueLine, isLabel } from './headings.js';
import { isProse, isTitleLike } from './shape.js';
import { readDecision, readResolvedWithin, withoutScene } from './motions.js';
import { splitSentences } from './sentences.js';
import { labels, truncationNotice } from './vocabulary.js';

/** "Committee Resolution", "Council resolution", "Decision:": a decision block's heading. */
const decisionHeading = /^(?:(?:council|committee|board)\s)?(?:resolution|decisions?)\s?:?$/i;
import { questionHeader } from './question-header.js';
import type { Gated } from './cues.js';

const isDocumentsLabel = (line: Line) => labels.documents.test(line.text);
/** Both forms of linkedDocument end in ")" or "b" ("KB"): cheaper to check than to try the pattern at every place of a line. */
const endsLikeLinkedDocument = (text: string) => text.endsWith(')') || text.endsWith('b') || text.endsWith('B');
const linkedDocument = /\((?:pdf|word|excel|docx?)\s(?:file|document)\b[^)]{0,60}\)$|\b[a-z]{2,5}\sicon\s[a-z]{2,5}\s\d{1,6}(?:\.\d{1,3})?\s?[kmg]b$/i;

/** Sub-headings inside an item: labels, and Markdown headings or bold lines that read as titles. */
const isSubHeading = (line: Line) =>
  isLabel(line.text) ||
  ((line.md?.heading !== undefined || (line.md?.strong === true && !line.md.list)) && isTitleLike(line.text) && !cueLine.test(line.text));

export function itemParas(body: readonly Line[], kind: Kind, format: Format): Para[] {
  const parts: BlockPart[] = body.map(() => 'minutes');
  // A Markdown list item is a point, whatever it says: "- Minutes:" is not the label (as "* Minutes:" in text is not).
  const labelAt = (label: Gated) => body.findIndex((l) => !l.md?.list && label.test(l.text));
  const purposeLabel = labelAt(labels.purpose);
  // A ModernGov item's "Decision:" block, before its "Minutes:", ends the agenda's text too.
  const minutesAt = labelAt(labels.minutes);
  const decisionAt = labelAt(labels.decision);
  const minutesLabel = decisionAt >= 0 && decisionAt < minutesAt ? decisionAt : minutesAt;
  // (Documents listed right under the heading are the heading's, and end nothing.)
  const lastDocuments = body.findLastIndex((l, i) => isDocumentsLabel(l) && i > 0 && i < body.length - 1);
  // Purpose runs up to the first of these; minutes follow.
  let purposeEnd = -1;
  if (minutesLabel >= 0) purposeEnd = minutesLabel;
  else if (lastDocuments >= 0) purposeEnd = lastDocuments;
  else if (purposeLabel >= 0) {
    purposeEnd = purposeLabel + 1;
    // A decision block ends it too: "Committee Resolution" / "Moved: …" / "That … be noted." / "Carried".
    while (purposeEnd < body.length && !isSubHeading(body[purposeEnd]!) && !truncationNotice.test(body[purposeEnd]!.text) && !decisionHeading.test(body[purposeEnd]!.text)) purposeEnd++;
  }
  for (let i = 0; i < purposeEnd; i++) parts[i] = 'purpose';
  // A documents label, and the documents listed under it.
  body.forEach((line, i) => {
    if (isDocumentsLabel(line)) parts[i] = 'documents';
    else if (i > 0 && parts[i - 1] === 'documents' && readDocumentEntry(line.text)) parts[i] = 'documents';
    // A link to a document stands on its own anywhere: "Report (PDF file, opens in a new window)",
    // and in a web page or Word document, so does a line that is nothing but a link.
    else if ((endsLikeLinkedDocument(line.text) && linkedDocument.test(line.text)) || (linkOnlyHref(line) !== null && !line.md?.heading)) parts[i] = 'documents';
  });

  const paras: Para[] = [];
  let runStart = 0;
  for (let i = 1; i <= body.length; i++) {
    if (i < body.length && parts[i] === parts[runStart]) continue;
    paras.push(
      ...buildParas(body.slice(runStart, i), parts[runStart], {
        format,
        isHeading: isSubHeading,
        startsBlock: (line) => cueLine.test(line.text),
      }),
    );
    runStart = i;
  }
  // Without labels, an agenda's opening paragraph says what the item is for (a paragraph, not a
  // line: hard-wrapped text and its Markdown rendering must agree). The documents listed after
  // the heading come before it.
  // (The headers `minutes` writes over questions read from that paragraph are the purpose's too.)
  const headers = (p: Para) => p.type === 'paragraph' && questionHeader.test(paraText(p));
  const firstAt = paras.findIndex((p) => p.part !== 'documents' && !headers(p));
  const first = paras[firstAt];
  if (purposeEnd < 0 && (kind === 'agenda' || kind === 'report') && first?.type === 'paragraph' && first.part === 'minutes') {
    const text = paraText(first);
    // Minutes read as an agenda (no title word says which) record decisions there, in any of its
    // sentences: "The minutes … were confirmed on the proposal of …", "The Financial Recorder
    // presented a report … Following a discussion, the Financial Report was accepted.",
    // "General Meeting – Wednesday 19 April 2017 RESOLUTION: That the Minutes … be confirmed."
    const decided = splitSentences(text).some(({ text: sentence }) => readDecision(withoutScene(sentence)) !== null || readResolvedWithin(sentence) !== null);
    if (isProse(text) && !cueLine.test(text) && !truncationNotice.test(text) && !decided) {
      first.part = 'purpose';
      for (let k = firstAt - 1; k >= 0 && headers(paras[k]!) && paras[k]!.part === 'minutes'; k--) paras[k]!.part = 'purpose';
    }
  }
  return paras;
}
