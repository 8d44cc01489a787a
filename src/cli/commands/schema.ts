// `minutes schema`: the JSON Schema of the document format, generated from the zod schemas.
import { documentJsonSchema } from '../../model/json-schema.js';
import { EXIT } from '../errors.js';
import type { IO } from '../io.js';

export function runSchema(io: IO): number {
  io.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
