// `node bench/pdfium.mjs`: pdf.js against PDFium (WebAssembly, @embedpdf/pdfium) on every fixture
// PDF, in-process, with `pdftotext -layout` per file in the same run. pdf.js is called as
// src/read/pdf-worker.ts calls it (text content and annotations of every page); PDFium reads every
// character with its origin, advance, font size and weight and groups them into runs (one
// baseline, no gap), which are laid out by the reader's own layOut and compared with
// pdf.js's pages. PDFium is not a dependency: `npm install --no-save @embedpdf/pdfium@2.15.1`
// first. See README, Speed, for the decision.
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';
import { layOut } from '../dist/read/pdf.js';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const files = execSync("find fixtures -name '*.pdf' | sort", { cwd: root, encoding: 'utf8' }).trim().split('\n');
const pdfs = files.map((f) => readFileSync(`${root}${f}`));

let init;
try {
  ({ init } = await import('@embedpdf/pdfium'));
} catch {
  console.log('PDFium is not installed: npm install --no-save @embedpdf/pdfium@2.15.1');
  process.exit(0);
}
const started = performance.now();
const pdfium = await init({ wasmBinary: readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm')) });
pdfium.PDFiumExt_Init();
const pdfiumStart = performance.now() - started;
const M = pdfium.pdfium;
const X = M.wasmExports;

/** Every page's runs, read by PDFium: characters grouped into runs of one baseline and no gap. */
function readWithPdfium(bytes) {
  const data = X.malloc(bytes.length);
  M.HEAPU8.set(bytes, data);
  const doc = X.FPDF_LoadMemDocument(data, bytes.length, 0);
  const box = X.malloc(32);
  const pages = [];
  const count = doc ? X.FPDF_GetPageCount(doc) : 0;
  for (let p = 0; p < count; p++) {
    const page = X.FPDF_LoadPage(doc, p);
    const height = X.FPDF_GetPageHeightF(page);
    const text = X.FPDFText_LoadPage(page);
    const n = X.FPDFText_CountChars(text);
    const runs = [];
    let run = null;
    let lastEnd = 0;
    for (let i = 0; i < n; i++) {
      if (X.FPDFText_IsGenerated(text, i) === 1) continue;
      const code = X.FPDFText_GetUnicode(text, i);
      if (code === 13 || code === 10) continue;
      X.FPDFText_GetCharOrigin(text, i, box, box + 8);
      const x = M.HEAPF64[box >> 3];
      const y = height - M.HEAPF64[(box >> 3) + 1];
      X.FPDFText_GetLooseCharBox(text, i, box);
      const right = M.HEAPF32[(box >> 2) + 2];
      const ch = String.fromCodePoint(code);
      if (run && Math.abs(y - run.y) < 0.01 && Math.abs(x - lastEnd) < 0.12 * run.size) {
        run.text += ch;
        run.width = right - run.x;
      } else {
        const size = X.FPDFText_GetFontSize(text, i);
        run = { text: ch, x, y, width: right - x, size, weight: X.FPDFText_GetFontWeight(text, i), upright: true };
        runs.push(run);
      }
      lastEnd = right;
    }
    pages.push({ runs: runs.filter((r) => r.text.trim() !== '') });
    X.FPDFText_ClosePage(text);
    X.FPDF_ClosePage(page);
  }
  X.free(box);
  if (doc) X.FPDF_CloseDocument(doc);
  X.free(data);
  return pages;
}

// pdf.js as src/read/pdf-worker.ts loads and calls it (the built-in push put back).
const builtinPush = Array.prototype.push;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
Array.prototype.push = builtinPush;

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
      await page.getAnnotations({ intent: 'display' });
      pages.push({ runs });
      page.cleanup();
    }
  } catch {
    // A broken fixture counts as read.
  } finally {
    await task.destroy();
  }
  return pages;
}

async function best(fn, rounds = 5) {
  let fastest = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const pdf of pdfs) await fn(pdf);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

let pages = 0;
let samePages = 0;
const sameFiles = [];
for (const [i, pdf] of pdfs.entries()) {
  const ours = readWithPdfium(pdf).map((p) => layOut(p.runs));
  const theirs = (await readWithPdfjs(pdf)).map((p) => layOut(p.runs));
  pages += theirs.length;
  samePages += theirs.filter((page, k) => page === ours[k]).length;
  if (ours.join('') === theirs.join('')) sameFiles.push(files[i]);
}
const pdfiumMs = await best(async (pdf) => readWithPdfium(pdf));
const pdfjsMs = await best(readWithPdfjs);
// As a user would run it: one process per file, its start included; the fastest of three rounds.
let pdftotextMs = Infinity;
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  for (const file of files) spawnSync('pdftotext', ['-q', '-layout', `${root}${file}`, '-']);
  pdftotextMs = Math.min(pdftotextMs, performance.now() - start);
}
const rate = (ms) => (pages / (ms / 1000)).toFixed(0);
console.log(`${pages} pages in ${pdfs.length} fixture PDFs, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
console.log(`PDFium ${rate(pdfiumMs)} pages/s (start ${pdfiumStart.toFixed(0)} ms), pdf.js ${rate(pdfjsMs)} pages/s, pdftotext -layout per file ${rate(pdftotextMs)} pages/s`);
console.log(`PDFium ${(pdfjsMs / pdfiumMs).toFixed(2)}× as fast as pdf.js; same laid-out text: ${samePages} of ${pages} pages, ${sameFiles.length} of ${files.length} PDFs`);
