// One PDF page read by PDFium (WebAssembly) into text runs: the pieces of text, each with its
// position, that the layout (read/pdf.ts) groups into lines. PDFium gives every character with
// its origin, its text object (font, size, marked content) and its place among the page's
// objects; the runs are built from them by the rules pdf.js's getTextContent applies while it
// walks a content stream (its text items, which the layout was written for): a run ends at a
// change of font or size, at marked content, at an XObject, at a jump back or to another line;
// a gap of 0.102–0.6 em inside a run becomes a space and a wider one ends the run; a space drawn
// as a glyph is kept only where the pen moves on by more than 0.102 em. Lengths along the
// baseline are measured in text space, as pdf.js measures them, so that the same gaps fall on
// the same side of each threshold.
import type { PdfFailure, PdfPage, PdfReply, PdfRequest, TextRun } from './pdf-worker.js';

/** The PDFium functions the reader calls: WebAssembly exports, pointers and handles as numbers. */
type Call =
  | 'malloc'
  | 'free'
  | 'FPDF_LoadMemDocument'
  | 'FPDF_GetLastError'
  | 'FPDF_GetPageCount'
  | 'FPDF_LoadPage'
  | 'FPDF_ClosePage'
  | 'FPDF_CloseDocument'
  | 'FPDF_GetPageBoundingBox'
  | 'FPDFPage_GetRotation'
  | 'FPDFPage_CountObjects'
  | 'FPDFPage_GetObject'
  | 'FPDFPageObj_GetType'
  | 'FPDFPageObj_CountMarks'
  | 'FPDFPageObj_GetMark'
  | 'FPDFPageObj_GetMatrix'
  | 'FPDFFormObj_CountObjects'
  | 'FPDFFormObj_GetObject'
  | 'FPDFTextObj_GetFontSize'
  | 'FPDFTextObj_GetFont'
  | 'FPDFFont_GetGlyphWidth'
  | 'FPDFFont_GetBaseFontName'
  | 'FPDFText_LoadPage'
  | 'FPDFText_ClosePage'
  | 'FPDFText_CountChars'
  | 'FPDFText_IsGenerated'
  | 'FPDFText_IsHyphen'
  | 'FPDFText_GetUnicode'
  | 'FPDFText_GetTextObject'
  | 'FPDFText_GetCharOrigin'
  | 'FPDFText_GetLooseCharBox'
  | 'FPDFText_GetMatrix'
  | 'FPDFPage_GetAnnotCount'
  | 'FPDFPage_GetAnnot'
  | 'FPDFPage_CloseAnnot'
  | 'FPDFAnnot_GetSubtype'
  | 'FPDFAnnot_GetFlags'
  | 'FPDFAnnot_GetRect'
  | 'FPDFAnnot_GetStringValue'
  | 'FPDFAnnot_GetObjectCount'
  | 'FPDFAnnot_GetObject';

export interface Pdfium {
  wasmExports: Record<Call, (...args: number[]) => number>;
  // Views of the WebAssembly memory: read afresh after every call, as a call may grow the memory.
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
}

// pdf.js's thresholds (evaluator.js), in ems of the font size.
const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT = 0.25;
/**
 * A gap of exactly 0.102 em (a TJ adjustment of -102) is tracking, not a space, by pdf.js's
 * rule; PDFium's positions are single precision, so a gap this close to the threshold is on it.
 */
const ON_THRESHOLD = 1e-4;
// What pdf.js makes of a glyph's text (getCharUnicodeCategory): a space, a mark of no width, nothing.
const WHITESPACE = /^\s/u;
const ZERO_WIDTH = /\p{Mn}/u;
const FORMAT_MARK = /\p{Cf}$/u;
/** Compatibility forms pdf.js normalises: ligatures, presentation forms, odd spaces. */
const COMPATIBILITY =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40\ufb41\ufb43\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
const normalize = (s: string) => s.replace(COMPATIBILITY, (_, forms: string | undefined, st: string) => (forms ? forms.normalize('NFKC') : 'ſt'.repeat(st.length)));

const TEXT_OBJECT = 1;
const IMAGE_OBJECT = 3;
const FORM_OBJECT = 5;
/** PDFium's code for a hyphen that ends a line. */
const LINE_END_HYPHEN = 2;

