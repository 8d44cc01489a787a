// The zod schema of `.minutesrc.json`: the source of truth for checking a config file and for
// schema/config.schema.json (configJsonSchema), which editors use. Loaded only when there is a
// config file to check (config.ts).
import { z } from 'zod';
import { CONFIG_FILE, CONFIG_SCHEMA_ID, ConfigError, LEVELS } from './config.js';
import type { Levels } from './index.js';
import { rules } from './rules/index.js';

export const Level = z.enum(LEVELS).meta({ id: 'RuleLevel', description: 'off, or the severity to report the rule at.' });

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
