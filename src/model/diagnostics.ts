// Every diagnostic the tool can emit: a stable kebab-case id, a default severity, a one-line
// description and the wording of its message, in one place. Messages read
// "Unexpected X, expected Y". Stages and rules create diagnostics only through `diagnostic()`,
// and tests assert ids and positions, never sentences.
import type { Diagnostic, Position, Severity } from './schema.js';

interface Spec<A> {
  severity: Severity;
  description: string;
  message: (args: A) => string;
}

const spec = <A = void>(s: Spec<A>): Spec<A> => s;
/** A byte as messages print it: 0xE9. */
export const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

export const catalog = {
  // Input problems: the file is not read as a document (fatal in `parse`, an error in `validate`).
  'file-not-found': spec({
    severity: 'error',
    description: 'The input file does not exist.',
    message: () => 'Unexpected missing file, expected an existing file',
  }),
  'no-files-matched': spec({
    severity: 'error',
    description: 'A folder or glob given to `validate` holds no text, Markdown, PDF, HTML or Word (or, for a glob, JSON) file.',
    message: () => 'Unexpected folder or pattern without documents, expected at least one text, Markdown, PDF, HTML, Word or JSON file',
  }),
  'file-unreadable': spec<{ reason: string }>({
    severity: 'error',
    description: 'The input cannot be read (a directory, no permission).',
    message: ({ reason }) => `Unexpected unreadable input (${reason}), expected a readable file`,
  }),
  'empty-file': spec({
    severity: 'error',
    description: 'The input has no text.',
    message: () => 'Unexpected empty file, expected agenda or minutes text',
  }),
  'binary-file': spec<{ offset: number }>({
    severity: 'error',
    description: 'The input is binary data, not text, Markdown or PDF.',
    message: ({ offset }) => `Unexpected binary data (a control character at offset ${offset}), expected text, Markdown or PDF`,
  }),
  'encoding-mismatch': spec<{ encoding: string; reason: string }>({
    severity: 'error',
    description: 'The input is not text in the encoding `--encoding` names.',
    message: ({ encoding, reason }) => `Unexpected bytes that are not ${encoding} (${reason}), expected text in the encoding --encoding names`,
  }),
  'file-too-large': spec<{ bytes: number; limit: number }>({
    severity: 'error',
    description: 'The input is larger than the --max-bytes limit.',
    message: ({ bytes, limit }) => `Unexpected file of ${bytes} bytes, expected at most ${limit} bytes (--max-bytes)`,
  }),
  'pdf-encrypted': spec({
    severity: 'error',
    description: 'The PDF is encrypted and no password was given.',
    message: () => 'Unexpected encrypted PDF, expected a password (--password-file FILE)',
  }),
  'pdf-bad-password': spec({
    severity: 'error',
    description: 'The password given for an encrypted PDF is wrong.',
    message: () => 'Unexpected wrong password for encrypted PDF, expected the document password',
  }),
  'no-text-layer': spec<{ pages: number }>({
    severity: 'error',
    description: 'The PDF has no text layer (a scan): it needs OCR before it can be read.',
    message: ({ pages }) => `Unexpected PDF without a text layer (${pages} page(s) of images), expected text: run OCR first`,
  }),
  'not-a-pdf': spec<{ found: string }>({
    severity: 'error',
    description: 'A file named .pdf that is not a PDF (no %PDF- header), such as a web page saved under a .pdf name.',
    message: ({ found }) => `Unexpected ${found} in a .pdf file, expected a PDF (it has no %PDF- header)`,
  }),
  'pdf-corrupt': spec<{ reason: string }>({
    severity: 'error',
    description: 'The PDF is damaged or truncated and cannot be read.',
    message: ({ reason }) => `Unexpected damaged PDF (${reason}), expected a readable PDF`,
  }),
  'pdf-timeout': spec<{ seconds: number }>({
    severity: 'error',
    description: 'Reading the PDF took longer than the --timeout deadline.',
    message: ({ seconds }) => `Unexpected PDF still reading after ${seconds}s, expected text within the --timeout deadline`,
  }),
  'pdf-too-many-pages': spec<{ pages: number; limit: number }>({
    severity: 'error',
    description: 'The PDF has more pages than the --max-pages limit.',
    message: ({ pages, limit }) => `Unexpected PDF of ${pages} pages, expected at most ${limit} (--max-pages)`,
  }),
  'html-no-content': spec<{ reason: string }>({
    severity: 'error',
    description: 'The web page has no document text: only navigation and page chrome, or only a login form.',
    message: ({ reason }) => `Unexpected web page with ${reason}, expected agenda or minutes text`,
  }),
  'docx-corrupt': spec<{ reason: string }>({
    severity: 'error',
    description: 'The Word document is not a readable .docx file (not a zip, or a zip without the document).',
    message: ({ reason }) => `Unexpected unreadable Word document (${reason}), expected a .docx file`,
  }),
  'docx-too-large': spec<{ bytes: number; limit: number }>({
    severity: 'error',
    description: 'The Word document unpacks to more than the limit (a zip bomb, or a huge document).',
    message: ({ bytes, limit }) => `Unexpected Word document unpacking to ${bytes} bytes, expected at most ${limit} bytes (--max-bytes)`,
  }),
  'internal-error': spec<{ reason: string }>({
    severity: 'error',
    description: 'A bug in minutes: please report it with the input file.',
    message: ({ reason }) => `Unexpected internal error (${reason}), expected a document: please report this bug`,
  }),

  // Reading.
  'encoding-fallback': spec<{ offset: number; byte: number }>({
    severity: 'warning',
    description: 'The text is not valid UTF-8 and was read as Windows-1252.',
    message: ({ offset, byte }) =>
      `Unexpected byte ${hex(byte)} at byte offset ${offset}, expected UTF-8: read the file as Windows-1252`,
  }),
  'markdown-too-deep': spec<{ limit: number }>({
    severity: 'warning',
    description: 'The Markdown nests lists or block quotes too deep to read as Markdown, so it was read as plain text.',
    message: ({ limit }) =>
      `Unexpected lists or block quotes nested more than ${limit} levels deep, expected at most ${limit}: read the file as plain text`,
  }),

  // Merging item pages into their meeting (`minutes merge`).
  'item-page-unmatched': spec<{ page: string; reason: string }>({
    severity: 'error',
    description: 'An item page given to `merge` matches no item of the meeting (or is of another meeting), so it was not merged.',
    message: ({ page, reason }) => `Unexpected item page "${page}" (${reason}), expected the page of an item of this meeting`,
  }),
  'item-page-ambiguous': spec<{ page: string; reason: string }>({
    severity: 'error',
    description: 'An item page given to `merge` matches more than one item equally well, or shares its item with another page, so it was not merged.',
    message: ({ page, reason }) => `Unexpected item page "${page}" that fits more than one way (${reason}), expected it to match exactly one item`,
  }),
  'item-page-differs': spec<{ page: string; item: string }>({
    severity: 'warning',
    description: 'The meeting\u2019s own text of a merged item is not the start of its item page\u2019s text; both are kept.',
    message: ({ page, item }) =>
      `Unexpected text of ${item} that is not the start of the text of item page "${page}", expected the meeting's excerpt to begin it: both are kept`,
  }),

  // Document structure.
  'item-truncated': spec<{ reason: 'link' | 'end' }>({
    severity: 'error',
    description: 'An item\u2019s text is cut off (a "view the full minutes text" link, or the document ends mid-item).',
    message: ({ reason }) =>
      reason === 'link'
        ? 'Unexpected truncated minutes ("... view the full minutes text"), expected the full text of the item'
        : 'Unexpected end of document in the middle of an item, expected the rest of its text',
  }),
  'document-truncated': spec({
    severity: 'error',
    description: 'The document ends mid-sentence before any item.',
    message: () => 'Unexpected end of document mid-sentence, expected the rest of the text',
  }),
  'unclassified-text': spec<{ lines: number }>({
    severity: 'info',
    description: 'Text that no recognizer placed in the meeting, attendance or an item (kept under `unclassified`).',
    message: ({ lines }) => `Unexpected text outside any item (${lines} line(s)), expected meeting details or an item`,
  }),
  'template-placeholder': spec<{ text: string }>({
    severity: 'warning',
    description: 'Unfilled template text, such as "Yes/No", "....." or "[insert ...]".',
    message: ({ text }) => `Unexpected template placeholder "${text}", expected the filled-in value`,
  }),
  'numbering-duplicate': spec<{ number: string; what: string }>({
    severity: 'warning',
    description: 'Two items or numbered paragraphs carry the same number.',
    message: ({ number, what }) => `Unexpected second ${what} numbered "${number}", expected each number once`,
  }),
  'numbering-gap': spec<{ expected: string; found: string; what: string }>({
    severity: 'warning',
    description: 'Item or paragraph numbers skip a number.',
    message: ({ expected, found, what }) => `Unexpected ${what} number "${found}", expected "${expected}"`,
  }),
  'point-sequence-gap': spec<{ expected: string; found: string }>({
    severity: 'warning',
    description: 'Lettered or numbered points skip a label, such as a), b), d).',
    message: ({ expected, found }) => `Unexpected point "${found}", expected "${expected}"`,
  }),
  'segmentation-suspect': spec<{ kind: 'share'; percent: number; lines: number } | { kind: 'inner-numbers'; numbers: string; item: string }>({
    severity: 'warning',
    description: 'The parse itself looks wrong: one item holds most of a long document, or numbered headings inside an item carry on a sequence of their own (items read as one).',
    message: (args) =>
      args.kind === 'share'
        ? `Unexpected item holding ${args.percent}% of the text of a document of ${args.lines} lines, expected the document split into its items (check the parse)`
        : `Unexpected numbered headings ${args.numbers} inside item ${args.item}, expected each read as an item of its own (check the parse)`,
  }),
  'item-missing-title': spec({
    severity: 'warning',
    description: 'An item has no title (the heading was lost in the copy).',
    message: () => 'Unexpected item without a title, expected the item title as printed',
  }),
  'item-missing-number': spec({
    severity: 'info',
    description: 'An item has no number while other items are numbered.',
    message: () => 'Unexpected item without a number, expected a number like the other items',
  }),
  'item-missing-resolution': spec({
    severity: 'warning',
    description: 'An item of the minutes records no decision (procedural items excepted).',
    message: () => 'Unexpected item without a recorded decision, expected a resolution or outcome',
  }),
  'empty-label': spec<{ label: string }>({
    severity: 'warning',
    description: 'A label such as "Additional documents:" with nothing after it.',
    message: ({ label }) => `Unexpected empty "${label}", expected the text or documents it introduces`,
  }),
  'lost-link': spec<{ text: string }>({
    severity: 'warning',
    description: 'A label whose link text was lost in the copy, such as "Email: or Tel:".',
    message: ({ text }) => `Unexpected label without its value "${text}", expected the linked text`,
  }),
  'meeting-missing-date': spec({
    severity: 'warning',
    description: 'The meeting date is not printed (or not printed with a year).',
    message: () => 'Unexpected meeting without a date, expected the date of the meeting',
  }),
  'attendance-not-recorded': spec({
    severity: 'warning',
    description: 'Minutes that do not record who attended or sent apologies.',
    message: () => 'Unexpected minutes without attendance, expected who was present and apologies',
  }),
  'declarations-not-recorded': spec({
    severity: 'warning',
    description: 'Minutes that do not record declarations of interest (not even "none").',
    message: () => 'Unexpected minutes without declarations of interest, expected declarations or "none"',
  }),
  'schema-violation': spec<{ path: string; problem: string }>({
    severity: 'error',
    description: 'A JSON document does not match the minutes JSON Schema.',
    message: ({ path, problem }) => `Unexpected value at ${path || 'the top level'} (${problem}), expected the minutes schema`,
  }),
} as const;

export type DiagnosticCode = keyof typeof catalog;
type ArgsOf<C extends DiagnosticCode> = Parameters<(typeof catalog)[C]['message']>[0];

export const isDiagnosticCode = (code: string): code is DiagnosticCode => Object.hasOwn(catalog, code);

/** The message of `code` with `args`, at its default severity. */
export function diagnostic<C extends DiagnosticCode>(code: C, args: ArgsOf<C>, position: Position | null = null): Diagnostic {
  const entry = catalog[code] as Spec<ArgsOf<C>>;
  return { code, severity: entry.severity, message: entry.message(args), position };
}
