// PDFs written by the tests themselves: small, exact, and encrypted when a password is given
// (40-bit RC4, as `qpdf --encrypt` would), so that what the reader makes of them can be asserted.
import { createHash } from 'node:crypto';

export const latin1 = (s: string) => Buffer.from(s, 'latin1');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

/** The password padding of the standard security handler (PDF 32000-1, 7.6.3.3). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (password: string) => Buffer.concat([latin1(password), PAD]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, a = 0, b = 0; k < data.length; k++) {
    a = (a + 1) & 255;
    b = (b + s[a]!) & 255;
    [s[a], s[b]] = [s[b]!, s[a]!];
    out[k] = data[k]! ^ s[(s[a]! + s[b]!) & 255]!;
  }
  return out;
}

export interface PdfObject {
  dict: string;
  stream?: string | Buffer;
}

/** A PDF of `objects` (object 1 the catalog), encrypted with 40-bit RC4 when a password is given. */
export function buildPdf(objects: PdfObject[], password?: string): Uint8Array {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  let key: Buffer | null = null;
  let encrypt = '';
  const all = [...objects];
  if (password !== undefined) {
    const owner = rc4(md5(padded(password)).subarray(0, 5), padded(password));
    const permissions = Buffer.alloc(4);
    permissions.writeInt32LE(-44);
    key = md5(padded(password), owner, permissions, id).subarray(0, 5);
    encrypt = ` /Encrypt ${all.length + 1} 0 R`;
    all.push({ dict: `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${rc4(key, PAD).toString('hex')}> /P -44 >>` });
  }
  const parts = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  all.forEach((object, i) => {
    const n = i + 1;
    offsets.push(length);
    let stream = object.stream === undefined ? null : Buffer.isBuffer(object.stream) ? object.stream : latin1(object.stream);
    if (stream && key) stream = rc4(md5(key, Buffer.from([n & 255, (n >> 8) & 255, n >> 16, 0, 0])).subarray(0, 10), stream);
    const body = stream
      ? Buffer.concat([latin1(`${n} 0 obj\n${object.dict.replace(/>>$/, ` /Length ${stream.length} >>`)}\nstream\n`), stream, latin1('\nendstream\nendobj\n')])
      : latin1(`${n} 0 obj\n${object.dict}\nendobj\n`);
    parts.push(body);
    length += body.length;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    latin1(
      `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${all.length + 1} /Root 1 0 R${encrypt} /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

export const page = (contents: number, resources: string) => ({
  dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << ${resources} >> /Contents ${contents} 0 R >>`,
});
export const HELVETICA = { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' };

