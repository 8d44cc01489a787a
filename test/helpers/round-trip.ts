// What the Markdown output must carry back (issue 4): parsing `minutes`' own Markdown gives the
// same items, numbers, titles, resolution texts and outcomes, questions (who asked, kind, the
// question, the answer, who answered, the points answered) and speakers.
import type { Document } from '../../src/model/schema.js';
import { parse } from '../../src/parse.js';
import { renderMarkdown, type MarkdownOptions } from '../../src/render/markdown.js';

/** Whitespace is layout, not content: Markdown rewraps nothing but may join lines. */
const norm = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());

/**
 * The parts of a document that the Markdown round trip must keep. The meeting's fields are kept
 * exactly by front matter; without it the header is the text as printed, read again from its
 * paragraphs (a hard-wrapped header line joined to the next may read differently), so
 * `meeting: false` leaves them out.
 */
export function roundTripView(document: Document, { meeting = true } = {}) {
  return {
    kind: document.kind,
    meeting: meeting ? { body: document.meeting.body, date: document.meeting.date, time: document.meeting.time, venue: norm(document.meeting.venue) } : null,
    items: document.items.map((item) => ({
      number: item.number,
      title: norm(item.title),
      resolutions: item.resolutions.map((r) => ({ text: norm(r.text), outcome: r.outcome })),
      answeredBy: item.questions.map((q) => q.answeredBy.map((p) => p.name)),
      questions: item.questions.map((q) => ({ askedBy: q.askedBy ?? null, kind: q.kind, follows: q.follows, question: norm(q.question ?? null), answer: norm(q.answer ?? null) })),
      answers: item.questions.map((q) => q.answers.map((a) => norm(a.text))),
      speakers: item.comments.map((c) => c.speaker),
    })),
  };
}

export interface RoundTrip {
  /** The Markdown rendering of the original document. */
  first: string;
  /** The document read back from it. */
  reread: Document;
  /** The Markdown rendering of the document read back. */
  second: string;
}

export async function roundTrip(document: Document, options: MarkdownOptions = {}): Promise<RoundTrip> {
  const first = renderMarkdown(document, options);
  const reread = await parse(first, { name: 'round-trip.md', format: 'markdown' });
  return { first, reread, second: renderMarkdown(reread, options) };
}
