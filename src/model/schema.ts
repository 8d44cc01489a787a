// The JSON contract (schema version 1). These zod schemas are the single source of truth:
// the TypeScript types are inferred from them, `minutes schema` prints the JSON Schema generated
// from them, and every document the tool emits is checked against them. Changes within
// version 1 are additive only.
import { z } from 'zod';
import { CLOCK_24 } from './formats.js';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_ID, SCHEMA_VERSION } from './version.js';

/** A place in the source text (unist): line and column from 1, offset from 0 in UTF-16 code units. */
export const SourcePoint = z
  .object({
    line: z.int().min(1),
    column: z.int().min(1),
    offset: z.int().min(0),
  })
  .meta({ id: 'SourcePoint' });

/**
 * Where a node came from. `end` is exclusive. For PDFs the text is the extracted text and `page` is set;
 * for Word documents the text is the HTML the document was converted to and `paragraph` (from 1,
 * in document order) names the Word paragraph. `source` is the index in the document's `sources` of
 * the input the position points into; it is set in a merged document (`minutes merge`) and absent
 * when the document has one input.
 */
export const Position = z
  .object({
    start: SourcePoint,
    end: SourcePoint,
    page: z.int().min(1).optional(),
    source: z.int().min(0).optional(),
    paragraph: z.int().min(1).optional(),
  })
  .meta({ id: 'Position' });

/** "The Cabinet Member" → role only; "Councillor Laing (Deputy Leader)" → name and role. */
export const Person = z
  .object({
    name: z.string().nullable(),
    role: z.string().nullable(),
  })
  .meta({ id: 'Person' });

/** A lettered, numbered or bulleted point: "a)", "h)", "1.1", "·". */
export const Point = z
  .object({
    label: z.string().nullable(),
    text: z.string(),
    speaker: Person.optional(),
    position: Position.optional(),
  })
  .meta({ id: 'Point' });

/** What a block was read as, inside an item or before the first item. */
export const BlockPart = z.enum([
  'meeting',
  'attendance',
  'declarations',
  'purpose',
  'documents',
  'minutes',
  'question',
  'comment',
  'resolution',
]);

/**
 * A paragraph, list, heading or table of the source, with its text as printed (invisible
 * characters removed, whitespace runs collapsed). Blocks hold every line of the input.
 */
export const Block = z
  .object({
    type: z.enum(['paragraph', 'list', 'heading', 'table']),
    text: z.string(),
    points: z.array(Point).optional(),
    /** A table's rows cell by cell, where the copy printed its columns apart (every row with as many cells). */
    cells: z.array(z.array(z.string())).optional(),
    part: BlockPart.optional(),
    position: Position,
  })
  .meta({ id: 'Block' });

export const Outcome = z.enum([
  'noted',
  'approved',
  'agreed',
  'resolved',
  'carried',
  'lost',
  'rejected',
  'deferred',
  'withdrawn',
  'referred',
  'other',
]);

export const Votes = z.object({
  for: z.int().min(0).nullable(),
  against: z.int().min(0).nullable(),
  abstain: z.int().min(0).nullable(),
  absent: z.int().min(0).nullable().optional(),
});

/**
 * A decision. `outcome` is what it means; `outcomeText` is the outcome as printed ("Carried
 * Unanimously, By All Members Present", "RESOLVED", "APPROVED [UNANIMOUS]"), null when no
 * wording states it; `reference` is the resolution's number or reference as printed
 * ("449/2019", "CR2021-017"), null when none is.
 */
export const Resolution = z
  .object({
    text: z.string(),
    outcome: Outcome.nullable(),
    outcomeText: z.string().nullable().optional(),
    reference: z.string().nullable().optional(),
    movedBy: Person.nullable(),
    secondedBy: Person.nullable(),
    votes: Votes.nullable(),
    position: Position.optional(),
  })
  .meta({ id: 'Resolution' });

/** Who put a question: a member, a member of the public (asked as printed), a supplementary, or other. */
export const QuestionKind = z.enum(['member', 'public', 'supplementary', 'other']);

/**
 * A question put at the meeting and what was answered. `askedBy` is null when the record does not
 * say who asked (Portsmouth's "Members' questions", a written reply); `question` and `answer` are
 * the texts as printed, null when not recorded; an answer given as points is in `answers`, with
 * `intro` the sentence that introduces them. A supplementary question names the question it
 * follows by its index in the item's questions.
 */
export const Question = z
  .object({
    askedBy: Person.nullable().optional(),
    answeredBy: z.array(Person),
    intro: z.string().nullable(),
    answers: z.array(Point),
    kind: QuestionKind.optional(),
    question: z.string().nullable().optional(),
    answer: z.string().nullable().optional(),
    follows: z.int().min(0).nullable().optional(),
    position: Position.optional(),
  })
  .meta({ id: 'Question' });

export const Comment = z
  .object({
    speaker: Person.nullable(),
    text: z.string(),
    points: z.array(Point),
    position: Position.optional(),
  })
  .meta({ id: 'Comment' });

export const AttachedDocument = z.object({
  title: z.string(),
  format: z.string().nullable(),
  size: z.string().nullable(),
  /** The link's target as written in an HTML page or Word document, when the document was a link. */
  href: z.string().optional(),
});

