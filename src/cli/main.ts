// The command line: commander collects the flags, the library does the work, a renderer turns
// the result into text, and main() returns the exit code (bin/minutes.js sets it). Nothing here
// calls process.exit(), so tests run the CLI in-process through main(). Each command builds its
// own commander Command in commands/.
import { Command, CommanderError } from 'commander';
import type { IO } from './io.js';
import { EXIT, reportFailure } from './errors.js';
import { mergeCommand } from './commands/merge.js';
import { parseCommand } from './commands/parse.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { VERSION } from './version.js';

export type SetExit = (code: number) => void;

function createProgram(io: IO, setExit: SetExit): Command {
  const program = new Command()
    .name('minutes')
    .description('Turn meeting agendas and minutes (text, Markdown, PDF, HTML, Word) into validated structured data.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`minutes: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError();
  for (const command of [parseCommand(io, setExit), mergeCommand(io, setExit), validateCommand(io, setExit), schemaCommand(io, setExit)]) {
    program.addCommand(command.exitOverride().configureOutput(program.configureOutput()));
  }
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
    // A usage error, an output that cannot be written, or a bug (with its stack): exit 2.
    reportFailure(io.stderr, error, null);
    return EXIT.failure;
  }
}
