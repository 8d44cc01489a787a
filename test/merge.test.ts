// `minutes merge` (issue 11): a meeting page and its item pages become one complete record.
// On the seeds (the meeting page cuts items 15 and 16 short, two item pages hold them in full,
// seed-003 is a page of another council's meeting) and on made-up pages that exercise each
// matching rule. Tests assert ids, numbers, sources and texts of the inputs, never wording.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { merge } from '../src/merge/index.js';
import { Document, type Block, type Item } from '../src/model/schema.js';
import { parse, parseFile } from '../src/parse.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { fakeIO } from './helpers/io.js';
import fc from 'fast-check';
import { minutesSoup, runs } from './helpers/arbitraries.js';
import { cleanLine, documentStrings, lostText } from './helpers/text-accounting.js';

const root = new URL('../', import.meta.url).pathname;
const seedPath = (n: number) => `fixtures/seed-00${n}/input.txt`;
const seed = (n: number) => parseFile(join(root, seedPath(n)), { name: seedPath(n) });

/** A value without the `source` index of its positions: what the same node looks like unmerged. */
const unsourced = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'source' && typeof v === 'number' ? undefined : v)));

const codes = (document: Document, prefix = 'item-page-') => document.diagnostics.filter((d) => d.code.startsWith(prefix)).map((d) => d.code);

/** Every position in a node, with the source it names. */
function positionSources(value: unknown, out: (number | undefined)[] = []): (number | undefined)[] {
  if (Array.isArray(value)) value.forEach((v) => positionSources(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'position' && child !== null) out.push((child as { source?: number }).source);
      else positionSources(child, out);
    }
  }
  return out;
}

/** What a reader compares between two records of the same items. */
const summary = (items: readonly Item[]) =>
  items.map((item) => ({
    number: item.number,
    title: item.title,
    resolutions: item.resolutions.map((r) => r.text),
    answers: item.questions.map((q) => q.answers.map((a) => a.text)),
    speakers: item.comments.map((c) => c.speaker),
  }));

