// The worker thread that runs pdf.js: PDF bytes in, the text runs of every page (each with its
// position) out, one PDF after another (the thread lives on, so pdf.js is loaded once). It runs
// apart from the main thread so that a PDF that makes pdf.js spin can be stopped by terminating
// the thread (read/pdf-thread.ts holds the deadline), and so that anything pdf.js prints is
// dropped instead of reaching our stdout, which carries JSON.
// Laying the runs out as lines happens in the main thread (read/pdf.ts).
import { parentPort } from 'node:worker_threads';

/** pdf.js's worker half (untyped: imported by name). */
const PDFJS_WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// pdf.js's legacy build (the one that runs on Node 20) brings core-js polyfills, one of which
// replaces this thread's Array.prototype.push (core-js distrusts V8's at lengths near 2^32) with a
// function several times slower, on a path pdf.js takes for every glyph. The built-in is put back
// once pdf.js and its worker half are loaded. The worker half is loaded here, and handed to
// pdf.js as globalThis.pdfjsWorker, rather than imported by pdf.js when the first document opens.
const builtinPush = Array.prototype.push;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(PDFJS_WORKER);
Array.prototype.push = builtinPush;

export interface PdfRequest {
  data: Uint8Array;
  password?: string | undefined;
  maxPages?: number | undefined;
}

/** One piece of text as pdf.js placed it, in page coordinates with y growing downwards. */
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
}

export interface PdfPage {
  runs: TextRun[];
}

export type PdfFailure =
  | { code: 'pdf-encrypted' | 'pdf-bad-password' }
  | { code: 'pdf-corrupt'; reason: string }
  | { code: 'pdf-too-many-pages'; pages: number; limit: number };

export type PdfReply = { ok: true; pages: PdfPage[] } | { ok: false; failure: PdfFailure };

/** What pdf.js says of an annotation, as far as its text goes. */
interface Annotation {
  rect: [number, number, number, number];
  annotationFlags?: number;
  /** The lines its appearance shows: filled-in text and choice fields, free-text notes. */
  textContent?: string[];
  /** Where the first line's baseline starts, from the rectangle's lower left corner. */
  textPosition?: [number, number];
  defaultAppearanceData?: { fontSize?: number };
}

// Annotation flags of annotations not shown on the page.
const HIDDEN = 0x2;
const NO_VIEW = 0x20;
/** Estimated advance of a character of form text, in ems (pdf.js gives no widths here). */
const FIELD_CHAR_WIDTH = 0.5;
const FIELD_LEADING = 1.15;

/**
 * Text that is part of the page without being in its content stream: the values of filled-in
 * form fields ("District Council ___" filled with "001") and free-text notes typed on the page.
 */
function annotationRuns(annotations: Annotation[], toViewport: (x: number, y: number) => number[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const a of annotations) {
    if (!a.textContent || !a.textPosition || (a.annotationFlags ?? 0) & (HIDDEN | NO_VIEW)) continue;
    const size = a.defaultAppearanceData?.fontSize || (a.rect[3] - a.rect[1]) * 0.7;
    a.textContent.forEach((text, i) => {
      if (text.trim() === '') return;
      const [x, y] = toViewport(a.rect[0] + a.textPosition![0], a.rect[1] + a.textPosition![1] - i * size * FIELD_LEADING);
      runs.push({ text: text.trim(), x: x!, y: y!, width: text.trim().length * size * FIELD_CHAR_WIDTH, size, upright: true, field: true });
    });
  }
  return runs;
}

// pdf.js's PasswordResponses: why a password exception was thrown.
const NEED_PASSWORD = 1;

/** pdf.js errors come back from its own worker as plain objects: only name, message and code survive. */
function failureOf(error: unknown): PdfFailure {
  const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: number };
  if (name === 'PasswordException') return { code: code === NEED_PASSWORD ? 'pdf-encrypted' : 'pdf-bad-password' };
  const reason = (message ?? String(error)).split('\n')[0]!.trim().replace(/\.$/, '').slice(0, 120);
  return { code: 'pdf-corrupt', reason: reason || 'unreadable' };
}

async function readPages(request: PdfRequest): Promise<PdfReply> {
  const task = pdfjs.getDocument({
    data: request.data,
    ...(request.password !== undefined ? { password: request.password } : {}),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
  });
  try {
    const doc = await task.promise;
    if (request.maxPages !== undefined && doc.numPages > request.maxPages) {
      return { ok: false, failure: { code: 'pdf-too-many-pages', pages: doc.numPages, limit: request.maxPages } };
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // The viewport turns PDF space (y up, possibly /Rotate'd) into reading space (y down).
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        runs.push({
          text: item.str,
          x: x!,
          y: y!,
          width: item.width,
          size: Math.hypot(c!, d!),
          upright: a! > 0 && Math.abs(b!) <= a! * 0.01,
        });
      }
      const annotations = (await page.getAnnotations({ intent: 'display' })) as Annotation[];
      runs.push(...annotationRuns(annotations, (x, y) => viewport.convertToViewportPoint(x, y)));
      pages.push({ runs });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  } finally {
    await task.destroy();
  }
}

// Whatever pdf.js (or anything it loads) prints is dropped here, in the thread, so that the main
// thread need not read this thread's output at all.
for (const stream of [process.stdout, process.stderr]) stream.write = (() => true) as typeof stream.write;

// One request at a time: the next comes only after this reply.
parentPort?.on('message', (request: PdfRequest) => {
  void readPages(request).then((reply) => parentPort!.postMessage(reply));
});
