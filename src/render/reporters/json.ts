// The report for programs, in ESLint's JSON shape: one entry per file with its messages and
// counts. Severity 2 is an error and 1 a warning, as in ESLint; 0 is an info message (one that
// never fails a run). Positions are 1-based; `page` is added for PDFs.
import { countsOf } from '../../check/validate.js';
import type { Diagnostic } from '../../model/schema.js';
import type { Reporter } from './common.js';

const severityNumber = { error: 2, warning: 1, info: 0 } as const;

function messageOf(m: Diagnostic) {
  const position = m.position;
  return {
    ruleId: m.code,
    severity: severityNumber[m.severity],
    message: m.message,
    ...(position && {
      line: position.start.line,
      column: position.start.column,
      endLine: position.end.line,
      endColumn: position.end.column,
      ...(position.page !== undefined && { page: position.page }),
    }),
  };
}

export const json: Reporter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({ filePath: r.filePath === '-' ? '<stdin>' : r.filePath, messages: r.messages.map(messageOf), ...countsOf(r.messages) })),
  )}\n`;
