// fast-check arbitraries for minutes text: arbitrary Unicode (grapheme and binary units, never
// the ASCII default), line soups of the phrases recognizers look for, Markdown soups, and real
// documents mutated the ways copies break them. Values are small records (fixture name and
// mutation list, not the whole text), so a counterexample prints short and replays exactly.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { ENCODINGS, type TestEncoding } from './encodings.js';

export const FIXTURES_DIR = new URL('../../fixtures/encodings/', import.meta.url);

/** The real documents of fixtures/encodings/ (UTF-8, LF), by file name. */
export const realDocuments: ReadonlyMap<string, string> = new Map(
  readdirSync(FIXTURES_DIR)
    .filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'SOURCES.md')
    .sort()
    .map((f) => [f, readFileSync(new URL(f, FIXTURES_DIR), 'utf8')]),
);

/**
 * The seed `npm test` runs with, so that CI passes or fails on the code, not on the draw.
 * `FC_SEED=random` explores new cases (with FC_RUNS_SCALE=10, many); a failure prints its seed
 * and path, which FC_SEED / FC_PATH replay. Each case exploration finds is fixed at its cause
 * and kept as a regression case (test/markdown-round-trip.test.ts, `foundByExploration`).
 */
const DEFAULT_SEED = 1;

/** fast-check parameters: FC_SEED / FC_PATH replay a reported failure, FC_RUNS_SCALE runs more (or fewer). */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FC_RUNS_SCALE ?? '1');
  const params: fc.Parameters<unknown> = { numRuns: Math.max(1, Math.round(numRuns * (scale > 0 ? scale : 1))) };
  const seed = process.env.FC_SEED ?? String(DEFAULT_SEED);
  if (seed !== 'random') params.seed = Number(seed);
  if (process.env.FC_PATH) params.path = process.env.FC_PATH;
  return params;
}

export const graphemeString = (maxLength = 200) => fc.string({ unit: 'grapheme', maxLength });
export const binaryString = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });

export const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
export const encoding: fc.Arbitrary<TestEncoding> = fc.constantFrom(...ENCODINGS);
/** The Unicode encodings only (Windows-1252 apart, so that a decoding bug does not hide segmentation bugs). */
export const unicodeEncoding: fc.Arbitrary<TestEncoding> = fc.constantFrom(...ENCODINGS.filter((e) => e !== 'windows-1252'));

/** `text` with `insert` put in at code point `at` (modulo), never inside a surrogate pair. */
export function insertAt(text: string, at: number, insert: string): string {
  const chars = Array.from(text);
  const k = at % (chars.length + 1);
  return chars.slice(0, k).join('') + insert + chars.slice(k).join('');
}

/** `text` cut in two at code point `at` (modulo). */
function cutAt(text: string, at: number): [string, string] {
  const chars = Array.from(text);
  const k = at % (chars.length + 1);
  return [chars.slice(0, k).join(''), chars.slice(k).join('')];
}

/** Spaces and invisible characters that copies from web pages and PDFs carry. */
export const oddSpace = fc.constantFrom('\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\t', '\u2002', '\u2009', '\u202f', '\u3000', '  ');

/** Labels that start item headings and points, as printed. */
export const labels = [
  '1.', '15.', '2)', '3', '77/21', 'C048/23', 'MM21/03', '05/24-1', '4.A', '4A', '5.1', '4.01', '6.5.4',
  'Item 6', 'ITEM 4A', 'Agenda Item No. 6.1', 'A-1', 'A.', 'B)', 'IV.', 'I.', 'a)', 'h)', '(a)', '(iv)', 'i.',
  '1.1', '10)', '·', '•', '▪', '-', '*', 'o', '–', '\uf0b7',
];