describe('merge on the seeds', async () => {
  const [meeting, page15, page16, other] = await Promise.all([seed(0), seed(1), seed(2), seed(3)]);
  const merged = merge(meeting, [page15, page16, other]);
  const item = (number: string) => merged.items.find((i) => i.number === number)!;

  it('completes items 15 and 16 from their pages: not truncated, the pages’ answers and speakers', () => {
    for (const [number, page] of [['15', page15], ['16', page16]] as const) {
      const full = page.items[0]!;
      expect(item(number).truncated).toBe(false);
      expect(item(number).title).toBe(meeting.items.find((i) => i.number === number)!.title);
      expect(unsourced(item(number).questions)).toEqual(unsourced(full.questions));
      expect(item(number).comments.map((c) => c.speaker)).toEqual(full.comments.map((c) => c.speaker));
      expect(unsourced(item(number).resolutions)).toEqual(unsourced(full.resolutions));
      expect(item(number).resolutions.length).toBeGreaterThan(0);
    }
    // Before merging, the meeting's comment of item 16 stops at the cut and its item has no decision.
    expect(meeting.items.find((i) => i.number === '16')!.resolutions).toEqual([]);
    expect(codes(merged, 'item-truncated')).toEqual([]);
  });

  it('leaves every other item as the meeting printed it', () => {
    const others = merged.items.filter((i) => i.number !== '15' && i.number !== '16');
    expect(others.length).toBe(meeting.items.length - 2);
    expect(unsourced(others)).toEqual(unsourced(meeting.items.filter((i) => i.number !== '15' && i.number !== '16')));
  });

  it('reports seed-003 (another council’s item) as unmatched, pointing into it, and never attaches it', () => {
    expect(codes(merged)).toEqual(['item-page-unmatched']);
    const unmatched = merged.diagnostics.find((d) => d.code === 'item-page-unmatched')!;
    expect(unmatched.message).toContain(seedPath(3));
    expect(unmatched.position?.source).toBe(3);
    const title = other.items[0]!.title!;
    expect(JSON.stringify(merged.items)).not.toContain(title);
  });

  it('lists its sources, meeting first, and every position names the source it points into', () => {
    expect(merged.sources?.map((s) => s.name)).toEqual([0, 1, 2, 3].map(seedPath));
    expect(merged.sources?.map((s) => s.sha256)).toEqual([meeting, page15, page16, other].map((d) => d.source.sha256));
    expect(merged.source).toEqual(meeting.source);
    const sources = positionSources({ ...merged, diagnostics: [] });
    expect(sources.every((s) => s !== undefined)).toBe(true);
    expect(item('15').minutes.filter((b) => b.position.source === 1).length).toBe(page15.items[0]!.minutes.length);
    expect(new Set(positionSources(item('16').minutes))).toEqual(new Set([2]));
    expect(item('15').heading?.position.source).toBe(0);
    // A position names the line it came from in its own source.
    const resolution = item('16').resolutions[0]!;
    const line = readFileSync(join(root, seedPath(2)), 'utf8').split('\n')[resolution.position!.start.line - 1]!;
    expect(cleanLine(line)).toContain(resolution.text.slice(0, 30));
  });

  it('validates against the schema, with sources and position sources kept by it', () => {
    const json = JSON.parse(JSON.stringify(merged));
    expect(Document.parse(json)).toEqual(json);
  });

  it('loses no line: the pages whole, the meeting but for the cut-off lines its pages continue', () => {
    for (const [n, page] of [[1, page15], [2, page16]] as const) {
      expect(lostText(merged, readFileSync(join(root, seedPath(n)), 'utf8'), page.source.format)).toEqual([]);
    }
    const lost = lostText(merged, readFileSync(join(root, seedPath(0)), 'utf8'));
    expect(lost.length).toBe(2);
    const pageText = [...item('15').minutes, ...item('16').minutes].map((b) => b.text).join(' ');
    for (const line of lost) {
      const excerpt = line.replace(/ \.\.\. view the full minutes text for item \d+\.$/, '');
      expect(excerpt).not.toBe(line);
      expect(pageText).toContain(excerpt);
    }
  });

  it('merges the same from item pages given as their Markdown rendering', async () => {
    const asMarkdown = (page: Document, name: string) => parse(renderMarkdown(page), { name, format: 'markdown' });
    const pages = await Promise.all([asMarkdown(page15, 'item-15.md'), asMarkdown(page16, 'item-16.md')]);
    const fromMarkdown = merge(meeting, pages);
    expect(codes(fromMarkdown)).toEqual([]);
    expect(summary(fromMarkdown.items)).toEqual(summary(merge(meeting, [page15, page16]).items));
  });

  it('writes Markdown that reads back to the same items, numbers, titles, resolutions, answers and speakers', async () => {
    const markdown = renderMarkdown(merged);
    const back = await parse(markdown, { format: 'markdown' });
    expect(summary(back.items)).toEqual(summary(merged.items));
    expect(markdown).not.toContain('view the full minutes text');
  });
});

// A made-up meeting: items 2 and 3 cut off, two items with one title.
const meetingText = `Agenda and minutes

Cabinet - Thursday, 12th September, 2024 4.00 pm

Venue: Council Chamber, Town Hall

1. Apologies for Absence

No apologies had been received.

2. Budget Monitoring

The Cabinet Member for Finance introduced the report on the first quarter.  ...  view the full minutes text for item 2.

3. Parks Strategy pdf icon PDF 90 KB

The Head of Parks presented the strategy for the next ten years.  ...  view the full minutes text for item 3.

4. Planning Application

RESOLVED that the application be approved.

5. Planning Application

RESOLVED that the application be refused.
`;

