// `node bench/pdfium.mjs`: pdf.js against PDFium (WebAssembly, @embedpdf/pdfium) on the fixture
// PDFs, in-process, text only: every character with its origin, font size and weight from
// PDFium (what the reader would need to build its runs), getTextContent from pdf.js as the
// reader calls it. PDFium is not a dependency: `npm install --no-save @embedpdf/pdfium@2.15.1`
// first. See README, Speed, for why pdf.js stays.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';

const require = createRequire(import.meta.url);
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const pdfs = readdirSync(fixtures)
  .filter((name) => name.startsWith('pdf-'))
  .map((name) => readFileSync(`${fixtures}${name}/input.pdf`));

let init;
try {
  ({ init } = await import('@embedpdf/pdfium'));
} catch {
  console.log('PDFium is not installed: npm install --no-save @embedpdf/pdfium@2.15.1');
  process.exit(0);
}
const pdfium = await init({ wasmBinary: readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm')) });
pdfium.PDFiumExt_Init();
const { malloc, free } = pdfium.pdfium.wasmExports;

/** Pages read, and every character's code, origin, font size and weight, by PDFium. */
function readWithPdfium(bytes) {
  const data = malloc(bytes.length);
  pdfium.pdfium.HEAPU8.set(bytes, data);
  const doc = pdfium.FPDF_LoadMemDocument(data, bytes.length, '');
  const origin = malloc(16);
  const chars = [];
  const pages = doc ? pdfium.FPDF_GetPageCount(doc) : 0;
  for (let p = 0; p < pages; p++) {
    const page = pdfium.FPDF_LoadPage(doc, p);
    const text = pdfium.FPDFText_LoadPage(page);
    const count = pdfium.FPDFText_CountChars(text);
    for (let i = 0; i < count; i++) {
      pdfium.FPDFText_GetCharOrigin(text, i, origin, origin + 8);
      chars.push(
        pdfium.FPDFText_GetUnicode(text, i),
        pdfium.pdfium.getValue(origin, 'double'),
        pdfium.pdfium.getValue(origin + 8, 'double'),
        pdfium.FPDFText_GetFontSize(text, i),
        pdfium.FPDFText_GetFontWeight(text, i),
      );
    }
    pdfium.FPDFText_ClosePage(text);
    pdfium.FPDF_ClosePage(page);
  }
  free(origin);
  if (doc) pdfium.FPDF_CloseDocument(doc);
  free(data);
  return pages;
}

// pdf.js as src/read/pdf-worker.ts loads and calls it (the built-in push put back).
const builtinPush = Array.prototype.push;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
Array.prototype.push = builtinPush;

async function readWithPdfjs(bytes) {
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, disableFontFace: true, useSystemFonts: false });
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
    }
  } catch {
    // A broken fixture counts as read.
  } finally {
    await task.destroy();
  }
}

async function best(fn) {
  let fastest = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (const pdf of pdfs) await fn(pdf);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const pages = pdfs.reduce((sum, pdf) => sum + readWithPdfium(pdf), 0);
const pdfiumMs = await best(async (pdf) => readWithPdfium(pdf));
const pdfjsMs = await best(readWithPdfjs);
const rate = (ms) => (pages / (ms / 1000)).toFixed(0);
console.log(`${pages} pages in ${pdfs.length} fixture PDFs: PDFium ${rate(pdfiumMs)} pages/s, pdf.js ${rate(pdfjsMs)} pages/s; PDFium ${(pdfjsMs / pdfiumMs).toFixed(2)}× as fast`);
