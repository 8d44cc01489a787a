// `minutes merge MEETING ITEM_PAGE…`: parse the meeting and its item pages as `parse` does,
// merge them with the library's merge(), write the one document. A page that was not merged is
// reported on stderr and makes the exit code 1, after the document is written.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { merge } from '../../merge/index.js';
import type { Document } from '../../model/schema.js';
import { parseFile } from '../../parse.js';
import { expandInputs } from '../batch/expand.js';
import { EXIT, UsageError, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';
import { outputRenderer } from '../render-output.js';
import { writeFileAtomic } from '../write.js';

export interface MergeFlags {
  format: 'json' | 'markdown';
  output?: string;
  frontMatter?: boolean;
}

/** The merging messages that mean a page was left out. */
const notMerged = new Set(['item-page-unmatched', 'item-page-ambiguous']);

export function mergeCommand(io: IO, setExit: SetExit): Command {
  return new Command('merge')
    .description('Merge a meeting page and its item pages into one complete document')
    .argument('<meeting>', 'the meeting page (text, Markdown or PDF)')
    .argument('<pages...>', 'item pages: files, folders or quoted globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout')
    .option('--front-matter', 'Markdown: put the meeting details in YAML front matter')
    .action(async (meeting: string, pages: string[], flags: MergeFlags) => setExit(await runMerge(meeting, pages, flags, io)));
}

export async function runMerge(meetingArg: string, pageArgs: string[], flags: MergeFlags, io: IO): Promise<number> {
  if (meetingArg === '-' || pageArgs.includes('-')) throw new UsageError('merge reads files, not standard input ("-")');
  const expansion = await expandInputs(pageArgs, { cwd: io.cwd, ignore: [], exclude: null });
  if (expansion.empty.length > 0) throw new UsageError(`no item page found in ${expansion.empty.map((arg) => `"${arg}"`).join(', ')}`);
  const meetingPath = resolve(io.cwd, meetingArg);
  const pageFiles = expansion.files.filter((file) => file.path !== meetingPath);
  let meeting: Document;
  const pages: Document[] = [];
  let reading = meetingArg;
  try {
    meeting = await parseFile(meetingPath, { name: meetingArg });
    for (const file of pageFiles) {
      reading = file.name;
      pages.push(await parseFile(file.path!, { name: file.name }));
    }
  } catch (error) {
    reportFailure(io.stderr, error, reading);
    return EXIT.failure;
  }
  const document = merge(meeting, pages);
  const text = (await outputRenderer(flags.format, { frontMatter: flags.frontMatter === true }))(document);
  if (flags.output === undefined || flags.output === '-') io.stdout.write(text);
  else await writeFileAtomic(resolve(io.cwd, flags.output), text);
  const left = document.diagnostics.filter((d) => notMerged.has(d.code));
  for (const d of left) io.stderr.write(`minutes: ${d.message} [${d.code}]\n`);
  return left.length > 0 ? EXIT.documentErrors : EXIT.ok;
}
