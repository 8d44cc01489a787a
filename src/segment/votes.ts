// Vote counts where printed: "[4-2-1-1]", "(5 for, 2 against, 1 abstention)", "For: 5
// Against: 2", "carried by 10 votes to 4", "Motion carried 4-1", and roll-call lists "AYES: Mashack, Brown" / "NAYS: None".
import type { Outcome, Votes } from '../model/schema.js';
import { memoByText } from './memo.js';
import { outcomeWords } from './vocabulary.js';

const bracketed = /\[(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?(?:-(\d{1,3}))?\]/;
const prose = /\b(\d{1,3})\s(?:votes?\s)?(?:for|in favour)\D{1,25}(\d{1,3})\s(?:votes?\s)?against(?:\D{1,25}(\d{1,3})\sabstentions?)?/i;
const labelled = /\bfor:?\s(\d{1,3})\D{1,15}against:?\s(\d{1,3})(?:\D{1,15}abstain(?:ed|ing|tions?)?:?\s(\d{1,3}))?/i;
const byVotes = /\bby\s(\d{1,3})\svotes?\sto\s(\d{1,3})(?:\D{1,25}(\d{1,3})\sabstentions?)?/i;
/** Counts after the outcome or the vote they count: "Motion carried 4-1", "passed (5-0)", "CARRIED 7/0", "Vote: 5-0-1" (not a date: "approved 12/05/2022"). */
const outcomeCount = /\b(?:carried|passed|approved|adopted|failed|defeated|lost|votes?\s?:?)\s\(?(\d{1,2})\s?[-\u2013/]\s?(\d{1,2})(?:\s?[-\u2013/]\s?(\d{1,2}))?\)?(?![\d/])/i;

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

const votesField = /^votes?\s?:\s/i;
const count = (text: string, word: string) => {
  const m = new RegExp(`\\b${word}\\s(\\d{1,3})\\b`, 'i').exec(text);
  return m ? Number(m[1]) : null;
};

/** Counts printed in `text`, or null when none are. */
export function readVotes(text: string): Votes | null {
  if (votesField.test(text)) {
    const votes: Votes = { for: count(text, 'for'), against: count(text, 'against'), abstain: count(text, 'abstain') };
    const absent = count(text, 'absent');
    if (absent !== null) votes.absent = absent;
    if (votes.for !== null || votes.against !== null || votes.abstain !== null || absent !== null) return votes;
  }
  const b = bracketed.exec(text);
  if (b) {
    const votes: Votes = { for: num(b[1]), against: num(b[2]), abstain: num(b[3]) };
    if (b[4] !== undefined) votes.absent = num(b[4]);
    return votes;
  }
  for (const re of [prose, labelled, byVotes, outcomeCount]) {
    const m = re.exec(text);
    if (m) return { for: num(m[1]), against: num(m[2]), abstain: num(m[3]) };
  }
  return null;
}

/** How many people a roll-call list names ("None" is 0). */
export function countNames(list: string): number {
  const text = list.trim().replace(/\.$/, '');
  if (/^(?:none|nil|n\/a|-|\u2014)?$/i.test(text)) return 0;
  return text.split(/,|;|\sand\s|\s&\s/).filter((s) => /[A-Z]/i.test(s)).length;
}

/** The outcome a phrase states ("was LOST", "APPROVED AS AMENDED", "noted"), if any; remembered by text (the readers of an item ask it of the same sentences). */
export const outcomeOf: (text: string) => Outcome | null = memoByText(outcomeIn);

function outcomeIn(text: string): Outcome | null {
  for (const [re, outcome] of outcomeWords) if (re.test(text)) return outcome;
  return null;
}

/** The first outcome word printed in `text`, wherever it stands. */
function firstOutcomeWord(text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const [re] of outcomeWords) {
    const m = re.exec(text);
    if (m && (first === null || m.index < first.index)) first = m;
  }
  return first;
}

/**
 * The words of `text` that state its outcome, as printed: from the first outcome word, with the
 * verb before it and what qualifies it ("were approved", "agreed unanimously", "were received and
 * accepted": "These were agreed … and signed" is "were agreed", not "signed").
 */
export function outcomeWording(text: string): string | null {
  const m = firstOutcomeWord(text);
  if (!m) return null;
  const before = /(?:\b(?:was|were|is|are|been|be)\s)?(?:duly\s|unanimously\s|formally\s)?$/i.exec(text.slice(0, m.index))![0];
  const rest = text.slice(m.index + m[0].length);
  const joined = /^\sand\s(\S+)/.exec(rest);
  const also = joined && firstOutcomeWord(joined[1]!)?.index === 0 ? joined[0] : '';
  const after = /^(?:\s(?:unanimously|as amended|nem\.?\scon\.?))?/i.exec(rest.slice(also.length))![0];
  return `${before}${m[0]}${also}${after}`;
}
