// `minutes validate` end to end: one table of cases (arguments, working folder, exit code, and
// the messages as file:rule@line), run in-process through main() and once more through the
// real bin/minutes.js (build first: npx tsc -p tsconfig.build.json). The documents are written
// to a temporary folder; messages are read from the json report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IO } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { parse } from '../src/parse.js';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['Agenda and minutes', '', 'Parish Council - Tuesday, 10th December, 2024 7.00 pm', '', 'Present: Cllr L Turner (Chair), Cllr V Allen', ''];
const items = ['1. Declaration of Interests', 'There were no declarations of interest.', '2. Minutes of the Previous Meeting', 'RESOLVED that the minutes of 12 November 2024 be approved.'];
const clean = text(...head, ...items, '3. Finance', 'RESOLVED that the payments be agreed.');
// line 12: the truncation link
const truncated = text(...head, ...items, '3. Finance', 'The Clerk reported on the accounts ... view the full minutes text for item 3.');
const report = text(
  '**Title of meeting:** Cabinet',
  '',
  '**Date of meeting:** 6 February 2024',
  '',
  '**Key decision:** Yes/No',
  '',
  '**Subject:** Parks Strategy',
  '',
  '- 3.1 The Director has a shared responsibility with all officers.',
  '- 3.2 The Act defined the responsibility of corporate parents.',
  '- 3.2 The lead member has additional responsibilities.',
);

let dir: string;
const files: Record<string, string | Uint8Array> = {
  'clean.txt': clean,
  'truncated.txt': truncated,
  'report.md': report,
  'empty.txt': '',
  'binary.txt': new Uint8Array([0x68, 0x69, 0x00, 0x01, 0x02, 0x03]),
  'invalid.json': '{\n  "kind": "minutes",\n  oops\n}\n',
  'docs/a.txt': truncated,
  'docs/.hidden/b.txt': truncated,
  'docs/node_modules/c.txt': truncated,
  'docs/d.json': '{}',
  'configured/.minutesrc.json': JSON.stringify({ $schema: 'https://minutes-tool.github.io/schema/1.0/config.schema.json', rules: { 'item-truncated': 'warning' } }),
  'configured/truncated.txt': truncated,
  'configured/off.json': JSON.stringify({ rules: { 'item-truncated': 'off' } }),
  'badconfig/.minutesrc.json': JSON.stringify({ rules: { 'item-truncted': 'off' } }),
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minutes-validate-'));
  const document = await parse(clean, { name: 'clean.txt' });
  files['minutes.json'] = JSON.stringify(document, null, 2);
  // The outcome of item 2's resolution breaks the contract: the message is placed at that resolution (line 10).
  const broken = structuredClone(document) as unknown as { items: { resolutions: { outcome: string }[] }[] };
  broken.items[1]!.resolutions[0]!.outcome = 'maybe';
  files['broken.json'] = JSON.stringify(broken, null, 2);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Case {
  name: string;
  args: string[];
  /** Working folder below the temporary folder. */
  cwd?: string;
  stdin?: string;
  code: number;
  /** file:rule@line (or @file for whole-file messages), in report order; null: no report expected. */
  messages: string[] | null;
}

const placeholders = ['report.md:template-placeholder@5', 'report.md:numbering-duplicate@11'];

const cases: Case[] = [
  { name: 'a clean document', args: ['clean.txt'], code: 0, messages: [] },
  { name: 'an error', args: ['truncated.txt'], code: 1, messages: ['truncated.txt:item-truncated@12'] },
  { name: 'warnings only', args: ['report.md'], code: 0, messages: placeholders },
  { name: 'more warnings than --max-warnings', args: ['report.md', '--max-warnings', '1'], code: 1, messages: placeholders },
  { name: 'warnings within --max-warnings', args: ['report.md', '--max-warnings', '2'], code: 0, messages: placeholders },
  { name: '--rule off', args: ['truncated.txt', '--rule', 'item-truncated=off'], code: 0, messages: [] },
  { name: '--rule warning', args: ['truncated.txt', '--rule', 'item-truncated=warning'], code: 0, messages: ['truncated.txt:item-truncated@12'] },
  {
    name: 'bad files never stop the others',
    args: ['missing.txt', 'empty.txt', 'binary.txt', 'clean.txt', 'truncated.txt'],
    code: 1,
    messages: ['missing.txt:file-not-found@file', 'empty.txt:empty-file@file', 'binary.txt:binary-file@file', 'truncated.txt:item-truncated@12'],
  },
  { name: 'JSON from minutes parse', args: ['minutes.json'], code: 0, messages: [] },
  { name: 'JSON breaking the schema, placed at the nearest positioned node', args: ['broken.json'], code: 1, messages: ['broken.json:schema-violation@10'] },
  { name: 'JSON that does not parse, placed in the JSON', args: ['invalid.json'], code: 1, messages: ['invalid.json:schema-violation@3'] },
  { name: 'a folder: documents only, hidden folders and node_modules skipped', args: ['docs'], code: 1, messages: ['docs/a.txt:item-truncated@12'] },
  { name: 'a quoted glob', args: ['*.json'], code: 1, messages: ['broken.json:schema-violation@10', 'invalid.json:schema-violation@3'] },
  { name: 'a glob that matches nothing: no input could be read', args: ['nothing/*.txt'], code: 2, messages: ['nothing/*.txt:no-files-matched@file'] },
  { name: 'standard input', args: ['-'], stdin: truncated, code: 1, messages: ['<stdin>:item-truncated@12'] },
  { name: '.minutesrc.json found from the cwd', args: ['truncated.txt'], cwd: 'configured', code: 0, messages: ['truncated.txt:item-truncated@12'] },
  { name: '--rule over the config', args: ['truncated.txt', '--rule', 'item-truncated=error'], cwd: 'configured', code: 1, messages: ['truncated.txt:item-truncated@12'] },
  { name: '--config FILE', args: ['truncated.txt', '--config', 'off.json'], cwd: 'configured', code: 0, messages: [] },
  { name: 'an unknown rule in the config', args: ['../clean.txt'], cwd: 'badconfig', code: 2, messages: null },
  { name: 'an unknown rule in --rule', args: ['clean.txt', '--rule', 'nope=off'], code: 2, messages: null },
  { name: 'a missing --config file', args: ['clean.txt', '--config', 'nope.json'], code: 2, messages: null },
  { name: 'a bad --max-warnings', args: ['clean.txt', '--max-warnings', 'many'], code: 2, messages: null },
];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function inProcess(args: string[], cwd: string, stdin = ''): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: async () => new TextEncoder().encode(stdin),
    cwd,
    env: {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const bin = new URL('../bin/minutes.js', import.meta.url).pathname;

function throughBin(args: string[], cwd: string, stdin = ''): Outcome {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: stdin, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** file:rule@line of a json report. */
function messagesOf(stdout: string, cwd: string): string[] {
  const report = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line?: number }[] }[];
  return report.flatMap((file) => {
    const name = file.filePath === '<stdin>' ? file.filePath : relative(cwd, file.filePath);
    return file.messages.map((m) => `${name}:${m.ruleId}@${m.line ?? 'file'}`);
  });
}

function expectOutcome(c: Case, outcome: Outcome, cwd: string): void {
  expect(outcome.code, outcome.stderr).toBe(c.code);
  if (c.messages === null) {
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^minutes: .+\n$/);
  } else expect(messagesOf(outcome.stdout, cwd)).toEqual(c.messages);
}

