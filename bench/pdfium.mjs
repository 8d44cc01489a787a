// `node bench/pdfium.mjs [--diffs DIR] [FILTER]`: the PDF reader (PDFium, src/read/pdf-runs.ts)
// against pdf.js, the reader it replaced, on every fixture PDF and every PDF of the shared
// corpus: the text each gives every page once laid out by the reader's own layOut (page by page,
// with --diffs each differing page's two texts written to DIR), and pages per second of both,
// in-process, text runs only, with `pdftotext -layout` run per file in the same run.
// pdf.js is no longer a dependency: `npm install --no-save pdfjs-dist@5.4.296` first, and
// `npm run build`. See README, Speed.
import { init } from '@embedpdf/pdfium';
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, URL } from 'node:url';
import { layOut } from '../dist/read/pdf.js';
import { readDocument } from '../dist/read/pdf-runs.js';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const diffsAt = args.indexOf('--diffs');
const diffs = diffsAt >= 0 ? args.splice(diffsAt, 2)[1] : null;
const files = execSync("find fixtures -name '*.pdf' | sort; ls /work/shared/corpus/*.pdf 2>/dev/null || true", { cwd: root, encoding: 'utf8' })
  .trim()
  .split('\n')
  .filter((f) => f.includes(args[0] ?? ''));
const pdfs = files.map((f) => readFileSync(f.startsWith('/') ? f : `${root}${f}`));

let pdfjs;
try {
  // The legacy build (Node 20) with the built-in push put back, as the reader loaded it.
  const builtinPush = Array.prototype.push;
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Array.prototype.push = builtinPush;
} catch {
  console.log('pdf.js is not installed: npm install --no-save pdfjs-dist@5.4.296');
  process.exit(0);
}

let started = performance.now();
const loaded = await init({ wasmBinary: readFileSync(fileURLToPath(import.meta.resolve('@embedpdf/pdfium/pdfium.wasm'))) });
loaded.PDFiumExt_Init();
const pdfiumStart = performance.now() - started;
const readWithPdfium = (bytes) => {
  const reply = readDocument(loaded.pdfium, { data: bytes });
  return reply.ok ? reply.pages : [];
};

/** pdf.js as the reader called it: every page's text items and filled-in form values as runs. */
async function readWithPdfjs(bytes) {
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, disableFontFace: true, useSystemFonts: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false, enableXfa: false });
  const pages = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const runs = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform);
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d), upright: a > 0 && Math.abs(b) <= a * 0.01 });
      }
      for (const note of await page.getAnnotations({ intent: 'display' })) {
        if (!note.textContent || !note.textPosition || (note.annotationFlags ?? 0) & 0x22) continue;
        const size = note.defaultAppearanceData?.fontSize || (note.rect[3] - note.rect[1]) * 0.7;
        note.textContent.forEach((text, i) => {
          if (text.trim() === '') return;
          const [x, y] = viewport.convertToViewportPoint(note.rect[0] + note.textPosition[0], note.rect[1] + note.textPosition[1] - i * size * 1.15);
          runs.push({ text: text.trim(), x, y, width: text.trim().length * size * 0.5, size, upright: true, field: true });
        });
      }
      pages.push({ runs });
      page.cleanup();
    }
  } catch {
    // A broken PDF counts as read.
  } finally {
    await task.destroy();
  }
  return pages;
}

if (diffs) mkdirSync(diffs, { recursive: true });
let pages = 0;
let samePages = 0;
let sameFiles = 0;
for (const [i, pdf] of pdfs.entries()) {
  const ours = readWithPdfium(pdf).map((p) => layOut(p.runs));
  const theirs = (await readWithPdfjs(pdf)).map((p) => layOut(p.runs));
  const differing = theirs.flatMap((page, k) => (page === ours[k] ? [] : [k + 1]));
  pages += theirs.length;
  samePages += theirs.length - differing.length;
  if (differing.length === 0 && ours.length === theirs.length) sameFiles++;
  else console.log(`${files[i]}: pages ${differing.join(' ')} differ${ours.length !== theirs.length ? ` (PDFium ${ours.length} pages, pdf.js ${theirs.length})` : ''}`);
  if (diffs) {
    for (const k of differing) {
      const stem = `${diffs}/${basename(files[i], '.pdf')}-p${k}`;
      writeFileSync(`${stem}.pdfjs.txt`, theirs[k - 1]);
      writeFileSync(`${stem}.pdfium.txt`, ours[k - 1] ?? '');
    }
  }
}

async function best(read, rounds = 5) {
  let fastest = Infinity;
  for (let round = 0; round < rounds; round++) {
    started = performance.now();
    for (const pdf of pdfs) await read(pdf);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
const pdfiumMs = await best(async (pdf) => readWithPdfium(pdf));
const pdfjsMs = await best(readWithPdfjs);
// As a user would run it: one process per file, its start included; the fastest of three rounds.
let pdftotextMs = Infinity;
for (let round = 0; round < 3; round++) {
  started = performance.now();
  for (const file of files) spawnSync('pdftotext', ['-q', '-layout', file.startsWith('/') ? file : `${root}${file}`, '-']);
  pdftotextMs = Math.min(pdftotextMs, performance.now() - started);
}
const rate = (ms) => (pages / (ms / 1000)).toFixed(0);
console.log(`${pages} pages in ${pdfs.length} PDFs, load average ${loadavg()[0].toFixed(1)}`);
console.log(`PDFium ${rate(pdfiumMs)} pages/s (start ${pdfiumStart.toFixed(0)} ms), pdf.js ${rate(pdfjsMs)} pages/s, pdftotext -layout per file ${rate(pdftotextMs)} pages/s`);
console.log(`PDFium ${(pdfjsMs / pdfiumMs).toFixed(2)}× as fast as pdf.js; same laid-out text: ${samePages} of ${pages} pages, ${sameFiles} of ${files.length} PDFs`);