export const Item = z
  .object({
    /** Stable within the document: "item-15" when numbered, else "item-" + (order + 1). */
    id: z.string(),
    /** 0-based position in the document. */
    order: z.int().min(0),
    /** As printed, without a trailing "." or ":" ("15", "77/21", "4.A"); null when not printed. */
    number: z.string().nullable(),
    /** As printed, without attachment artefacts such as "pdf icon PDF 125 KB". */
    title: z.string().nullable(),
    /** The heading line(s) as printed, artefacts included; null when the heading was lost. */
    heading: Block.nullable(),
    /** A file, record or decision reference printed with the item that is not its number. */
    reference: z.string().nullable(),
    /** The id of the section heading that groups this item ("Consent Calendar"), if any. */
    section: z.string().nullable(),
    documents: z.array(AttachedDocument),
    /** What the agenda says the item is for. */
    purpose: z.string().nullable(),
    /** Everything recorded under the item, in order; each block says which part it was read as. */
    minutes: z.array(Block),
    questions: z.array(Question),
    comments: z.array(Comment),
    resolutions: z.array(Resolution),
    /** The text is cut off (the document ends, or "... view the full minutes text"). */
    truncated: z.boolean(),
    position: Position,
  })
  .meta({ id: 'Item' });

export const Section = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    /** The heading and any text printed under it before its first item. */
    blocks: z.array(Block),
    position: Position,
  })
  .meta({ id: 'Section' });

export const Recorded = z.enum(['yes', 'none', 'notRecorded']);

export const Contact = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const Meeting = z.object({
  body: z.string().nullable(),
  /** ISO date, only when printed with a year. */
  date: z.iso.date().nullable(),
  /** 24-hour "HH:MM". */
  time: z
    .string()
    .regex(CLOCK_24)
    .nullable(),
  venue: z.string().nullable(),
  contact: Contact.nullable(),
});

export const Attendance = z.object({
  recorded: Recorded,
  present: z.array(Person),
  apologies: z.array(Person),
  absent: z.array(Person),
  alsoPresent: z.array(Person),
});

export const Declaration = z.object({
  member: Person,
  item: z.string().nullable(),
  interest: z.string(),
  position: Position.optional(),
});

export const Declarations = z.object({
  recorded: Recorded,
  entries: z.array(Declaration),
});

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = z
  .object({
    /** Stable kebab-case id, documented in docs/rules/<code>.md. */
    code: z.string().regex(/^[a-z]+(?:-[a-z0-9]+)*$/),
    severity: Severity,
    message: z.string(),
    position: Position.nullable(),
  })
  .meta({ id: 'Diagnostic' });

export const Kind = z.enum(['minutes', 'agenda', 'item', 'decision', 'report']);
export const Format = z.enum(['text', 'markdown', 'pdf', 'html', 'docx']);

export const Source = z.object({
  name: z.string().nullable(),
  format: Format,
  encoding: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.int().min(1).nullable(),
});

export const Document = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: Kind,
    source: Source,
    /** A merged document's inputs, the meeting first, then each item page as given; positions name them by index. */
    sources: z.array(Source).optional(),
    meeting: Meeting,
    attendance: Attendance,
    declarations: Declarations,
    /** Text before the first item that was read as the meeting header, attendance or declarations. */
    preamble: z.array(Block),
    sections: z.array(Section),
    items: z.array(Item),
    /** Text kept but not placed anywhere else. */
    unclassified: z.array(Block),
    /** Running page headers and footers removed from the text (PDFs and PDF conversions). */
    furniture: z.array(Block),
    diagnostics: z.array(Diagnostic),
  })
  .meta({
    id: 'MinutesDocument',
    title: 'minutes document',
    description: 'A meeting agenda, minutes, decision list or committee report as structured data.',
  });

export type SourcePoint = z.infer<typeof SourcePoint>;
export type Position = z.infer<typeof Position>;
export type Person = z.infer<typeof Person>;
export type Point = z.infer<typeof Point>;
export type BlockPart = z.infer<typeof BlockPart>;
export type Block = z.infer<typeof Block>;
export type Outcome = z.infer<typeof Outcome>;
export type Votes = z.infer<typeof Votes>;
export type Resolution = z.infer<typeof Resolution>;
export type QuestionKind = z.infer<typeof QuestionKind>;
export type Question = z.infer<typeof Question>;
export type Comment = z.infer<typeof Comment>;
export type AttachedDocument = z.infer<typeof AttachedDocument>;
export type Item = z.infer<typeof Item>;
export type Section = z.infer<typeof Section>;
export type Recorded = z.infer<typeof Recorded>;
export type Contact = z.infer<typeof Contact>;
export type Meeting = z.infer<typeof Meeting>;
export type Attendance = z.infer<typeof Attendance>;
export type Declaration = z.infer<typeof Declaration>;
export type Declarations = z.infer<typeof Declarations>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Kind = z.infer<typeof Kind>;
export type Format = z.infer<typeof Format>;
export type Source = z.infer<typeof Source>;
export type Document = z.infer<typeof Document>;
