// The linear rewrites of clean() (src/read/clean.ts), isCaps, wordCount and endsSentence
// (src/segment/shape.ts) and the dot-run scan of template-placeholder give exactly what the
// simple versions they replaced gave. The references below are those versions (their character
// classes written by definition, so that they are not a copy of the code under test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, cleanText } from '../src/read/clean.js';
import { firstBinaryOffset, firstInvalidUtf8 } from '../src/read/decode.js';
import { lineStartsOf } from '../src/read/source.js';
import { isIsoDate } from '../src/model/formats.js';
import { z } from 'zod';
import { endsSentence, isCaps, wordCount } from '../src/segment/shape.js';
import { abbreviations, splitSentences } from '../src/segment/sentences.js';
import { templatePlaceholder } from '../src/check/rules/template-placeholder.js';
import { parse, type Document } from '../src/index.js';
import { realDocuments } from './helpers/arbitraries.js';

// The character classes by their definitions, not by the code point lists clean.ts spells out:
// invisible characters, then the regular expression class \s (U+FEFF, in both, is invisible).
const isInvisible = (c: number) => /[\u00ad\u200b-\u200d\u2060\ufeff]/.test(String.fromCharCode(c));
const isSpace = (c: number) => /\s/.test(String.fromCharCode(c));

function referenceClean(raw: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  let lastEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += raw[i];
    map.push(i);
    lastEnd = i + 1;
  }
  map.push(text.length === 0 ? 0 : lastEnd);
  return { text, map };
}

