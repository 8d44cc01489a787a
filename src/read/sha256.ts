// SHA-256 (FIPS 180-4) of a small input, by a WebAssembly function assembled here.
//
// Every source carries its bytes' SHA-256. node:crypto computes it natively, but on a run over one
// small file loading it costs more than the whole hash: the module loads ~25 of Node's stream
// modules and its binding sets up OpenSSL's state (~13 million instructions). The same hash in
// JavaScript costs as much again on 2 KB, cold (V8 interprets the rounds, then compiles them); in
// WebAssembly, compiled by V8's baseline compiler, it costs well under a million. The baseline code
// takes ~15 000 instructions per 64-byte block (V8 compiles it again, optimised, only for the next
// call), so past ~50 KB loading node:crypto costs less than hashing here: inputs above
// SMALL_INPUT_BYTES are hashed by node:crypto (a 214 KB PDF took 50 million instructions more
// here). test/sha256.test.ts compares the two.

/** Up to this many bytes, the hash is computed here. */
export const SMALL_INPUT_BYTES = 32 * 1024;

// Memory: the round constants, the message schedule, the state, then the padded message.
const CONSTANTS = 0;
const SCHEDULE = 256;
const STATE = 512;
const MESSAGE = 1024;
const PAGE = 65536;

const ROUND_CONSTANTS = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

// The WebAssembly instructions used, and their operands' encodings.
const op = {
  block: 0x02, loop: 0x03, end: 0x0b, brIf: 0x0d, get: 0x20, set: 0x21, tee: 0x22, load: 0x28, load8: 0x2d, store: 0x36,
  const: 0x41, ne: 0x47, add: 0x6a, and: 0x71, or: 0x72, xor: 0x73, shl: 0x74, shrU: 0x76, rotr: 0x78,
} as const;
const EMPTY_BLOCK = 0x40;
const I32 = 0x7f;

