// The validate reporters by name: pure functions from results to text; only the CLI writes it.
import type { Reporter } from './common.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const reporters = { stylish, json, github, sarif } satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export type { FileResult, ReportOptions, Reporter } from './common.js';
export { shouldColor } from './color.js';
