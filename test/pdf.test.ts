// Reading PDFs: the text of every corpus PDF as committed in fixtures/pdf-*/extracted.txt (so a
// PDFium upgrade shows as a text diff; UPDATE=1 rewrites it, review it like code), the layout of
// text runs into lines, hyphenated words joined, pages carried into positions, and the PDF
// reader loaded only for PDFs. The PDF worker runs from dist/: `npm run build` first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract/index.js';
import type { Line } from '../src/extract/line.js';
import { parse } from '../src/parse.js';
import { read } from '../src/read/index.js';
import type { TextRun } from '../src/read/pdf-worker.js';
import { lineStartsOf, type Source } from '../src/read/source.js';
import { fixtures, updating } from './helpers/fixtures.js';

// Which PDF modules were loaded, to show that reading text never loads them. This file imports
// them only dynamically, and the 'loading' test runs first.
const loaded = vi.hoisted(() => new Set<string>());
vi.mock('../src/read/pdf.js', async (original) => {
  loaded.add('read/pdf');
  return original();
});
vi.mock('../src/extract/pdf.js', async (original) => {
  loaded.add('extract/pdf');
  return original();
});
const layOut = async (runs: TextRun[]) => (await import('../src/read/pdf.js')).layOut(runs);
const extractPdf = async (source: Source) => (await import('../src/extract/pdf.js')).extractPdf(source);

describe('loading', () => {
  it('reading text never loads the PDF reader; a PDF does', async () => {
    await parse('MINUTES\n\n1. Apologies\nNone.\n');
    expect(loaded.size).toBe(0);
    const input = fixtures((f) => f.name.startsWith('pdf-chicago-district-council-001-closed'))[0]!.input;
    await parse(readFileSync(input));
    expect([...loaded].sort()).toEqual(['extract/pdf', 'read/pdf']);
  });
});

// ---- The corpus ---------------------------------------------------------------------------------

/**
 * What segmentation receives, for review: the lines in source order with a mark at each page,
 * a blank line where the layout saw a paragraph gap, tabs between the cells of table rows, and
 * the running headers and footers marked as furniture.
 */
function render(source: Source, lines: Line[], furniture: Line[]): string {
  const withTabs = (line: Line) =>
    Array.from(line.text, (c, i) => {
      const from = line.start + line.map[i]!;
      return c === ' ' && source.text.slice(from, line.start + line.map[i + 1]!).includes('\t') ? '\t' : c;
    }).join('');
  const entries = [...lines.map((line) => ({ line, furniture: false })), ...furniture.map((line) => ({ line, furniture: true }))];
  entries.sort((a, b) => a.line.start + a.line.map[0]! - (b.line.start + b.line.map[0]!));
  let page = 0;
  let out = '';
  for (const { line, furniture: isFurniture } of entries) {
    const offset = line.start + line.map[0]!;
    while (page < source.pageStarts!.length && source.pageStarts![page]! <= offset) out += `=== page ${++page}\n`;
    if (isFurniture) out += `[furniture] ${withTabs(line)}\n`;
    else out += `${line.gapBefore > 0 ? '\n' : ''}${withTabs(line)}\n`;
  }
  return out;
}