// ---- Documents -----------------------------------------------------------------------------------

// FPDF_GetLastError's codes.
const FILE_ERROR = 2;
const FORMAT_ERROR = 3;
const PASSWORD_ERROR = 4;
const SECURITY_ERROR = 5;

function failureOf(error: number, password: string | undefined): PdfFailure {
  if (error === PASSWORD_ERROR) return { code: password === undefined ? 'pdf-encrypted' : 'pdf-bad-password' };
  if (error === SECURITY_ERROR) return { code: 'pdf-corrupt', reason: 'it is encrypted in a way that is not supported' };
  return { code: 'pdf-corrupt', reason: error === FORMAT_ERROR || error === FILE_ERROR ? 'it is not a valid PDF (damaged or not a PDF)' : 'it could not be read' };
}

/** A C string in PDFium's memory (the caller frees it), or 0 for none. */
function cString(M: Pdfium, value: string | undefined): number {
  const X = M.wasmExports;
  if (value === undefined) return 0;
  const bytes = Buffer.from(`${value}\0`, 'utf8');
  const at = X.malloc(bytes.length);
  M.HEAPU8.set(bytes, at);
  return at;
}

/** Every page's runs, or why the PDF cannot be read. */
export function readDocument(M: Pdfium, request: PdfRequest): PdfReply {
  const X = M.wasmExports;
  const data = X.malloc(request.data.length);
  M.HEAPU8.set(request.data, data);
  const password = cString(M, request.password);
  const doc = X.FPDF_LoadMemDocument(data, request.data.length, password);
  try {
    if (!doc) return { ok: false, failure: failureOf(X.FPDF_GetLastError(), request.password) };
    const count = X.FPDF_GetPageCount(doc);
    // A file that PDFium repaired into nothing: no page tree survived.
    if (count <= 0) return { ok: false, failure: { code: 'pdf-corrupt', reason: 'it has no readable pages' } };
    if (request.maxPages !== undefined && count > request.maxPages) {
      return { ok: false, failure: { code: 'pdf-too-many-pages', pages: count, limit: request.maxPages } };
    }
    const pages: PdfPage[] = [];
    const fonts: Fonts = { ids: new Map(), faces: new Map(), advances: new Map() };
    for (let n = 0; n < count; n++) {
      const page = X.FPDF_LoadPage(doc, n);
      if (!page) return { ok: false, failure: { code: 'pdf-corrupt', reason: `page ${n + 1} could not be read` } };
      pages.push({ runs: pageRuns(M, page, fonts) });
      X.FPDF_ClosePage(page);
    }
    return { ok: true, pages };
  } finally {
    if (doc) X.FPDF_CloseDocument(doc);
    X.free(data);
    if (password) X.free(password);
  }
}

// ---- Pages ---------------------------------------------------------------------------------------

/** What the pages of one document share about its fonts: an id for each, its characters' advances. */
export interface Fonts {
  /** By font handle: the id of its face. */
  ids: Map<number, string>;
  /** By face name: its id. */
  faces: Map<string, string>;
  /** By font handle × 0x110000 + code point, in ems. */
  advances: Map<number, number>;
}

/**
 * The id of a font's face. A writer may embed one face as several fonts (Word adds a Unicode
 * encoding of Helvetica for the words with curly quotes beside its WinAnsi one): the text is
 * printed alike, so they share an id. The face is the font's base name without the subset tag
 * ("ABCDEF+Helvetica"); a font without a name is a face of its own.
 */
function faceId(M: Pdfium, fonts: Fonts, font: number): string {
  const X = M.wasmExports;
  const length = X.FPDFFont_GetBaseFontName(font, 0, 0);
  let face = `#${font}`;
  if (length > 1) {
    const at = X.malloc(length);
    X.FPDFFont_GetBaseFontName(font, at, length);
    const name = Buffer.from(M.HEAPU8.subarray(at, at + length - 1)).toString('latin1').replace(/^[A-Z]{6}\+/, '');
    X.free(at);
    if (name) face = name;
  }
  let id = fonts.faces.get(face);
  if (id === undefined) fonts.faces.set(face, (id = `f${fonts.faces.size + 1}`));
  return id;
}

