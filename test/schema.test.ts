// The JSON contract: schema/minutes.schema.json is the committed JSON Schema generated from the
// zod schemas, and must not drift from them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../src/model/json-schema.js';
import { Document, SCHEMA_ID, SCHEMA_VERSION } from '../src/model/schema.js';
import { parse } from '../src/parse.js';

const committed = JSON.parse(readFileSync(new URL('../schema/minutes.schema.json', import.meta.url), 'utf8'));

describe('JSON Schema', () => {
  it('is draft 2020-12 with a version-pinned $id', () => {
    const schema = documentJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toContain(`/${SCHEMA_VERSION}/`);
  });

  it('committed copy matches the zod schemas (run `node bin/minutes.js schema > schema/minutes.schema.json`)', () => {
    expect(committed).toEqual(documentJsonSchema());
  });

  it('rejects a document that breaks the contract', async () => {
    const document = await parse('Agenda item\n\nApologies\n\nMinutes:\n\nThere were no apologies.\n');
    expect(() => Document.parse(document)).not.toThrow();
    expect(() => Document.parse({ ...document, kind: 'memo' })).toThrow();
    expect(() => Document.parse({ ...document, meeting: { ...document.meeting, date: '25/07/2024' } })).toThrow();
    const [item] = document.items;
    expect(() => Document.parse({ ...document, items: [{ ...item!, position: undefined }] })).toThrow();
  });
});
