// `minutes merge MEETING ITEM_PAGE…`: parse the meeting and its item pages as `parse` does,
// merge them with the library's merge(), write the one document. A page that was not merged is
// reported on stderr and makes the exit code 1, after the document is written. The inputs are
// parsed by the engine `parse` and `validate` drive (batch/engine.ts: the same worker pool, the
// same failure lines, Ctrl-C), then merged here.
// With --out-dir, each argument is a meeting folder (DIR/meeting.* and DIR/items/*), or a folder
// of meeting folders, and each merged meeting is written to OUT/<folder name>.<ext>.
import { access, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { merge } from '../../merge/index.js';
import type { Document } from '../../model/schema.js';
import { runEngine } from '../batch/engine.js';
import { expandInputs, type InputFile } from '../batch/expand.js';
import { Reporter } from '../batch/progress.js';
import { documentsSink } from '../batch/sink.js';
import { EXIT, UsageError, describeFailure, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';
import { positiveInt } from '../options.js';
import { outputExtension, outputRenderer } from '../render-output.js';
import { writeFileAtomic } from '../write.js';

export interface MergeFlags {
  format: 'json' | 'markdown';
  output?: string;
  outDir?: string;
  force?: boolean;
  frontMatter?: boolean;
  jobs: number;
}

/** The merging messages that mean a page was left out. */
const notMerged = new Set(['item-page-unmatched', 'item-page-ambiguous']);

export function mergeCommand(io: IO, setExit: SetExit): Command {
  return new Command('merge')
    .description('Merge a meeting page and its item pages into one complete document')
    .usage('[options] MEETING ITEM_PAGE…  |  --out-dir DIR MEETING_FOLDER…')
    .argument('<inputs...>', 'the meeting page, then its item pages (files, folders or quoted globs); with --out-dir, meeting folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout')
    .option('-d, --out-dir <dir>', 'merge each meeting folder (meeting.* + items/*) to DIR/<folder>.json')
    .option('--force', 'overwrite existing output files under --out-dir')
    .option('--front-matter', 'Markdown: put the meeting details in YAML front matter')
    .addOption(new Option('-j, --jobs <n>', 'parse N files at a time').argParser(positiveInt('--jobs')).default(availableParallelism(), 'the number of cores'))
    .action(async (inputs: string[], flags: MergeFlags) => setExit(await runMerge(inputs, flags, io)));
}

export async function runMerge(inputs: string[], flags: MergeFlags, io: IO): Promise<number> {
  if (inputs.includes('-')) throw new UsageError('merge reads files, not standard input ("-")');
  if (flags.outDir !== undefined) {
    if (flags.output !== undefined) throw new UsageError('options --out-dir and --output cannot be used together');
    return mergeFolders(inputs, flags, io);
  }
  const [meetingArg, ...pageArgs] = inputs;
  if (meetingArg === undefined || pageArgs.length === 0) throw new UsageError('merge needs a meeting and at least one item page (or --out-dir DIR and meeting folders)');
  const expansion = await expandInputs(pageArgs, { cwd: io.cwd, ignore: [], exclude: null });
  if (expansion.empty.length > 0) throw new UsageError(`no item page found in ${expansion.empty.map((arg) => `"${arg}"`).join(', ')}`);
  const meetingPath = resolve(io.cwd, meetingArg);
  const pages = expansion.files.filter((file) => file.path !== meetingPath);
  const { documents, interrupted } = await parseAll([{ path: meetingPath, name: meetingArg }, ...pages], flags.jobs, io);
  if (interrupted) return EXIT.interrupted;
  // A file that could not be read was reported by the engine, one line naming it.
  const parsed = documentsOf(documents, 0, 1 + pages.length);
  if (parsed === null) return EXIT.failure;
  let document: Document;
  try {
    document = merge(parsed[0]!, parsed.slice(1));
  } catch (error) {
    reportFailure(io.stderr, error, null);
    return EXIT.failure;
  }
  const text = (await outputRenderer(flags.format, { frontMatter: flags.frontMatter === true }))(document);
  if (flags.output === undefined || flags.output === '-') for (const piece of text) io.stdout.write(piece);
  else await writeFileAtomic(resolve(io.cwd, flags.output), text);
  return reportLeftOut(document, io) ? EXIT.documentErrors : EXIT.ok;
}

/** Parses the inputs on the engine; each failure is one line on stderr, and leaves no document. */
async function parseAll(files: readonly InputFile[], jobs: number, io: IO): Promise<{ documents: (Document | undefined)[]; interrupted: boolean }> {
  const documents: (Document | undefined)[] = [];
  const interrupted = await runEngine({
    files,
    task: { kind: 'document' },
    parse: {},
    lanes: jobs,
    sink: documentsSink(documents),
    reporter: new Reporter(io.stderr, { quiet: false, bar: false, total: files.length }),
    counts: { converted: 0, failed: 0, skipped: 0 },
    failFast: false,
    io,
  });
  return { documents, interrupted };
}

/** The documents `from` up to `to`, or null when one of them could not be read. */
function documentsOf(documents: readonly (Document | undefined)[], from: number, to: number): Document[] | null {
  const slice = Array.from({ length: to - from }, (_, i) => documents[from + i]);
  return slice.every((d) => d !== undefined) ? (slice as Document[]) : null;
}

/** Reports each page left out, one line each; whether there was one. */
function reportLeftOut(document: Document, io: IO): boolean {
  const left = document.diagnostics.filter((d) => notMerged.has(d.code));
  for (const d of left) io.stderr.write(`minutes: ${d.message} [${d.code}]\n`);
  return left.length > 0;
}

interface MeetingFolder {
  /** The folder as the user would write it, for messages. */
  name: string;
  meeting: InputFile;
  pages: InputFile[];
  output: string;
}

const MEETING_FILE = /^meeting\.[a-z]+$/i;

/** The meeting.* file of a folder, or why there is none to take. */
async function meetingFile(path: string): Promise<string | 'none' | 'several'> {
  let names: string[];
  try {
    names = (await readdir(path, { withFileTypes: true })).filter((e) => e.isFile() && MEETING_FILE.test(e.name)).map((e) => e.name);
  } catch {
    return 'none';
  }
  return names.length === 1 ? names[0]! : names.length === 0 ? 'none' : 'several';
}

/**
 * The meeting folders an argument stands for: itself when it holds a meeting.* file, else each
 * of its subfolders that does. Problems are one line each, naming the folder.
 */
async function findMeetingFolders(arg: string, io: IO, problems: string[]): Promise<{ name: string; path: string; meeting: string }[]> {
  const path = resolve(io.cwd, arg);
  const own = await meetingFile(path);
  if (own === 'several') problems.push(`${arg}: several meeting.* files, expected one`);
  if (own !== 'none') return own === 'several' ? [] : [{ name: arg, path, meeting: own }];
  let entries: string[] = [];
  try {
    entries = (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch {
    // not a folder: reported below as holding no meeting
  }
  const found: { name: string; path: string; meeting: string }[] = [];
  for (const entry of entries) {
    const meeting = await meetingFile(join(path, entry));
    if (meeting === 'several') problems.push(`${join(arg, entry)}: several meeting.* files, expected one`);
    else if (meeting !== 'none') found.push({ name: join(arg, entry), path: join(path, entry), meeting });
  }
  if (found.length === 0 && own === 'none') problems.push(`${arg}: no meeting.* file here or in its subfolders, expected DIR/meeting.* and DIR/items/*`);
  return found;
}

/** --out-dir: every meeting folder planned first (nothing is written if the plan has a problem), then merged one by one. */
async function mergeFolders(args: string[], flags: MergeFlags, io: IO): Promise<number> {
  const outDir = resolve(io.cwd, flags.outDir!);
  const problems: string[] = [];
  const folders: MeetingFolder[] = [];
  for (const arg of args) {
    for (const found of await findMeetingFolders(arg, io, problems)) {
      const items = await expandInputs([join(found.path, 'items')], { cwd: io.cwd, ignore: [], exclude: outDir });
      folders.push({
        name: found.name,
        meeting: { path: join(found.path, found.meeting), name: join(found.name, found.meeting) },
        pages: items.files.map((file) => ({ path: file.path!, name: join(found.name, 'items', basename(file.path!)) })),
        output: join(outDir, `${basename(found.path)}.${outputExtension(flags.format)}`),
      });
    }
  }
  const byOutput = new Map<string, string>();
  for (const folder of folders) {
    const earlier = byOutput.get(folder.output);
    if (earlier !== undefined) problems.push(`${folder.name}: same output name as ${earlier} (${basename(folder.output)}), expected folder names that differ`);
    byOutput.set(folder.output, folder.name);
  }
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`minutes: ${problem}\n`);
    io.stderr.write('minutes: nothing was written\n');
    return EXIT.failure;
  }

  const render = await outputRenderer(flags.format, { frontMatter: flags.frontMatter === true });
  const counts = { merged: 0, failed: 0, skipped: 0 };
  const todo: MeetingFolder[] = [];
  for (const folder of folders) {
    if (flags.force !== true && (await exists(folder.output))) counts.skipped++;
    else todo.push(folder);
  }
  // Every folder's files on the engine at once, so that the pool is kept busy across folders.
  const { documents, interrupted } = await parseAll(todo.flatMap((folder) => [folder.meeting, ...folder.pages]), flags.jobs, io);
  if (interrupted) return EXIT.interrupted;
  let leftOut = false;
  let at = 0;
  for (const folder of todo) {
    const parsed = documentsOf(documents, at, (at += 1 + folder.pages.length));
    // A meeting whose files could not all be read was reported by the engine, naming each file.
    if (parsed === null) {
      counts.failed++;
      continue;
    }
    try {
      const document = merge(parsed[0]!, parsed.slice(1));
      await writeFileAtomic(folder.output, render(document));
      counts.merged++;
      leftOut = reportLeftOut(document, io) || leftOut;
    } catch (error) {
      counts.failed++;
      io.stderr.write(`minutes: ${describeFailure(error, folder.name)}\n`);
    }
  }
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped (exist already; --force overwrites them)` : '';
  io.stderr.write(`${counts.merged} merged, ${counts.failed} failed${skipped}\n`);
  if (counts.failed > 0 && counts.merged === 0 && counts.skipped === 0) return EXIT.failure;
  return counts.failed > 0 || leftOut ? EXIT.documentErrors : EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