describe('corpus PDFs', () => {
  for (const fixture of fixtures((f) => f.input.endsWith('.pdf'))) {
    it(`${fixture.name}: the text matches extracted.txt`, async () => {
      const source = await read(readFileSync(fixture.input), { name: fixture.relative });
      const { lines, furniture } = await extract(source);
      const text = render(source, lines, furniture);
      const path = join(fixture.dir, 'extracted.txt');
      if (updating || !existsSync(path)) writeFileSync(path, text);
      expect(text).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('every position carries its page, furniture included', async () => {
    const input = fixtures((f) => f.name.startsWith('pdf-east-palo-alto'))[0]!.input;
    const document = await parse(readFileSync(input), { name: 'minutes.pdf' });
    expect(document.source).toMatchObject({ format: 'pdf', encoding: 'pdf', pages: 3 });
    // The running footer "Planning Commission  January 27, 2020 Minutes  Page N of 3", once a page.
    expect(document.furniture.map((b) => b.position.page)).toEqual([1, 2, 3]);
    expect(document.furniture.every((b) => /Page \d of 3$/.test(b.text))).toBe(true);
    const pages = document.items.map((item) => item.position.page);
    expect(pages.every((p) => p !== undefined && p >= 1 && p <= 3)).toBe(true);
    expect(pages).toEqual([...pages].sort());
    expect(document.items.find((item) => item.number === '8')?.position.page).toBe(3);
  });
});

// ---- Layout -------------------------------------------------------------------------------------

/** Runs of 12pt text; x and y in points from the top left, width from an average glyph. */
const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x,
  y,
  width: text.length * 6,
  size: 12,
  upright: true,
  ...extra,
});

describe('layout', () => {
  it('reads rows top to bottom whatever order the PDF draws them in', async () => {
    // A letterhead drawn last, a page number drawn first, item numbers drawn as a column.
    const runs = [
      run('4', 300, 760),
      run('1.', 72, 200),
      run('2.', 72, 214),
      run('CALL TO ORDER', 100, 200),
      run('ROLL CALL', 100, 214),
      run('CITY OF HIDDEN HILLS', 200, 60),
    ];
    expect(await layOut(runs)).toBe('CITY OF HIDDEN HILLS\n\n1. CALL TO ORDER\n2. ROLL CALL\n\n4\n');
  });

  it('joins pieces of a word, spaces words, and puts tabs between cells', async () => {
    const row = [run('Att', 72, 100), run('endee', 90, 100), run('Name', 122, 100), run('Status', 300, 100)];
    expect(await layOut(row)).toBe('Attendee Name\tStatus\n');
  });

  it('keeps a justified row one text: its wide spaces are all alike', async () => {
    const words = ['will', 'be', 'required', 'to', 'follow', 'the', 'current'];
    let x = 72;
    const row = words.map((w) => {
      const r = run(w, x, 100);
      x += r.width + 9; // 0.75em between every word
      return r;
    });
    expect(await layOut(row)).toBe('will be required to follow the current\n');
  });

  it('a list label before its text is not a table cell; two spaces after a stop are not either', async () => {
    expect(await layOut([run('1.', 72, 100), run('CALL TO ORDER', 108, 100)])).toBe('1. CALL TO ORDER\n');
    expect(await layOut([run('\uf0b7', 72, 100), run('Updates', 90, 100)])).toBe('\u2022 Updates\n');
    expect(await layOut([run('Motion carried.', 72, 100), run('The Chair', 72 + 90 + 8, 100)])).toBe('Motion carried. The Chair\n');
    expect(await layOut([run('RESULT:', 72, 100), run('APPROVED', 180, 100)])).toBe('RESULT:\tAPPROVED\n');
  });

  it('spaces a label from its text drawn at a tab stop it nearly fills ("10." then "By-Law")', async () => {
    // "10." is 18pt wide and its text starts 1.2pt (0.1 em) after it: narrower than a space between words.
    expect(await layOut([run('10.', 76.6, 100), run('By-Law: Adopt the budget', 95.8, 100)])).toBe('10. By-Law: Adopt the budget\n');
    // A word split into two runs (a font change inside it) stays one word.
    expect(await layOut([run('Budg', 72, 100), run('et', 72 + 24 + 1.2, 100)])).toBe('Budget\n');
  });

  it('keeps a superscript on its line and drops text drawn twice for bold', async () => {
    const runs = [run('February 15', 72, 100), run('th', 138, 96, { size: 7, width: 6 }), run('AGENDA', 72, 130), run('AGENDA', 72.4, 130)];
    expect(await layOut(runs)).toBe('February 15th\nAGENDA\n');
  });

  it('puts a filled-in form value in the blank it is drawn over', async () => {
    const runs = [run('Notice is given that District Council ___ will meet.', 72, 100), run('001', 72 + 38 * 6, 97, { field: true, size: 9 })];
    expect(await layOut(runs)).toBe('Notice is given that District Council 001 will meet.\n');
    const beside = [run('Location:', 72, 120), run('Fieldhouse', 130, 121, { field: true })];
    expect(await layOut(beside)).toBe('Location: Fieldhouse\n');
  });

  it('sets rotated text apart, each run a line', async () => {
    expect(await layOut([run('Minutes', 72, 100), run('DRAFT', 500, 400, { upright: false })])).toBe('Minutes\nDRAFT\n');
  });
});

// ---- Lines --------------------------------------------------------------------------------------

/** A PDF source of pages of laid-out text. */
function pdfSource(pages: string[]): Source {
  const pageStarts: number[] = [];
  let text = '';
  for (const page of pages) {
    pageStarts.push(text.length);
    text += page;
  }
  return { name: null, format: 'pdf', encoding: 'pdf', sha256: '', text, lineStarts: lineStartsOf(text), pageStarts, messages: [] };
}

/** The source text each character of a line came from. */
const origin = (source: Source, line: Line) => Array.from(line.text, (_, i) => source.text[line.start + line.map[i]!]).join('');

describe('hyphenated words', () => {
  it('are joined into one line that maps back to both', async () => {
    const source = pdfSource(['7. ADMINIS-\nTRATION OF OATH OF OFFICE\nThe clerk admin-\nistered the oath.\n']);
    const { lines } = await extractPdf(source);
    expect(lines.map((l) => l.text)).toEqual(['7. ADMINISTRATION OF OATH OF OFFICE', 'The clerk administered the oath.']);
    expect(origin(source, lines[0]!)).toBe(lines[0]!.text);
    expect(lines[0]!.start + lines[0]!.map[10]!).toBe(source.text.indexOf('TRATION'));
  });

  it('keep their hyphen where the document spells the word with one', async () => {
    const source = pdfSource(['Members may attend in-\nperson or online. In-person attendance is limited.\n']);
    expect((await extractPdf(source)).lines[0]!.text).toBe('Members may attend in-person or online. In-person attendance is limited.');
  });

  it('are joined across a page break, past the running footer and header', async () => {
    const page = (n: number, body: string) => `Board of Health Agenda\n${body}\nPage ${n} of 3\n`;
    const source = pdfSource([page(1, 'Approval of the\nADMINIS-'), page(2, 'TRATION budget'), page(3, 'Adjournment')]);
    const { lines, furniture } = await extractPdf(source);
    expect(lines.map((l) => l.text)).toEqual(['Approval of the', 'ADMINISTRATION budget', 'Adjournment']);
    expect(furniture).toHaveLength(6);
  });

  it('keep their hyphen where the word is a compound broken at one of its own hyphens', async () => {
    const joined = async (text: string) => (await extractPdf(pdfSource([text]))).lines.map((l) => l.text);
    expect(await joined('Tentative Map, and Public Right-\nof-Way Vacation\n')).toEqual(['Tentative Map, and Public Right-of-Way Vacation']);
    expect(await joined('a right-of-\nway for all-\nweather use\n')).toEqual(['a right-of-way for allweather use']);
  });

  it('are not joined across lines laid out in columns, nor onto a word of its own', async () => {
    const columns = pdfSource(['Differences in health that are\tas housing, are often long-term, inter-\nnot only avoidable but unfair.\tgenerational and ingrained.\n']);
    expect((await extractPdf(columns)).lines.map((l) => l.text)).toEqual([
      'Differences in health that are as housing, are often long-term, inter-',
      'not only avoidable but unfair. generational and ingrained.',
    ]);
    // Two columns read across, line by line: "mid-" goes on in the other column.
    const interleaved = pdfSource(['long term conditions now impact in mid-\nand to focus on proactive, preventive approaches.\nlife. For younger people\n']);
    expect((await extractPdf(interleaved)).lines.map((l) => l.text)).toEqual([
      'long term conditions now impact in mid-',
      'and to focus on proactive, preventive approaches.',
      'life. For younger people',
    ]);
  });

  it('are not dashes before a list, nor compounds of capitalised words', async () => {
    const source = pdfSource(['CRC 2019-68: MOUs-\nCity of Highland Hills\nStatewide Once-\nThrough-Cooling Policy\n']);
    expect((await extractPdf(source)).lines.map((l) => l.text)).toEqual(['CRC 2019-68: MOUs-', 'City of Highland Hills', 'Statewide Once-', 'Through-Cooling Policy']);
  });
});

describe('page breaks', () => {
  it('are not paragraph breaks: a page top follows on from the page before', async () => {
    const page = (n: number, body: string) => `Minutes of the meeting\n\n${body}\n\nPage ${n}\n`;
    const source = pdfSource([page(1, 'The committee considered the report and'), page(2, 'agreed to defer it.'), page(3, 'Close.')]);
    const { lines, furniture } = await extractPdf(source);
    expect(lines.map((l) => [l.text, l.gapBefore])).toEqual([
      ['The committee considered the report and', 0],
      ['agreed to defer it.', 0],
      ['Close.', 0],
    ]);
    expect(furniture.map((l) => l.text)).toEqual(['Minutes of the meeting', 'Page 1', 'Minutes of the meeting', 'Page 2', 'Minutes of the meeting', 'Page 3']);
  });
});
