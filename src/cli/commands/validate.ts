// `minutes validate FILE|DIR|GLOB…`: check agendas and minutes (and JSON made by `minutes
// parse`) with the rules, the user's config on top, and report in a format for people or CI.
// The files go through the same engine as `minutes parse` (batch/engine.ts: worker pool, failure
// mapping, --shard); a file that cannot be read is one line on stderr and an error in the report.
// Exit 0 when there are no errors (and warnings within --max-warnings), 1 when there are, 2 for
// a bad command line or config, when no input could be read, or a bug met on some file (after
// reporting all files); 130 when interrupted.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, readRuleFlags } from '../../check/config.js';
import type { Levels } from '../../check/index.js';
import { countsOf, noFilesMatched, type FileResult } from '../../check/validate.js';
import { shouldColor } from '../../render/reporters/color.js';
import { reporterNames, type ReporterName } from '../../render/reporters/common.js';
import { runEngine, selectInputs, type Shard } from '../batch/engine.js';
import { Reporter, type Counts } from '../batch/progress.js';
import { resultsSink } from '../batch/sink.js';
import { EXIT, UsageError } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';
import { positiveInt, shard } from '../options.js';
import { VERSION } from '../version.js';

export interface ValidateFlags {
  format: ReporterName;
  config?: string;
  maxWarnings: number;
  rule: string[];
  ignore: string[];
  color?: boolean;
  jobs: number;
  shard?: Shard;
}

function warningLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`option --max-warnings: expected a whole number (-1 for no limit), got "${value}"`);
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function validateCommand(io: IO, setExit: SetExit): Command {
  return new Command('validate')
    .description('Check agendas and minutes (text, Markdown, PDF, HTML, Word, or JSON from `minutes parse`) and report problems')
    .argument('<files...>', 'files, folders or quoted globs to check ("-" reads stdin)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(reporterNames).default('stylish'))
    .option('-c, --config <file>', 'use this config file instead of the nearest .minutesrc.json')
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more than N warnings').argParser(warningLimit).default(-1, 'no limit'))
    .addOption(new Option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable; overrides the config)').argParser(collect).default([], 'none'))
    .addOption(new Option('--ignore <pattern>', 'skip files and folders matching PATTERN in folders and globs (repeatable)').argParser(collect).default([], 'none'))
    .addOption(new Option('-j, --jobs <n>', 'check N files at a time').argParser(positiveInt('--jobs')).default(availableParallelism(), 'the number of cores'))
    .option('--shard <k/n>', 'check only the K-th of N equal parts of the inputs (for job runners)', shard)
    .option('--color', 'colour the stylish report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .action(async (files: string[], flags: ValidateFlags) => setExit(await runValidate(files, flags, io)));
}

async function levelsFrom(flags: ValidateFlags, io: IO): Promise<Levels> {
  try {
    const config = await loadConfig(io.cwd, flags.config);
    return { ...config.levels, ...readRuleFlags(flags.rule) };
  } catch (error) {
    throw error instanceof ConfigError ? new UsageError(error.message) : error;
  }
}

function exitCode(results: readonly FileResult[], counts: Counts, flags: ValidateFlags, io: IO): number {
  if (results.some((r) => r.crash !== undefined)) return EXIT.failure;
  if (results.length > 0 && counts.converted === 0) return EXIT.failure;
  const { errorCount, warningCount } = countsOf(results.flatMap((r) => r.messages));
  if (errorCount > 0) return EXIT.documentErrors;
  if (flags.maxWarnings >= 0 && warningCount > flags.maxWarnings) {
    io.stderr.write(`minutes: too many warnings (${warningCount}, at most ${flags.maxWarnings} allowed by --max-warnings)\n`);
    return EXIT.documentErrors;
  }
  return EXIT.ok;
}

export async function runValidate(args: string[], flags: ValidateFlags, io: IO): Promise<number> {
  if (args.filter((arg) => arg === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const levels = await levelsFrom(flags, io);
  const { expansion, files } = await selectInputs(args, { cwd: io.cwd, ignore: flags.ignore, exclude: null, shard: flags.shard ?? null });
  const results: FileResult[] = [];
  const counts: Counts = { converted: 0, failed: 0, skipped: 0 };
  const interrupted = await runEngine({
    files,
    task: { kind: 'check', levels },
    parse: {},
    lanes: flags.jobs,
    sink: resultsSink(files.map((file) => file.path ?? '-'), results),
    reporter: new Reporter(io.stderr, { quiet: false, bar: false, total: files.length }),
    counts,
    failFast: false,
    io,
  });
  // Inputs never checked (interrupted) have no result: the report holds what was checked.
  const checked = results.filter((r) => r !== undefined);
  // A folder or glob without documents is reported once, by the first shard.
  if (flags.shard === undefined || flags.shard.index === 1) checked.push(...expansion.empty.map((arg) => noFilesMatched(resolve(io.cwd, arg))));
  const color = flags.format === 'stylish' && shouldColor({ isTTY: io.stdout.isTTY, env: io.env, flag: flags.color });
  // The reporters load on first use: chalk, behind the stylish one, loads node:tty and node:net.
  const { reporters } = await import('../../render/reporters/index.js');
  io.stdout.write(reporters[flags.format](checked, { cwd: io.cwd, color, version: VERSION }));
  if (interrupted) return EXIT.interrupted;
  return exitCode(checked, counts, flags, io);
}
