// Every way a PDF can fail to be read, with PDFs the test writes itself: encrypted (RC4, as
// `qpdf --encrypt` would), image-only, truncated, damaged, too long, and one that makes the
// reader spin. Each is an InputError with its catalog code (the CLI prints one line and exits 2),
// and PDFium never writes to our stdout. The PDF worker runs from dist/: `npm run build` first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { read } from '../src/read/index.js';
import { InputError } from '../src/read/input-error.js';
import { fakeIO } from './helpers/io.js';
import { buildPdf, HELVETICA, latin1, page, type PdfObject } from './helpers/pdf.js';

/** A PDF with a page for each list of lines, set in 12pt Helvetica. */
function textPdf(pages: string[][], password?: string): Uint8Array {
  const objects: PdfObject[] = [
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>` },
    HELVETICA,
  ];
  pages.forEach((lines, i) => {
    objects.push(page(5 + 2 * i, '/Font << /F1 3 0 R >>'));
    objects.push({ dict: '<< >>', stream: lines.map((l, k) => `BT /F1 12 Tf 72 ${720 - 14 * k} Td (${l}) Tj ET`).join('\n') });
  });
  return buildPdf(objects, password);
}

/** A scan: one page that paints an image and has no text. */
const imagePdf = () =>
  buildPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    page(4, '/XObject << /Im1 5 0 R >>'),
    { dict: '<< >>', stream: 'q 400 0 0 600 100 100 cm /Im1 Do Q' },
    { dict: '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', stream: Buffer.from([0, 255, 255, 0]) },
  ]);

/** Forms that each draw the next one 40 times, four deep: 2.5 million words for the reader to place. */
function spinningPdf(): Uint8Array {
  const depth = 4;
  const objects: PdfObject[] = [
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    page(4, '/XObject << /X 5 0 R >>'),
    { dict: '<< >>', stream: '/X Do' },
  ];
  for (let k = 0; k < depth; k++) {
    objects.push({
      dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 ${5 + depth} 0 R >> /XObject << /X ${6 + k} 0 R >> >> >>`,
      stream: k === depth - 1 ? 'BT /F1 12 Tf 72 720 Td (ha) Tj ET' : Array(40).fill('/X Do').join('\n'),
    });
  }
  objects.push(HELVETICA);
  return buildPdf(objects);
}

// ---- Helpers ------------------------------------------------------------------------------------

/** The code of the InputError that reading `bytes` rejects with. */
async function failure(bytes: Uint8Array, options: Parameters<typeof read>[1] = {}): Promise<string> {
  const error: unknown = await read(bytes, { name: 'input.pdf', ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).file).toBe('input.pdf');
  return (error as InputError).code;
}

const corpusPdf = readFileSync(new URL('../fixtures/pdf-east-palo-alto-planning-commission-minutes-2020-01-27/input.pdf', import.meta.url));

// ---- Tests --------------------------------------------------------------------------------------

describe('encrypted PDFs', () => {
  const secret = textPdf([['Secret minutes of the council']], 'hunter2');

  it('without a password: pdf-encrypted', async () => {
    expect(await failure(secret)).toBe('pdf-encrypted');
  });

  it('with the wrong password: pdf-bad-password', async () => {
    expect(await failure(secret, { password: 'swordfish' })).toBe('pdf-bad-password');
  });

  it('with the password: the text', async () => {
    const source = await read(secret, { name: 'input.pdf', password: 'hunter2' });
    expect(source.text).toBe('Secret minutes of the council\n');
  });

  it('a password for a PDF that has none is ignored', async () => {
    const source = await read(textPdf([['Open minutes']]), { password: 'hunter2' });
    expect(source.text).toBe('Open minutes\n');
  });
});