/** Where a text object is drawn: which content stream (0 the page's, then each form's), and its place in drawing order. */
interface Place {
  stream: number;
  order: number;
}

/**
 * Every text object of the page with its place. A form XObject, and an image XObject, between
 * two text objects are counted in the order: pdf.js ends a text item at either.
 */
function places(X: Pdfium['wasmExports'], page: number): Map<number, Place> {
  const found = new Map<number, Place>();
  let order = 0;
  let streams = 0;
  const walk = (count: number, get: (i: number) => number, stream: number) => {
    for (let i = 0; i < count; i++) {
      const obj = get(i);
      const type = X.FPDFPageObj_GetType(obj);
      if (type === TEXT_OBJECT) found.set(obj, { stream, order: order++ });
      else if (type === IMAGE_OBJECT) order++;
      else if (type === FORM_OBJECT) {
        const inner = ++streams;
        order++;
        walk(X.FPDFFormObj_CountObjects(obj), (k) => X.FPDFFormObj_GetObject(obj, k), inner);
        order++;
      }
    }
  };
  walk(X.FPDFPage_CountObjects(page), (i) => X.FPDFPage_GetObject(page, i), 0);
  return found;
}

/** A text object's font, size and marked content: a run ends where any of them changes. */
interface TextObject {
  font: number;
  /** The size the font is set at (Tf), before any matrix. */
  fontSize: number;
  marks: string;
  place: Place;
  /** Text space to page space (without the font size): its characters share it. */
  matrix: number[] | null;
}

/** One glyph as pdf.js meets it: a code that maps to several characters ("fi") is one glyph. */
interface Glyph {
  index: number;
  obj: number;
  code: number;
  text: string;
  x: number;
  y: number;
}

/** pdf.js's textContentItem: the run being built. Its measures outlive it (see `compare`). */
interface Item {
  open: boolean;
  text: string[];
  x: number;
  y: number;
  matrix: number[];
  /** Rendered font size: the run's `size`. */
  height: number;
  fontSize: number;
  font: number;
  /** Text space → page space along the baseline: the text matrix's scale. */
  scale: number;
  /** Width since the scale last changed, in text space; what went before, in page space. */
  width: number;
  totalWidth: number;
}

/** What pdf.js keeps per content stream: the run, the pen after the last glyph, the last two characters. */
interface StreamState {
  item: Item;
  pen: [number, number] | null;
  lastChars: [string, string];
  lastPos: number;
}

const freshState = (): StreamState => ({
  item: { open: false, text: [], x: 0, y: 0, matrix: [1, 0, 0, 1], height: 0, fontSize: 0, font: 0, scale: 1, width: 0, totalWidth: 0 },
  pen: null,
  lastChars: [' ', ' '],
  lastPos: 0,
});

