// The configuration of `minutes validate`: `.minutesrc.json` found from the working directory
// up, or a file named with --config, then --rule flags on top. The zod schema is the source of
// truth; schema/config.schema.json is generated from it (configJsonSchema) for editors.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { SCHEMA_VERSION } from '../model/schema.js';
import type { Levels } from './index.js';
import { isRuleId, rules } from './rules/index.js';

export const CONFIG_FILE = '.minutesrc.json';
export const CONFIG_SCHEMA_ID = `https://minutes-tool.github.io/schema/${SCHEMA_VERSION}/config.schema.json`;

export const Level = z.enum(['off', 'info', 'warning', 'error']).meta({ id: 'RuleLevel', description: 'off, or the severity to report the rule at.' });

/** One optional key per rule, so that editors complete rule ids and show what each checks. */
const RuleLevels = z.strictObject(Object.fromEntries(rules.map((rule) => [rule.id, Level.optional().describe(rule.description)])));

export const Config = z
  .strictObject({
    $schema: z.string().optional(),
    rules: RuleLevels.optional().describe('Rule id → "off", "info", "warning" or "error" (default: the rule\u2019s own severity).'),
  })
  .meta({ title: 'minutes validate configuration', description: `The ${CONFIG_FILE} file of minutes validate.` });

export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Config, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: CONFIG_SCHEMA_ID, ...rest };
}

/** A configuration the user must fix: the message names the file and the offending key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** "rules.item-truncted: unknown rule" from a zod issue. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path ? `${path}.` : '';
    const what = path === 'rules' ? 'unknown rule' : 'unknown key';
    return issue.keys.map((key) => `${where}${key}: ${what}`).join('; ');
  }
  if (issue.code === 'invalid_value') return `${path}: expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${path || 'the top level'}: ${issue.message}`;
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`${where}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
  return parsed.data;
}

/** The levels of a parsed config file; `file` names it in errors. */
export const readConfig = (value: unknown, file: string): Levels => (parseWith(Config, value, file).rules ?? {}) as Levels;

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** The nearest `.minutesrc.json` from `cwd` up to the root, or null. */
async function findConfig(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE);
    if (await isFile(path)) return path;
    if (dirname(dir) === dir) return null;
  }
}

export interface LoadedConfig {
  /** The file the levels came from, or null when there is none. */
  path: string | null;
  levels: Levels;
}

/** Loads `--config FILE` (relative to cwd), or the nearest `.minutesrc.json`. */
export async function loadConfig(cwd: string, file?: string): Promise<LoadedConfig> {
  const path = file ? resolve(cwd, file) : await findConfig(cwd);
  if (path === null) return { path: null, levels: {} };
  const shown = file ?? relative(cwd, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(`${shown}: cannot read the configuration file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  return { path, levels: readConfig(value, shown) };
}

/** `--rule ID=LEVEL` flags, checked like the config's `rules`. */
export function readRuleFlags(flags: readonly string[]): Levels {
  const levels: Record<string, string> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 0) throw new ConfigError(`option --rule: expected ID=off|info|warning|error, got "${flag}"`);
    const id = flag.slice(0, eq);
    if (!isRuleId(id)) throw new ConfigError(`option --rule: ${id}: unknown rule`);
    levels[id] = flag.slice(eq + 1);
  }
  return parseWith(RuleLevels, levels, 'option --rule') as Levels;
}
