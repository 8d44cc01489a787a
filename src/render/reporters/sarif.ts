// SARIF 2.1.0 for code scanning: every diagnostic id of the catalog as a rule, in catalog order
// so that ids and indexes are stable between runs, each with its docs page as helpUri; results
// point at files relative to the working directory.
import { docsUrl } from '../../check/rule.js';
import { catalog, type DiagnosticCode } from '../../model/diagnostics.js';
import type { Diagnostic, Position } from '../../model/schema.js';
import { displayPath, type Reporter } from './common.js';

const ids = Object.keys(catalog) as DiagnosticCode[];
const level = { error: 'error', warning: 'warning', info: 'note' } as const;

const region = (p: Position) => ({ startLine: p.start.line, startColumn: p.start.column, endLine: p.end.line, endColumn: p.end.column });

/** A relative URI reference: each path segment percent-encoded. */
const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function resultOf(m: Diagnostic, uri: string) {
  const ruleIndex = ids.indexOf(m.code as DiagnosticCode);
  return {
    ruleId: m.code,
    ...(ruleIndex >= 0 && { ruleIndex }),
    level: level[m.severity],
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, ...(m.position && { region: region(m.position) }) } }],
    ...(m.position?.page !== undefined && { properties: { page: m.position.page } }),
  };
}

export const sarif: Reporter = (results, { cwd, version }) => {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'minutes',
            version,
            informationUri: 'https://github.com/minutes-tool/minutes',
            rules: ids.map((id) => ({
              id,
              shortDescription: { text: catalog[id].description },
              helpUri: docsUrl(id),
              defaultConfiguration: { level: level[catalog[id].severity] },
            })),
          },
        },
        results: results.flatMap((r) => r.messages.map((m) => resultOf(m, uriOf(displayPath(r.filePath, cwd))))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
