// GitHub Actions workflow commands: one annotation per message (shown on the file in the pull
// request), then the whole stylish report, since GitHub shows only the first ten annotations of
// a step. Workflow-command escaping: data escapes %, CR and LF; properties also ":" and ",".
import type { Diagnostic } from '../../model/schema.js';
import { displayPath, pageNote, type Reporter } from './common.js';
import { stylish } from './stylish.js';

export const escapeData = (s: string): string => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

export const escapeProperty = (s: string): string => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotation(m: Diagnostic, file: string): string {
  const p = m.position;
  const properties: [string, string | number][] = [['file', file]];
  if (p) properties.push(['line', p.start.line], ['col', p.start.column], ['endLine', p.end.line], ['endColumn', p.end.column]);
  properties.push(['title', m.code]);
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command[m.severity]} ${props}::${escapeData(`${m.message}${pageNote(p)}`)}\n`;
}

export const github: Reporter = (results, options) => {
  const annotations = results.flatMap((r) => r.messages.map((m) => annotation(m, displayPath(r.filePath, options.cwd)))).join('');
  return annotations && `${annotations}${stylish(results, { ...options, color: false })}`;
};
