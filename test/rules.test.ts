// The rules: each one's ok/not-ok examples run (and match its docs page), every diagnostic id
// is documented, and the rules report the right ids at the right places on real documents.
// Tests assert ids and positions, never wording.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, lint } from '../src/check/index.js';
import { docsUrl, type Examples } from '../src/check/rule.js';
import { rules } from '../src/check/rules/index.js';
import { catalog } from '../src/model/diagnostics.js';
import type { Diagnostic } from '../src/model/schema.js';
import { parse, parseFile } from '../src/parse.js';

const root = new URL('../', import.meta.url);
const docPath = (id: string) => new URL(`docs/rules/${id}.md`, root);

/** Examples are text; `encoding` says which bytes they stand for (Windows-1252: one byte a character). */
const bytesOf = (text: string, encoding: Examples['encoding']) => (encoding === 'windows-1252' ? Buffer.from(text, 'latin1') : text);

/** "id@line:column" of each message, "id@file" for whole-file messages. */
const at = (messages: readonly Diagnostic[], id?: string) =>
  messages.filter((m) => id === undefined || m.code === id).map((m) => `${m.code}@${m.position ? `${m.position.start.line}:${m.position.start.column}` : 'file'}`);

/** The fenced block under a "### heading" of a docs page. */
function fenced(markdown: string, heading: string): string | null {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  if (start < 0) return null;
  const open = markdown.indexOf('```text\n', start);
  const close = markdown.indexOf('```', open + 8);
  return open < 0 || close < 0 ? null : markdown.slice(open + 8, close);
}

describe('the rule registry', () => {
  it('lists each rule once, each with a catalog entry and a file of its own', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(catalog[rule.id].severity).toBe(rule.severity);
      expect(rule.url).toBe(docsUrl(rule.id));
      expect(existsSync(new URL(`src/check/rules/${rule.id}.ts`, root)), rule.id).toBe(true);
    }
  });

  it('documents every diagnostic id in docs/rules/<id>.md with its description', () => {
    for (const [id, entry] of Object.entries(catalog)) {
      const path = docPath(id);
      expect(existsSync(path), `docs/rules/${id}.md`).toBe(true);
      const markdown = readFileSync(path, 'utf8');
      expect(markdown.startsWith(`# ${id}\n`), id).toBe(true);
      expect(markdown, id).toContain(entry.description);
    }
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('reports its not-ok example and not its ok example', async () => {
    const notOk = await parse(bytesOf(rule.examples.notOk, rule.examples.encoding));
    const ok = await parse(bytesOf(rule.examples.ok, rule.examples.encoding));
    expect(at(notOk.diagnostics, id).length).toBeGreaterThan(0);
    expect(at(ok.diagnostics, id)).toEqual([]);
  });

  it('has its examples and where they are reported in its docs page', async () => {
    const markdown = readFileSync(docPath(id), 'utf8');
    expect(fenced(markdown, 'Not OK')).toBe(rule.examples.notOk);
    expect(fenced(markdown, 'OK')).toBe(rule.examples.ok);
    expect(markdown).toContain(`Default severity: **${rule.severity}**`);
    const notOk = await parse(bytesOf(rule.examples.notOk, rule.examples.encoding));
    const places = at(notOk.diagnostics, id).map((s) => s.slice(id.length + 1));
    const sentence = places.map((p) => (p === 'file' ? 'the whole file' : `\`${p}\``)).join(', ');
    expect(markdown).toContain(`Reported: ${sentence}.`);
  });
});

const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['Agenda and minutes', '', 'Parish Council - Tuesday, 10th December, 2024 7.00 pm', '', 'Present: Cllr L Turner (Chair), Cllr V Allen', ''];
const minutes = (...items: string[]) => text(...head, '1. Declaration of Interests', 'There were no declarations of interest.', ...items);

