// The JSON Schema of the document contract, generated from the zod schemas (draft 2020-12,
// with a version-pinned $id). schema/minutes.schema.json is a committed copy of it.
import { z } from 'zod';
import { Document } from './schema.js';
import { SCHEMA_ID } from './version.js';

export function documentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Document, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, ...rest };
}
