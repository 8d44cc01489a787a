// `minutes schema`: the JSON Schema of the document format, generated from the zod schemas.
import { Command } from 'commander';
import { documentJsonSchema } from '../../model/json-schema.js';
import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';

export function schemaCommand(io: IO, setExit: SetExit): Command {
  return new Command('schema').description('Print the JSON Schema of the document format').action(() => {
    io.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    setExit(EXIT.ok);
  });
}
