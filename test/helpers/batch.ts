// Shared by the batch tests: the CLI run in-process, and temporary folders of small real
// documents.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process in `cwd`; `tty` makes both streams terminals. */
export async function run(argv: string[], cwd: string, options: { tty?: boolean; stdin?: string } = {}): Promise<Run> {
  const io = fakeIO({ cwd, tty: options.tty ?? false, stdin: new TextEncoder().encode(options.stdin ?? '') });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The PDFs among the repository's fixtures. */
export const FIXTURE_PDF = (name: string) => new URL(`../../fixtures/pdf-${name}/input.pdf`, import.meta.url).pathname;

/** Minutes text small enough to parse in milliseconds, unique per name. */
export function minutesText(title: string): string {
  return [
    'Cabinet',
    'Minutes of the meeting held on Tuesday, 22 January 2019 at 2.00 pm',
    '',
    'Present: Councillor A Smith (Chair), Councillor B Jones',
    '',
    `1. ${title}`,
    '',
    'The Cabinet considered the report.',
    '',
    'RESOLVED: to approve the recommendations.',
    '',
  ].join('\n');
}

/** A temporary folder holding `files` (path → content); removed by the returned cleanup. */
export async function tree(files: Record<string, string | Uint8Array>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-batch-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file below `dir`, relative and sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

export async function readJson(path: string): Promise<{ source: { name: string | null } }> {
  return JSON.parse(await readFile(path, 'utf8')) as { source: { name: string | null } };
}

export const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);
