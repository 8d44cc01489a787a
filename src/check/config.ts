// The configuration of `minutes validate`: `.minutesrc.json` found from the working directory
// up, or a file named with --config, then --rule flags on top. The zod schema (config-schema.ts)
// is the source of truth; it is loaded only when there is a config file to check, so that a
// run without one does not pay for zod.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { SCHEMA_VERSION } from '../model/version.js';
import type { Levels } from './index.js';
import { isRuleId } from './rules/index.js';

export const CONFIG_FILE = '.minutesrc.json';
export const CONFIG_SCHEMA_ID = `https://minutes-tool.github.io/schema/${SCHEMA_VERSION}/config.schema.json`;

/** What a rule can be set to: off, or the severity to report it at. */
export const LEVELS = ['off', 'info', 'warning', 'error'] as const;

/** A configuration the user must fix: the message names the file and the offending key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Synchronous: looked for at every start of `minutes validate`, where a stat through Node's thread
// pool would start its threads and wait for them (bench: start-up).
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest `.minutesrc.json` from `cwd` up to the root, or null. */
async function findConfig(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE);
    if (isFile(path)) return path;
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
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${shown}: cannot read the configuration file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  const { readConfig } = await import('./config-schema.js');
  return { path, levels: readConfig(value, shown) };
}

/** `--rule ID=LEVEL` flags, checked like the config's `rules`. */
export function readRuleFlags(flags: readonly string[]): Levels {
  const levels: Levels = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 0) throw new ConfigError(`option --rule: expected ID=off|info|warning|error, got "${flag}"`);
    const id = flag.slice(0, eq);
    const level = flag.slice(eq + 1);
    if (!isRuleId(id)) throw new ConfigError(`option --rule: ${id}: unknown rule`);
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new ConfigError(`option --rule: ${id}: expected ${LEVELS.map((l) => JSON.stringify(l)).join(', ')}`);
    }
    levels[id] = level as (typeof LEVELS)[number];
  }
  return levels;
}
