// The structural view of a parse that fixture goldens record: what a reader checks first
// (kind, meeting fields, which items, their ids, numbers, titles, the parts their text was read
// as, whether a decision was found and its outcome, and where each thing is), never message
// wording or the text of blocks, so that a change of phrasing elsewhere leaves goldens alone.
import type { Block, Document, Position } from '../../src/model/schema.js';

/** "12-15" (first and last source line), with the page for PDFs: "p3 12-15". */
export function lines(position: Position | undefined): string | null {
  if (!position) return null;
  const span = position.start.line === position.end.line ? `${position.start.line}` : `${position.start.line}-${position.end.line}`;
  return position.page === undefined ? span : `p${position.page} ${span}`;
}

/** One block as "type/part lines": "paragraph/resolution 40-42". */
const block = (b: Block) => `${b.type}${b.part ? `/${b.part}` : ''} ${lines(b.position)}`;

export interface StructureView {
  kind: Document['kind'];
  meeting: { body: string | null; date: string | null; time: string | null; venue: string | null };
  attendance: { recorded: string; present: number; apologies: number; absent: number; alsoPresent: number };
  declarations: number;
  preamble: string[];
  sections: { id: string; number: string | null; title: string; lines: string | null }[];
  items: {
    id: string;
    number: string | null;
    reference: string | null;
    title: string | null;
    section: string | null;
    lines: string | null;
    heading: string | null;
    blocks: string[];
    resolutions: (string | null)[];
    questions: number;
    comments: number;
    truncated: boolean;
  }[];
  unclassified: string[];
  furniture: number;
}

export function structure(document: Document): StructureView {
  const { meeting, attendance } = document;
  return {
    kind: document.kind,
    meeting: { body: meeting.body, date: meeting.date, time: meeting.time, venue: meeting.venue },
    attendance: {
      recorded: attendance.recorded,
      present: attendance.present.length,
      apologies: attendance.apologies.length,
      absent: attendance.absent.length,
      alsoPresent: attendance.alsoPresent.length,
    },
    declarations: document.declarations.entries.length,
    preamble: document.preamble.map(block),
    sections: document.sections.map((s) => ({ id: s.id, number: s.number, title: s.title, lines: lines(s.position) })),
    items: document.items.map((item) => ({
      id: item.id,
      number: item.number,
      reference: item.reference,
      title: item.title,
      section: item.section,
      lines: lines(item.position),
      heading: item.heading ? lines(item.heading.position) : null,
      blocks: item.minutes.map(block),
      resolutions: item.resolutions.map((r) => r.outcome),
      questions: item.questions.length,
      comments: item.comments.length,
      truncated: item.truncated,
    })),
    unclassified: document.unclassified.map(block),
    furniture: document.furniture.length,
  };
}
