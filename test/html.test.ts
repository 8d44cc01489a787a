// Web pages as inputs: real agenda and minutes pages from four publishing systems
// (fixtures/html, each with the browser's text copy beside it and a gold annotation), and small
// pages written here for what a real page shows only by chance: character references, declared
// charsets, page chrome, a login page, a page too large.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { Document, type Document as DocumentType } from '../src/model/schema.js';
import { parse, parseFile } from '../src/parse.js';
import { InputError } from '../src/read/input-error.js';
import { fixturesDir, readJson } from './helpers/fixtures.js';
import { measure, Tally, type Gold } from './helpers/gold.js';
import { fakeIO } from './helpers/io.js';
import { characterCounts as counts, visibleText } from './helpers/visible-text.js';

const dir = join(fixturesDir, 'html');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** Every `text` and `label` of the output's blocks and points (anything with a position). */
function blockTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) blockTexts(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.position && typeof o.text === 'string') out.push(o.text, typeof o.label === 'string' ? o.label : '');
    for (const [k, v] of Object.entries(o)) if (k !== 'text') blockTexts(v, out);
  }
  return out;
}

describe('real web pages', () => {
  for (const page of pages) {
    it(`${page}: validates, keeps every visible word, and positions point into the HTML`, async () => {
      const path = join(dir, page);
      const html = readFileSync(path, 'utf8');
      const document = await parseFile(path);
      expect(() => Document.parse(document)).not.toThrow();
      expect(document.source.format).toBe('html');
      // No text lost: every character the page shows is in a block of the output (items,
      // preamble, unclassified or furniture), as often as the page shows it.
      const output = counts(blockTexts(document).join(''));
      const missing = [...counts(visibleText(html))].filter(([c, n]) => (output.get(c) ?? 0) < n).map(([c, n]) => `${c} ${n - (output.get(c) ?? 0)}`);
      expect(missing).toEqual([]);
      // An item's heading starts where its text (or the markup that prints its number) starts.
      for (const item of document.items) {
        if (!item.heading) continue;
        const at = html[item.heading.position.start.offset];
        expect([item.heading.text[0], '<', '&']).toContain(at);
      }
    });
  }

  it('read as HTML, they score at least what their text copies score (item F1 and titles)', async () => {
    const fromHtml = new Tally();
    const fromText = new Tally();
    for (const page of pages) {
      const gold = readJson<Gold>(join(dir, page.replace(/\.html$/, '.gold.json')))!;
      measure(fromHtml, gold, await parseFile(join(dir, page)));
      measure(fromText, gold, await parseFile(join(dir, page.replace(/\.html$/, '.txt'))));
    }
    expect(fromHtml.f1()).toBeGreaterThanOrEqual(fromText.f1());
    // Titles as a share of the gold items (an item the text copy misses has no title there to get wrong).
    const titled = (t: Tally) => t.rate('titles') * t.rate('recall');
    expect(titled(fromHtml)).toBeGreaterThanOrEqual(titled(fromText));
  });

  it('sets page chrome aside as furniture, never in items', async () => {
    const document = await parseFile(join(dir, 'creve-coeur-planning-zoning-agenda-2019-01-07.html'));
    const furniture = document.furniture.map((b) => b.text);
    expect(furniture).toContain('Powered by Granicus');
    expect(furniture).toContain('«Back to Main Site');
    const itemText = JSON.stringify(document.items);
    expect(itemText).not.toContain('Powered by Granicus');
    expect(itemText).not.toContain('Shortcut Keys');
  });
});

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}<title>t</title></head><body>${body}</body></html>`;

describe('HTML structure', () => {
  it('decodes character references and maps each character back to the reference', async () => {
    const html = page('<main><h1>1. Fish &amp; Chips &#8211; caf&eacute;&nbsp;licence</h1><p>Text of the item.</p></main>');
    const document = await parse(html, { name: 'refs.html' });
    const item = document.items[0]!;
    expect(item.title).toBe('Fish & Chips – café licence');
    const heading = item.heading!;
    expect(html.slice(heading.position.start.offset, heading.position.end.offset)).toBe('1. Fish &amp; Chips &#8211; caf&eacute;&nbsp;licence');
  });

  it('reads list numbers as printed (start, type), table rows as lines, and <br> as a line break', async () => {
    const html = page(
      '<main><p>Minutes of the Parish Council</p><ol start="4"><li>Apologies<br>None received.</li><li>Planning</li></ol>' +
        '<table><tr><td>6.</td><td><p><b>Finance</b></p><p>The accounts were approved.</p></td></tr></table></main>',
    );
    const document = await parse(html, { name: 'lists.html' });
    expect(document.items.map((i) => [i.number, i.title])).toEqual([
      ['4', 'Apologies'],
      ['5', 'Planning'],
      ['6', 'Finance'],
    ]);
    expect(JSON.stringify(document.items[0]!.minutes)).toContain('None received.');
  });

  it("opens the entry's first line with the number cell of a layout table", async () => {
    const html = page('<table><tbody><tr><td>1.</td><td><p>Apologies for absence</p><p>Received from Cllr Smith.</p></td></tr><tr><td>2.</td><td><p>Minutes</p></td></tr></tbody></table>');
    const document = await parse(html, { name: 'layout.html' });
    expect(document.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Minutes'],
    ]);
  });

  it('gives an item the links of its documents', async () => {
    const html = page('<main><h2>1. Budget</h2><p>Documents:</p><ul><li><a href="/docs/budget-2024.pdf">Budget 2024.pdf</a></li></ul><h2>2. Close</h2></main>');
    const document = await parse(html, { name: 'links.html' });
    expect(document.items[0]!.documents).toEqual([{ title: 'Budget 2024.pdf', format: 'PDF', size: null, href: '/docs/budget-2024.pdf' }]);
  });

  it('chooses the main element and sets navigation, banners and cookie notices aside', async () => {
    const html = page(
      '<a href="#main" class="skip-link">Skip to content</a><header><p>Anytown Town Council</p></header><nav><ul><li><a href="/">Home</a></li></ul></nav>' +
        '<div class="cookie-banner">We use cookies</div><main id="main"><h1>Agenda</h1><p>1. Apologies</p><p>2. Minutes of the last meeting</p></main><footer>© Anytown</footer>',
    );
    const document = await parse(html, { name: 'chrome.html' });
    expect(document.furniture.map((b) => b.text)).toEqual(['Skip to content', 'Anytown Town Council', 'Home', 'We use cookies', '© Anytown']);
    expect(document.items.map((i) => i.title)).toEqual(['Apologies', 'Minutes of the last meeting']);
  });

  it('without a main element, takes the block that holds the text, not the sidebar of links', async () => {
    const links = Array.from({ length: 30 }, (_, k) => `<li><a href="/p${k}">Page number ${k}</a></li>`).join('');
    const html = page(`<div id="wrap"><div class="col"><ul>${links}</ul></div><div class="col"><p>1. Apologies for absence were received from Councillor Smith.</p><p>2. The minutes of the meeting held on 3 May were approved as a correct record.</p></div></div>`);
    const document = await parse(html, { name: 'columns.html' });
    expect(document.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(document.furniture.some((b) => b.text === 'Page number 7')).toBe(true);
  });

  it('honours a declared Windows-1252 charset', async () => {
    const bytes = Buffer.concat([Buffer.from(page('<p>1. Chair\x92s report \x96 noted</p>', '<meta charset="windows-1252">'), 'latin1')]);
    const document = await parse(bytes, { name: 'cp1252.html' });
    expect(document.source.encoding).toBe('windows-1252');
    expect(document.items[0]!.title).toBe('Chair’s report – noted');
  });

  it('sniffs a page saved without an .html extension', async () => {
    const document = await parse(page('<p>1. Apologies</p>'), { name: 'saved-page.txt' });
    expect(document.source.format).toBe('html');
  });
});

describe('any page', () => {
  const tag = fc.constantFrom('p', 'div', 'h2', 'b', 'strong', 'a href="/x.pdf"', 'ol start="3"', 'ul', 'li', 'table', 'tr', 'td', 'th', 'br', 'nav', 'main', 'header', 'footer', 'span', 'blockquote', 'pre', 'script', 'style');
  const piece = fc.oneof(
    tag.map((t) => `<${t}>`),
    tag.map((t) => `</${t.split(' ')[0]}>`),
    fc.constantFrom('1. Apologies', '2. MINUTES', 'a) Planning', 'RESOLVED that the minutes be approved.', 'Fish &amp; chips', '&#8211;', '&nbsp;', 'caf&eacute;', '\n', '  ', 'Cllr Smith:'),
    fc.string({ maxLength: 12 }),
  );

  it('never throws but an InputError for a page without text, always validates, and keeps every visible character', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const html = `<!DOCTYPE html><html><body>${pieces.join('')}</body></html>`;
        let document;
        try {
          document = await parse(html, { name: 'soup.html' });
        } catch (error) {
          if (!(error instanceof InputError) || !['html-no-content', 'empty-file', 'binary-file'].includes(error.code)) throw error;
          return;
        }
        expect(() => Document.parse(document)).not.toThrow();
        const output = counts(blockTexts(document).join(''));
        const missing = [...counts(visibleText(html))].filter(([c, n]) => (output.get(c) ?? 0) < n);
        expect(missing).toEqual([]);
      }),
      { numRuns: 150, seed: Number(process.env.FC_SEED ?? 14) },
    );
  });

  it('reads pages nested thousands of elements deep', async () => {
    const depth = 20_000;
    for (const [open, close] of [['<div>', '</div>'], ['<ul><li>', '</li></ul>'], ['<b>', '']]) {
      const html = `<!DOCTYPE html><body>${open!.repeat(depth)}1. Apologies for absence${close!.repeat(depth)}<p>2. Minutes of the last meeting</p></body>`;
      const document = await parse(html, { name: 'deep.html' });
      const text = blockTexts(document).join('\n');
      expect(text).toContain('1. Apologies for absence');
      expect(text).toContain('2. Minutes of the last meeting');
      expect(document.items.map((i) => i.number)).toContain('2');
    }
  });
});

describe('start-up', () => {
  it('the command line loads parse5 and mammoth only when a web page or Word document is read', () => {
    // bin/minutes.js runs dist/bundle/cli.cjs (npm run build); the HTML and Word packages are
    // vendor files beside it, required only by the readers that need them.
    const bundle = new URL('../dist/bundle/', import.meta.url).pathname;
    const atStart = readFileSync(join(bundle, 'cli.cjs'), 'utf8');
    expect(atStart).not.toContain('node_modules/parse5/');
    expect(atStart).not.toContain('node_modules/mammoth/');
    expect(atStart).toContain('require("./vendor-parse5.cjs")');
    expect(atStart).toContain('require("./vendor-mammoth.cjs")');
    const vendors = readdirSync(bundle).filter((f) => f.startsWith('vendor-')).map((f) => readFileSync(join(bundle, f), 'utf8')).join('\n');
    expect(vendors).toContain('node_modules/parse5/');
    expect(vendors).toContain('node_modules/mammoth/');
  });
});

describe('bad web pages (one line naming the file, exit 2)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'minutes-html-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const run = async (...argv: string[]) => {
    const io = fakeIO({ cwd: tmp });
    return { code: await main(argv, io), stdout: io.out(), stderr: io.err() };
  };
  const expectRefused = (result: { code: number; stdout: string; stderr: string }, file: string, code: string) => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(`[${code}]`);
  };

  it('validate checks a page, and merge merges a meeting page with an item page', async () => {
    const main = (inner: string) => page(`<nav><a href="/">Home</a></nav><main>${inner}</main>`);
    writeFileSync(join(tmp, 'meeting.html'), main('<h1>Planning Committee</h1><p>Tuesday 4 March 2025</p><table><tr><td>1.</td><td><a href="i1.html">Apologies for absence</a></td></tr><tr><td>2.</td><td><a href="i2.html">Land at Mill Lane</a></td></tr></table>'));
    writeFileSync(join(tmp, 'item2.html'), main('<h1>Planning Committee, Tuesday 4 March 2025</h1><h2>2. Land at Mill Lane</h2><p>RESOLVED that the application be approved.</p>'));
    const checked = await run('validate', '--format', 'json', 'meeting.html');
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain('meeting.html');
    const merged = await run('merge', 'meeting.html', 'item2.html');
    expect(merged.code).toBe(0);
    const document = JSON.parse(merged.stdout) as DocumentType;
    expect(document.items.map((i) => [i.number, i.resolutions.length])).toEqual([
      ['1', 0],
      ['2', 1],
    ]);
  });

  it('a page that is only a login form', async () => {
    writeFileSync(
      join(tmp, 'login.html'),
      page('<nav><a href="/">Home</a></nav><main><h1>Sign in</h1><form><label>User name <input name="u"></label><label>Password <input type="password" name="p"></label><button>Log in</button></form></main>'),
    );
    expectRefused(await run('parse', 'login.html'), 'login.html', 'html-no-content');
  });

  it('a page with nothing but navigation', async () => {
    writeFileSync(join(tmp, 'menu.html'), page('<nav><ul><li><a href="/a">Agendas</a></li><li><a href="/m">Minutes</a></li></ul></nav>'));
    expectRefused(await run('parse', 'menu.html'), 'menu.html', 'html-no-content');
  });

  it('an HTML file of more than 50 MB', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x20);
    Buffer.from('<!DOCTYPE html><p>').copy(big);
    writeFileSync(join(tmp, 'huge.html'), big);
    expectRefused(await run('parse', 'huge.html'), 'huge.html', 'file-too-large');
  });
});
