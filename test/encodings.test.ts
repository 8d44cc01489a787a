// Encodings and line endings (issue 7, item 5; issue 2, item 3): the same minutes saved as
// UTF-8, UTF-8 with BOM, UTF-16LE and UTF-16BE with BOM and Windows-1252, each with LF, CRLF and
// CR line endings, read the same: identical items, resolutions and meeting, and the same JSON
// apart from `source` and the fallback warning (and offsets, where CRLF makes every line one unit
// longer). Windows-1252 is a fallback with a warning at the first byte that is not UTF-8, and its
// smart quotes must come out as U+2018/2019/201C/201D, never as C1 controls. Binary input is
// refused as 'binary-file', empty and blank input as 'empty-file'.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type Document } from '../src/index.js';
import { InputError } from '../src/read/input-error.js';
import { FIXTURES_DIR, runs } from './helpers/arbitraries.js';
import {
  encode,
  encodeCp1252,
  ENCODINGS,
  firstInvalidUtf8,
  LINE_ENDINGS,
  lineColumnOf,
  withLineEndings,
  type LineEnding,
  type TestEncoding,
} from './helpers/encodings.js';
import { assertNoTextLost, assertValid, describeError, tryParse } from './helpers/invariants.js';
import { documentBlocks, documentStrings } from './helpers/text-accounting.js';

/** Real minutes with smart quotes, £, é, NBSP and "·" bullets (seed-000), lettered points and ‘’ (seed-003), a ModernGov meeting page (Oxfordshire). */
const REFERENCE_DOCUMENTS = ['seed-000_453331043fc57572.txt', 'seed-003_f7355876b0398b26.txt', 'oxfordshire-cabinet-2019-01-22.txt'];

const C1 = /[\u0080-\u009f]/;
const SMART_QUOTES = ['\u2018', '\u2019', '\u201c', '\u201d'];

/** What must not change with the bytes: kind, meeting, attendance, declarations, items and their resolutions. */
function essentials(document: Document) {
  return {
    kind: document.kind,
    format: document.source.format,
    meeting: document.meeting,
    attendance: document.attendance,
    declarations: document.declarations.entries.map((d) => ({ member: d.member, item: d.item, interest: d.interest })),
    items: document.items.map((i) => ({
      number: i.number,
      title: i.title,
      truncated: i.truncated,
      resolutions: i.resolutions.map((r) => ({ text: r.text, outcome: r.outcome, movedBy: r.movedBy, secondedBy: r.secondedBy, votes: r.votes })),
    })),
  };
}

/** The document as JSON without `source` and the fallback warning; without offsets when asked. */
function comparable(document: Document, withOffsets: boolean): unknown {
  const copy = JSON.parse(JSON.stringify({ ...document, source: undefined, diagnostics: document.diagnostics.filter((d) => d.code !== 'encoding-fallback') }));
  if (!withOffsets) {
    const strip = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(strip);
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.line === 'number' && typeof record.column === 'number') delete record.offset;
        Object.values(record).forEach(strip);
      }
    };
    strip(copy);
  }
  return copy;
}

const countOf = (texts: readonly string[], ch: string) => texts.reduce((n, t) => n + t.split(ch).length - 1, 0);

interface Variant {
  encoding: TestEncoding;
  ending: LineEnding;
  text: string;
  bytes: Uint8Array;
  document: Document | null;
  error: string | null;
}

