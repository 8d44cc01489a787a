// What kind of document this is: minutes, an agenda, one agenda item's page, a decision list
// or a committee report. The title words of the header decide first; the content decides
// when the header says nothing.
import type { Line } from '../extract/line.js';
import type { Kind } from '../model/schema.js';
import { labels } from './vocabulary.js';
import { gated } from './cues.js';

/** The first line of one item's page: "Agenda item", "Issue", "Issue - meetings" (its history at each meeting). */
export const itemPage = gated('kind.itemPage', () => /^(?:agenda item|issue|item)(?:\s[-\u2013]\s(?:meetings|items at meetings|history))?\.?$/i);
const decisions = gated('kind.decisions', () => /\b(?:decisions? published|decision register|record of (?:executive |officer )?decisions?|decision notice)\b/i);
const minutesWord = /minutes/i;
const agendaWord = /\bagenda\b|\bnotice (?:and agenda )?of (?:a )?meeting\b|\bsummons\b/i;

/** The kind the header lines (those before the first item) name, if they name one. */
export function kindFromHeader(lines: readonly Line[], start: number): Kind | null {
  const first = lines[0]?.text ?? '';
  if (itemPage.test(first)) return 'item';
  return kindNamed(lines.slice(0, Math.max(1, Math.min(start, 60))).map((l) => l.text));
}

/** The kind that the title words of a header's lines name, if they name one. */
export function kindNamed(header: readonly string[]): Kind | null {
  if (header.some((t) => decisions.test(t))) return 'decision';
  if (header.some((t) => minutesWord.test(t) && t.length <= 200)) return 'minutes';
  if (header.some((t) => agendaWord.test(t) && t.length <= 200)) return 'agenda';
  return null;
}

/** Without a title word: minutes record what happened, an agenda only what will be discussed. */
export function kindFromContent(lines: readonly Line[], evidence: { resolutions: number; attendance: boolean }): Kind {
  const minutesLabels = lines.some((l) => labels.minutes.test(l.text));
  return minutesLabels || evidence.resolutions > 0 || evidence.attendance ? 'minutes' : 'agenda';
}
