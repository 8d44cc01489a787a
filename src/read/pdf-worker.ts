// The worker thread that runs PDFium (WebAssembly, @embedpdf/pdfium): PDF bytes in, the text
// runs of every page (each with its position) out, one PDF after another (the thread lives on,
// so PDFium is compiled once). It runs apart from the main thread so that a PDF that makes
// PDFium spin can be stopped by terminating the thread (read/pdf-thread.ts holds the deadline),
// and so that anything it prints is dropped instead of reaching our stdout, which carries JSON.
// Each page's runs are built in read/pdf-runs.ts; laying them out as lines happens in the main
// thread (read/pdf.ts).
import { init } from '@embedpdf/pdfium';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { readDocument, type Pdfium } from './pdf-runs.js';

// The WebAssembly binary is read from the package, not fetched: this is Node, not a browser.
const loaded = await init({ wasmBinary: readFileSync(fileURLToPath(import.meta.resolve('@embedpdf/pdfium/pdfium.wasm'))) });
loaded.PDFiumExt_Init();
const pdfium = loaded.pdfium as unknown as Pdfium;

export interface PdfRequest {
  data: Uint8Array;
  password?: string | undefined;
  maxPages?: number | undefined;
}

/**
 * One piece of text as the PDF places it, in page coordinates with y growing downwards: what
 * pdf.js calls a text item, which the layout (read/pdf.ts) was made for (read/pdf-runs.ts).
 */
export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance along the baseline. */
  width: number;
  /** Font size: the height of an em. */
  size: number;
  /** Left-to-right text on a horizontal baseline (not rotated, not vertical writing). */
  upright: boolean;
  /** The value of a filled-in form field or a typed-on note, which fills a blank of the page. */
  field?: true;
  /**
   * The run's font: an id equal for runs of one font of the document and different otherwise,
   * only ever compared, never read for its wording.
   */
  font?: string;
}

export interface PdfPage {
  runs: TextRun[];
}

export type PdfFailure =
  | { code: 'pdf-encrypted' | 'pdf-bad-password' }
  | { code: 'pdf-corrupt'; reason: string }
  | { code: 'pdf-too-many-pages'; pages: number; limit: number };

export type PdfReply = { ok: true; pages: PdfPage[] } | { ok: false; failure: PdfFailure };

// Whatever PDFium prints is dropped here, in the thread, so that the main thread need not read
// this thread's output at all.
for (const stream of [process.stdout, process.stderr]) stream.write = (() => true) as typeof stream.write;

// One request at a time: the next comes only after this reply.
parentPort?.on('message', (request: PdfRequest) => {
  parentPort!.postMessage(readDocument(pdfium, request));
});