/** Phrases the recognizers look for, from real minutes. */
export const phrases = [
  'Agenda and minutes', 'Agenda item', 'No. Item', 'Minutes:', 'Purpose', 'Decision:', 'Additional documents:',
  'Cabinet Member for Children, Families and Education - Thursday, 25th July, 2024 4.00 pm',
  'Venue: Council Chamber - The Guildhall, Portsmouth. View directions',
  'Contact: Karen Martin, Local Democracy Officer  Email: or Tel: 023 9284 1704',
  'Present: Councillors Smith (Chair), Jones and Brown', 'Apologies for absence', 'Apologies were received from Councillor Brown.',
  'Declarations of Members\u2019 Interests', 'There were no declarations of interest.', 'Councillor Laing declared a personal interest in item 5.',
  'Regional Care Co-operative pdf icon PDF 125 KB', 'Report of the Director pdf icon PDF 1 MB',
  '... view the full minutes text for item 15', 'Councillor Laing (Deputy Leader) added:', 'The Cabinet Member:',
  'Members\u2019 questions', 'In response to questions from members, officers clarified:',
  'RESOLVED that the report be noted.', 'RESOLVED:', 'Resolved \u2013 That the minutes be approved as a correct record.',
  'Cabinet agreed to the recommendations.', 'The report was noted.', 'Moved by Councillor Smith, seconded by Councillor Jones',
  'MOVED: Cr Smith SECONDED: Cr Jones', 'Motion carried', 'CARRIED', 'LOST', 'For: 5, Against: 2, Abstain: 1',
  'That the item be deferred to the next meeting.', 'Title of meeting: Cabinet', 'Date of meeting: 21 March 2017',
  'Subject: Budget 2024/25', 'Report by: Director of Finance', 'Recommendations', 'CONSENT CALENDAR', 'ROLL CALL',
  'PLEDGE OF ALLEGIANCE', 'CALL TO ORDER', 'ADJOURNMENT', 'Page 3 of 12', 'Decision Maker: Cabinet', 'Meeting date: 22/01/2019',
  'The meeting closed at 9.15 pm.', 'Approval of Minutes', 'Yes/No', '[insert date]', '.....',
  'Title ........................................ 5', 'Item Number        Type of Information',
  'In some areas, placements may cost up to \u00a360,000 per week.', 'R\u00e9sum\u00e9 of the caf\u00e9 \u201cproposal\u201d \u2018agreed\u2019',
];

/** One line of a minutes-like soup: a label, a phrase or random text, odd spacing around it. */
export const soupLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...labels), { freq: 2 }),
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...phrases) },
      { weight: 2, arbitrary: graphemeString(60) },
      { weight: 1, arbitrary: binaryString(30) },
    ),
    fc.constantFrom(' ', '\t', '', '\u00a0', '  '),
    fc.option(oddSpace, { freq: 3 }),
    fc.nat(),
  )
  .map(([label, text, sep, odd, at]) => {
    const line = label === null ? text : `${label}${sep}${text}`;
    return odd === null ? line : insertAt(line, at, odd);
  });

/** A flattened agenda (OCR or a web viewer put it on one line): "… A. PUBLIC HEARINGS A-1 ORDINANCE …". */
export const flattenedLine: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('A.', 'A-1', 'A-2', 'B.', 'B-1', 'C.', 'C-1', 'C-2', 'D.', 'ROLL CALL', 'PLEDGE OF ALLEGIANCE', 'AGENDA', 'INVOCATION', 'MINUTES -', 'ADJOURNMENT'),
      fc.constantFrom('PUBLIC HEARINGS', 'ORDINANCE NO. 277', 'LUTHERAN CHURCH', 'Members of the public spoke in favour.', 'Motion carried 4-1.'),
      graphemeString(20),
    ),
    { minLength: 30, maxLength: 90 },
  )
  .map((words) => words.join(' '));

/** Lines joined by random line endings, with blank-line runs. */
export const joinLines = (lines: fc.Arbitrary<string[]>): fc.Arbitrary<string> =>
  fc
    .tuple(lines, fc.array(fc.tuple(lineEnding, fc.nat({ max: 3 })), { minLength: 1, maxLength: 50 }))
    .map(([ls, endings]) => ls.map((l, i) => { const [eol, blanks] = endings[i % endings.length]!; return l + eol.repeat(blanks + 1); }).join(''));

/** Minutes-like text: soup lines, now and then a flattened agenda line. */
export const minutesSoup: fc.Arbitrary<string> = joinLines(
  fc.array(fc.oneof({ weight: 12, arbitrary: soupLine }, { weight: 1, arbitrary: flattenedLine }), { maxLength: 40 }),
);

