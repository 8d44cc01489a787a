// When remark itself runs out of stack (it recurses once per level of nesting, and nesting it
// cannot take is not always spelled by markers at line starts), the file is read as plain text
// with a file-level `markdown-too-deep` warning: nothing throws and no text is lost. A real
// overflow needs megabytes of input and minutes of remark time, so remark-parse is replaced here
// by a parser that overflows the stack on a marked input the way remark does.
import { describe, expect, it, vi } from 'vitest';

vi.mock('remark-parse', async (importOriginal) => {
  const original = (await importOriginal()) as { default: (...args: unknown[]) => void };
  return {
    default: function overflowing(this: { parser: (text: string) => unknown }, ...args: unknown[]) {
      original.default.apply(this, args);
      const parser = this.parser;
      this.parser = (text: string) => {
        if (!text.includes('OVERFLOW')) return parser(text);
        const recurse = (n: number): number => recurse(n + 1) + 1;
        return recurse(0);
      };
    },
  };
});

const { parse } = await import('../src/index.js');

describe('remark running out of stack', () => {
  it('checks that the stand-in parser overflows for real', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    expect(() => recurse(0)).toThrow(RangeError);
  });

  it('reads the file as plain text with a warning on the whole file, keeping its text', async () => {
    const text = '# Minutes\n\n1. Apologies\n\nNone. OVERFLOW\n\n2. Finance\n\nRESOLVED that the payments be agreed.\n';
    const document = await parse(text, { format: 'markdown' });
    expect(document.source.format).toBe('text');
    expect(document.diagnostics.filter((d) => d.code === 'markdown-too-deep')).toMatchObject([{ severity: 'warning', position: null }]);
    const all = JSON.stringify(document);
    for (const line of ['# Minutes', 'Apologies', 'None. OVERFLOW', 'Finance', 'RESOLVED that the payments be agreed.']) expect(all).toContain(line);
  });

  it('reads other Markdown as Markdown', async () => {
    const document = await parse('# Minutes\n\n1. Apologies\n\nNone.\n', { format: 'markdown' });
    expect(document.source.format).toBe('markdown');
    expect(document.diagnostics.filter((d) => d.code === 'markdown-too-deep')).toEqual([]);
  });
});
