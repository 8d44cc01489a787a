// `minutes parse FILE…`: each input becomes a document; a bad input is one line on stderr and
// the others still convert.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { parse, parseFile, type ParseOptions } from '../../parse.js';
import type { Document } from '../../model/schema.js';
import type { Encoding } from '../../read/decode.js';
import { renderJson } from '../../render/json.js';
import { EXIT, UsageError, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';
import { positiveInt, positiveNumber } from '../options.js';
import { writeFileAtomic } from '../write.js';

export interface ParseFlags {
  format: 'json' | 'markdown' | 'ndjson';
  output?: string;
  encoding?: string;
  maxBytes: number;
  maxPages: number;
  passwordFile?: string;
  timeout: number;
  frontMatter?: boolean;
}

const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

export function parseCommand(io: IO, setExit: SetExit): Command {
  return new Command('parse')
    .description('Convert agendas and minutes (text, Markdown, PDF) to JSON or Markdown')
    .argument('<files...>', 'files to convert ("-" reads stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown', 'ndjson']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout')
    .option('--front-matter', 'Markdown: put the meeting details in YAML front matter')
    .addOption(new Option('--encoding <encoding>', 'read text in this encoding instead of detecting it').choices(encodings))
    .option('--max-bytes <n>', 'refuse inputs larger than N bytes', positiveInt('--max-bytes'), 50 * 1024 * 1024)
    .option('--max-pages <n>', 'refuse PDFs with more than N pages', positiveInt('--max-pages'), 2000)
    .option('--password-file <file>', 'read the password of encrypted PDFs from FILE')
    .option('--timeout <seconds>', 'stop reading a PDF after SECONDS', positiveNumber('--timeout'), 60)
    .action(async (files: string[], flags: ParseFlags) => setExit(await runParse(files, flags, io)));
}

async function optionsFrom(flags: ParseFlags, io: IO): Promise<ParseOptions> {
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

export async function runParse(files: string[], flags: ParseFlags, io: IO): Promise<number> {
  const options = await optionsFrom(flags, io);
  const documents: Document[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const document = file === '-' ? await parse(await io.readStdin(), { ...options, name: null }) : await parseFile(resolve(io.cwd, file), { ...options, name: file });
      documents.push(document);
    } catch (error) {
      failed++;
      reportFailure(io.stderr, error, file);
    }
  }
  if (documents.length > 0) {
    const text =
      flags.format === 'ndjson'
        ? documents.map((d) => JSON.stringify(d)).join('\n') + '\n'
        : documents.length === 1 && files.length === 1
          ? renderJson(documents[0]!)
          : `${JSON.stringify(documents, null, 2)}\n`;
    if (flags.output && flags.output !== '-') await writeFileAtomic(resolve(io.cwd, flags.output), text);
    else io.stdout.write(text);
  }
  if (failed === 0) return EXIT.ok;
  return documents.length === 0 ? EXIT.failure : EXIT.documentErrors;
}
