// `minutes validate FILE|DIR|GLOB…`: check agendas and minutes (and JSON made by `minutes
// parse`) with the rules, the user's config on top, and report in a format for people or CI.
// Exit 0 when there are no errors (and warnings within --max-warnings), 1 when there are, 2 for
// a bad command line or config, or a bug met on some file (after reporting all files).
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, readRuleFlags } from '../../check/config.js';
import type { Levels } from '../../check/index.js';
import { countsOf, noFilesMatched, validateFile, type FileResult } from '../../check/validate.js';
import { displayPath } from '../../render/reporters/common.js';
import { reporters, shouldColor, type ReporterName } from '../../render/reporters/index.js';
import { expandInputs } from '../batch/expand.js';
import { EXIT, UsageError, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';
import { VERSION } from '../version.js';

export interface ValidateFlags {
  format: ReporterName;
  config?: string;
  maxWarnings: number;
  rule: string[];
  ignore: string[];
  color?: boolean;
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
    .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(reporters)).default('stylish'))
    .option('-c, --config <file>', 'use this config file instead of the nearest .minutesrc.json')
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more than N warnings').argParser(warningLimit).default(-1, 'no limit'))
    .addOption(new Option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable; overrides the config)').argParser(collect).default([], 'none'))
    .addOption(new Option('--ignore <pattern>', 'skip files and folders matching PATTERN in folders and globs (repeatable)').argParser(collect).default([], 'none'))
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

function exitCode(results: readonly FileResult[], flags: ValidateFlags, io: IO): number {
  if (results.some((r) => r.crash !== undefined)) return EXIT.failure;
  const { errorCount, warningCount } = countsOf(results.flatMap((r) => r.messages));
  if (errorCount > 0) return EXIT.documentErrors;
  if (flags.maxWarnings >= 0 && warningCount > flags.maxWarnings) {
    io.stderr.write(`minutes: too many warnings (${warningCount}, at most ${flags.maxWarnings} allowed by --max-warnings)\n`);
    return EXIT.documentErrors;
  }
  return EXIT.ok;
}

export async function runValidate(files: string[], flags: ValidateFlags, io: IO): Promise<number> {
  const levels = await levelsFrom(flags, io);
  const expansion = await expandInputs(files, { cwd: io.cwd, ignore: flags.ignore, exclude: null });
  const results: FileResult[] = [];
  for (const file of expansion.files) results.push(await validateFile(file.path ?? '-', { levels, readStdin: io.readStdin }));
  results.push(...expansion.empty.map((arg) => noFilesMatched(resolve(io.cwd, arg))));
  const color = flags.format === 'stylish' && shouldColor({ isTTY: io.stdout.isTTY, env: io.env, flag: flags.color });
  io.stdout.write(reporters[flags.format](results, { cwd: io.cwd, color, version: VERSION }));
  for (const r of results) if (r.crash !== undefined) reportFailure(io.stderr, r.crash, displayPath(r.filePath, io.cwd));
  return exitCode(results, flags, io);
}