describe('PDFs that cannot be read as text', () => {
  it('an image-only scan: no-text-layer, not an empty document', async () => {
    expect(await failure(imagePdf())).toBe('no-text-layer');
  });

  it('more pages than maxPages: pdf-too-many-pages', async () => {
    const three = textPdf([['one'], ['two'], ['three']]);
    expect(await failure(three, { maxPages: 2 })).toBe('pdf-too-many-pages');
    await expect(read(three, { maxPages: 3 })).resolves.toMatchObject({ pageStarts: [0, 4, 8] });
  });

  it('truncated anywhere: pdf-corrupt', async () => {
    for (const cut of [0.5, 0.9]) expect(await failure(corpusPdf.subarray(0, Math.floor(corpusPdf.length * cut)))).toBe('pdf-corrupt');
    expect(await failure(corpusPdf.subarray(0, corpusPdf.length - 8))).toBe('pdf-corrupt');
  });

  it('trailing whitespace or a little junk after %%EOF is still a complete file', async () => {
    const padded = Buffer.concat([textPdf([['Minutes']]), Buffer.alloc(4096), latin1('\r\n')]);
    await expect(read(padded)).resolves.toMatchObject({ text: 'Minutes\n' });
  });

  it('random bytes after %PDF-: pdf-corrupt', async () => {
    let seed = 7;
    const junk = Buffer.alloc(4000, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2147483648) & 255);
    latin1('%PDF-1.7\n').copy(junk, 0);
    latin1('%%EOF\n').copy(junk, junk.length - 6);
    expect(await failure(junk)).toBe('pdf-corrupt');
  });

  it('damaged bytes: a document or an InputError, never a crash', async () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 4; run++) {
      const damaged = Buffer.from(corpusPdf);
      for (let k = 0; k < 40; k++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
      const outcome = await read(damaged, { name: 'input.pdf', timeoutMs: 10_000 }).then(
        (source) => source.format,
        (e: unknown) => (e instanceof InputError ? e.code : e),
      );
      expect(['pdf', 'pdf-corrupt', 'no-text-layer']).toContain(outcome);
    }
  });
});

describe('the deadline', () => {
  it('a PDF that makes the reader spin is stopped at timeoutMs: pdf-timeout', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const started = Date.now();
      expect(await failure(spinningPdf(), { timeoutMs: 400 })).toBe('pdf-timeout');
      // The worker is terminated, not waited for: the spinning PDF takes far longer to finish.
      expect(terminate).toHaveBeenCalledOnce();
      await terminate.mock.results[0]!.value;
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      terminate.mockRestore();
    }
  });
});

describe('PDFium output', () => {
  it('never reaches stdout or stderr, whatever the PDF', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const damaged = Buffer.from(corpusPdf).fill(0x41, 2000, 2400);
      for (const bytes of [corpusPdf, damaged, imagePdf(), textPdf([['x']], 'pw')]) await read(bytes).catch(() => null);
      // A worker's piped output arrives asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(stdout).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const io = fakeIO({ cwd: dir });
    const code = await main(argv, io);
    return { code, stdout: io.out(), stderr: io.err() };
  };

  it('an encrypted PDF is one line on stderr and exit 2; --password-file opens it', async () => {
    writeFileSync(join(dir, 'secret.pdf'), textPdf([['1. Apologies for absence']], 'hunter2'));
    writeFileSync(join(dir, 'password.txt'), 'hunter2\n');
    const locked = await run('parse', 'secret.pdf');
    expect(locked.code).toBe(2);
    expect(locked.stdout).toBe('');
    expect(locked.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(locked.stderr).toContain('[pdf-encrypted]');
    const opened = await run('parse', '--password-file', 'password.txt', 'secret.pdf');
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.stdout)).toMatchObject({ source: { format: 'pdf', pages: 1 } });
  });

  it('--timeout is in seconds', async () => {
    writeFileSync(join(dir, 'spin.pdf'), spinningPdf());
    const result = await run('parse', '--timeout', '0.3', 'spin.pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[pdf-timeout]');
  });
});