const pages = {
  // Numbered 2, titled otherwise: the number decides.
  byNumber: 'Agenda item\n\n2. Budget Monitoring Report 2024/25\n\nMinutes:\n\nThe Cabinet Member for Finance introduced the report on the first quarter. She explained that spending was within budget.\n\nRESOLVED that the report be noted.\n',
  // No number, the title in capitals: the normalised title decides.
  byTitle: 'Agenda item\n\nPARKS STRATEGY\n\nMinutes:\n\nThe Head of Parks presented the strategy for the next ten years. Members welcomed the new play areas.\n\nRESOLVED that the strategy be adopted.\n',
  ambiguous: 'Agenda item\n\nPlanning Application\n\nMinutes:\n\nRESOLVED that the application be approved.\n',
  unmatched: 'Agenda item\n\nStreet Lighting\n\nMinutes:\n\nThe report on street lighting was noted.\n',
  differs: 'Agenda item\n\n2. Budget Monitoring\n\nMinutes:\n\nThe Leader introduced the report on the second quarter. Spending was above budget.\n\nRESOLVED that the report be noted.\n',
  // Item 2 of the same body's meeting a month later, as `minutes` writes Markdown.
  otherDate: '# Cabinet\n\n**Date:** 2024-10-10, 16:00\n\n## Items\n\n### 2. Budget Monitoring\n\nThe Cabinet Member for Finance introduced the report on the first quarter.\n\n**Resolved:** that the report be noted.\n',
  sameDate: '# Cabinet\n\n**Date:** 2024-09-12, 16:00\n\n## Items\n\n### 2. Budget Monitoring\n\nThe Cabinet Member for Finance introduced the report on the first quarter.\n\n**Resolved:** that the report be noted.\n',
};

type PageName = keyof typeof pages;
const page = (name: PageName) => parse(pages[name], { name: `${name}.${pages[name].startsWith('#') ? 'md' : 'txt'}`, format: pages[name].startsWith('#') ? 'markdown' : 'text' });

async function mergeMadeUp(...names: PageName[]) {
  const meeting = await parse(meetingText, { name: 'meeting.txt' });
  return { meeting, merged: merge(meeting, await Promise.all(names.map(page))) };
}

const byNumber = (document: Document, number: string) => document.items.find((i) => i.number === number)!;

describe('merge on made-up pages', () => {
  it('with no pages, is the meeting itself with its one source', async () => {
    const { meeting, merged } = await mergeMadeUp();
    expect(merged.sources?.map((s) => s.sha256)).toEqual([meeting.source.sha256]);
    expect(unsourced({ ...merged, sources: undefined })).toEqual(unsourced(meeting));
  });

  it('matches a page by its printed number, keeping the meeting’s title', async () => {
    const { merged } = await mergeMadeUp('byNumber');
    expect(codes(merged)).toEqual([]);
    const item = byNumber(merged, '2');
    expect(item.title).toBe('Budget Monitoring');
    expect(item.truncated).toBe(false);
    expect(item.resolutions.map((r) => r.text)).toEqual(['that the report be noted.']);
    expect(item.minutes.map((b) => b.text).join(' ')).toContain('spending was within budget');
  });

  it('matches a page without a number by its title, case and attachment marker aside', async () => {
    const { merged } = await mergeMadeUp('byTitle');
    expect(codes(merged)).toEqual([]);
    const item = byNumber(merged, '3');
    expect(item.title).toBe('Parks Strategy');
    expect(item.truncated).toBe(false);
    expect(item.documents.map((d) => d.format)).toEqual(['PDF']);
    expect(item.minutes.map((b) => b.text).join(' ')).toContain('new play areas');
  });

  it('leaves out a page whose title fits two items, as ambiguous', async () => {
    const { meeting, merged } = await mergeMadeUp('ambiguous');
    expect(codes(merged)).toEqual(['item-page-ambiguous']);
    expect(unsourced(merged.items)).toEqual(unsourced(meeting.items));
  });

  it('leaves out two pages that claim one item, as ambiguous', async () => {
    const { merged } = await mergeMadeUp('byNumber', 'differs');
    expect(codes(merged)).toEqual(['item-page-ambiguous', 'item-page-ambiguous']);
    expect(byNumber(merged, '2').truncated).toBe(true);
  });

  it('leaves out a page that fits no item, as unmatched', async () => {
    const { meeting, merged } = await mergeMadeUp('unmatched');
    expect(codes(merged)).toEqual(['item-page-unmatched']);
    expect(merged.diagnostics.find((d) => d.code === 'item-page-unmatched')!.position?.source).toBe(1);
    expect(unsourced(merged.items)).toEqual(unsourced(meeting.items));
  });

  it('keeps both texts and warns when the meeting’s excerpt is not the start of the page', async () => {
    const { merged } = await mergeMadeUp('differs');
    expect(codes(merged)).toEqual(['item-page-differs']);
    const item = byNumber(merged, '2');
    const text = item.minutes.map((b) => b.text).join(' ');
    expect(text).toContain('The Cabinet Member for Finance introduced the report on the first quarter.');
    expect(text).toContain('The Leader introduced the report on the second quarter.');
    expect(new Set(positionSources(item.minutes))).toEqual(new Set([0, 1]));
    expect(item.truncated).toBe(false);
  });

  it('never attaches a page of another meeting date, and takes one of the same date', async () => {
    const other = await mergeMadeUp('otherDate');
    expect(codes(other.merged)).toEqual(['item-page-unmatched']);
    expect(byNumber(other.merged, '2').truncated).toBe(true);
    const same = await mergeMadeUp('sameDate');
    expect(codes(same.merged)).toEqual([]);
    expect(byNumber(same.merged, '2').truncated).toBe(false);
  });
});

