// The source's SHA-256 of a small input is computed by a WebAssembly function the parser assembles
// itself (src/read/sha256.ts): it must be node:crypto's, byte for byte, at every length that
// changes the padding and on the real documents of the fixtures.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_INPUT_BYTES, sha256Hex } from '../src/read/sha256.js';

const native = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('is the standard digest of the empty input and of "abc"', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('equals node:crypto at every length around the padding boundaries', () => {
    for (let length = 0; length <= 260; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 167 + length) & 0xff);
      expect(sha256Hex(bytes), `length ${length}`).toBe(native(bytes));
    }
  });

  it('equals node:crypto on random inputs, one after another (the module and its memory are reused)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => sha256Hex(bytes) === native(bytes)),
      { numRuns: 300 },
    );
  });

  it('equals node:crypto on the largest input it takes, and on a small one after it', () => {
    const large = Uint8Array.from({ length: SMALL_INPUT_BYTES }, (_, i) => (i * 31) >>> 3);
    expect(sha256Hex(large)).toBe(native(large));
    const small = large.subarray(0, 100);
    expect(sha256Hex(small)).toBe(native(small));
  });

  it('equals node:crypto on every fixture input', () => {
    const fixtures = new URL('../fixtures/', import.meta.url);
    for (const folder of readdirSync(fixtures).filter((name) => /^(?:seed|pdf)-/.test(name))) {
      for (const file of readdirSync(new URL(`${folder}/`, fixtures)).filter((name) => name.startsWith('input'))) {
        const bytes = readFileSync(new URL(`${folder}/${file}`, fixtures));
        if (bytes.length <= SMALL_INPUT_BYTES) expect(sha256Hex(bytes), `${folder}/${file}`).toBe(native(bytes));
      }
    }
  });
});
