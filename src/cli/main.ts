// The command line: commander collects the flags, the library does the work, a renderer turns
// the result into text, and main() returns the exit code (bin/minutes.js sets it). Nothing here
// calls process.exit(), so tests run the CLI in-process through main().
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { IO } from './io.js';
import { EXIT, UsageError, reportFailure } from './errors.js';
import { runParse } from './commands/parse.js';
import { runSchema } from './commands/schema.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = packageJson.version;

/** A positive integer option value. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`option ${name}: expected a positive integer, got "${value}"`);
    return n;
  };
}

function createProgram(io: IO, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('minutes')
    .description('Turn meeting agendas and minutes (text, Markdown, PDF) into validated structured data.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`minutes: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError();

  program
    .command('parse')
    .description('Convert agendas and minutes to JSON or Markdown')
    .argument('<files...>', 'files to convert ("-" reads stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown', 'ndjson']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout')
    .option('--encoding <encoding>', 'read text in this encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1252)')
    .option('--max-bytes <n>', 'refuse inputs larger than N bytes', positiveInt('--max-bytes'), 50 * 1024 * 1024)
    .action(async (files: string[], options) => setExit(await runParse(files, options, io)));

  program
    .command('schema')
    .description('Print the JSON Schema of the document format')
    .action(() => setExit(runSchema(io)));

  return program;
}

export async function main(argv: readonly string[], io: IO): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors are exit 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`minutes: ${error.message}\n`);
      return EXIT.failure;
    }
    reportFailure(io.stderr, error, null);
    return EXIT.failure;
  }
}
