// The validate reporters by name: pure functions from results to text; only the CLI writes it.
import type { Reporter, ReporterName } from './common.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const reporters: Record<ReporterName, Reporter> = { stylish, json, github, sarif };

export type { FileResult, ReportOptions, Reporter, ReporterName } from './common.js';
export { shouldColor } from './color.js';