describe('minutes merge (in-process)', () => {
  const args = [0, 1, 2].map((n) => join(root, seedPath(n)));

  it('exits 1 after writing the merged document when a page is not merged, naming the page on stderr', async () => {
    const io = fakeIO({ cwd: root });
    expect(await main(['merge', ...[0, 1, 2, 3].map(seedPath)], io)).toBe(1);
    const document = Document.parse(JSON.parse(io.out()));
    expect(document.items.filter((i) => i.truncated)).toEqual([]);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain(seedPath(3));
    expect(io.err()).toContain('[item-page-unmatched]');
  });

  it('exits 0 when every page is merged, and writes Markdown to -o FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-merge-'));
    const io = fakeIO({ cwd: dir });
    expect(await main(['merge', ...args, '-f', 'markdown', '-o', 'merged.md'], io)).toBe(0);
    expect(io.out()).toBe('');
    const back = await parse(readFileSync(join(dir, 'merged.md')), { format: 'markdown' });
    expect(back.items.find((i) => i.number === '16')?.truncated).toBe(false);
  });

  it('takes a quoted glob of item pages', async () => {
    const io = fakeIO({ cwd: root });
    expect(await main(['merge', seedPath(0), 'fixtures/seed-00[12]/input.txt'], io)).toBe(0);
    expect(Document.parse(JSON.parse(io.out())).sources).toHaveLength(3);
  });

  it('exits 2 with one line naming a page that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-merge-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const io = fakeIO({ cwd: dir });
    expect(await main(['merge', args[0]!, 'empty.txt'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^minutes: empty\.txt: .*\[empty-file\]\n$/);
  });
});

