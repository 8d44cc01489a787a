// `minutes parse FILE…`: each input becomes a document; a bad input is one line on stderr and
// the others still convert.
import { resolve } from 'node:path';
import { parse, parseFile, type ParseOptions } from '../../parse.js';
import type { Document } from '../../model/schema.js';
import type { Encoding } from '../../read/decode.js';
import { renderJson } from '../../render/json.js';
import { EXIT, UsageError, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import { writeFileAtomic } from '../write.js';

export interface ParseFlags {
  format: 'json' | 'markdown' | 'ndjson';
  output?: string;
  encoding?: string;
  maxBytes: number;
}

const encodings = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

export async function runParse(files: string[], flags: ParseFlags, io: IO): Promise<number> {
  if (flags.encoding && !encodings.has(flags.encoding.toLowerCase())) {
    throw new UsageError(`option --encoding: expected one of ${[...encodings].join(', ')}, got "${flags.encoding}"`);
  }
  const options: ParseOptions = { maxBytes: flags.maxBytes };
  if (flags.encoding) options.encoding = flags.encoding.toLowerCase() as Encoding;

  const documents: Document[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const document = file === '-' ? await parse(await io.readStdin(), { ...options, name: null }) : await parseFile(resolve(io.cwd, file), options);
      if (file !== '-') document.source.name = file;
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
