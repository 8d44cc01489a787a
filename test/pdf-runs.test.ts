// How the reader turns the characters PDFium gives into text runs (read/pdf-runs.ts), on PDFs
// the test writes itself, each drawing text the way some PDF writer does: a word's letters
// spaced apart, words placed one by one with no space between them, fonts changed inside a
// word, ligatures, hyphens at line ends, text inside a form. The PDF worker runs from dist/:
// `npm run build` first.
import { describe, expect, it } from 'vitest';
import { read } from '../src/read/index.js';
import { buildPdf, HELVETICA, latin1, page } from './helpers/pdf.js';

const BOLD = { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>' };
/** Helvetica with code 200 drawing the "fi" ligature, as typesetters write "office". */
const WITH_LIGATURE = { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [200 /fi] >> >>' };

/** One page drawing `content` with fonts F1 (Helvetica), F2 (Helvetica-Bold), F3 (Helvetica with a ligature) and forms X0, X1, … */
function pdfOf(content: string, forms: string[] = []): Uint8Array {
  const fonts = '/Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >>';
  return buildPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    page(7, `${fonts} /XObject << ${forms.map((_, i) => `/X${i} ${8 + i} 0 R`).join(' ')} >>`),
    HELVETICA,
    BOLD,
    WITH_LIGATURE,
    { dict: '<< >>', stream: latin1(content) },
    ...forms.map((stream) => ({ dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << ${fonts} >> >>`, stream })),
  ]);
}

const textOf = async (content: string, forms?: string[]) => (await read(pdfOf(content, forms), { name: 'input.pdf' })).text;

describe('the text runs of a page', () => {
  it('gaps inside a shown string: letter spacing joins, a word space spaces, a wide gap is a cell', async () => {
    expect(await textOf('BT /F1 12 Tf 72 700 Td [(M) -50 (inu) -30 (tes)] TJ ET')).toBe('Minutes\n');
    expect(await textOf('BT /F1 12 Tf 72 700 Td [(Approval) -280 (of) -280 (the) -280 (minutes)] TJ ET')).toBe('Approval of the minutes\n');
    expect(await textOf('BT /F1 12 Tf 72 700 Td [(Attendee Name) -4000 (Status)] TJ ET')).toBe('Attendee Name\tStatus\n');
  });

  it('a gap of exactly 0.102 em is letter spacing, not a space', async () => {
    expect(await textOf('BT /F1 12 Tf 72 700 Td [(Si) -102 (ck) -102 (Leave)] TJ ET')).toBe('SickLeave\n');
  });

  it('words placed one at a time, with no space drawn between them, are spaced by their gaps', async () => {
    const words = ['Report', 'of', 'the', 'Clerk'];
    let x = 72;
    const shows = words.map((word) => {
      const show = `1 0 0 1 ${x} 700 Tm (${word}) Tj`;
      x += word.length * 7 + 3.5;
      return show;
    });
    expect(await textOf(`BT /F1 12 Tf ${shows.join(' ')} ET`)).toBe('Report of the Clerk\n');
  });

  it('a word whose font changes inside it stays one word; a space drawn as a glyph stays a space', async () => {
    expect(await textOf('BT /F2 12 Tf 72 700 Td (Bo) Tj /F1 12 Tf (ld text) Tj ET')).toBe('Bold text\n');
  });

  it('a ligature reads as its letters', async () => {
    expect(await textOf(`BT /F3 12 Tf 72 700 Td (Head of Of\u00c8ce) Tj ET`)).toBe('Head of Office\n');
  });

  it('a hyphen that ends a line is kept (the extractor decides whether the word was broken)', async () => {
    expect(await textOf('BT /F1 12 Tf 72 700 Td (7. ADMINIS-) Tj 0 -14 Td (TRATION OF OATH) Tj ET')).toBe('7. ADMINIS-\nTRATION OF OATH\n');
  });

  it('gives each font of the document one id, the same on every line and page it prints', async () => {
    const source = await read(pdfOf('BT /F2 14 Tf 72 700 Td (MINUTES) Tj /F1 12 Tf 0 -20 Td (Present: the Mayor) Tj 0 -14 Td (Apologies: none) Tj /F2 12 Tf 0 -14 Td (1. Minutes) Tj ET'), { name: 'input.pdf' });
    const fonts = source.lineStyles!.filter((style) => style !== null).map((style) => style.font);
    expect(fonts).toHaveLength(4);
    const [heading, body, body2, item] = fonts;
    expect(body2).toBe(body);
    expect(item).toBe(heading);
    expect(heading).not.toBe(body);
  });

  it('text inside a form XObject is read in its place among the page text', async () => {
    const text = await textOf('BT /F1 12 Tf 72 700 Td (Agenda) Tj ET /X0 Do BT /F1 12 Tf 72 672 Td (Minutes) Tj ET', ['BT /F1 12 Tf 72 686 Td (Item one) Tj ET']);
    expect(text).toBe('Agenda\nItem one\nMinutes\n');
  });
});