const letters = /[a-z\u00c0-\u024f]/gi;
function referenceIsCaps(text: string): boolean {
  const all = text.match(letters);
  if (!all || all.length < 3) return false;
  const upper = all.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / all.length >= 0.85;
}
const referenceWordCount = (text: string): number => (text.match(/\S+/g) ?? []).length;
const referenceEndsSentence = (text: string): boolean => /[.!?][\u201d\u2019"')\]]?$/.test(text);

/** Every UTF-16 code unit, for the per-character tables. */
const allUnits = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

/** Text made of the characters these functions treat specially, and others. */
const tricky = fc.string({
  unit: fc.constantFrom(
    ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u00ad', '\u200b', '\u2060', '\ufeff', '\u0085', '\u180e',
    'a', 'B', 'x', 'Z', '.', '.', '!', '?', '"', "'", ')', ']', '\u201d', '\u2019', '/', '1',
    '\u00e9', '\u00c9', '\u0253', '\u0181', '\u2c7e', '\u023f', '\u0131', '\u017f', '\u212a', '\u00df', '\ud83d', '\ude00',
  ),
  maxLength: 60,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

describe('clean() and cleanText() equal the character-by-character version', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const expected = referenceClean(raw);
        const actual = clean(raw);
        expect(actual.text).toBe(expected.text);
        expect([...actual.map]).toEqual(expected.map);
        expect(cleanText(raw)).toBe(expected.text);
      }),
      { numRuns: 3000 },
    );
  });
  it('on every code unit, alone and between letters', () => {
    const differ: string[] = [];
    for (const u of allUnits) {
      for (const raw of [u, `a${u}b`, `a ${u} b`, `${u}${u}a${u}`]) {
        const expected = referenceClean(raw);
        const actual = clean(raw);
        if (actual.text !== expected.text || actual.map.join() !== expected.map.join()) differ.push(raw);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('shape.ts counters equal the regular-expression versions', () => {
  it('on every code unit', () => {
    const differ: string[] = [];
    for (const u of allUnits) {
      for (const text of [u, `${u}AB`, `${u}${u}${u}`, `ab${u}`, `${u}.`, `.${u}`, `x ${u} y`]) {
        if (isCaps(text) !== referenceIsCaps(text)) differ.push(`isCaps ${JSON.stringify(text)}`);
        if (wordCount(text) !== referenceWordCount(text)) differ.push(`wordCount ${JSON.stringify(text)}`);
        if (endsSentence(text) !== referenceEndsSentence(text)) differ.push(`endsSentence ${JSON.stringify(text)}`);
      }
    }
    expect(differ).toEqual([]);
  });
  it('isCaps on every line of the real documents, as printed, half in capitals and all in capitals', () => {
    // isCaps stops once a line's lower-case letters rule capitals out: lines that turn from
    // capitals to lower case at every point test where it stops.
    const differ: string[] = [];
    for (const document of realDocuments.values()) {
      for (const line of document.split('\n')) {
        const half = Math.floor(line.length / 2);
        for (const text of [line, line.slice(0, half).toUpperCase() + line.slice(half), line.toUpperCase()]) {
          if (isCaps(text) !== referenceIsCaps(text)) differ.push(text);
        }
      }
    }
    expect(differ).toEqual([]);
  });
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(isCaps(text)).toBe(referenceIsCaps(text));
        expect(wordCount(text)).toBe(referenceWordCount(text));
        expect(endsSentence(text)).toBe(referenceEndsSentence(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('template-placeholder finds the dot runs /\\.{5,}/g found', () => {
  const dotLeader = /^\s?\d{1,4}$/;
  const referenceDots = (text: string) =>
    [...text.matchAll(/\.{5,}/g)].filter((m) => !dotLeader.test(text.slice(m.index + m[0].length))).map((m) => ({ text: m[0], index: m.index }));
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const dotRuns = (text: string) => {
    const document = { preamble: [{ text, position }], sections: [], items: [], unclassified: [] } as unknown as Document;
    return templatePlaceholder
      .run(document)
      .map((d) => /"(.*)"/.exec(d.message)![1]!)
      .filter((t) => t.startsWith('.'));
  };
  it('on strings of dots, digits and spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('.', '.', '.', ' ', '1', '2', 'a', '\t'), maxLength: 40 }), (text) => {
        expect(dotRuns(text)).toEqual(referenceDots(text).map((m) => m.text));
      }),
      { numRuns: 3000 },
    );
  });
  it('does not overflow the stack on 8 MB of dots', async () => {
    const document = await parse('.'.repeat(8_000_000));
    expect(document.diagnostics.some((d) => d.code === 'template-placeholder')).toBe(true);
  });
});

describe('splitSentences tests characters by code as its regular expressions did', () => {
  // The version with a regular expression per character, as it was (same abbreviations).
  function referenceSplit(text: string): { text: string; start: number }[] {
    const out: { text: string; start: number }[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?') continue;
      let j = i + 1;
      while (j < text.length && (text[j] === '"' || text[j] === '\u201d' || text[j] === '\u2019' || text[j] === ')')) j++;
      if (j >= text.length || text[j] !== ' ') continue;
      let k = j;
      while (k < text.length && text[k] === ' ') k++;
      const next = text[k];
      if (next === undefined || !/[A-Z\u2018\u201c"'(]/.test(next)) continue;
      if (c === '.') {
        // An abbreviation whose stop an OCR copy spaced off ("Mr . Hogan") ends no sentence either.
        const spaced = i - 1 > start && text[i - 1] === ' ';
        const end = spaced ? i - 1 : i;
        let w = end;
        while (w > start && /[A-Z.]/i.test(text[w - 1]!)) w--;
        const before = text.slice(w, end).toLowerCase();
        // Nor does an initial, or initials run together ("M.", "P.J.", "W.L.S."; a82600e).
        if (abbreviations.has(before) || (!spaced && /^(?:[a-z]\.){0,3}[a-z]$/i.test(before))) continue;
      }
      out.push({ text: text.slice(start, j).trim(), start });
      start = k;
      i = k - 1;
    }
    if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start).trim(), start });
    return out;
  }
  it('on every code unit, before a full stop and after one', () => {
    const differ: string[] = [];
    for (const u of allUnits) {
      for (const text of [`Cllr${u}. Smith. ${u}es.`, `a ${u}. Next. ${u}`, `p.m${u}. The ${u}.  ${u}x`, `No. 5 ${u}? ${u}`]) {
        if (JSON.stringify(splitSentences(text)) !== JSON.stringify(referenceSplit(text))) differ.push(JSON.stringify(text));
      }
    }
    expect(differ).toEqual([]);
  });
  it('on arbitrary strings', () => {
    const words = fc.constantFrom('Mr', 'mrs', 'p.m', 'e.g', 'M', 'x', 'No', 'The', 'it', '5', '\u017f', '\u212a', '\u0131');
    const marks = fc.constantFrom('. ', '.  ', '! ', '? ', '." ', '.\u201d ', '.) ', ' ', ' ', '.', '\u2018', '\u201c', '(', "'", '"');
    const prose = fc.array(fc.oneof(words, marks), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(prose, anyText), (text) => {
        expect(splitSentences(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decoding checks take the native and regular-expression paths without changing their answers', () => {
  it('firstInvalidUtf8 finds nothing exactly when a strict UTF-8 decoder accepts the bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const accepts = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const encoded = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new TextEncoder().encode(s));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 40 }), encoded, encoded.chain((b) => fc.nat(b.length).map((n) => b.subarray(0, n))));
    fc.assert(
      fc.property(bytes, (b) => {
        expect(firstInvalidUtf8(b) === -1).toBe(accepts(b));
      }),
      { numRuns: 5000 },
    );
  });
  it('firstBinaryOffset on every code unit, alone and in text', () => {
    // The rule by its definition: NUL is binary at once; other C0 controls but tab, newlines
    // and form feed count, binary at more than 1 in 100.
    const reference = (text: string) => {
      const nul = text.indexOf('\0');
      if (nul >= 0) return nul;
      const controls = [...text].flatMap((ch, i) => (ch < ' ' && !'\t\n\f\r'.includes(ch) ? [i] : []));
      return controls.length * 100 > text.length ? controls[0]! : -1;
    };
    const differ: string[] = [];
    for (let c = 0; c < 0x80; c++) {
      const u = String.fromCharCode(c);
      for (const text of [u, `ab${u}`, `${'x'.repeat(150)}${u}`, `${u}${'y'.repeat(50)}${u}`]) {
        if (firstBinaryOffset(text) !== reference(text)) differ.push(JSON.stringify(text));
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('lineStartsOf finds the line starts the character loop found', () => {
  // The version it replaced: a line ends at "\r\n", "\r" or "\n".
  const reference = (text: string) => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) starts.push(i + 1);
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      }
    }
    return starts;
  };
  it('on strings of breaks and letters', () => {
    const pieces = fc.constantFrom('\n', '\r', '\r\n', '\n\r', 'a', 'bc', '\u2028');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      expect([...lineStartsOf(text)]).toEqual(reference(text));
    }));
  });
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect([...lineStartsOf(text)]).toEqual(reference(text));
    }));
  });
});

describe('isIsoDate accepts what the schema (zod z.iso.date()) accepts', () => {
  const zodDate = z.iso.date();
  it('on every day of a leap and a common year, century years, and malformed dates', () => {
    const values: string[] = [];
    for (const year of ['2024', '2023', '1900', '2000', '0000', '9999', '2100'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) values.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    values.push('', '2024-1-01', '2024-01-1', '24-01-01', '2024/01/01', ' 2024-01-01', '2024-01-01T00:00', '20240-01-01');
    for (const value of values) expect(isIsoDate(value), value).toBe(zodDate.safeParse(value).success);
  });
  it('on arbitrary date-shaped strings', () => {
    const digits = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    fc.assert(fc.property(fc.oneof(digits, fc.string()), (value) => {
      expect(isIsoDate(value)).toBe(zodDate.safeParse(value).success);
    }));
  });
});

describe('pre-tests and remembered readings give what the patterns and the readings gave', () => {
  // The patterns as they are tried after the pre-tests (copied from motions.ts, lost-link.ts).
  const danglingLink = /\b(?:(?:available|watch|view|viewed|found|accessed|downloaded)(?: online)? (?:at|from|on|here)|visit) ?:?$/i;
  const words = ['available at', 'watch', 'viewed online from', 'visit', 'here', 'at', ' ', ':', 'moved', 'Proposed by', 'Motion', 'nominated', 'MOVED', 'x', '.', 'é', 'AT'];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => parts.join(' '));

  it('lost-link searches for a dangling link wherever the pattern finds one', async () => {
    const { lostLink } = await import('../src/check/rules/lost-link.js');
    const documentOf = (t: string) => ({ preamble: [{ type: 'paragraph', text: t, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1 + t.length, offset: t.length } } }], sections: [], items: [], unclassified: [] }) as unknown as Document;
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => {
        const found = lostLink.run(documentOf(t), 'warning').length > 0;
        const dangling = danglingLink.test(t);
        if (dangling) expect(found).toBe(true);
      }),
    );
  });

  it('a remembered reading is a copy: changing it changes no later reading', async () => {
    const { readAsking, readAnswering } = await import('../src/segment/question-sentences.js');
    const sentence = 'Councillor Smith asked the Leader whether the library would reopen.';
    const first = readAsking(sentence);
    const fresh = JSON.stringify(first);
    first.askedBy = null;
    first.addressee = null;
    expect(JSON.stringify(readAsking(sentence))).toBe(fresh);
    const answer = 'The Leader replied that it would reopen in May.';
    const answering = readAnswering(answer)!;
    const answered = JSON.stringify(answering);
    answering.by = null;
    expect(JSON.stringify(readAnswering(answer))).toBe(answered);
  });
});

