// The README's exit-code table, row by row, for `parse` and `validate`: each case is run
// in-process through main() and once more through the real bin/minutes.js (built by npm test).
// A failure is one line per bad input on stderr, naming the path as given and the reason, and
// never a stack trace. (130, interrupted, is checked in batch-interrupt.test.ts.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutesText, run, tree } from './helpers/batch.js';

const bin = new URL('../bin/minutes.js', import.meta.url).pathname;
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const BINARY = new Uint8Array([0x68, 0x69, 0x00, 0x01, 0x02, 0x03]);
/** A real PDF cut in half: it does not end with %%EOF. */
const TRUNCATED_PDF = readFileSync(new URL('../fixtures/pdf-east-palo-alto-planning-commission-minutes-2020-01-27/input.pdf', import.meta.url)).subarray(0, 40_000);
/** Minutes saved as Windows-1252 (é, smart quotes): read with a warning, or refused when --encoding utf-8 is forced. */
const CP1252 = Uint8Array.from([...new TextEncoder().encode(`${minutesText('Finance')}Noted: the Caf`), 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]);
const truncated = `${minutesText('Finance')}2. Roads\n\nThe Clerk reported ... view the full minutes text for item 2.\n`;
const warned = `${minutesText('Finance')}\nKey decision: Yes/No\n`;

interface Row {
  name: string;
  args: string[];
  code: 0 | 1 | 2;
  /** The stderr lines that must appear (in any order) (a failure names its path and reason); null: stderr may hold a summary only. */
  lines: RegExp[] | null;
  /** Whether stdout is empty. */
  emptyStdout?: boolean;
}

const rows: Row[] = [
  // parse
  { name: 'parse 0: every input converted', args: ['parse', 'a.txt', 'b.txt'], code: 0, lines: null },
  { name: 'parse 1: some inputs failed while others converted', args: ['parse', 'a.txt', 'bad.bin'], code: 1, lines: [/^minutes: bad\.bin: .*\[binary-file\]$/] },
  { name: 'parse 2: a usage error', args: ['parse', 'a.txt', '--jobs', 'many'], code: 2, lines: [/^minutes: option --jobs: /], emptyStdout: true },
  { name: 'parse 2: the only input is missing', args: ['parse', 'missing.txt'], code: 2, lines: [/^minutes: missing\.txt: .*\[file-not-found\]$/], emptyStdout: true },
  {
    name: 'parse 2: every input of a batch failed, nothing on stdout',
    args: ['parse', 'missing.txt', 'bad.bin'],
    code: 2,
    lines: [/^minutes: missing\.txt: .*\[file-not-found\]$/, /^minutes: bad\.bin: .*\[binary-file\]$/],
    emptyStdout: true,
  },
  { name: 'parse 0: Windows-1252 text converts (an encoding-fallback warning in the document)', args: ['parse', 'cp1252.txt'], code: 0, lines: null },
  { name: 'parse 2: an empty file', args: ['parse', 'empty.txt'], code: 2, lines: [/^minutes: empty\.txt: .*\[empty-file\]$/], emptyStdout: true },
  { name: 'parse 2: binary data', args: ['parse', 'bad.bin'], code: 2, lines: [/^minutes: bad\.bin: .*\[binary-file\]$/], emptyStdout: true },
  { name: 'parse 2: an HTML page saved as .pdf is not a PDF', args: ['parse', 'page.pdf'], code: 2, lines: [/^minutes: page\.pdf: .*HTML page.*\[not-a-pdf\]$/], emptyStdout: true },
  { name: 'parse 2: a truncated PDF', args: ['parse', 'cut.pdf'], code: 2, lines: [/^minutes: cut\.pdf: .*\[pdf-corrupt\]$/], emptyStdout: true },
  { name: 'parse 2: a web page with only a login form', args: ['parse', 'login.html'], code: 2, lines: [/^minutes: login\.html: .*\[html-no-content\]$/], emptyStdout: true },
  { name: 'parse 2: a .docx that is not a zip', args: ['parse', 'notes.docx'], code: 2, lines: [/^minutes: notes\.docx: .*\[docx-corrupt\]$/], emptyStdout: true },
  {
    name: 'parse 2: text that is not in the encoding --encoding names',
    args: ['parse', 'cp1252.txt', '--encoding', 'utf-8'],
    code: 2,
    lines: [/^minutes: cp1252\.txt: .*byte 0xE9 at byte offset \d+ is not UTF-8.*\[encoding-mismatch\]$/],
    emptyStdout: true,
  },
  { name: 'parse 2: -o naming an existing folder', args: ['parse', 'a.txt', '-o', 'folder'], code: 2, lines: [/^minutes: folder: -o names a folder/], emptyStdout: true },
  { name: 'parse 2: --out-dir naming a file', args: ['parse', 'a.txt', 'b.txt', '--out-dir', 'a.txt'], code: 2, lines: [/^minutes: a\.txt: --out-dir names a file/], emptyStdout: true },
  // validate
  { name: 'validate 0: no errors', args: ['validate', 'a.txt'], code: 0, lines: null },
  { name: 'validate 0: warnings within --max-warnings', args: ['validate', 'warned.txt'], code: 0, lines: null },
  { name: 'validate 1: errors found', args: ['validate', 'truncated.txt'], code: 1, lines: null },
  { name: 'validate 1: too many warnings', args: ['validate', 'warned.txt', '--max-warnings', '0'], code: 1, lines: [/^minutes: too many warnings/] },
  { name: 'validate 1: an unreadable file among readable ones', args: ['validate', 'a.txt', 'bad.bin'], code: 1, lines: [/^minutes: bad\.bin: .*\[binary-file\]$/] },
  { name: 'validate 2: a usage error', args: ['validate', 'a.txt', '--rule', 'nope=off'], code: 2, lines: [/^minutes: option --rule: nope: unknown rule$/], emptyStdout: true },
  { name: 'validate 2: the only input is missing', args: ['validate', 'missing.txt'], code: 2, lines: [/^minutes: missing\.txt: .*\[file-not-found\]$/] },
  {
    name: 'validate 2: no input could be read',
    args: ['validate', 'missing.txt', 'page.pdf'],
    code: 2,
    lines: [/^minutes: missing\.txt: .*\[file-not-found\]$/, /^minutes: page\.pdf: .*\[not-a-pdf\]$/],
  },
];

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tree({
    'a.txt': minutesText('A'),
    'b.txt': minutesText('B'),
    'bad.bin': BINARY,
    'page.pdf': '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><p>Please sign in.</p></body></html>\n',
    'empty.txt': '',
    'cut.pdf': TRUNCATED_PDF,
    'login.html': '<!DOCTYPE html>\n<html><body><nav><a href="/">Home</a></nav><form><input type="password"></form></body></html>\n',
    'notes.docx': 'Minutes of the meeting, saved as text under a .docx name\n',
    'cp1252.txt': CP1252,
    'truncated.txt': truncated,
    'warned.txt': warned,
    'folder/keep.txt': 'kept',
  }));
});
afterAll(() => cleanup());

