// Declarations of interest, telling "none" apart from "not recorded":
//
//   There were no declarations of interest.                         ← recorded: none
//   Mayor Tong declared a conflict of interest in relation to item 7.1 – Freedom Camping …
//   Councillor Leahy declared a conflict of interest regarding Item 5.4.1, PDP 01-24, …
import type { Declaration, Declarations } from '../model/schema.js';
import { parsePerson } from './people.js';
import { personTitles } from './vocabulary.js';
import { gated } from './cues.js';

/** Item titles under which declarations are recorded. */
export const declarationsHeading = gated('declarations.declarationsHeading', () => /^(?:declarations?|disclosures?|conflicts?)\s(?:[^.]{0,40}\s)?interests?\b|^interests$|^declarations?\b/i);

const none =
  gated('declarations.none', () => /^(?:there\s(?:were|was)\s)?no\s(?:declarations|disclosures|conflicts|interests)\b|^no\s(?:declarations|disclosures)\s(?:of\sinterest\s)?(?:were|was)\s(?:made|declared|received)|^(?:there\swere\s)?none(?:\sdeclared)?\.?$|^nil\.?$/i);
const declared = /^(.{2,120}?)\sdeclared\s(?:an?\s|their\s|his\s|her\s)?((?:[\w-]{1,20}\s){0,4}?interests?)\b(.{0,600})$/i;
const lastPerson = new RegExp(`((?:${personTitles})\\s[A-Z][\\w'\u2019-]{1,30}(?:\\s[A-Z][\\w'\u2019-]{1,30}){0,2})$`);
const itemRef = /\bitems?\s(?:no\.?\s)?([\w./-]{0,12}\d[\w./-]{0,12}?)[\s,.;:\u2013-]/i;

export const emptyDeclarations = (): Declarations => ({ recorded: 'notRecorded', entries: [] });

/** A declaration a sentence makes, "none" for "There were no declarations", or null. */
export function readDeclaration(sentence: string, underHeading: boolean): Omit<Declaration, 'position'> | 'none' | null {
  if (none.test(sentence) && (underHeading || /declar|disclos|interest/i.test(sentence))) return 'none';
  // `declared` tries every length of its subject: a sentence without the word is not tried.
  if (!/declared/i.test(sentence)) return null;
  const m = declared.exec(sentence);
  if (!m) return null;
  const subject = m[1]!.trim();
  const member = parsePerson(lastPerson.exec(subject)?.[1] ?? subject);
  const rest = `${m[2]}${m[3]}`.trim();
  const item = itemRef.exec(`${rest} `)?.[1]?.replace(/[.,]$/, '') ?? null;
  return { member, item, interest: rest.replace(/\.$/, '') };
}

export function addDeclaration(declarations: Declarations, found: ReturnType<typeof readDeclaration>, position: Declaration['position']): void {
  if (found === null) return;
  if (found === 'none') {
    if (declarations.recorded === 'notRecorded') declarations.recorded = 'none';
    return;
  }
  const seen = declarations.entries.some((e) => e.member.name === found.member.name && e.interest === found.interest);
  if (!seen) declarations.entries.push(position ? { ...found, position } : found);
  declarations.recorded = 'yes';
}
