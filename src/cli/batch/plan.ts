// Where each output goes under --out-dir, decided and checked before anything is written:
// outputs mirror the inputs below the folder all the arguments share (`minutes parse archive`
// writes archive/a/b/x.pdf to OUT/a/b/x.json, and so does the shell's expansion of archive/*/*/*),
// two inputs may not write the same output, no output may be an input, and an existing output
// is skipped unless --force (so a run stopped by Ctrl-C resumes where it stopped).
import { stat } from 'node:fs/promises';
import { dirname, join, parse as parsePath, relative, sep } from 'node:path';
import type { InputFile } from './expand.js';

export interface PlannedFile extends InputFile {
  /** Absolute path of the output file. */
  output: string;
}

export interface Plan {
  /** The files to convert, in input order. */
  files: PlannedFile[];
  /** Files whose output exists already (without --force). */
  existing: PlannedFile[];
  /** One line per collision or input-overwrite: nothing may be written when there are any. */
  problems: string[];
}

export interface PlanOptions {
  outDir: string;
  /** Output extension without the dot. */
  extension: string;
  force: boolean;
  /** Folders the arguments stand for; the outputs mirror the tree below their common ancestor. */
  roots: readonly string[];
  cwd: string;
}

export async function planOutputs(inputs: readonly InputFile[], options: PlanOptions): Promise<Plan> {
  const base = commonAncestor(options.roots);
  const planned = inputs.map((input) => ({ ...input, output: outputPath(input.path!, base, options) }));
  const problems = collisions(planned, options.cwd);
  const existing = await existingIds(planned.map((file) => file.output));
  problems.push(...(await overwrittenInputs(existing, inputs, options.cwd)));
  const skip = (file: PlannedFile) => !options.force && existing.has(file.output);
  return { files: planned.filter((file) => !skip(file)), existing: planned.filter(skip), problems };
}

/** One line for each output that is one of the inputs (none may be written then). */
export async function inputsAmong(outputs: readonly string[], inputs: readonly InputFile[], cwd: string): Promise<string[]> {
  return overwrittenInputs(await existingIds(outputs), inputs, cwd);
}

/** The outputs that exist, by device and inode, so that a link or a case-insensitive disk cannot hide an input. */
async function existingIds(outputs: readonly string[]): Promise<Map<string, string>> {
  const ids = await Promise.all(outputs.map(fileId));
  return new Map(outputs.flatMap((output, i) => (ids[i] ? [[output, ids[i]] as const] : [])));
}

async function overwrittenInputs(existing: ReadonlyMap<string, string>, inputs: readonly InputFile[], cwd: string): Promise<string[]> {
  if (existing.size === 0) return [];
  const inputIds = new Map<string, InputFile>();
  await Promise.all(
    inputs.map(async (input) => {
      const id = input.path === null ? null : await fileId(input.path);
      if (id) inputIds.set(id, input);
    }),
  );
  const problems: string[] = [];
  for (const [output, id] of existing) {
    const input = inputIds.get(id);
    if (input) problems.push(`${shown(output, cwd)} is an input (${input.name}): refusing to overwrite it`);
  }
  return problems;
}

/** `base/a/b/x.pdf` → `OUT/a/b/x.json`. */
function outputPath(path: string, base: string, { outDir, extension }: PlanOptions): string {
  const { dir, name } = parsePath(relative(base, path));
  return join(outDir, dir, `${name}.${extension}`);
}

function collisions(files: readonly PlannedFile[], cwd: string): string[] {
  // macOS and Windows disks usually ignore case, so a.TXT and A.txt collide there.
  const foldsCase = process.platform === 'darwin' || process.platform === 'win32';
  const byOutput = new Map<string, PlannedFile[]>();
  for (const file of files) {
    const key = foldsCase ? file.output.normalize('NFC').toLowerCase() : file.output;
    byOutput.set(key, [...(byOutput.get(key) ?? []), file]);
  }
  return [...byOutput.values()]
    .filter((group) => group.length > 1)
    .map((group) => `${group.map((file) => file.name).join(' and ')} would ${group.length === 2 ? 'both' : 'all'} be written to ${shown(group[0]!.output, cwd)}`);
}

function commonAncestor(folders: readonly string[]): string {
  let common = folders[0] ?? sep;
  for (const folder of folders.slice(1)) {
    while (common !== folder && !folder.startsWith(common.endsWith(sep) ? common : common + sep)) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

async function fileId(path: string): Promise<string | null> {
  try {
    const stats = await stat(path);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}