describe('the native PDF header search finds what the byte loop found', () => {
  it('hasPdfMagic finds "%PDF-" starting in the first 1025 bytes, as the byte loop did', async () => {
    const { hasPdfMagic } = await import('../src/read/sniff.js');
    const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
    const reference = (bytes: Uint8Array) => {
      for (let i = 0; i <= Math.min(bytes.length - magic.length, 1024); i++) if (magic.every((b, k) => bytes[i + k] === b)) return true;
      return false;
    };
    const at = (offset: number, length: number) => {
      const bytes = new Uint8Array(length).fill(0x20);
      bytes.set(magic.slice(0, Math.max(0, Math.min(magic.length, length - offset))), offset);
      return bytes;
    };
    for (const offset of [0, 1, 1019, 1020, 1023, 1024, 1025, 1026]) for (const length of [offset + 4, offset + 5, 1029, 1030, 2048]) {
      if (offset > length) continue;
      expect(hasPdfMagic(at(offset, length)), `header at ${offset} of ${length}`).toBe(reference(at(offset, length)));
    }
    // A view into a larger buffer reads only its own bytes.
    const inner = at(10, 2048).subarray(11);
    expect(hasPdfMagic(inner)).toBe(reference(inner));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 1200 }).map((b) => b.map((x) => [0x25, 0x50, 0x44, 0x46, 0x2d, 0x20][x % 6]!)), (bytes) => hasPdfMagic(bytes) === reference(bytes)));
  });
});