/** The page's text runs, in reading space (y down, the page's rotation applied), from `page` (a loaded FPDF_PAGE). */
export function pageRuns(M: Pdfium, page: number, fonts: Fonts): TextRun[] {
  const X = M.wasmExports;
  const scratch = X.malloc(64);
  const f32 = scratch >> 2;
  const f64 = scratch >> 3;

  // The viewport: PDF space (y up, the crop box, /Rotate) to reading space (y down), as pdf.js's.
  X.FPDF_GetPageBoundingBox(page, scratch);
  const box = [M.HEAPF32[f32]!, M.HEAPF32[f32 + 1]!, M.HEAPF32[f32 + 2]!, M.HEAPF32[f32 + 3]!];
  const view = [Math.min(box[0]!, box[2]!), Math.min(box[1]!, box[3]!), Math.max(box[0]!, box[2]!), Math.max(box[1]!, box[3]!)] as const;
  const rotation = X.FPDFPage_GetRotation(page) * 90;
  const [ra, rb, rc, rd] = rotation === 90 ? [0, 1, 1, 0] : rotation === 180 ? [-1, 0, 0, 1] : rotation === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const cx = (view[0] + view[2]) / 2;
  const cy = (view[1] + view[3]) / 2;
  const [w, h] = rotation % 180 ? [view[3] - view[1], view[2] - view[0]] : [view[2] - view[0], view[3] - view[1]];
  const toView = (x: number, y: number): [number, number] => [ra * (x - cx) + rc * (y - cy) + w / 2, rb * (x - cx) + rd * (y - cy) + h / 2];

  const placeOf = places(X, page);
  const objects = new Map<number, TextObject>();
  const textObject = (obj: number): TextObject => {
    let found = objects.get(obj);
    if (found) return found;
    X.FPDFTextObj_GetFontSize(obj, scratch);
    const marks: number[] = [];
    for (let k = X.FPDFPageObj_CountMarks(obj) - 1; k >= 0; k--) marks.push(X.FPDFPageObj_GetMark(obj, k));
    found = { font: X.FPDFTextObj_GetFont(obj), fontSize: M.HEAPF32[f32]!, marks: marks.join(), place: placeOf.get(obj) ?? { stream: -1, order: -1 }, matrix: null };
    objects.set(obj, found);
    return found;
  };
  // A character's advance in ems, from its font's widths (PDFium finds the code by its Unicode).
  const advanceOf = (font: number, code: number): number => {
    const key = font * 0x110000 + code;
    let advance = fonts.advances.get(key);
    if (advance === undefined) {
      advance = X.FPDFFont_GetGlyphWidth(font, code, 1, scratch) ? M.HEAPF32[f32]! : 0;
      fonts.advances.set(key, advance);
    }
    return advance;
  };
  // The advance PDFium's box gives a character whose advance the font's widths do not.
  const boxWidth = (index: number): number => {
    X.FPDFText_GetLooseCharBox(text, index, scratch);
    return Math.abs(M.HEAPF32[f32 + 2]! - M.HEAPF32[f32]!);
  };

  const text = X.FPDFText_LoadPage(page);
  const glyphs: Glyph[] = [];
  for (let index = 0, n = X.FPDFText_CountChars(text); index < n; index++) {
    // PDFium's own spaces and line ends (pdf.js has none), some of them inside a text object.
    if (X.FPDFText_IsGenerated(text, index) === 1) continue;
    const obj = X.FPDFText_GetTextObject(text, index);
    if (!obj) continue;
    let code = X.FPDFText_GetUnicode(text, index);
    if (code === LINE_END_HYPHEN && X.FPDFText_IsHyphen(text, index)) code = 0x2d;
    X.FPDFText_GetCharOrigin(text, index, scratch, scratch + 8);
    const x = M.HEAPF64[f64]!;
    const y = M.HEAPF64[f64 + 1]!;
    const last = glyphs[glyphs.length - 1];
    // A code that maps to several characters comes as several characters at one origin.
    if (last && last.obj === obj && last.x === x && last.y === y) {
      last.text += String.fromCodePoint(code);
      continue;
    }
    glyphs.push({ index, obj, code, text: String.fromCodePoint(code), x, y });
  }

  const runs: TextRun[] = [];
  const states = new Map<number, StreamState>([[0, freshState()]]);
  let stream = 0;
  let state = states.get(0)!;
  let item = state.item;

  const saveLastChar = (char: string): boolean => {
    const next = (state.lastPos + 1) % 2;
    const spaceBefore = state.lastChars[state.lastPos] !== ' ' && state.lastChars[next] === ' ';
    state.lastChars[state.lastPos] = char;
    state.lastPos = next;
    return spaceBefore;
  };
  const spaceBefore = () => state.lastChars[state.lastPos] !== ' ' && state.lastChars[(state.lastPos + 1) % 2] === ' ';
  const resetLastChars = () => {
    state.lastChars = [' ', ' '];
    state.lastPos = 0;
  };
  const flush = () => {
    if (!item.open) return;
    item.totalWidth += item.width * item.scale;
    item.open = false;
    const str = normalize(item.text.join(''));
    item.text = [];
    if (str.trim() === '') return;
    const [x, y] = toView(item.x, item.y);
    // The run's baseline direction in reading space: upright when it runs left to right.
    const a = ra * item.matrix[0]! + rc * item.matrix[1]!;
    const b = rb * item.matrix[0]! + rd * item.matrix[1]!;
    let font = fonts.ids.get(item.font);
    if (font === undefined) fonts.ids.set(item.font, (font = faceId(M, fonts, item.font)));
    runs.push({ text: str, x, y, width: Math.abs(item.totalWidth), size: item.height, upright: a > 0 && Math.abs(b) <= a * 0.01, font });
  };

  /** pdf.js's compareWithLastPosition (horizontal writing): the pen moved (dx, dy) to the next glyph. */
  const compare = (dx: number, dy: number, ux: number, uy: number) => {
    const advanceX = (dx * ux + dy * uy) / item.scale;
    const advanceY = -dx * uy + dy * ux;
    // pdf.js's measures are those of the last run even when a new one is about to start, and
    // its direction is the sign of the width since the scale last changed (0 just after).
    const em = Math.sign(item.width) * item.fontSize;
    if (advanceX < em * NEGATIVE_SPACE || Math.abs(advanceY) > item.height) {
      resetLastChars();
      flush();
      return;
    }
    if (advanceX <= em * NOT_A_SPACE) resetLastChars();
    if (advanceX <= em * (TRACKING_SPACE + ON_THRESHOLD)) {
      if (spaceBefore()) {
        resetLastChars();
        flush();
      } else item.width += advanceX;
    } else if (advanceX <= em * SPACE_IN_FLOW_MAX) {
      if (item.open) {
        resetLastChars();
        item.text.push(' ');
        item.width += advanceX;
      } else resetLastChars();
    } else {
      flush();
      resetLastChars();
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT) flush();
  };

  let previous: TextObject | null = null;
  for (const glyph of glyphs) {
    if (FORMAT_MARK.test(glyph.text)) continue;
    const obj = textObject(glyph.obj);
    // A form's content is a stream of its own; the page's takes up again after it.
    if (obj.place.stream !== stream) {
      flush();
      stream = obj.place.stream;
      if (!states.has(stream)) states.set(stream, freshState());
      state = states.get(stream)!;
      item = state.item;
    } else if (previous && obj !== previous) {
      const otherStyle = previous.font !== obj.font || previous.fontSize !== obj.fontSize || previous.marks !== obj.marks;
      if (otherStyle || obj.place.order > previous.place.order + 1) flush();
    }
    previous = obj;
    if (!obj.matrix) {
      X.FPDFText_GetMatrix(text, glyph.index, scratch);
      obj.matrix = [M.HEAPF32[f32]!, M.HEAPF32[f32 + 1]!, M.HEAPF32[f32 + 2]!, M.HEAPF32[f32 + 3]!];
    }
    const matrix = obj.matrix;
    const scale = Math.hypot(matrix[0]!, matrix[1]!);
    // A text matrix of another scale: the width since the last one is set aside.
    if (item.open && Math.abs(scale - item.scale) > 1e-5 * item.scale) {
      item.totalWidth += item.width * item.scale;
      item.width = 0;
      item.scale = scale;
    }
    if (WHITESPACE.test(glyph.text)) {
      saveLastChar(' ');
      continue;
    }
    const ux = matrix[0]! / (scale || 1);
    const uy = matrix[1]! / (scale || 1);
    const zeroWidth = ZERO_WIDTH.test(glyph.text);
    const single = glyph.text.length === String.fromCodePoint(glyph.code).length;
    const advance = zeroWidth ? 0 : (single && advanceOf(obj.font, glyph.code) * obj.fontSize * scale) || boxWidth(glyph.index);
    // pdf.js skips a glyph outside the page's box.
    if (!zeroWidth && (glyph.x + advance * ux < view[0] || glyph.x > view[2] || glyph.y < view[1] || glyph.y > view[3])) continue;
    if (!zeroWidth && state.pen && (glyph.x !== state.pen[0] || glyph.y !== state.pen[1])) compare(glyph.x - state.pen[0], glyph.y - state.pen[1], ux, uy);
    if (!item.open) {
      Object.assign(item, { open: true, x: glyph.x, y: glyph.y, matrix, height: obj.fontSize * Math.hypot(matrix[2]!, matrix[3]!), fontSize: obj.fontSize, font: obj.font, scale, width: 0, totalWidth: 0 });
    }
    item.width += advance / item.scale;
    if (advance) state.pen = [glyph.x + ux * advance, glyph.y + uy * advance];
    if (saveLastChar(glyph.text)) item.text.push(' ');
    item.text.push(glyph.text);
  }
  flush();
  X.FPDFText_ClosePage(text);
  runs.push(...annotationRuns(M, page, toView, scratch));
  X.free(scratch);
  return runs;
}