for (const name of REFERENCE_DOCUMENTS) {
  describe(`${name} in every encoding and line ending`, () => {
    const original = readFileSync(new URL(name, FIXTURES_DIR), 'utf8');
    let reference: Document;
    const variants: Variant[] = [];

    beforeAll(async () => {
      reference = await parse(encode(original, 'utf-8'), { name });
      for (const encoding of ENCODINGS) {
        for (const ending of LINE_ENDINGS) {
          const text = withLineEndings(original, ending);
          const bytes = encode(text, encoding);
          const outcome = await tryParse(bytes, { name });
          variants.push({ encoding, ending, text, bytes, document: outcome.ok ? outcome.document : null, error: outcome.ok ? null : describeError(outcome.error) });
        }
      }
    });

    it('is a real document with items, non-ASCII text and characters Windows-1252 can write', () => {
      expect(reference.items.length).toBeGreaterThan(0);
      expect(original).toMatch(/[\u2018\u2019]/);
      expect(() => encodeCp1252(original)).not.toThrow();
    });

    for (const encoding of ENCODINGS) {
      for (const ending of LINE_ENDINGS) {
        describe(`${encoding}, ${ending.toUpperCase()}`, () => {
          const variant = () => variants.find((v) => v.encoding === encoding && v.ending === ending)!;

          it('parses to a valid document', () => {
            const v = variant();
            expect(v.error).toBeNull();
            assertValid(v.document!);
            expect(v.document!.source.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
          });

          it('gives the same items, titles, resolutions and meeting as UTF-8 with LF', () => {
            const v = variant();
            expect(v.error).toBeNull();
            expect(essentials(v.document!)).toEqual(essentials(reference));
          });

          it(`gives the same JSON as UTF-8 with LF, apart from source${ending === 'crlf' ? ' and offsets' : ''}`, () => {
            const v = variant();
            expect(v.error).toBeNull();
            expect(comparable(v.document!, ending !== 'crlf')).toEqual(comparable(reference, ending !== 'crlf'));
          });

          it('keeps every line of the text', () => {
            const v = variant();
            expect(v.error).toBeNull();
            assertNoTextLost(v.document!, v.text);
          });

          if (encoding === 'windows-1252') {
            it('warns once with encoding-fallback at the first byte that is not UTF-8', () => {
              const v = variant();
              expect(v.error).toBeNull();
              const offset = firstInvalidUtf8(v.bytes);
              expect(offset).toBeGreaterThan(0);
              const warnings = v.document!.diagnostics.filter((d) => d.code === 'encoding-fallback');
              expect(warnings).toHaveLength(1);
              expect(warnings[0]!.severity).toBe('warning');
              // In Windows-1252 one byte is one character: the byte offset is the text offset.
              const { line, column } = lineColumnOf(v.text, offset);
              expect(warnings[0]!.position?.start).toEqual({ line, column, offset });
              expect(warnings[0]!.position?.end.offset).toBe(offset + 1);
            });

            it('turns smart quotes into U+2018/2019/201C/201D, never into C1 controls', () => {
              const v = variant();
              expect(v.error).toBeNull();
              const strings = documentStrings(v.document!);
              const withC1 = strings.filter((s) => C1.test(s));
              expect(withC1.slice(0, 3), 'strings holding C1 control characters (U+0080–U+009F)').toEqual([]);
              const blocks = documentBlocks(v.document!).map((b) => b.text);
              const referenceBlocks = documentBlocks(reference).map((b) => b.text);
              for (const quote of SMART_QUOTES) expect(countOf(blocks, quote), `count of U+${quote.charCodeAt(0).toString(16)}`).toBe(countOf(referenceBlocks, quote));
            });
          } else {
            it('has no encoding-fallback warning', () => {
              const v = variant();
              expect(v.error).toBeNull();
              expect(v.document!.diagnostics.map((d) => d.code)).not.toContain('encoding-fallback');
            });
          }
        });
      }
    }
  });
}

describe('Windows-1252: every character of 0x80–0x9F', () => {
  // The 27 printable characters Windows-1252 puts where Latin-1 has C1 controls.
  const specials = '\u20ac \u201a \u0192 \u201e \u2026 \u2020 \u2021 \u02c6 \u2030 \u0160 \u2039 \u0152 \u017d \u2018 \u2019 \u201c \u201d \u2022 \u2013 \u2014 \u02dc \u2122 \u0161 \u203a \u0153 \u017e \u0178';
  const line = `The \u201cbudget\u201d isn\u2019t \u2018final\u2019 \u2013 \u20ac5m\u2026 ${specials}`;
  const text = `Cabinet - Tuesday, 22nd January, 2019 2.00 pm\n\n1. Budget\n\n${line}\n\nRESOLVED that the report be noted.\n`;

  it('reads each as its Unicode character, with the warning at the first of them', async () => {
    const bytes = encodeCp1252(text);
    const document = await parse(bytes);
    assertValid(document);
    expect(document.source.encoding).toBe('windows-1252');
    const strings = documentStrings(document);
    expect(strings.filter((s) => C1.test(s))).toEqual([]);
    expect(strings.some((s) => s.includes(line))).toBe(true);
    const warning = document.diagnostics.find((d) => d.code === 'encoding-fallback');
    expect(warning?.position?.start.offset).toBe(text.indexOf('\u201c'));
  });
});

describe('BOM-less UTF-16 is recognised', () => {
  const original = readFileSync(new URL(REFERENCE_DOCUMENTS[0]!, FIXTURES_DIR), 'utf8');
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    it(`${encoding} without a BOM reads as with one`, async () => {
      const withBom = encode(original, encoding);
      const [a, b] = await Promise.all([parse(withBom), parse(withBom.subarray(2))]);
      expect(b.source.encoding).toBe(encoding);
      expect(essentials(b)).toEqual(essentials(a));
    });
  }
});