/** Markdown as PDF and web converters write it. */
export const markdownPieces = [
  '# Minutes', '## 1. Apologies', '### Item 4.A Budget', '**Title of meeting:** Cabinet', '**Date of meeting:** 21 March 2017',
  '**RESOLVED** that the report be noted.', '| No. | Item | Decision |', '|---|:---:|---|', '| 1 | Apologies | Noted |',
  '| 2 | Minutes | **Approved** |', '- first point', '* second point', '1. numbered point', '2) numbered point', '   - nested point',
  '> quoted text', '```', '~~~', '---', '***', '___', 'Setext heading', '===', '<br>', 'one<br>two', 'x<sup>1</sup>',
  '<u>underlined</u>', '<div>', '</div>', '<!-- comment -->', '[link text](http://example.org/a)', '![alt text](img.png)',
  '[^1]', '[^1]: the note', '[ref]: http://example.org "title"', '    indented code', '\\*not emphasis\\*', '&amp; &copy; &#8217;',
  '- [ ] task', '- [x] done', '~~struck~~', 'line with trailing spaces  ', 'hard\\', 'a\u00a0b\u200bc',
];

/** A Markdown document of converter pieces, phrases and random text. */
export const markdownSoup: fc.Arbitrary<string> = joinLines(
  fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...markdownPieces) },
      { weight: 3, arbitrary: soupLine },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '**', '- ', '1. ', '| ', '> '), graphemeString(40)).map(([a, b]) => a + b) },
    ),
    { maxLength: 40 },
  ),
);

// ---- mutations of real documents ----