// ---- Form values and notes ------------------------------------------------------------------------

// Annotation flags of annotations not shown on the page.
const HIDDEN = 0x2;
const NO_VIEW = 0x20;
const FREE_TEXT = 3;
const WIDGET = 20;
/** Estimated advance of a character of form text, in ems (its glyphs are not measured). */
const FIELD_CHAR_WIDTH = 0.5;
const FIELD_LEADING = 1.15;

/** A string of an annotation's dictionary ("V", "Contents", "DA"); '' when it has none. */
function stringValue(M: Pdfium, annot: number, key: string): string {
  const X = M.wasmExports;
  const name = Buffer.from(`${key}\0`, 'latin1');
  const at = X.malloc(name.length);
  M.HEAPU8.set(name, at);
  const bytes = X.FPDFAnnot_GetStringValue(annot, at, 0, 0);
  let value = '';
  if (bytes > 2) {
    const buffer = X.malloc(bytes);
    X.FPDFAnnot_GetStringValue(annot, at, buffer, bytes);
    value = Buffer.from(M.HEAPU8.subarray(buffer, buffer + bytes - 2)).toString('utf16le');
    X.free(buffer);
  }
  X.free(at);
  return value;
}

/**
 * Text that is part of the page without being in its content stream: the values of filled-in
 * form fields ("District Council ___" filled with "001") and free-text notes typed on the page,
 * each line a run where the annotation's appearance starts its text.
 */