/** A signed LEB128 number (i32.const's operand). */
function signed(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

/** An unsigned LEB128 number (lengths, indices, offsets). */
function unsigned(value: number): number[] {
  const bytes: number[] = [];
  do {
    const byte = value & 0x7f;
    value >>>= 7;
    bytes.push(value ? byte | 0x80 : byte);
  } while (value);
  return bytes;
}

/** A section or a function body: its length, then its bytes. */
const sized = (bytes: number[]) => [...unsigned(bytes.length), ...bytes];

/**
 * The compression function, `compress(end)`: every 64-byte block of the message from MESSAGE to
 * `end` into the state. Locals: 0 end, 1 the block, 2 the schedule offset (4 × the round), 3–10 the
 * working variables a–h, 11 and 12 the round's two temporaries.
 */
function compressBody(): number[] {
  const [END, BLOCK, I, A, B, C, D, E, F, G, H, T1, T2] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
  const get = (local: number) => [op.get, local];
  const set = (local: number) => [op.set, local];
  const num = (value: number) => [op.const, ...signed(value | 0)];
  const load = (offset: number) => [op.load, 2, ...unsigned(offset)];
  const store = (offset: number) => [op.store, 2, ...unsigned(offset)];
  const rotr = (local: number, bits: number) => [...get(local), ...num(bits), op.rotr];
  /** rotr(x, r1) ^ rotr(x, r2) ^ (third: rotr(x, r3), or x >>> shift). */
  const sigma = (local: number, r1: number, r2: number, third: number[]) => [...rotr(local, r1), ...rotr(local, r2), op.xor, ...third, op.xor];
  /** A loop over I from `from` to `to` (exclusive, by 4). */
  const loopOver = (from: number, to: number, body: number[]) => [
    ...num(from), ...set(I),
    op.loop, EMPTY_BLOCK, ...body, ...get(I), ...num(4), op.add, op.tee, I, ...num(to), op.ne, op.brIf, 0, op.end,
  ];
  const W = SCHEDULE;
  return [
    1, 12, I32, // 12 locals of type i32 besides the parameter
    ...num(MESSAGE), ...set(BLOCK),
    op.loop, EMPTY_BLOCK,
    // The block's 16 words, big-endian.
    ...loopOver(0, 64, [
      ...get(I), // the address of W[i]
      ...get(BLOCK), ...get(I), op.add, op.tee, T1, op.load8, 0, 0, ...num(24), op.shl,
      ...get(T1), op.load8, 0, 1, ...num(16), op.shl, op.or,
      ...get(T1), op.load8, 0, 2, ...num(8), op.shl, op.or,
      ...get(T1), op.load8, 0, 3, op.or,
      ...store(W),
    ]),
    // W[i] = W[i-16] + σ0(W[i-15]) + W[i-7] + σ1(W[i-2])
    ...loopOver(64, 256, [
      ...get(I),
      ...get(I), ...load(W - 64),
      ...get(I), ...load(W - 60), ...set(T1), ...sigma(T1, 7, 18, [...get(T1), ...num(3), op.shrU]), op.add,
      ...get(I), ...load(W - 28), op.add,
      ...get(I), ...load(W - 8), ...set(T1), ...sigma(T1, 17, 19, [...get(T1), ...num(10), op.shrU]), op.add,
      ...store(W),
    ]),
    ...[A, B, C, D, E, F, G, H].flatMap((local, k) => [...num(0), ...load(STATE + 4 * k), ...set(local)]),
    ...loopOver(0, 256, [
      // T1 = h + Σ1(e) + ch(e, f, g) + K[i] + W[i]; ch = g ^ (e & (f ^ g))
      ...get(H), ...sigma(E, 6, 11, rotr(E, 25)), op.add,
      ...get(G), ...get(E), ...get(F), ...get(G), op.xor, op.and, op.xor, op.add,
      ...get(I), ...load(CONSTANTS), op.add, ...get(I), ...load(W), op.add, ...set(T1),
      // T2 = Σ0(a) + maj(a, b, c); maj = (a & b) | (c & (a | b))
      ...sigma(A, 2, 13, rotr(A, 22)),
      ...get(A), ...get(B), op.and, ...get(C), ...get(A), ...get(B), op.or, op.and, op.or, op.add, ...set(T2),
      ...get(G), ...set(H), ...get(F), ...set(G), ...get(E), ...set(F),
      ...get(D), ...get(T1), op.add, ...set(E),
      ...get(C), ...set(D), ...get(B), ...set(C), ...get(A), ...set(B),
      ...get(T1), ...get(T2), op.add, ...set(A),
    ]),
    ...[A, B, C, D, E, F, G, H].flatMap((local, k) => [...num(0), ...num(0), ...load(STATE + 4 * k), ...get(local), op.add, ...store(STATE + 4 * k)]),
    ...get(BLOCK), ...num(64), op.add, op.tee, BLOCK, ...get(END), op.ne, op.brIf, 0,
    op.end,
    op.end,
  ];
}

/** The module: one memory and `compress`, both exported. */
function moduleBytes(): Uint8Array {
  const section = (id: number, bytes: number[]) => [id, ...sized(bytes)];
  const name = (text: string) => sized([...text].map((char) => char.charCodeAt(0)));
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, I32, 0]), // type 0: (i32) -> ()
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(5, [1, 0, 1]), // one memory of at least one page
    ...section(7, [2, ...name('memory'), 2, 0, ...name('compress'), 0, 0]),
    ...section(10, [1, ...sized(compressBody())]),
  ]);
}

interface Hasher {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly compress: (end: number) => void;
}

/** The part of the WebAssembly interface used here (Node has it; the project's TypeScript libraries do not declare it). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Hasher };
};

let hasher: Hasher | undefined;

function hasherOf(): Hasher {
  if (hasher) return hasher;
  const made = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes())).exports;
  const view = new DataView(made.memory.buffer);
  ROUND_CONSTANTS.forEach((constant, i) => view.setInt32(CONSTANTS + 4 * i, constant, true));
  return (hasher = made);
}

/** The hex SHA-256 of `bytes` (at most SMALL_INPUT_BYTES). */
export function sha256Hex(bytes: Uint8Array): string {
  const { memory, compress } = hasherOf();
  // The message, a 0x80 byte, zeros, and its length in bits (64 bits, big-endian), to a multiple of 64 bytes.
  const end = MESSAGE + ((((bytes.length + 8) >>> 6) + 1) << 6);
  if (memory.buffer.byteLength < end) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
  const heap = new Uint8Array(memory.buffer);
  heap.set(bytes, MESSAGE);
  heap[MESSAGE + bytes.length] = 0x80;
  heap.fill(0, MESSAGE + bytes.length + 1, end - 8);
  const view = new DataView(memory.buffer);
  view.setUint32(end - 8, Math.floor(bytes.length / 0x20000000));
  view.setUint32(end - 4, bytes.length << 3);
  INITIAL_STATE.forEach((word, i) => view.setInt32(STATE + 4 * i, word, true));
  compress(end);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += view.getUint32(STATE + 4 * i, true).toString(16).padStart(8, '0');
  return hex;
}
