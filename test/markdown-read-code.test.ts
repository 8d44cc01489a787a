// Markdown code blocks are read verbatim: angle brackets in them are text, not HTML tags to
// strip ("Dear <Name of Councillor>,"), and each line of code is a line of its own, with its
// place in the source. Inline code was always kept as written; it is checked here too.
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../src/model/schema.js';
import { parse } from '../src/index.js';
import { documentBlocks } from './helpers/text-accounting.js';

/** The text of every block of the document, in source order, and the blocks themselves. */
function blocks(document: Document): Block[] {
  return documentBlocks(document).sort((a, b) => a.position.start.offset - b.position.start.offset);
}

const texts = (document: Document) => blocks(document).map((b) => b.text);
const lineOf = (document: Document, text: string) => blocks(document).find((b) => b.text.includes(text))?.position.start;

describe('Markdown code blocks are kept verbatim', () => {
  it('keeps an HTML tag in an unclosed fenced code block', async () => {
    const document = await parse('```\n<div>\n', { format: 'markdown' });
    expect(document.source.format).toBe('markdown');
    expect(texts(document)).toEqual(['<div>']);
  });

  it('keeps the placeholder of an indented letter line', async () => {
    const document = await parse('    Dear <Name of Councillor>,\n', { format: 'markdown' });
    expect(texts(document)).toEqual(['Dear <Name of Councillor>,']);
    expect(lineOf(document, 'Dear')).toEqual({ line: 1, column: 5, offset: 4 });
  });

  it('keeps each line of fenced code as a line, tags and "#" included', async () => {
    const document = await parse('```\n# Minutes\none<br>two\n```\n', { format: 'markdown' });
    expect(texts(document).join('\n')).toBe('# Minutes\none<br>two');
    expect(lineOf(document, '# Minutes')).toEqual({ line: 2, column: 1, offset: 4 });
    expect(lineOf(document, 'one<br>two')).toEqual({ line: 3, column: 1, offset: 14 });
  });

  it('keeps code inside a block quote, pointing past the "> " prefix', async () => {
    const document = await parse('Before.\n\n> ```\n> <b>Agenda</b>\n>   item <i>2</i>\n> ```\n\nAfter.\n', { format: 'markdown' });
    const all = texts(document).join('\n');
    expect(all).toContain('<b>Agenda</b>');
    expect(all).toContain('item <i>2</i>');
    expect(lineOf(document, '<b>Agenda</b>')).toMatchObject({ line: 4, column: 3 });
    expect(lineOf(document, 'item <i>2</i>')).toMatchObject({ line: 5, column: 5 });
    expect(all).toContain('Before.');
    expect(all).toContain('After.');
  });

  it('keeps code lines of a file saved with CR line endings, at their lines', async () => {
    const document = await parse('# Minutes\r\r```\r<div>\rone<br>two\r```\r', { format: 'markdown' });
    const all = texts(document).join('\n');
    expect(all).toContain('<div>');
    expect(all).toContain('one<br>two');
    expect(lineOf(document, '<div>')).toEqual({ line: 4, column: 1, offset: 15 });
    expect(lineOf(document, 'one<br>two')).toEqual({ line: 5, column: 1, offset: 21 });
  });

  it('keeps indented code whose first line starts with a backtick or tilde at its own line', async () => {
    const document = await parse('Intro.\n\n    `code` <here>\n    ~~~ two <there>\n', { format: 'markdown' });
    expect(texts(document)).toEqual(['Intro.', '`code` <here>', '~~~ two <there>']);
    expect(lineOf(document, '`code`')).toMatchObject({ line: 3, column: 5 });
    expect(lineOf(document, '~~~ two')).toMatchObject({ line: 4, column: 5 });
  });

  it('keeps inline code as written', async () => {
    const document = await parse('Use `<div>` and `a<br>b` here.\n', { format: 'markdown' });
    expect(texts(document)).toEqual(['Use <div> and a<br>b here.']);
  });

  it('still reads an HTML block as markup: its tags go, its text stays', async () => {
    const document = await parse('<table><tr><td>Apologies were received.</td></tr></table>\n', { format: 'markdown' });
    expect(texts(document)).toEqual(['Apologies were received.']);
  });
});
