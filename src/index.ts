// The library API of minutes. The CLI is a thin shell over these functions; nothing here
// touches process, prints or exits.
export { parse, parseFile, type ParseOptions } from './parse.js';
export { merge } from './merge/index.js';
export { InputError, isInputError } from './read/input-error.js';
export { renderJson } from './render/json.js';
export { renderMarkdown, type MarkdownOptions } from './render/markdown.js';
export { documentJsonSchema } from './model/json-schema.js';
export { catalog as diagnostics, type DiagnosticCode } from './model/diagnostics.js';
export { check, lint, type Levels } from './check/index.js';
export { rules, ruleIds, type RuleId } from './check/rules/index.js';
export { validateFile, type FileResult, type ValidateOptions } from './check/validate.js';
export { loadConfig, ConfigError } from './check/config.js';
export { configJsonSchema, readConfig } from './check/config-schema.js';
export { reporters, type ReporterName } from './render/reporters/index.js';
export * from './model/schema.js';