function annotationRuns(M: Pdfium, page: number, toView: (x: number, y: number) => [number, number], scratch: number): TextRun[] {
  const X = M.wasmExports;
  const f32 = scratch >> 2;
  const runs: TextRun[] = [];
  for (let k = 0, count = X.FPDFPage_GetAnnotCount(page); k < count; k++) {
    const annot = X.FPDFPage_GetAnnot(page, k);
    const subtype = X.FPDFAnnot_GetSubtype(annot);
    if ((subtype === FREE_TEXT || subtype === WIDGET) && !(X.FPDFAnnot_GetFlags(annot) & (HIDDEN | NO_VIEW))) {
      const value = stringValue(M, annot, subtype === WIDGET ? 'V' : 'Contents');
      X.FPDFAnnot_GetRect(annot, scratch);
      const left = Math.min(M.HEAPF32[f32]!, M.HEAPF32[f32 + 2]!);
      const bottom = Math.min(M.HEAPF32[f32 + 1]!, M.HEAPF32[f32 + 3]!);
      const height = Math.abs(M.HEAPF32[f32 + 3]! - M.HEAPF32[f32 + 1]!);
      let start: [number, number] | null = null;
      for (let o = 0, objects = X.FPDFAnnot_GetObjectCount(annot); o < objects && !start; o++) {
        const obj = X.FPDFAnnot_GetObject(annot, o);
        if (X.FPDFPageObj_GetType(obj) === TEXT_OBJECT && X.FPDFPageObj_GetMatrix(obj, scratch)) start = [M.HEAPF32[f32 + 4]!, M.HEAPF32[f32 + 5]!];
      }
      // The default appearance sets the font: "/Helv 9 Tf 0 g".
      const da = stringValue(M, annot, 'DA').split(/\s+/);
      const size = Number(da[da.indexOf('Tf') - 1]) || height * 0.7;
      if (start && value) {
        value.split(/\r\n|\r|\n/).forEach((line, i) => {
          if (line.trim() === '') return;
          const [x, y] = toView(left + start[0], bottom + start[1] - i * size * FIELD_LEADING);
          runs.push({ text: line.trim(), x, y, width: line.trim().length * size * FIELD_CHAR_WIDTH, size, upright: true, field: true });
        });
      }
    }
    X.FPDFPage_CloseAnnot(annot);
  }
  return runs;
}
