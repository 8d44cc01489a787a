// The library API of minutes. The CLI is a thin shell over these functions; nothing here
// touches process, prints or exits.
export { parse, parseFile, type ParseOptions } from './parse.js';
export { InputError, isInputError } from './read/input-error.js';
export { renderJson } from './render/json.js';
export { documentJsonSchema } from './model/json-schema.js';
export { catalog as diagnostics, type DiagnosticCode } from './model/diagnostics.js';
export * from './model/schema.js';