describe('rules on documents', () => {
  it('seed 004: the second "3.2" and every template placeholder, each at its place', async () => {
    const document = await parseFile(new URL('fixtures/seed-004/input.txt', root).pathname);
    expect(at(document.diagnostics, 'numbering-duplicate')).toEqual(['numbering-duplicate@49:3']);
    const placeholders = at(document.diagnostics, 'template-placeholder');
    expect(placeholders).toEqual(expect.arrayContaining(['template-placeholder@17:1', 'template-placeholder@19:1', 'template-placeholder@117:12']));
    expect(placeholders.filter((p) => p.includes('@143:'))).toHaveLength(3);
  });

  it('item-truncated: at the "view the full minutes text" line, else at the last block', async () => {
    const linked = await parse(minutes('2. Finance', 'The Clerk reported.', 'RESOLVED that the payments be agreed.', 'The Chair ... view the full minutes text for item 2.'));
    expect(at(linked.diagnostics, 'item-truncated')).toEqual(['item-truncated@12:1']);
    const ended = await parse(minutes('2. Finance', 'RESOLVED that the payments be agreed.', 'The Clerk reported that the accounts for the year were in'));
    expect(at(ended.diagnostics, 'item-truncated')).toEqual(['item-truncated@11:1']);
  });

  it('numbering-gap: items, sub-items and numbered paragraphs', async () => {
    const items = await parse(minutes('2. Finance', 'RESOLVED that the payments be agreed.', '2.1 Payments', 'RESOLVED that the payments be agreed.', '2.3 Banking', 'RESOLVED that the mandate be agreed.'));
    expect(items.diagnostics.filter((d) => d.code === 'numbering-gap').map((d) => [d.position?.start.line, d.message.includes('"2.2"')])).toEqual([[13, true]]);
    const paragraphs = await parse(
      text('Title of meeting: Cabinet', '', 'Date of meeting: 6 February 2024', '', 'Subject: Parks', '', '3.1 The first paragraph of the report.', '3.3 The third paragraph of the report.'),
    );
    expect(at(paragraphs.diagnostics, 'numbering-gap')).toEqual(['numbering-gap@8:1']);
    const lettered = await parse(text(...head, 'C-1 WATER REPORT', 'RESOLVED that the report be noted.', 'C-3 WELL STUDY', 'RESOLVED that the study be noted.'));
    expect(lettered.diagnostics.filter((d) => d.code === 'numbering-gap').map((d) => [d.position?.start.line, d.message.includes('"C-2"')])).toEqual([[9, true]]);
  });

  it('point-sequence-gap: "i)" after "h)" is a letter, not a roman numeral', async () => {
    const points = ['a) One.', 'b) Two.', 'c) Three.', 'd) Four.', 'e) Five.', 'f) Six.', 'g) Seven.', 'h) Eight.', 'i) Nine.', 'j) Ten.'];
    const document = await parse(minutes('2. Finance', 'The Clerk reported:', '', ...points, '', 'RESOLVED that the payments be agreed.'));
    expect(at(document.diagnostics, 'point-sequence-gap')).toEqual([]);
  });

  it('template-placeholder: not a table of contents\u2019 dot leader, nor a longer list of words', async () => {
    const document = await parse(minutes('2. Finance', 'Apologies .......... 3', 'The motion was carried/agreed/passed.', 'RESOLVED that the payments be agreed.'));
    expect(at(document.diagnostics, 'template-placeholder')).toEqual([]);
  });

  it('item-missing-resolution: not for procedural items nor for an item heading its sub-items', async () => {
    const document = await parse(minutes('2. Finance', '2.1 Payments', 'RESOLVED that the payments be agreed.', '3. Public Forum', 'There were no members of the public present.'));
    expect(at(document.diagnostics, 'item-missing-resolution')).toEqual([]);
  });

  it('item-missing-resolution: not where the wording records an outcome or that there was nothing to decide', async () => {
    const decided = ['CARRIED', 'Motion passed unanimously.', 'It was agreed that the Clerk obtain three quotes.', 'The minutes were approved as a true record.'];
    for (const wording of decided) {
      const document = await parse(minutes('2. Finance', 'The Clerk reported on the accounts.', wording));
      expect(at(document.diagnostics, 'item-missing-resolution'), wording).toEqual([]);
    }
    const nothing = await parse(minutes('2. Petitions', 'There were no petitions.', '3. PUBLIC HEARINGS - NONE', '4. Ngā Tamōtanga | Apologies', 'None.', '5. To receive and consider accepting apologies for absence', 'Cllr Smith sent her apologies.'));
    expect(at(nothing.diagnostics, 'item-missing-resolution')).toEqual([]);
    const undecided = await parse(minutes('2. Finance', 'The Clerk reported on the accounts.', 'Members discussed the figures.'));
    expect(at(undecided.diagnostics, 'item-missing-resolution')).toEqual(['item-missing-resolution@9:1']);
  });

  it('attendance-not-recorded: not where a roll call, a present list or a member list is printed', async () => {
    const top = ['Parish Council - Tuesday, 10th December, 2024 7.00 pm', ''];
    const body = ['1. Declaration of Interests', 'There were no declarations of interest.', '2. Finance', 'RESOLVED that the payments be agreed.'];
    const recorded = [
      ['o Commissioners Present: Anthony Smith, Zach Jones, Melaina Brown', ''],
      ['Councillors D Risk (Chairman), P Summers, C McArthur and K Churchill', ''],
    ];
    for (const lines of recorded) {
      const document = await parse(text(...top, ...lines, ...body));
      expect(document.kind).toBe('minutes');
      expect(at(document.diagnostics, 'attendance-not-recorded'), lines[0]).toEqual([]);
    }
    const rollCall = await parse(text(...top, '1. Roll Call', 'Mayor Roe called the meeting to order. Voting order: McGehee, Willmus and Roe.', ...body.slice(2)));
    expect(at(rollCall.diagnostics, 'attendance-not-recorded')).toEqual([]);
    const none = await parse(text(...top, ...body));
    expect(at(none.diagnostics, 'attendance-not-recorded')).toEqual(['attendance-not-recorded@file']);
  });

  it('declarations-not-recorded: "none" and declarations recognised in their common wordings', async () => {
    const wordings = [
      'There were no conflict of interest declarations.',
      'Councillor Raciti declared a significant, pecuniary interest in Item 5.',
      'Declarations of interest: None.',
      'No interests were declared.',
    ];
    for (const wording of wordings) {
      const document = await parse(text(...head, '1. Disclosures', wording, '2. Finance', 'RESOLVED that the payments be agreed.'));
      expect(at(document.diagnostics, 'declarations-not-recorded'), wording).toEqual([]);
    }
    const reminder = 'Members were reminded to declare any personal or prejudicial interest they may have.';
    const notRecorded = await parse(text(...head, '1. Disclosures', reminder, '2. Finance', 'RESOLVED that the payments be agreed.'));
    expect(at(notRecorded.diagnostics, 'declarations-not-recorded')).toEqual(['declarations-not-recorded@file']);
  });

  it('segmentation-suspect: one item holding most of a long document; never for a numbered list or a report', async () => {
    const paragraph = 'The Committee considered the report of the Director on the matter and asked a number of questions about it.';
    const long = Array.from({ length: 40 }, () => paragraph);
    const swallowed = await parse(minutes('2. Finance', 'RESOLVED that the payments be agreed.', '3. Planning', ...long, 'RESOLVED that the report be noted.'));
    expect(at(swallowed.diagnostics, 'segmentation-suspect')).toEqual(['segmentation-suspect@11:1']);
    const list = await parse(minutes('2. Finance', 'RESOLVED that:', '1. The payments be agreed.', '2. The budget be noted.', '3. The Clerk write to the bank.'));
    expect(at(list.diagnostics, 'segmentation-suspect')).toEqual([]);
    const report = await parse(
      text('Title of meeting: Cabinet', '', 'Date of meeting: 6 February 2024', '', 'Subject: Parks', '', '1. Purpose', paragraph, '2. Background', paragraph, '3. Options', paragraph, '4. Risks', paragraph),
    );
    expect(report.kind).not.toBe('minutes');
    expect(at(report.diagnostics, 'segmentation-suspect')).toEqual([]);
  });

  it('lost-link: an empty contact label and a sentence that ends where its link was', async () => {
    const document = await parse(
      text('Full Council', '', 'Tuesday, 21st March, 2017 2.00 pm', '', 'Contact: Stewart Agland Email:', '', 'Note: The Council meeting is available to watch at', '', '1. Declarations of Interests', 'There were none.'),
    );
    expect(at(document.diagnostics, 'lost-link').map((s) => s.split(':')[0])).toEqual(['lost-link@5', 'lost-link@7']);
  });

  it('unclassified-text: one message per region, not per line', async () => {
    const boilerplate = ['Use the search options below to find recent decisions.', '', 'Skip to content.', '', 'Browse meetings by committee.', ''];
    const document = await parse(text(...boilerplate, ...head, '1. Declaration of Interests', 'There were no declarations of interest.'));
    const unclassified = document.diagnostics.filter((d) => d.code === 'unclassified-text');
    expect(document.unclassified.length).toBeGreaterThan(1);
    expect(unclassified.map((d) => [d.position?.start.line, d.position?.end.line])).toEqual([[1, document.unclassified.at(-1)!.position.end.line]]);
  });

  it('encoding-fallback: the reader message carried with its position', async () => {
    const document = await parse(Buffer.from(minutes('2. Finance', 'RESOLVED that the fee of \u00a35 be agreed.'), 'latin1'));
    expect(at(document.diagnostics, 'encoding-fallback')).toEqual(['encoding-fallback@10:26']);
  });
});

describe('check and lint', () => {
  it('gives the same messages when a document is checked again (rule messages are not doubled)', async () => {
    const document = await parse(Buffer.from(minutes('2. Finance', 'The fee of \u00a35 was discussed.'), 'latin1'));
    expect(check(document)).toEqual(document.diagnostics);
  });

  it('applies levels: off drops a rule, a severity replaces the default', async () => {
    const document = await parse(minutes('2. Finance', 'The Clerk reported ... view the full minutes text for item 2.'));
    expect(at(lint(document, { 'item-truncated': 'off' }), 'item-truncated')).toEqual([]);
    expect(lint(document, { 'item-truncated': 'warning' }).find((d) => d.code === 'item-truncated')?.severity).toBe('warning');
  });

  it('leaves the items as segmented: rules only add messages', async () => {
    const document = await parse(minutes('2. Finance', 'RESOLVED that the payments be agreed.'));
    const before = structuredClone(document.items);
    lint(document, { 'item-truncated': 'error' });
    expect(document.items).toEqual(before);
  });
});
