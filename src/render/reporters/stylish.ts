// The report for people, ESLint's "stylish": messages grouped under their file, aligned in
// columns, and a summary line. Empty when there is nothing to report.
import { Chalk } from 'chalk';
import { countsOf } from '../../check/validate.js';
import type { Diagnostic } from '../../model/schema.js';
import { displayPath, pageNote, plural, type Reporter } from './common.js';

interface Row {
  line: string;
  column: string;
  severity: Diagnostic['severity'];
  message: string;
  ruleId: string;
}

const rowOf = (m: Diagnostic): Row => ({
  line: String(m.position?.start.line ?? 0),
  column: String(m.position?.start.column ?? 0),
  severity: m.severity,
  message: `${m.message}${pageNote(m.position)}`,
  ruleId: m.code,
});

const widest = (rows: readonly Row[], key: keyof Row) => Math.max(...rows.map((r) => r[key].length));

export const stylish: Reporter = (results, { cwd, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const all = results.flatMap((r) => r.messages);
  if (all.length === 0) return '';
  let out = '';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map(rowOf);
    const w = { line: widest(rows, 'line'), column: widest(rows, 'column'), severity: widest(rows, 'severity'), message: widest(rows, 'message') };
    out += `\n${c.underline(displayPath(result.filePath, cwd))}\n`;
    for (const row of rows) {
      const place = c.dim(`${row.line.padStart(w.line)}:${row.column.padEnd(w.column)}`);
      out += `  ${place}  ${paint[row.severity](row.severity.padEnd(w.severity))}  ${row.message.padEnd(w.message)}  ${c.dim(row.ruleId)}\n`;
    }
  }
  const { errorCount, warningCount, infoCount } = countsOf(all);
  const parts = [plural(errorCount, 'error'), plural(warningCount, 'warning'), ...(infoCount > 0 ? [plural(infoCount, 'info')] : [])];
  const summary = `${errorCount + warningCount > 0 ? '\u2716' : '\u2139'} ${plural(all.length, 'problem')} (${parts.join(', ')})`;
  const tone = errorCount > 0 ? c.red.bold : warningCount > 0 ? c.yellow.bold : c.blue.bold;
  return `${out}\n${tone(summary)}\n`;
};
