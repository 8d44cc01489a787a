// `minutes parse INPUT…`: flags → a batch configuration; batch/run.ts does the work, for one
// file to stdout as for an archive to --out-dir.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { ParseOptions } from '../../parse.js';
import type { Encoding } from '../../read/decode.js';
import { runBatch } from '../batch/run.js';
import { UsageError } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';
import { positiveInt, positiveNumber, shard } from '../options.js';
import type { OutputFormat } from '../render-output.js';

export interface ParseFlags {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  frontMatter?: boolean;
  encoding?: string;
  maxBytes: number;
  maxPages: number;
  passwordFile?: string;
  timeout: number;
  ignore?: string[];
  force?: boolean;
  jobs: number;
  failFast?: boolean;
  quiet?: boolean;
  shard?: { index: number; count: number };
}

const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function parseCommand(io: IO, setExit: SetExit): Command {
  return new Command('parse')
    .description('Convert agendas and minutes (text, Markdown, PDF, HTML, Word) to JSON or Markdown: files, folders or quoted globs')
    .argument('<inputs...>', 'files, folders or quoted globs to convert ("-" reads stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (ndjson: one JSON document a line)').choices(['json', 'markdown', 'ndjson']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout')
    .option('-d, --out-dir <dir>', 'write one file per input under DIR, mirroring the input folders')
    .option('--front-matter', 'Markdown: put the meeting details in YAML front matter')
    .option('--ignore <glob>', 'skip files and folders that match GLOB when searching (repeatable)', collect)
    .option('--force', 'overwrite existing output files under --out-dir')
    .addOption(new Option('-j, --jobs <n>', 'convert N files at a time').argParser(positiveInt('--jobs')).default(availableParallelism(), 'the number of cores'))
    .option('--fail-fast', 'stop at the first file that fails')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--shard <k/n>', 'convert only the K-th of N equal parts of the inputs (for job runners)', shard)
    .addOption(new Option('--encoding <encoding>', 'read text in this encoding instead of detecting it').choices(encodings))
    .option('--max-bytes <n>', 'refuse inputs larger than N bytes', positiveInt('--max-bytes'), 50 * 1024 * 1024)
    .option('--max-pages <n>', 'refuse PDFs with more than N pages', positiveInt('--max-pages'), 2000)
    .option('--password-file <file>', 'read the password of encrypted PDFs from FILE')
    .option('--timeout <seconds>', 'stop reading a PDF after SECONDS', positiveNumber('--timeout'), 60)
    .action(async (inputs: string[], flags: ParseFlags) => setExit(await runParse(inputs, flags, io)));
}

export async function runParse(inputs: string[], flags: ParseFlags, io: IO): Promise<number> {
  if (flags.outDir !== undefined && flags.output !== undefined) throw new UsageError('options --out-dir and --output cannot be used together');
  if (flags.outDir !== undefined && flags.format === 'ndjson') throw new UsageError('option --format ndjson writes to stdout or --output, not --out-dir');
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  return runBatch(
    {
      inputs,
      format: flags.format,
      output: { frontMatter: flags.frontMatter === true },
      parse: await parseOptions(flags, io),
      outDir: flags.outDir ?? null,
      outFile: flags.output === undefined || flags.output === '-' ? null : flags.output,
      ignore: flags.ignore ?? [],
      force: flags.force === true,
      jobs: flags.jobs,
      failFast: flags.failFast === true,
      quiet: flags.quiet === true,
      shard: flags.shard ?? null,
    },
    io,
  );
}

async function parseOptions(flags: ParseFlags, io: IO): Promise<ParseOptions> {
  const options: ParseOptions = { maxBytes: flags.maxBytes, maxPages: flags.maxPages, timeoutMs: flags.timeout * 1000 };
  if (flags.encoding) options.encoding = flags.encoding as Encoding;
  if (flags.passwordFile) {
    try {
      options.password = (await readFile(resolve(io.cwd, flags.passwordFile), 'utf8')).replace(/\r?\n$/, '');
    } catch {
      throw new UsageError(`option --password-file: cannot read "${flags.passwordFile}"`);
    }
  }
  return options;
}