describe('minutes validate, in-process', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const cwd = join(dir, c.cwd ?? '');
    expectOutcome(c, await inProcess(['validate', '--format', 'json', ...c.args], cwd, c.stdin), cwd);
  });
});

describe('minutes validate, through bin/minutes.js', () => {
  beforeAll(() => {
    if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) throw new Error('dist/ is missing: run npx tsc -p tsconfig.build.json first');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const cwd = join(dir, c.cwd ?? '');
    expectOutcome(c, throughBin(['validate', '--format', 'json', ...c.args], cwd, c.stdin), cwd);
  });
});

describe('minutes validate reports', () => {
  it('stylish by default, uncoloured when stdout is not a terminal, with the summary line', async () => {
    const { code, stdout } = await inProcess(['validate', 'truncated.txt', 'report.md'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('\ntruncated.txt\n');
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('\u2716 3 problems (1 error, 2 warnings)');
  });

  it('github: annotations first, then the report', async () => {
    const { code, stdout } = await inProcess(['validate', '--format', 'github', 'truncated.txt'], dir);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(/^::error file=truncated\.txt,line=12,col=1,.*title=item-truncated::Unexpected /);
    expect(stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
  });

  it('sarif: results relative to the cwd', async () => {
    const { code, stdout } = await inProcess(['validate', '--format', 'sarif', 'docs'], dir);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout).runs[0].results;
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'docs/a.txt' }, region: { startLine: 12 } });
  });

  it('says when there are too many warnings', async () => {
    const { stderr } = await inProcess(['validate', 'report.md', '--max-warnings', '0'], dir);
    expect(stderr).toMatch(/^minutes: too many warnings/);
  });
});