describe('minutes merge on the engine parse and validate drive', () => {
  it('gives the same document with 1 job and with 2, and names each unreadable file as parse does', async () => {
    const inputs = [0, 1, 2, 3].map(seedPath);
    const one = fakeIO({ cwd: root });
    const two = fakeIO({ cwd: root });
    expect(await main(['merge', ...inputs, '--jobs', '1'], one)).toBe(1);
    expect(await main(['merge', ...inputs, '--jobs', '2'], two)).toBe(1);
    expect(two.out()).toBe(one.out());
    expect(two.err()).toBe(one.err());

    const dir = mkdtempSync(join(tmpdir(), 'minutes-merge-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
    const merged = fakeIO({ cwd: dir });
    expect(await main(['merge', join(root, seedPath(0)), 'empty.txt', 'binary.txt'], merged)).toBe(2);
    expect(merged.out()).toBe('');
    const parsed = fakeIO({ cwd: dir });
    expect(await main(['parse', 'empty.txt', 'binary.txt', '-q'], parsed)).toBe(2);
    // The lines come as the files finish, in either order.
    const lines = (io: ReturnType<typeof fakeIO>) => io.err().trim().split('\n').sort();
    expect(lines(merged)).toHaveLength(2);
    expect(lines(merged)).toEqual(lines(parsed));
  });
});

describe('minutes merge --out-dir (meeting folders)', () => {
  /** An archive of meeting folders: DIR/meeting.txt and DIR/items/*. */
  function archive(folders: Record<string, { meeting: number; pages: number[] }>): string {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-merge-archive-'));
    for (const [name, { meeting, pages }] of Object.entries(folders)) {
      mkdirSync(join(dir, 'archive', name, 'items'), { recursive: true });
      copyFileSync(join(root, seedPath(meeting)), join(dir, 'archive', name, 'meeting.txt'));
      for (const n of pages) copyFileSync(join(root, seedPath(n)), join(dir, 'archive', name, 'items', `page-${n}.txt`));
    }
    return dir;
  }

  it('merges each meeting folder to OUT/<folder>.json, reports pages left out, and exits 1 for them', async () => {
    const dir = archive({ 'cabinet-2024-07-25': { meeting: 0, pages: [1, 2] }, 'with-stranger': { meeting: 0, pages: [3] } });
    const io = fakeIO({ cwd: dir });
    expect(await main(['merge', '-d', 'out', 'archive'], io)).toBe(1);
    const complete = Document.parse(JSON.parse(readFileSync(join(dir, 'out', 'cabinet-2024-07-25.json'), 'utf8')));
    expect(complete.items.filter((i) => i.truncated)).toEqual([]);
    expect(complete.sources?.map((s) => s.name)).toEqual(['archive/cabinet-2024-07-25/meeting.txt', 'archive/cabinet-2024-07-25/items/page-1.txt', 'archive/cabinet-2024-07-25/items/page-2.txt']);
    const stranger = Document.parse(JSON.parse(readFileSync(join(dir, 'out', 'with-stranger.json'), 'utf8')));
    expect(codes(stranger)).toEqual(['item-page-unmatched']);
    expect(io.err()).toContain('archive/with-stranger/items/page-3.txt');
    expect(io.err()).toContain('2 merged, 0 failed');
  });

  it('skips outputs that exist unless --force, like parse', async () => {
    const dir = archive({ one: { meeting: 0, pages: [1] } });
    expect(await main(['merge', '-d', 'out', 'archive/one'], fakeIO({ cwd: dir }))).toBe(0);
    writeFileSync(join(dir, 'out', 'one.json'), 'kept');
    const again = fakeIO({ cwd: dir });
    expect(await main(['merge', '-d', 'out', 'archive/one'], again)).toBe(0);
    expect(readFileSync(join(dir, 'out', 'one.json'), 'utf8')).toBe('kept');
    expect(again.err()).toContain('1 skipped');
    expect(await main(['merge', '-d', 'out', '--force', 'archive/one'], fakeIO({ cwd: dir }))).toBe(0);
    expect(Document.parse(JSON.parse(readFileSync(join(dir, 'out', 'one.json'), 'utf8'))).sources).toHaveLength(2);
  });

  it('writes nothing when two folders would write one file, or a folder holds no meeting', async () => {
    const dir = archive({ 'a/x': { meeting: 0, pages: [1] }, 'b/x': { meeting: 0, pages: [2] } });
    mkdirSync(join(dir, 'empty'));
    const io = fakeIO({ cwd: dir });
    expect(await main(['merge', '-d', 'out', 'archive/a', 'archive/b', 'empty'], io)).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(io.err()).toContain('archive/b/x:');
    expect(io.err()).toContain('empty:');
    expect(io.err()).toContain('nothing was written');
  });

  it('names the file of a meeting folder that cannot be read, and merges the others', async () => {
    const dir = archive({ good: { meeting: 0, pages: [1] }, bad: { meeting: 0, pages: [2] } });
    writeFileSync(join(dir, 'archive', 'bad', 'items', 'page-2.txt'), '');
    const io = fakeIO({ cwd: dir });
    expect(await main(['merge', '-d', 'out', 'archive'], io)).toBe(1);
    expect(io.err()).toMatch(/minutes: archive\/bad\/items\/page-2\.txt: .*\[empty-file\]/);
    expect(existsSync(join(dir, 'out', 'good.json'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'bad.json'))).toBe(false);
  });

  it('refuses --output with --out-dir, and a meeting without a page', async () => {
    expect(await main(['merge', '-d', 'out', '-o', 'x.json', 'archive'], fakeIO())).toBe(2);
    expect(await main(['merge', seedPath(0)], fakeIO({ cwd: root }))).toBe(2);
  });
});

describe('merge on generated item pages (property)', async () => {
  const meeting = await seed(0);
  const meetingText = readFileSync(join(root, seedPath(0)), 'utf8');
  const titles = meeting.items.flatMap((item) => (item.title === null ? [] : [item.title]));
  /** An item page: its header, a title (one of the meeting's, changed in case, or made up), minutes-like text. */
  const itemPage = fc
    .tuple(fc.oneof(fc.constantFrom(...titles), fc.constantFrom(...titles).map((t) => t.toUpperCase()), fc.string({ minLength: 1, maxLength: 40 })), minutesSoup)
    .map(([title, body]) => withoutControls(`Agenda item\n\n${title}\n\nMinutes:\n\n${body}`));
  const squeeze = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
  /** Control characters make a file binary, which parse refuses before merge sees it. */
  function withoutControls(text: string): string {
    return Array.from(text, (c) => ((c < ' ' && c !== '\n' && c !== '\r' && c !== '\t') || c === '\u007f' ? ' ' : c)).join('');
  }
  /**
   * The document with only the blocks of one source, so that text accounting reads a page's blocks
   * in its own order (a line the segmenter cut in two is kept across two blocks of one source).
   */
  const ofSource = (document: Document, index: number): Document => {
    const own = (blocks: Block[]) => blocks.filter((block) => block.position.source === index);
    return {
      ...document,
      preamble: own(document.preamble),
      sections: [],
      items: document.items.map((item) => ({ ...item, heading: item.heading && own([item.heading])[0] || null, minutes: own(item.minutes) })),
      unclassified: own(document.unclassified),
      furniture: own(document.furniture),
    };
  };

  it('never throws, validates, names a source at every position, and keeps or reports every line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemPage, { minLength: 1, maxLength: 3 }), async (texts) => {
        const pages = await Promise.all(texts.map((text, i) => parse(text, { name: `page-${i}.txt` })));
        const merged = merge(meeting, pages);
        const json = JSON.parse(JSON.stringify(merged));
        expect(Document.parse(json)).toEqual(json);
        const sources = positionSources({ ...merged, diagnostics: [] });
        expect(sources.every((s) => s !== undefined && s >= 0 && s <= pages.length)).toBe(true);
        texts.forEach((text, i) => {
          const reported = merged.diagnostics.some((d) => (d.code === 'item-page-unmatched' || d.code === 'item-page-ambiguous') && d.message.includes(`page-${i}.txt`));
          if (!reported) expect(lostText(ofSource(merged, i + 1), text, 'text')).toEqual([]);
        });
        // The meeting loses only cut-off excerpts, which the text of their pages continues.
        const kept = squeeze(documentStrings(merged).join(' '));
        for (const line of lostText(merged, meetingText)) expect(kept).toContain(squeeze(line.replace(/ \.\.\. view the full minutes text for item \d+\.$/, '')));
      }),
      runs(40),
    );
  });
});