/** The InputError a parse throws, or a description of what happened instead. */
async function inputErrorOf(bytes: Uint8Array, name?: string): Promise<InputError | string> {
  const outcome = await tryParse(bytes, name ? { name } : {});
  if (outcome.ok) return 'a document';
  return outcome.error instanceof InputError ? outcome.error : describeError(outcome.error);
}

const utf16le = (s: string) => encode(s, 'utf-16le');
const utf16be = (s: string) => encode(s, 'utf-16be');
const utf8 = (s: string) => encode(s, 'utf-8');

/** A fixed pseudo-random byte string (mulberry32), so that a failure replays. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

describe('input that is not a document', () => {
  const empty: [string, Uint8Array][] = [
    ['zero bytes', new Uint8Array(0)],
    ['spaces, tabs and line endings', utf8('   \n\t \r\n\r  ')],
    ['NBSP, zero-width spaces, soft hyphens and a word joiner', utf8('\u00a0\u200b\n\u00ad\u2060\u200c\u200d\r\n')],
    ['a UTF-8 BOM only', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['a UTF-8 BOM and blank lines', Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a, 0x20, 0x0a])],
    ['a UTF-16LE BOM only', Uint8Array.from([0xff, 0xfe])],
    ['a UTF-16BE BOM and spaces', utf16be('   \r\n ')],
    ['UTF-16LE blank lines', utf16le('\n\n\u00a0\n')],
    ['Windows-1252 NBSP lines', Uint8Array.from([0xa0, 0x0a, 0xa0, 0xa0, 0x0d, 0x0a])],
  ];

  const binary: [string, Uint8Array][] = [
    ['NUL bytes', new Uint8Array(64)],
    ['text with one NUL', utf8('Minutes of the meeting\u0000 held on 3 March')],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...randomBytes(256, 1)])],
    ['a gzip stream', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, ...randomBytes(256, 2)])],
    ['an ELF executable', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...new Uint8Array(8), ...randomBytes(256, 3)])],
    ['a ZIP (docx) file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...randomBytes(512, 4)])],
    ['4 KB of random bytes', randomBytes(4096, 5)],
    ['1 MB of random bytes', randomBytes(1 << 20, 6)],
    ['text with many control characters', utf8('Minutes\u0001\u0002\u0003\u0004 of\u0005\u0006 the\u0007\u0008 meeting\u000e\u000f')],
    ['UTF-16LE text with a NUL character', utf16le('Minutes\u0000 of the meeting')],
    ['UTF-16BE text with a NUL character', utf16be('Minutes\u0000 of the meeting')],
  ];
  // Each input is refused with its own reason, naming the file.
  for (const [cases, code] of [
    [empty, 'empty-file'],
    [binary, 'binary-file'],
  ] as const) {
    for (const [what, bytes] of cases) {
      it(`${what}: ${code}`, async () => {
        const error = await inputErrorOf(bytes, 'minutes.txt');
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).code).toBe(code);
        expect((error as InputError).file).toBe('minutes.txt');
      });
    }
  }

  // At least 64 bytes: a NUL in 2 of 4 bytes is how BOM-less UTF-16 looks ([0x20, 0, 1, 1] is " \u0101").
  it('random bytes (64 or more) with a NUL (no BOM, no %PDF-): binary-file', async () => {
    const bytes = fc
      .tuple(fc.uint8Array({ minLength: 64, maxLength: 2048 }), fc.nat(), fc.uint8Array({ maxLength: 2048 }))
      .map(([a, k, b]) => {
        const out = Uint8Array.from([...a, ...b]);
        out[k % out.length] = 0;
        return out;
      })
      .filter((b) => !(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) && !(b[0] === 0xff && b[1] === 0xfe) && !(b[0] === 0xfe && b[1] === 0xff))
      .filter((b) => !new TextDecoder('latin1').decode(b).includes('%PDF-'));
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const error = await inputErrorOf(b);
        if (!(error instanceof InputError) || error.code !== 'binary-file') {
          throw new Error(`expected binary-file, got ${error instanceof InputError ? error.code : error}`);
        }
      }),
      runs(200),
    );
  });

  it('any bytes: an InputError (binary-file, empty-file, pdf-*) or a valid document, never another throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (b) => {
        const outcome = await tryParse(b);
        if (outcome.ok) return assertValid(outcome.document);
        if (!(outcome.error instanceof InputError)) throw new Error(`parse threw ${describeError(outcome.error)}`);
        expect(['binary-file', 'empty-file', 'pdf-corrupt', 'pdf-encrypted', 'no-text-layer', 'pdf-timeout']).toContain(outcome.error.code);
      }),
      runs(300),
    );
  });
});

// --encoding: the bytes must be text in the encoding named. The same real minutes written in each
// encoding read as detected; written in one and forced to another they are refused as
// encoding-mismatch naming the file (never silently read as U+FFFD or a run of CJK characters),
// except as Windows-1252, which reads any bytes (UTF-16's NULs then make them binary).
describe('an encoding forced with --encoding', () => {
  const name = REFERENCE_DOCUMENTS[0]!;
  const original = readFileSync(new URL(name, FIXTURES_DIR), 'utf8');
  const forcible = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

  for (const encoding of forcible) {
    it(`${encoding} bytes forced as ${encoding} read as detected`, async () => {
      const bytes = encode(original, encoding);
      const [detected, forced] = await Promise.all([parse(bytes, { name }), parse(bytes, { name, encoding })]);
      expect(forced.source.encoding).toBe(encoding);
      expect(essentials(forced)).toEqual(essentials(detected));
    });
  }

  /** The message of Windows-1252 bytes read as UTF-8: the first byte that is not UTF-8, where it is. */
  const notUtf8 = (bytes: Uint8Array) => {
    const at = firstInvalidUtf8(bytes);
    return new RegExp(`byte 0x${bytes[at]!.toString(16).toUpperCase()} at byte offset ${at} is not UTF-8`);
  };
  const refused: [written: TestEncoding, forced: (typeof forcible)[number], code: string, reason: (bytes: Uint8Array) => RegExp][] = [
    ['windows-1252', 'utf-8', 'encoding-mismatch', notUtf8],
    ['utf-16le', 'utf-8', 'encoding-mismatch', () => /byte 0xFF at byte offset 0 is not UTF-8/],
    ['utf-8', 'utf-16le', 'encoding-mismatch', () => /odd number of bytes|no space or line break/],
    ['utf-8', 'utf-16be', 'encoding-mismatch', () => /odd number of bytes|no space or line break/],
    ['windows-1252', 'utf-16le', 'encoding-mismatch', () => /odd number of bytes|no space or line break/],
    ['utf-16be', 'utf-16le', 'encoding-mismatch', () => /no space or line break/],
    ['utf-16le', 'utf-16be', 'encoding-mismatch', () => /no space or line break/],
    ['utf-16le', 'windows-1252', 'binary-file', () => /control character/],
  ];
  for (const [written, forced, code, reason] of refused) {
    it(`${written} bytes forced as ${forced}: ${code}`, async () => {
      const bytes = encode(original, written);
      const outcome = await tryParse(bytes, { name, encoding: forced });
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: unknown }).error as InputError;
      expect(error).toBeInstanceOf(InputError);
      expect(error.code).toBe(code);
      expect(error.file).toBe(name);
      expect(error.message).toMatch(reason(bytes));
    });
  }

  it('UTF-8 bytes of either parity forced as UTF-16 are refused (odd: the byte count; even: no space or line break)', async () => {
    const reasons = new Set<string>();
    for (const text of [original, `${original}\n`]) {
      const outcome = await tryParse(encode(text, 'utf-8'), { name, encoding: 'utf-16le' });
      const error = (outcome as { error: unknown }).error as InputError;
      expect(error.code).toBe('encoding-mismatch');
      reasons.add(/odd number/.test(error.message) ? 'odd' : 'even');
    }
    expect([...reasons].sort()).toEqual(['even', 'odd']);
  });

  it('UTF-8 bytes forced as Windows-1252 read (any byte is a Windows-1252 character)', async () => {
    const document = await parse(encode(original, 'utf-8'), { name, encoding: 'windows-1252' });
    expect(document.source.encoding).toBe('windows-1252');
    expect(document.items.length).toBeGreaterThan(0);
  });

  it('blank text forced as UTF-16 is empty-file, not a mismatch', async () => {
    const error = await inputErrorOf(Uint8Array.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), 'blank.txt');
    expect((error as InputError).code).toBe('empty-file');
    const forced = await tryParse(Uint8Array.from([0x20, 0x00, 0x0a, 0x00]), { name: 'blank.txt', encoding: 'utf-16le' });
    expect(((forced as { error: unknown }).error as InputError).code).toBe('empty-file');
  });
});