function throughBin(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function expectRow(row: Row, outcome: { code: number; stdout: string; stderr: string }): void {
  expect(outcome.code, outcome.stderr).toBe(row.code);
  expect(outcome.stderr).not.toMatch(/internal error|^ +at \S/m);
  const lines = outcome.stderr.split('\n').filter((line) => line.startsWith('minutes: '));
  if (row.lines === null) expect(lines).toEqual([]);
  else {
    // Inputs of a batch fail in the order they finish: each expected line once, in any order.
    expect(lines).toHaveLength(row.lines.length);
    for (const pattern of row.lines) expect(lines.filter((line) => pattern.test(line)), String(pattern)).toHaveLength(1);
  }
  if (row.emptyStdout) expect(outcome.stdout).toBe('');
  else expect(outcome.stdout).not.toBe('');
}

describe('the README exit-code table', () => {
  it('has the rows these cases check', () => {
    const table = readme.slice(readme.indexOf('## Exit codes'));
    for (const code of [0, 1, 2, 130]) expect(table).toMatch(new RegExp(`\\n\\| ${code} \\| `));
    expect(table).toMatch(/\| 2 \| [^\n]*-o[^\n]*--out-dir[^\n]*no input converted[^\n]*\| [^\n]*no input could be read/);
  });
});

describe('exit codes, in-process', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    expectRow(row, await run(row.args, dir));
  });
});

describe('exit codes, through bin/minutes.js', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_, row) => {
    expectRow(row, throughBin(row.args, dir));
  });

  it('leaves the -o folder and the --out-dir file as they were', () => {
    expect(readFileSync(`${dir}/folder/keep.txt`, 'utf8')).toBe('kept');
    expect(readFileSync(`${dir}/a.txt`, 'utf8')).toBe(minutesText('A'));
  });
});
