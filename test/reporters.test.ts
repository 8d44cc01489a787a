// The validate reporters: pure functions from results to text, checked on fixed results.
import { describe, expect, it } from 'vitest';
import { docsUrl } from '../src/check/rule.js';
import { catalog, diagnostic } from '../src/model/diagnostics.js';
import type { Position } from '../src/model/schema.js';
import { escapeData, escapeProperty } from '../src/render/reporters/github.js';
import { reporters, shouldColor, type FileResult, type ReportOptions } from '../src/render/reporters/index.js';

const cwd = '/repo';
const options: ReportOptions = { cwd, color: false, version: '9.9.9' };
const pos = (line: number, column: number, endColumn: number, page?: number): Position => ({
  start: { line, column, offset: 0 },
  end: { line, column: endColumn, offset: 0 },
  ...(page === undefined ? {} : { page }),
});

const results: FileResult[] = [
  {
    filePath: '/repo/minutes/2024-07-25.txt',
    messages: [
      diagnostic('attendance-not-recorded', undefined),
      diagnostic('lost-link', { text: 'Email:' }, pos(7, 30, 36)),
      diagnostic('item-truncated', { reason: 'link' }, pos(114, 1, 60)),
      diagnostic('unclassified-text', { lines: 1 }, pos(120, 1, 10)),
    ],
  },
  { filePath: '/repo/clean.md', messages: [] },
  { filePath: '/repo/scans/agenda, draft: v2.pdf', messages: [diagnostic('item-truncated', { reason: 'end' }, pos(300, 1, 20, 13))] },
];
const ansi = '\u001b[';

describe('stylish', () => {
  const out = reporters.stylish(results, options);

  it('groups messages under each file, relative to the cwd, with place, severity and rule id', () => {
    const lines = out.split('\n');
    expect(lines).toContain('minutes/2024-07-25.txt');
    expect(lines.find((l) => l.includes('lost-link'))).toMatch(/^ +7:30 +warning +Unexpected .* lost-link$/);
    expect(lines.find((l) => l.includes('attendance-not-recorded'))).toMatch(/^ +0:0 +warning /);
    expect(out).not.toContain('clean.md');
    expect(out).toContain('(page 13)');
  });

  it('ends with a summary line', () => {
    expect(out.trimEnd().split('\n').at(-1)).toBe('\u2716 5 problems (2 errors, 2 warnings, 1 info)');
    expect(reporters.stylish([{ filePath: '/repo/a.txt', messages: [diagnostic('empty-file', undefined)] }], options)).toContain('\u2716 1 problem (1 error, 0 warnings)');
  });

  it('colours only when asked, and prints nothing when there is nothing to report', () => {
    expect(out).not.toContain(ansi);
    expect(reporters.stylish(results, { ...options, color: true })).toContain(ansi);
    expect(reporters.stylish([{ filePath: '/repo/clean.md', messages: [] }], options)).toBe('');
  });
});

describe('shouldColor', () => {
  it.each([
    [{ isTTY: true, env: {}, flag: undefined }, true],
    [{ isTTY: false, env: {}, flag: undefined }, false],
    [{ isTTY: undefined, env: {}, flag: undefined }, false],
    [{ isTTY: true, env: { NO_COLOR: '1' }, flag: undefined }, false],
    [{ isTTY: true, env: { NO_COLOR: '' }, flag: undefined }, true],
    [{ isTTY: true, env: { TERM: 'dumb' }, flag: undefined }, false],
    [{ isTTY: false, env: { FORCE_COLOR: '1' }, flag: undefined }, true],
    [{ isTTY: true, env: { FORCE_COLOR: '0' }, flag: undefined }, false],
    [{ isTTY: true, env: {}, flag: false }, false],
    [{ isTTY: false, env: { NO_COLOR: '1' }, flag: true }, true],
  ])('%o → %s', (context, expected) => {
    expect(shouldColor(context)).toBe(expected);
  });
});

describe('json', () => {
  const parsed = JSON.parse(reporters.json(results, { ...options, color: true })) as {
    filePath: string;
    messages: { ruleId: string; severity: number; line?: number; column?: number; endLine?: number; endColumn?: number; page?: number }[];
    errorCount: number;
    warningCount: number;
  }[];

  it('is ESLint-shaped: absolute filePath, messages with ruleId, severity 2/1 (0 for info), 1-based places', () => {
    expect(parsed.map((r) => r.filePath)).toEqual(results.map((r) => r.filePath));
    expect(parsed[0]!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['attendance-not-recorded', 1, undefined, undefined, undefined, undefined],
      ['lost-link', 1, 7, 30, 7, 36],
      ['item-truncated', 2, 114, 1, 114, 60],
      ['unclassified-text', 0, 120, 1, 120, 10],
    ]);
    expect(parsed[0]).toMatchObject({ errorCount: 1, warningCount: 2 });
    expect(parsed[1]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(parsed[2]!.messages[0]!.page).toBe(13);
  });
});

describe('github', () => {
  it('escapes data (% CR LF) and properties (also : and ,)', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one workflow command per message, then the full report', () => {
    const out = reporters.github(results, { ...options, color: true });
    const lines = out.split('\n');
    expect(lines[0]).toBe('::warning file=minutes/2024-07-25.txt,title=attendance-not-recorded::Unexpected minutes without attendance, expected who was present and apologies');
    expect(lines[1]).toMatch(/^::warning file=minutes\/2024-07-25\.txt,line=7,col=30,endLine=7,endColumn=36,title=lost-link::Unexpected /);
    expect(lines[2]).toMatch(/^::error file=minutes\/2024-07-25\.txt,line=114,col=1,endLine=114,endColumn=60,title=item-truncated::/);
    expect(lines[3]).toMatch(/^::notice .*title=unclassified-text::/);
    expect(lines[4]).toMatch(/^::error file=scans\/agenda%2C draft%3A v2\.pdf,line=300,.*\(page 13\)$/);
    expect(out).toContain(reporters.stylish(results, options));
    expect(out).not.toContain(ansi);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(reporters.github([{ filePath: '/repo/clean.md', messages: [] }], options)).toBe('');
  });
});

describe('sarif', () => {
  const log = JSON.parse(reporters.sarif(results, options));
  const run = log.runs[0];

  it('is SARIF 2.1.0 with every diagnostic id as a rule, in catalog order, with its docs page', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif-2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'minutes', version: '9.9.9' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(catalog));
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toBe(docsUrl(rule.id));
  });

  it('points results at files relative to the cwd, with a region when the message has a place', () => {
    expect(run.results).toHaveLength(5);
    const [fileLevel, lostLink, , info, pdf] = run.results;
    expect(fileLevel.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'minutes/2024-07-25.txt' } });
    expect(lostLink).toMatchObject({
      ruleId: 'lost-link',
      ruleIndex: Object.keys(catalog).indexOf('lost-link'),
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'minutes/2024-07-25.txt' }, region: { startLine: 7, startColumn: 30, endLine: 7, endColumn: 36 } } }],
    });
    expect(info.level).toBe('note');
    expect(pdf.locations[0].physicalLocation.artifactLocation.uri).toBe('scans/agenda%2C%20draft%3A%20v2.pdf');
    expect(pdf.properties).toEqual({ page: 13 });
  });
});
