// `minutes schema`: the JSON Schema of the document format, generated from the zod schemas.
import { Command } from 'commander';
import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import type { SetExit } from '../main.js';

export function schemaCommand(io: IO, setExit: SetExit): Command {
  return new Command('schema').description('Print the JSON Schema of the document format').action(async () => {
    // zod is loaded only for this command.
    const { documentJsonSchema } = await import('../../model/json-schema.js');
    io.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    setExit(EXIT.ok);
  });
}