export type Mutation =
  | { op: 'shuffle'; seed: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'duplicate'; at: number; to: number }
  | { op: 'delete'; at: number }
  | { op: 'prefix'; at: number; label: string; sep: string }
  | { op: 'insert-char'; at: number; column: number; char: string }
  | { op: 'insert-line'; at: number; text: string }
  | { op: 'split'; at: number; column: number }
  | { op: 'join'; at: number }
  | { op: 'blank'; at: number; count: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('prefix' as const), at: fc.nat(), label: fc.constantFrom(...labels), sep: fc.constantFrom(' ', '\t', '', '\u00a0') }),
  fc.record({ op: fc.constant('insert-char' as const), at: fc.nat(), column: fc.nat(), char: oddSpace }),
  fc.record({ op: fc.constant('insert-line' as const), at: fc.nat(), text: fc.oneof(soupLine, graphemeString(80), binaryString(40)) }),
  fc.record({ op: fc.constant('split' as const), at: fc.nat(), column: fc.nat() }),
  fc.record({ op: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('blank' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
);

/** A small deterministic generator for the 'shuffle' mutation (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The lines of `text` after the mutations, in order. */
export function mutate(text: string | string[], mutations: readonly Mutation[]): string[] {
  const lines = typeof text === 'string' ? text.split(/\r\n|\r|\n/) : [...text];
  const index = (n: number) => (lines.length === 0 ? 0 : n % lines.length);
  for (const m of mutations) {
    switch (m.op) {
      case 'shuffle': {
        const next = random(m.seed);
        for (let i = lines.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        break;
      }
      case 'swap': {
        const a = index(m.a);
        const b = index(m.b);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        break;
      }
      case 'duplicate':
        lines.splice(index(m.to), 0, lines[index(m.at)] ?? '');
        break;
      case 'delete':
        lines.splice(index(m.at), 1);
        break;
      case 'prefix': {
        const i = index(m.at);
        lines[i] = `${m.label}${m.sep}${lines[i] ?? ''}`;
        break;
      }
      case 'insert-char': {
        const i = index(m.at);
        lines[i] = insertAt(lines[i] ?? '', m.column, m.char);
        break;
      }
      case 'insert-line':
        lines.splice(index(m.at), 0, m.text);
        break;
      case 'split': {
        const i = index(m.at);
        lines.splice(i, 1, ...cutAt(lines[i] ?? '', m.column));
        break;
      }
      case 'join': {
        const i = index(m.at);
        if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]} ${lines[i + 1]}`);
        break;
      }
      case 'blank':
        lines.splice(index(m.at), 0, ...Array<string>(m.count).fill(''));
        break;
    }
  }
  return lines;
}

export interface MutatedDocument {
  name: string;
  /** Only these lines of the document (a long document cut to a window, as copies cut it), or all. */
  window: { from: number; length: number } | null;
  mutations: Mutation[];
  /** One line ending for the whole file, or 'mixed' (each line its own). */
  ending: '\n' | '\r\n' | '\r' | 'mixed';
  encoding: TestEncoding;
}

/** A real document (of those `filter` accepts) mutated, with its line endings and encoding switched. */
export const mutatedDocument = (
  filter: (name: string) => boolean = () => true,
  encodings: fc.Arbitrary<TestEncoding> = encoding,
  maxWindow: number | null = null,
): fc.Arbitrary<MutatedDocument> =>
  fc.record({
    name: fc.constantFrom(...[...realDocuments.keys()].filter(filter)),
    window: maxWindow === null ? fc.constant(null) : fc.record({ from: fc.nat(), length: fc.integer({ min: 1, max: maxWindow }) }),
    mutations: fc.array(mutation, { maxLength: 8 }),
    ending: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const, 'mixed' as const),
    encoding: encodings,
  });

/** The text of a mutated document (before encoding). */
export function mutatedText(doc: MutatedDocument): string {
  let all = realDocuments.get(doc.name)!.split(/\r\n|\r|\n/);
  if (doc.window) {
    const from = doc.window.from % all.length;
    all = all.slice(from, from + doc.window.length);
  }
  const lines = mutate(all, doc.mutations);
  if (doc.ending !== 'mixed') return lines.join(doc.ending);
  const endings = ['\n', '\r\n', '\r'];
  return lines.map((l, i) => l + (i + 1 < lines.length ? endings[i % 3]! : '')).join('');
}

// ---- generated minutes: well-formed documents from their parts ----

const bodies = ['Cabinet', 'Planning Committee', 'Full Council', 'Licensing Sub-Committee', 'Board of Trustees'];
const itemTitles = [
  'Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Budget 2024/25',
  'Regional Care Co-operative', 'Public questions', 'Highways *maintenance* programme', 'Review of [draft] policy #3',
  'Report of the Director of Finance', 'Any other business', 'Exclusion of the press and public', 'Library opening hours',
];
const sentences = [
  'The Committee considered the report of the Director.', 'Members discussed the options set out in the report.',
  'In some areas, placements may cost up to \u00a360,000 per week.', 'The officer answered questions from members.',
  'It was noted that the consultation closes in March.', 'A member asked whether the figures included inflation.',
];
const decisions = [
  'RESOLVED that the report be noted.', 'RESOLVED that the minutes be approved as a correct record.',
  'The report was noted.', 'Cabinet agreed to the recommendations.', 'That the item be deferred to the next meeting. LOST',
];
const people = ['Councillor Smith', 'Councillor Jones', 'Councillor Laing (Deputy Leader)', 'Cllr L Turner (Chair)'];

/** One item: its numbered heading, some text, lettered points, a speaker, a decision. */
const generatedItem = fc.record({
  title: fc.constantFrom(...itemTitles),
  text: fc.array(fc.constantFrom(...sentences), { maxLength: 3 }),
  points: fc.array(fc.constantFrom(...sentences), { maxLength: 3 }),
  speaker: fc.option(fc.constantFrom(...people)),
  mover: fc.option(fc.tuple(fc.constantFrom(...people), fc.constantFrom(...people))),
  decision: fc.option(fc.constantFrom(...decisions)),
});

/** Minutes as a council web page prints them: header, attendance, numbered items. */
export const generatedMinutes: fc.Arbitrary<string> = fc
  .record({
    body: fc.constantFrom(...bodies),
    day: fc.integer({ min: 1, max: 28 }),
    present: fc.array(fc.constantFrom('Smith', 'Jones', 'Brown', 'Davis', 'Eni'), { minLength: 1, maxLength: 4 }),
    apologies: fc.option(fc.constantFrom('Councillor Wayne', 'Councillor Patel')),
    numbering: fc.constantFrom('1.', '1', 'Item 1', '77/21'),
    items: fc.array(generatedItem, { minLength: 1, maxLength: 6 }),
  })
  .map(({ body, day, present, apologies, numbering, items }) => {
    const number = (k: number) =>
      numbering === '77/21' ? `${77 + k}/21` : numbering === 'Item 1' ? `Item ${k + 1}` : `${k + 1}${numbering === '1.' ? '.' : ''}`;
    const lines = [
      `${body} - Tuesday, ${day}th March, 2024 7.00 pm`,
      'Venue: Council Chamber, Town Hall',
      `Present: Councillors ${present.join(', ')}`,
      ...(apologies ? [`Apologies: ${apologies}`] : []),
      '',
    ];
    items.forEach((it, k) => {
      lines.push(`${number(k)} ${it.title}`, '', ...it.text);
      it.points.forEach((p, n) => lines.push(`(${String.fromCharCode(97 + n)}) ${p}`));
      if (it.speaker) lines.push(`${it.speaker} said that the proposal was welcome.`);
      if (it.mover) lines.push(`Moved by ${it.mover[0]}, seconded by ${it.mover[1]}.`);
      if (it.decision) lines.push(it.decision);
      lines.push('');
    });
    return lines.join('\n');
  });

// ---- realistic minutes: the layouts councils print, built from parts ----

/** How a document prints its item headings. */
type HeadingStyle = 'plain' | 'caps' | 'markdown' | 'bold' | 'tab';
const headingStyles: HeadingStyle[] = ['plain', 'caps', 'markdown', 'bold', 'tab'];

/** Words with odd Unicode that copies carry: accents, macrons, curly quotes, dashes, ligatures, NBSP. */
const oddWords = ['Māori', 'Pìtau', 'café', 'Ōtaki', '“draft”', '‘agreed’', '– ', 'ﬁnance', 'Jones\u00a0(Chair)', 'Cllr\u2009Smith', '£60,000', '€5m', 'naïve', 'Ærø', 'O’Neill', '½', '№ 5', 'Straße'];
const decisionLines = [
  'RESOLVED that the report be noted.', 'RESOLVED: That the minutes be approved as a correct record.', 'Resolved – That the item be deferred.',
  'That the Council receives this report.', 'That the Board: 1. Note the contents of this report.', 'It was agreed that the matter be referred to the working group.',
];
const outcomes = ['CARRIED', 'Carried', 'CARRIED UNANIMOUSLY', 'Adopted', 'LOST', 'Motion carried 5-2.', 'Agreed', 'Approved.'];

const sentence = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...sentences) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...oddWords, 'the', 'report', 'was', 'noted', 'and', 'members', 'asked'), { minLength: 3, maxLength: 10 }).map((w) => `${w.join(' ')}.`) },
);

/** One piece of an item's text. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => ({ kind: 'para' as const, lines: [s.join(' ')] })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ mover: fc.constantFrom(...people), seconder: fc.constantFrom(...people), decision: fc.constantFrom(...decisionLines), outcome: fc.constantFrom(...outcomes), movedFirst: fc.boolean(), labels: fc.boolean() })
      .map(({ mover, seconder, decision, outcome, movedFirst, labels }) => {
        const moved = labels ? [`Moved: ${mover}`, `Seconded: ${seconder}`] : [`Moved by ${mover}, seconded by ${seconder}.`];
        return { kind: 'resolution' as const, lines: movedFirst ? [...moved, decision, outcome] : [decision, ...moved, outcome] };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ asker: fc.constantFrom(...people), q: sentence, a: sentence, style: fc.constantFrom('Question:', 'Q.', 'Question 1:'), answer: fc.constantFrom('Response:', 'Answer:', 'Reply:', 'A.') })
      .map(({ asker, q, a, style, answer }) => ({ kind: 'question' as const, lines: [`Question from ${asker}`, `${style} ${q}`, `${answer} ${a}`] })),
  },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).chain((s) => fc.constantFrom('•', '-', '*', 'o', '\uf0b7', '(a)').map((b) => ({ kind: 'bullets' as const, lines: s.map((t, k) => (b === '(a)' ? `(${String.fromCharCode(97 + k)}) ${t}` : `${b} ${t}`)) }))) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom('Smith', 'Jones', 'Brown', 'Eni'), fc.constantFrom('For', 'Against', 'Abstain')), { minLength: 1, maxLength: 4 })
      .map((rows) => ({ kind: 'table' as const, lines: ['Member        Vote', ...rows.map(([n, v]) => `${n}        ${v}`)] })),
  },
);

const subItem = fc.record({ title: fc.constantFrom(...itemTitles), pieces: fc.array(piece, { maxLength: 2 }) });
const realisticItem = fc.record({ title: fc.constantFrom(...itemTitles), pieces: fc.array(piece, { maxLength: 4 }), subItems: fc.array(subItem, { maxLength: 3 }) });

export interface RealisticMinutes {
  text: string;
  /** Markdown when the headings are printed as Markdown. */
  name: string;
}

/**
 * Minutes as councils print them: a header, attendance, numbered items (with sub-items) whose
 * headings are plain, in capitals, Markdown headings, bold or tab-separated; text, resolutions
 * with movers and outcomes, questions with their labels, bullets, vote tables; running page
 * headers and footers; odd Unicode; LF or CRLF line ends.
 */
export const realisticMinutes: fc.Arbitrary<RealisticMinutes> = fc
  .record({
    body: fc.constantFrom(...bodies),
    day: fc.integer({ min: 1, max: 28 }),
    present: fc.array(fc.constantFrom('Smith', 'Jones', 'Brown', 'Davis', 'Eni', 'Ngata'), { minLength: 1, maxLength: 5 }),
    apologies: fc.option(fc.constantFrom('Councillor Wayne', 'Councillor Patel')),
    style: fc.constantFrom(...headingStyles),
    items: fc.array(realisticItem, { minLength: 1, maxLength: 7 }),
    furniture: fc.option(fc.constantFrom('Council Minutes – 12 March 2024', 'MINUTES OF THE ORDINARY MEETING')),
    pageEvery: fc.integer({ min: 6, max: 30 }),
    gaps: fc.boolean(),
    crlf: fc.boolean(),
    startAt: fc.constantFrom(1, 1, 4),
  })
  .map(({ body, day, present, apologies, style, items, furniture, pageEvery, gaps, crlf, startAt }) => {
    const heading = (label: string, title: string, depth: number) => {
      switch (style) {
        case 'caps':
          return `${label} ${title.toUpperCase()}`;
        case 'markdown':
          return `${'#'.repeat(depth + 2)} ${label} ${title}`;
        case 'bold':
          return `**${label} ${title}**`;
        case 'tab':
          return `${label}\t${title}`;
        default:
          return `${label} ${title}`;
      }
    };
    const blocks: string[][] = [
      [`${body} - Tuesday, ${day}th March, 2024 7.00 pm`, 'Venue: Council Chamber, Town Hall'],
      [`Present: Councillors ${present.join(', ')}`, ...(apologies ? [`Apologies: ${apologies}`] : [])],
    ];
    const escapeMd = (line: string) => (style === 'markdown' || style === 'bold' ? line.replace(/^([*-]) /, '- ').replace(/^o /, '- ') : line);
    items.forEach((item, k) => {
      const n = startAt + k;
      blocks.push([heading(`${n}.`, item.title, 0)]);
      for (const p of item.pieces) blocks.push(p.lines.map(escapeMd));
      item.subItems.forEach((sub, j) => {
        blocks.push([heading(`${n}.${j + 1}`, sub.title, 1)]);
        for (const p of sub.pieces) blocks.push(p.lines.map(escapeMd));
      });
    });
    // Running headers and footers: a page number and the header every few blocks.
    const paged: string[][] = [];
    let page = 1;
    blocks.forEach((b, k) => {
      paged.push(b);
      if (furniture && k > 0 && k % pageEvery === 0) paged.push([`Page ${page++}`], [furniture]);
    });
    const text = paged.map((b) => b.join(gaps ? '\n\n' : '\n')).join('\n\n');
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, name: style === 'markdown' || style === 'bold' ? 'minutes.md' : 'minutes.txt' };
  });
