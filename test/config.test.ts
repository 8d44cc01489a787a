// The configuration of `minutes validate`: the committed config JSON Schema is generated from
// the zod schema, a bad config names the offending key, and .minutesrc.json is found from the
// working directory up.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_ID, ConfigError, loadConfig, readRuleFlags } from '../src/check/config.js';
import { configJsonSchema, readConfig } from '../src/check/config-schema.js';
import { rules } from '../src/check/rules/index.js';

const schemaFile = new URL('../schema/config.schema.json', import.meta.url);

describe('config JSON Schema', () => {
  it('committed copy matches the zod schema (UPDATE=1 npx vitest run test/config.test.ts rewrites it)', () => {
    const generated = configJsonSchema();
    if (process.env.UPDATE === '1') writeFileSync(schemaFile, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(generated);
  });

  it('is draft 2020-12 with a version-pinned $id and one property per rule', () => {
    const schema = configJsonSchema() as { $schema: string; $id: string; properties: { rules: { properties: Record<string, unknown> } } };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(CONFIG_SCHEMA_ID);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((r) => r.id));
  });
});

describe('readConfig', () => {
  const error = (value: unknown) => {
    try {
      readConfig(value, '.minutesrc.json');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('reads levels, $schema allowed', () => {
    expect(readConfig({ $schema: CONFIG_SCHEMA_ID, rules: { 'item-truncated': 'warning', 'lost-link': 'off' } }, 'x')).toEqual({
      'item-truncated': 'warning',
      'lost-link': 'off',
    });
    expect(readConfig({}, 'x')).toEqual({});
  });

  it('names the file and the offending key', () => {
    expect(error({ rules: { 'item-truncted': 'off' } })).toMatch(/^\.minutesrc\.json: rules\.item-truncted: unknown rule/);
    expect(error({ rules: { 'item-truncated': 'warn' } })).toMatch(/^\.minutesrc\.json: rules\.item-truncated: /);
    expect(error({ rule: {} })).toMatch(/^\.minutesrc\.json: rule: unknown key/);
    expect(error({ rules: [] })).toMatch(/^\.minutesrc\.json: rules: /);
    expect(error('off')).toMatch(/^\.minutesrc\.json: /);
  });

  it('does not configure input problems: they are not rules', () => {
    expect(error({ rules: { 'file-not-found': 'off' } })).toContain('rules.file-not-found: unknown rule');
  });
});

describe('readRuleFlags', () => {
  it('reads ID=LEVEL, later flags winning', () => {
    expect(readRuleFlags(['lost-link=off', 'item-truncated=warning', 'lost-link=error'])).toEqual({ 'lost-link': 'error', 'item-truncated': 'warning' });
  });

  it.each([['lost-link'], ['nope=off'], ['lost-link=loud']])('refuses %s, naming the option', (flag) => {
    expect(() => readRuleFlags([flag])).toThrow(/^option --rule: /);
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutes-config-'));
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, '.minutesrc.json'), JSON.stringify({ rules: { 'lost-link': 'off' } }));
    await writeFile(join(dir, 'a', 'other.json'), JSON.stringify({ rules: { 'lost-link': 'error' } }));
    await writeFile(join(dir, 'a', 'bad.json'), '{ "rules": ');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds .minutesrc.json from the working directory up', async () => {
    expect(await loadConfig(join(dir, 'a', 'b'))).toEqual({ path: join(dir, '.minutesrc.json'), levels: { 'lost-link': 'off' } });
  });

  it('reads --config FILE relative to the working directory instead', async () => {
    expect((await loadConfig(join(dir, 'a'), 'other.json')).levels).toEqual({ 'lost-link': 'error' });
  });

  it('refuses a missing or malformed file, naming it', async () => {
    await expect(loadConfig(dir, 'missing.json')).rejects.toThrow(/missing\.json: cannot read/);
    await expect(loadConfig(join(dir, 'a'), 'bad.json')).rejects.toThrow(/bad\.json: not valid JSON/);
  });
});
