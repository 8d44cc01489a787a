// The schema's version and id, apart from the zod schemas (model/schema.ts re-exports them), so
// that the parser can stamp documents without loading zod.
export const SCHEMA_VERSION = '1.0';
export const SCHEMA_ID = `https://minutes-tool.github.io/schema/${SCHEMA_VERSION}/minutes.schema.json`;
