// Questions recorded with labels: an opening line names who asks (and of whom), the question
// follows, a label or a line naming who answers opens the answer.
//
//   Q1 Councillor C Anderson to the Executive Member (Housing):-    ← opener: asker, addressee
//   Q.   Councillor Nick Allen asked the following question:-      ← opener
//   Question submitted by Councillor T. Ruddle                      ← opener (often the item's title)
//   Can the Executive Member confirm …?                             ← the question
//   A.     The Mayor of Doncaster, Ros Jones, gave the following response:-   ← answerer
//   REPLY: / Response: / Answer: / Written response:                ← answer label
//   The Executive Member (Housing) replied.                         ← answerer, answer not recorded
//
// An answer label with no opener before it answers the paragraph before it when that asks
// ("Mr Mayor, will you …?" / "Answer: The mayor advised that …").
import type { Person } from '../model/schema.js';
import { paraText, pointText, spokenText, type Para } from './blocks.js';
import { isLabel } from './headings.js';
import { memoByText } from './memo.js';
import { trimEndChars } from './shape.js';
import { isRole, nameParticle, namesPerson, parsePerson, subjectAt } from './people.js';
import { readAnswering, readAsking } from './question-sentences.js';
import { splitSentences } from './sentences.js';
import type { QuestionClaim } from './questions.js';
import { questionHeader } from './question-header.js';
import { paperReference, personTitles, roleNouns, truncationNotice } from './vocabulary.js';
import { gated } from './cues.js';

export interface Opener {
  askedBy: Person | null;
  addressee: Person | null;
  supplementary: boolean;
  /** The question printed on the opener's own line ("Question: Can the …?"). */
  question: string | null;
  /** The question's number in a numbered series ("Q2."), which carries the series' asker on. */
  number?: number;
  /** The asker was read before a dash ("Q1) Mr Skerritt – …?"): the series' way of naming askers. */
  dashAsker?: boolean;
  /**
   * A name-shaped phrase with no title before a dash ("Q3) Robert Blyth – Can …?"), which may be
   * who asks or what the question is about ("Q2. Councillors' Vehicle Allowance – How …?"): an
   * asker where the item's other openers name askers before a dash (the caller decides).
   */
  namedLead?: { askedBy: Person; question: string };
}

export interface AnswerOpener {
  answeredBy: Person | null;
  /** The answer printed on the label's own line ("Answer: The mayor advised that …"). */
  answer: string | null;
}

const personLike = new RegExp(`^(?:(?:${personTitles})\\.?\\s|(?:the|a|an)\\s|[A-Z])`);
const person = (phrase: string | undefined): Person | null => {
  const text = phrase === undefined ? undefined : trimEndChars(phrase.trim(), ' :-\u2013');
  if (!text || text.length > 120 || !personLike.test(text)) return null;
  // "the Cabinet Member for Communities and Environment (Councillor A U Pinnock)": the role, and who holds it.
  const holder = roleThenHolder.exec(text);
  return holder && !namesPerson(holder[1]!) ? { name: holder[2]!.trim(), role: holder[1]!.trim() } : parsePerson(text.replace(place, ''));
};
/** A role, then the titled name of who holds it in brackets. */
const roleThenHolder = gated('question-labels.roleThenHolder', () => new RegExp(`^(?:the\\s)?([A-Z][^()]{2,100}?)\\s?\\(((?:${personTitles})\\.?\\s[^()]{2,60})\\)$`));
/**
 * Who answered, when the line names a role its question was put to: the addressee, named ("The
 * Cabinet Member replied thereto." under "Question by … to the Cabinet Member – Economy Portfolio
 * (Councillor Mather)").
 */
const holderOf = (answerer: Person | null, addressee: Person | null): Person | null =>
  answerer && !answerer.name && answerer.role && addressee?.name && addressee.role?.toLowerCase().startsWith(answerer.role.toLowerCase()) ? addressee : answerer;
/** Where an asker lives, printed after the name: "John Baldwin of Boyn Hill ward". */
const place = /\s(?:of|from)\s[A-Z][\w'\u2019 -]{0,40}?\s(?:ward|division|parish|village)$/i;
/** A list label before an opener: "a)", "(ii)", "3)". */
const listLabel = /^\(?(?:[ivx]{1,5}|[a-z]|\d{1,3})\)\s+/i;
/**
 * A question's label alone on its line, numbered: "Question 1", "Public Question 2", "Member
 * Question 3:", "Supplementary question 4"; a supplementary one may carry no number
 * ("Supplementary question"). The question follows on the lines after it.
 */
const bareLabel = gated('question-labels.bareLabel', () => /^(?:(?:public|members?[\u2019']?|councillors?[\u2019']?|written|oral|general|ward|(supplementary))\s)?question\s(?:no\.?\s?)?(\d{1,3})[a-z]?[.:)]?$|^(supplementary)\squestion$/i);

const numberLabel = /^(?:Q\.?\s?(\d{0,3})[a-z]?[.:)]?|Question\s(?:No\.?\s?)?(?:(\d{1,3})[.:)]?|\((\d{1,3})\):?))\s+(\S.*)$/;
const proseAsking = gated('question-labels.proseAsking', () => new RegExp(`^(?:(?:${personTitles})\\.?\\s)?[A-Z][^.?!]{0,80}?\\s(?:asked|enquired|inquired|queried|sought)\\b`));
/** An asker's line ending in the number of their first question: "Jane Sample (Mill Lane, Northtown) Q1". */
const askerNumbered = /^(?:(.{3,160}?)\s+)?Q\.?\s?(\d{1,3})[.:)]?$/;
/**
 * Who asks, printed with where they live: "Mrs J. Example, 12 High Street, Town",
 * "JANE SAMPLE – 12 MILL LANE, NORTHTOWN", "Jane Sample (Mill Lane, Northtown)". A name without a
 * title needs an address after it, so that a subject ("Street Lighting") is not taken for one.
 */
/** A person's title as printed, in its case or in capitals ("COUNCILLOR"). */
const anyCaseTitles = `${personTitles}|${personTitles.toUpperCase()}`;
const titled = new RegExp(`^(?:${anyCaseTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,4}`);
const named = /^[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){1,3}(?=\s?(?:,|\(|[-\u2013]\s))/;
function askerWithAddress(text: string): Person | null {
  if (/\?/.test(text) || text.split(/\s+/).length > 16) return null;
  const name = titled.exec(text) ?? named.exec(text);
  if (!name) return null;
  const after = text.slice(name[0].length).trim();
  if (after && !/^(?:,|\(|[-\u2013]\s)/.test(after)) return null;
  if (!titled.test(text) && !/\d|^\(/.test(after)) return null;
  return parsePerson(name[0]);
}
/**
 * Who asks, alone after a question's number, in any case: "Q.1 COUNCILLOR TINA EXAMPLE", and the
 * question when it follows on the same line ("Q.2 Cllr A Person To ask the Chief Executive if …").
 */
const askerAlone = gated('question-labels.askerAlone', () => new RegExp(`^((?:${anyCaseTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}?)(?:\\s+((?:TO ASK|To ask)\\b.*))?$`));
/**
 * "To ask the CE for a progress report on …? (Cllr A Person)": a question put in the Irish
 * written form, whole on its line, with who asks after it when printed there. Only a line that
 * asks (a question mark) or names its asker opens a question: "To ask the Clerk to write …" is an
 * agenda's action.
 */
const toAskLine = gated('question-labels.toAskLine', () => new RegExp(`^["\u201c]?(?:TO ASK|To ask)\\s.{3,}?(?:\\?["\u201d]?(?:\\s?\\(((?:${personTitles})\\.?\\s[^()]{2,60})\\))?|\\s?\\(((?:${personTitles})\\.?\\s[^()]{2,60})\\))\\.?$`));
const askerThenToAsk = new RegExp(`^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s?[-\u2013:,]?\\s?["\u201c]((?:TO ASK|To ask)\\s[^"\u201c\u201d]{3,}?)["\u201d]\\.?$`);
/** Who asks, "to ask", whom, and the question after a dash when on the line: a question paper's entry. */
const askerToAsk = /^(\S.{2,160}?)\s(?:to ask|TO ASK)\s(.{3,120}?)(?:\s?[-\u2013\u2014:]\s+(\S.*))?$/;
/** Words a role or a name is printed in: capitalised, "of", "for", "and", "the", a bracket ("the Chief Minister (Minister for the Cabinet Office)"). */
const roleShaped = /^(?:the\s)?[A-Z][\w'\u2019&-]*(?:\s(?:[A-Z(][\w'\u2019&,)-]*|of|for|and|the|&))*$/;
/** A titled name in brackets, after the seat it sits for: "The Hon. Member for Garff (Mrs Caine)". */
const bracketedName = gated('question-labels.bracketedName', () => new RegExp(`\\(((?:${personTitles})\\.?\\s[^()]{1,60})\\)$`));
/** Who asks, in a field of its own: "Raised by: Councillor Coats", "Asked by: …", "Questioner: Mr J Smith". */
const askerField = /^(?:questioner|(?:question\s)?(?:raised|asked|submitted|lodged|tabled)\sby)\s?[:\u2013-]\s*(\S.{2,119})$/i;
/** Who asks, then the question, opening with the word a question opens with and ending in its mark. */
const askerThenQuestion = new RegExp(
  `^((?:${anyCaseTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}?)\\s+((?:Is|Are|Can|Could|Will|Would|What|When|Why|How|Does|Do|Did|Has|Have|Should|Where|Who|Which|Please)\\s.*\\?)$`,
);
/** A supplementary question's label with no number, run in before who asks: "Supplementary Question Councillor …". */
const supplementaryLead = gated('question-labels.supplementaryLead', () => /^supplementary\squestion\s+(?=\S)/i);
/** A labelled question told in prose by a named subject: who put it, and what it asks (the prose when it asks in no verb the reader knows). */
function labelledProse(text: string): Pick<Opener, 'askedBy' | 'question'> | null {
  const subject = subjectAt(text);
  if (!subject?.person || /\?/.test(text)) return null;
  const reading = readAsking(text);
  return { askedBy: reading.askedBy ?? subject.person, question: (reading.asks && reading.question) || text.slice(subject.length).trim() };
}
/** A question's reference before its opener: "23-04 – ", "(2) ", "Q3 ". */
const referenceLead = /^(?:\(?\d{1,4}(?:[-./]\d{1,4})?\)?|Q\.?\s?\d{1,3})\s?[-\u2013\u2014.:)]?\s+(?=[A-Z])/;
/**
 * "Councillor Crow to the Leader of the Council", "Councillor Eade to the Cabinet Member for
 * Resources": a titled asker, "to", and whom, in words a role is named in (no verb, no sentence).
 */
const askerToWhomLine = new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s?to\\s?((?:the\\s?)?[A-Z][\\w'\u2019&-]*(?:\\s(?:[A-Z][\\w'\u2019&-]*|of|for|and|the|&|\\([^()]{1,80}\\))){0,8}|(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})$`,
);
/** "Councillor Howson had given notice of the following question to Councillor Lindsay-Gale": who asks whom, the question below. */
const onNotice = /^(.{3,120}?) had (?:given notice of|submitted|asked) (?:the following |a )?(supplementary )?questions? (?:to|of|for) (.{3,120})$/i;
/** Who asks whom, on a line the question follows: "Councillor A asked Councillor B, Cabinet Member for X, the following question". */
const askedWhom = gated('question-labels.askedWhom', () => new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}|[Tt]he\\s[A-Z][\\w'\u2019&-]*(?:\\s(?:[A-Z][\\w'\u2019&-]*|of|for|the)){0,5})\\s(?:asked|put\\sto)\\s(.{3,160}?)(?:,?\\s(?:the\\s)?following\\s(?:(supplementary)\\s)?question)?$`,
));
const askedAlone = gated('question-labels.askedAlone', () => new RegExp(`^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s(?:asked|enquired|inquired|queried)$`));
const askedFollowing = /^(.+?),?\s(?:asked|put)\s(?:the\s)?(?:following\s)?(?:(supplementary)\s)?question(?:\s(?:of|to)\s(.+))?$/i;
const askerToAddressee = gated('question-labels.askerToAddressee', () => new RegExp(`^((?:${personTitles})\\.?\\s.+?)\\s(?:to|of)\\s(.+)$`));
/**
 * "Question from Councillor A to …", "The following question was submitted by Cllr. Mary Doherty",
 * "Question in the name of Cllr. John Kelly", "Notice of Question from Cllr P. Kelly".
 */
const questionFrom = gated(
  'question-labels.questionFrom',
  () => /^(?:the\s(?:following\s)?|notice\sof\s)?(?:(supplementary)\s)?question(s?)\s(?:\d{1,3}\s)?(?:(?:was|were)\s)?(?:from|by|submitted by|asked by|put by|raised by|tabled by|received from|on notice from|in the name of)\s(.+?)(?:\s(?:to|of|for)\s(.+))?$/i,
);
const questionLabel = gated('question-labels.questionLabel', () => /^(?:(supplementary)\s)?question\s?[:.\-\u2013]\s*(\S.*)?$/i);
/** A "Question from …" opener with the question after a colon on its line: the opener, and the question. */
const questionFromThen = /^((?:supplementary\s)?questions?\s(?:\d{1,3}\s)?(?:from|by|submitted by|asked by|put by|on notice from)\s[^:?]{3,160}?)\s?:\s+(\S.*)$/i;
/**
 * A kind of question, a dash, and who asks, in any case, and nothing else: "PUBLIC QUESTION – DANIEL
 * ENGLISH", "Member question - Cllr Smith". The kind word says what the header is; a name's shape
 * (a title or none, then two to four capitalised words) and no role say the rest is who asks.
 */
const kindDash = gated('question-labels.kindDash', () => /^(?:public|members?['\u2019]?|councillors?['\u2019]?|written|oral|(supplementary))\squestion\s?[-\u2013\u2014]+\s?(?=\S)/i);
const nameShaped = new RegExp(`^(?:(?:${anyCaseTitles})\\.?\\s)?[A-Z][A-Za-z'\u2019.-]*(?:\\s(?:${nameParticle}\\s)?[A-Z][A-Za-z'\u2019.-]*){1,3}$`);
function kindDashAsker(text: string): { askedBy: Person; supplementary: boolean } | null {
  const kind = kindDash.exec(text);
  const rest = kind ? text.slice(kind[0].length).trim() : '';
  return kind && nameShaped.test(rest) && !isRole(inTitleCase(rest)) ? { askedBy: parsePerson(rest), supplementary: Boolean(kind[1]) } : null;
}
/**
 * Who asks, before the subject a dash sets apart: "John Kapp –– Commissioning Strategy CCG" (a
 * "Question from" header naming the asker and what the question is about). The phrase whole when
 * what comes before the dash is not shaped as a person.
 */
function askerBeforeSubject(phrase: string): string {
  const parts = phrase.split(/\s[-\u2013\u2014]{1,2}\s/);
  const head = parts[0]!.trim();
  return parts.length > 1 && (titled.test(head) || /^[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){1,3}$/.test(head)) && !isRole(head) ? head : phrase;
}
/** "Written question to the Chief Minister by Deputy X …": the kind, whom it is put to, who asks; dates may run on after. */
const questionToBy =
  /^(?:(?:written|oral|public|members?['\u2019]?)\s)?(?:(supplementary)\s)?question\s(?:to|for)\s(.{3,120}?)\sby\s(.{3,120}?)(?:\s(?:question\s)?(?:submitted|tabled|lodged|received|answer(?:ed)?|to\sbe)\b.*)?$/i;
/** Who asks without the seat or place printed after a name of two words or more: "Deputy A Example of St Clement" → "Deputy A Example". */
function withoutSeat(phrase: string): string {
  const seat = /\s(?:of|OF)\s(?=[A-Z])/.exec(phrase);
  return seat && phrase.slice(0, seat.index).includes(' ') ? phrase.slice(0, seat.index) : phrase;
}
const byAnsweredBy = gated('question-labels.byAnsweredBy', () => /^(?:by|from)\s(.{3,80}?),?\s(?:and\s)?answered\sby\s(.{3,160}?)(?:\s(?:at|on)\s(?:a|the)\s(?:meeting|council)\b.*)?$/i);
const askerThenSubject = gated('question-labels.askerThenSubject', () => new RegExp(`^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s?[-\u2013\u2014:]\\s+\\S`));

/** An opening line of a labelled question, or null (a copy: callers may fill in its fields). */
export const readOpener = (text: string): Opener | null => {
  const opener = openerIn(text);
  return opener && { ...opener };
};
/** Remembered by text: an item's paragraphs are read for openers twice (`labelledQuestions`), its title by each construct. */
const openerIn = memoByText(openerOf);

function openerOf(text: string): Opener | null {
  const printed = text.trim().replace(listLabel, '');
  // An opener ends in a label's colon or dash ("…:-"); the question text may follow a "Question:" label.
  const labelEnd = /[:\u2013-]$/.test(printed);
  const t = questionLabel.test(printed) ? printed : trimEndChars(printed, ' :-\u2013.');
  const bare = bareLabel.exec(t);
  if (bare) return { askedBy: null, addressee: null, supplementary: Boolean(bare[1] ?? bare[3]), question: null, ...(bare[2] ? { number: Number(bare[2]) } : {}) };
  // askerNumbered tries every length of its asker before "Q": a line without a "Q" is not tried.
  const series = t.includes('Q') ? askerNumbered.exec(t) : null;
  if (series) {
    const asker = series[1] ? askerWithAddress(series[1]) : null;
    if (!series[1] || asker) return { askedBy: asker, addressee: null, supplementary: false, question: null, number: Number(series[2]) };
  }
  // "Councillor D. Butler “To ask the Manager to advise …?”": who asks, then the question in the Irish written form.
  const quotedToAsk = askerThenToAsk.exec(printed);
  if (quotedToAsk) return { askedBy: person(quotedToAsk[1]), addressee: null, supplementary: false, question: quotedToAsk[2]!.trim() };
  // "Councillor Crow to the Leader of the Council", "23-04 – Councillor A to Councillor B": who
  // asks whom, alone on its line (after a reference), the question below.
  const whom = askerToWhomLine.exec(t.replace(referenceLead, ''));
  if (whom && !labelEnd && !/\?$/.test(printed)) return { askedBy: person(whom[1]), addressee: person(whom[2]), supplementary: false, question: null };
  // onNotice tries every length of its subject: a line without " had " is not tried.
  const notice = / had /i.test(t) ? onNotice.exec(t) : null;
  if (notice && person(notice[1])) return { askedBy: person(notice[1]), addressee: person(notice[3]), supplementary: Boolean(notice[2]), question: null };
  // "The Hon. Member for Douglas South (Mrs Christian) to ask the Chief Minister – Who carries …?":
  // who asks (by name in brackets after a seat, or a titled name alone), "to ask", whom; the question after a dash.
  const seated = askerToAsk.exec(printed);
  const seatedAsker = seated ? (bracketedName.exec(seated[1]!)?.[1] ?? (titledAlone.test(seated[1]!) ? seated[1] : undefined)) : undefined;
  if (seated && seatedAsker && roleShaped.test(seated[2]!)) return { askedBy: person(seatedAsker), addressee: person(seated[2]), supplementary: false, question: seated[3] ?? null };
  const toAsk = toAskLine.exec(printed);
  if (toAsk) {
    const by = toAsk[1] ?? toAsk[2];
    const question = by ? printed.slice(0, printed.lastIndexOf('(')).trim() : printed;
    return { askedBy: by ? person(by) : null, addressee: null, supplementary: false, question };
  }
  // "Raised by: Councillor Coats", "Questioner: Mr J Smith": who asks, in a field of its own; the question follows.
  const field = askerField.exec(t);
  if (field && person(field[1])) return { askedBy: person(field[1]), addressee: null, supplementary: false, question: null };
  const numbered = numberLabel.exec(t);
  // "Question 5 – Cr Tony Francis Is there …?": a dash between the number and who asks.
  const rest = numbered ? numbered[4]!.replace(/^[-\u2013\u2014]\s+/, '') : t;
  const label = numbered ? numbered[1] || numbered[2] || numbered[3] : undefined;
  const number = label ? Number(label) : undefined;
  const alone = numbered ? askerAlone.exec(rest) : null;
  if (alone) return { askedBy: person(alone[1]), addressee: null, supplementary: false, question: alone[2] ?? null, number };
  // "Question 5 – Cr Tony Francis Is there an update on …?": who asks, then the question, on one line.
  const askerAsks = numbered ? askerThenQuestion.exec(rest) : null;
  if (askerAsks) return { askedBy: person(askerAsks[1]), addressee: null, supplementary: false, question: askerAsks[2]!, number };
  // "Supplementary Question Councillor Barry Evangeli Does …?", "Cllr Gabriel Rozenburg How many …?":
  // the first person the block names, run in before the question (after an unnumbered label, or
  // none), asks it.
  const unnumbered = numbered ? null : supplementaryLead.exec(t);
  const runIn = numbered ? null : askerThenQuestion.exec(unnumbered ? t.slice(unnumbered[0].length) : t);
  if (runIn) return { askedBy: person(runIn[1]), addressee: null, supplementary: unnumbered !== null, question: runIn[2]!, number };
  // askedFollowing tries every length of its subject: a line without the word is not tried.
  const following = /question/i.test(rest) ? askedFollowing.exec(rest) : null;
  if (following && person(following[1])) return { askedBy: person(following[1]), addressee: person(following[3]), supplementary: Boolean(following[2]), question: null };
  // "Councillor A asked Councillor B, Cabinet Member for X, the following question:" / "Councillor A asked the Leader:".
  const askedOf = labelEnd || /question$/i.test(rest) ? askedWhom.exec(rest) : null;
  // "7.1 Cr Smith asked" over the question: who asks, the question below or after the colon.
  const askerAsked = labelEnd || numbered || /asked$/.test(rest) ? askedAlone.exec(rest) : null;
  if (askerAsked) return { askedBy: person(askerAsked[1]), addressee: null, supplementary: false, question: null, number };
  const followingQuestion = askedOf !== null && /following\s(?:supplementary\s)?question$/i.test(askedOf[0]);
  if (askedOf && (followingQuestion || (labelEnd && !/\?|(?:^|\s)(?:if|whether|why|what|how|when|where|which|who|about|for|to|that)\s|[.;]\s/i.test(askedOf[2]!)))) {
    return { askedBy: person(askedOf[1]), addressee: person(askedOf[2]), supplementary: Boolean(askedOf[3]), question: null, number };
  }
  // "By Councillor A answered by the Convener of X at a meeting of the Council on …": who asks whom, the parts below.
  const byWhom = byAnsweredBy.exec(t);
  if (byWhom && person(byWhom[1]) && person(byWhom[2])) return { askedBy: person(byWhom[1]), addressee: person(byWhom[2]), supplementary: false, question: null };
  // "WRITTEN QUESTION TO THE CHIEF MINISTER BY DEPUTY M.B. ANDREWS OF ST HELIER NORTH QUESTION
  // SUBMITTED ON …": whom, then who asks, the seat and the dates after.
  const toBy = questionToBy.exec(t.replace(referenceLead, ''));
  const toByAsker = toBy ? person(withoutSeat(toBy[3]!)) : null;
  if (toBy && toByAsker) return { askedBy: toByAsker, addressee: person(inTitleCase(toBy[2]!)), supplementary: Boolean(toBy[1]), question: null };
  // "1  Question from Councillor A Seldon to Cabinet Member Resources", "Questions from Councillor
  // WLS Bowen to …": after a bare reference, or naming a block of questions, only a titled asker.
  // "Question from Mr Smith: When will the bus shelter be repaired?": the question after the colon.
  const asked = questionFromThen.exec(rest);
  const direct = questionFrom.exec(asked ? asked[1]! : rest) ?? (numbered ? questionFrom.exec(t) : null);
  const from = direct ?? questionFrom.exec(t.replace(referenceLead, ''));
  const asker = from ? askerBeforeSubject(from[3]!) : '';
  if (from && ((direct && !from[2]) || titled.test(asker)) && person(asker)) return { askedBy: person(asker), addressee: person(from[4]), supplementary: Boolean(from[1]), question: (direct && asked?.[2]) || null };
  const kindAsker = kindDashAsker(t.replace(referenceLead, ''));
  if (kindAsker) return { ...kindAsker, addressee: null, question: null };
  const labelled = questionLabel.exec(rest);
  // "Question: Shall this Ordinance be FINALLY PASSED?" is the question put to the vote.
  if (labelled && /^shall\s(?:this|the)\b/i.test(labelled[2] ?? '')) return null;
  // "Supplementary question: Councillor Smith asked whether …": a sentence in prose, read as one.
  if (labelled && labelled[2] && !/\?/.test(labelled[2]) && proseAsking.test(labelled[2])) return null;
  if (labelled) {
    // "Question:  Mrs M. Example, 12 High Street, Town": who asks, on the label's line.
    const asker = labelled[2] ? askerWithAddress(labelled[2]) : null;
    return { askedBy: asker, addressee: null, supplementary: Boolean(labelled[1]), question: asker ? null : labelled[2] || null };
  }
  if (!numbered) return null;
  const to = labelEnd ? askerToAddressee.exec(rest) : null;
  if (to) return { askedBy: person(to[1]), addressee: person(to[2]), supplementary: false, question: null, number };
  // "Q1. Cr Smith – Footpath repairs in Main Street": who asks, then what about.
  const about = askerThenSubject.exec(rest);
  if (about && !/\?/.test(rest)) return { askedBy: person(about[1]), addressee: null, supplementary: false, question: null, number, dashAsker: true };
  // "Q1) Mr Skerritt – Last year … Could more attention be given …?": who asks, then the question.
  const asking = /\?/.test(rest) ? about : null;
  if (asking) return { askedBy: person(asking[1]), addressee: null, supplementary: false, question: rest.slice(asking[0].length - 1), number, dashAsker: true };
  // "Q: Cllr Kilcoyne asked about …", "Q: Cllr Callan thanked … and requested information about …":
  // the label says it is a question, the prose says who put it.
  const told = numbered?.[1] !== undefined && !labelEnd ? labelledProse(rest) : null;
  if (told) return { ...told, addressee: null, supplementary: false, number };
  if (!/\?/.test(rest)) return null;
  // "Q. What is the timetable …?": the question on the label's line (a cut one may end short of its mark).
  const lead = nameThenDash.exec(rest);
  const namedLead = lead ? { askedBy: parsePerson(lead[1]!), question: rest.slice(lead[0].length) } : undefined;
  return { askedBy: null, addressee: null, supplementary: false, question: rest, number, ...(namedLead ? { namedLead } : {}) };
}
/** Two or three capitalised words, shaped as a name (no possessive, no slash), then a dash: "Robert Blyth – ". */
const nameThenDash = new RegExp(`^([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?(?:\\s(?:${nameParticle}\\s)?[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?){1,2})\\s[-\u2013\u2014]\\s+(?=\\S)`);

/**
 * A question's or an answer's label line, never a heading: "QUESTION: Councillor P. Example",
 * "REPLY:", "CHIEF EXECUTIVE’S REPLY:", "Response Director Sustainable Environment: Jane Example",
 * "Supplementary question:". A label word (with whose answer it is, or words naming who gives
 * it) then a colon; not "Response to the consultation: …", which names a subject. Pure: the
 * heading reader asks it (headings.ts).
 */
export function isQuestionLabel(text: string): boolean {
  return questionLabelLine.test(text.trim());
}
const questionLabelLine =
  /^(?:(?:supplementary\s)?question|(?:supplementary\s)?(?:(?:the\s)?[A-Z][\w&\u2019' -]{1,60}?['\u2019]s?\s)?(?:answer|response|reply|written\s(?:response|answer|reply)))(?!\s+(?:to|on|from\sthe\s(?:public|consultation))\b)(?:\s[^:?]{1,80}?)?\s?:(?:\s.{0,80})?$/i;

/** "To Councillor A Person, Leader:-": whom a labelled question is put to, on its own line. */
export function readAddressee(text: string): Person | null {
  const to = /^To\s(.{3,120}?)\s?[:\u2013-]*$/.exec(text.trim());
  return to && !/\?/.test(to[1]!) ? person(to[1]) : null;
}

/** An answer's label, with whose answer it is when printed before it: "CHIEF EXECUTIVE’S REPLY:". */
const answerLabel =
  /^(?:supplementary\s)?(?:(?:the\s)?(?<whose>[A-Z][\w&\u2019' -]{1,60}?)['\u2019]s?\s)?(?:(A[.:]|A\d{1,3}[a-z]?[.:)]?)|Answer|Response|Reply|Written\s(?:response|answer|reply))(?:\s?\(\d{1,3}[a-z]?\))?\s?[:.\-\u2013]?(?:\s+(\S.*))?$/i;
/** A phrase a role's noun opens: "Director Infrastructure & Assets" (a role, though "Director" titles people too). */
const roleFirst = gated('question-labels.roleFirst', () => new RegExp(`^(?:the\\s)?(?:${roleNouns})\\b`, 'i'));
/** A role printed in capitals, in the case roles are read in: "CHIEF EXECUTIVE" → "Chief Executive". */
const inTitleCase = (text: string) => (/[a-z]/.test(text) ? text : text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
/** A label's line that names only who answers: "Response: Councillor Mrs A Person". */
const answererOnly = gated('question-labels.answererOnly', () => new RegExp(`^(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,4}(?:,\\s(?:the\\s)?[A-Z][^.?!]{0,80})?$`));
/**
 * A titled name, maybe with a role after a dash or in brackets, and nothing else: "Councillor Lamb –
 * (Leader of the Council).", or a speaker's label "Councillor Lamb:" over what they said.
 */
const answererAlone = gated('question-labels.answererAlone', () => new RegExp(`^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})(?:\\s?[-\u2013\u2014,]?\\s?\\(([^()]{2,80})\\)|\\s[-\u2013\u2014]\\s[A-Z][^.?!]{2,80})?[.:]?$`));
const labelFrom = /^(?:from|by)\s([^:]{3,120}?)\s?(?::\s*(\S.*)?|[-\u2013]\s*)?$/;
const answererBracketed = /^\((?:by|from)\s([^()]{3,120})\)(?:\s?[:.\-\u2013]+)?(?:\s+(\S.*))?$/i;
const answererLine = /^(.+?)\s?,?\s(?:gave|provided|made)\sthe\sfollowing\s(?:written\s)?(?:response|reply|answer)\b.*$|^(.+?)\s?(?:replied|responded|answered)(?:\s(?:as follows|in writing|in accordance with .{0,40}))?$|^(?:a|the)\s(?:written\s)?(?:response|reply|answer)\swas\s(?:provided|given|made)\sby\s(.{3,160})$/i;

/**
 * An answer's opening line, or null. "A." opens an answer only while a question waits for one
 * (`afterQuestion`): elsewhere it letters a sub-heading.
 */
export function readAnswerOpener(text: string, afterQuestion: boolean): AnswerOpener | null {
  const t = text.trim();
  const label = answerLabel.exec(t);
  const rest = label ? (label[3] ?? '').trim() : t;
  // "A." and "A1" letter or number sub-headings too: they answer only a question that waits.
  if (label?.[2] && (!afterQuestion || !/^A/.test(label[2]))) return null;
  const line = answererLine.exec(trimEndChars(rest, ' :-\u2013.'));
  const answerer = line ? person(line[1] ?? line[2] ?? line[3]) : null;
  if (answerer && /^(?:the|a|an)\s|^[A-Z]/.test(rest)) return { answeredBy: answerer, answer: null };
  // "Councillor Lamb – (Leader of the Council).": who answers, alone on the line after a question.
  const alone = afterQuestion && !label ? answererAlone.exec(t) : null;
  if (alone) return { answeredBy: person(alone[1]), answer: null };
  if (!label) return null;
  const whose = label.groups?.whose;
  if (whose) return { answeredBy: parsePerson(`the ${inTitleCase(whose.trim())}`), answer: rest || null };
  if (answererOnly.test(rest)) return { answeredBy: parsePerson(rest), answer: null };
  // "ANSWER (by the Chief Executive) -", "Response (from Councillor Smith):": who answers, in brackets after the label.
  const bracketed = answererBracketed.exec(rest);
  if (bracketed && person(bracketed[1])) return { answeredBy: person(bracketed[1]), answer: bracketed[2] ?? null };
  // "Response from the Leader:" / "Reply by Councillor Jones: Yes, …".
  // "Answer by Councillor Smith Yes.": no colon or dash between who answers and the answer.
  const runIn = /[:\u2013]/.test(rest) ? null : answererRunIn(rest);
  if (runIn) return runIn;
  const from = labelFrom.exec(rest);
  if (from && person(from[1])) return { answeredBy: person(from[1]), answer: from[2] ?? null };
  // "RESPONSE: CHIEF FINANCIAL OFFICER", "Reply: Director of Planning": a role alone on the label's
  // line, no sentence, is who answers; the answer follows (on the lines after, when they are one paragraph).
  const [labelLine, ...below] = rest.split('\n');
  const role = labelLine!.trim();
  if (role && role.split(/\s+/).length <= 8 && !/[.?!,;]/.test(role) && (isRole(inTitleCase(role)) || roleFirst.test(inTitleCase(role)))) return { answeredBy: { name: null, role: inTitleCase(role) }, answer: below.join('\n').trim() || null };
  // "Answer: The Director Infrastructure advised that …": the answering sentence reads the role whole.
  return { answeredBy: rest ? (readAnswering(rest)?.by ?? subjectAt(rest)?.person ?? null) : null, answer: rest || null };
}

/** Words a role's name runs on with in lowercase: "Cabinet Member for Housing", "Leader of the Council". */
const roleLink = /^(?:of|for|and|the|&)$/;
/**
 * Who answers, run in after "Answer by" before the answer, no colon between: "Answer by Councillor
 * Reuben Thompstone 7,852 school places …", "Answer by Councillor Tom Davey Based on …", "Answer by
 * the Leader There was …", "Answer by the Councillor Dean Cohen (Chairman of the Environment
 * Committee) Yes.". A titled name is the title and two words at most; a role runs to the word the
 * answer opens with: a number, or a capitalised word the next word goes on from in lowercase (or a
 * word a stop ends).
 */
function answererRunIn(rest: string): AnswerOpener | null {
  const words = /^by\s(\S.*)$/.exec(rest)?.[1]!.split(/\s+/);
  if (!words) return null;
  const opens = (k: number): boolean => {
    const [w, next] = [words[k]!, words[k + 1]];
    return /^\d/.test(w) || (/^[A-Z]/.test(w) && (/[.!?]$/.test(w) || (next !== undefined && /^[a-z]/.test(next) && !roleLink.test(next))));
  };
  let k = words[0] === 'the' ? 1 : 0;
  const titled = new RegExp(`^(?:${personTitles})\\.?$`).test(words[k] ?? '');
  const start = k;
  if (titled) {
    k++;
    for (let n = 0; n < 2 && k < words.length && /^[A-Z]/.test(words[k]!) && !(n > 0 && opens(k)); n++) k++;
  } else {
    for (; k < words.length && (/^[A-Z]/.test(words[k]!) || roleLink.test(words[k]!)) && !(k > start && opens(k)); k++);
  }
  // "(Chairman of the Environment Committee)": the answerer's role, in brackets after the name.
  let name = words.slice(titled ? start : 0, k).join(' ');
  if (words[k]?.startsWith('(')) {
    const close = words.findIndex((w, j) => j >= k && /\)$/.test(w));
    if (close < 0) return null;
    name = words.slice(titled ? start : 0, close + 1).join(' ');
    k = close + 1;
  }
  const answer = words.slice(k).join(' ');
  const who = k > start && answer ? person(name) : null;
  return who && (titled || isRole(who.role ?? '')) ? { answeredBy: who, answer } : null;
}

const firstSentence = (text: string) => splitSentences(text)[0]?.text ?? text;
/** A paragraph that opens with a question told in prose by a named asker: "John Baldwin asked what …". */
function toldInProse(text: string): ReturnType<typeof readAsking> | null {
  const reading = readAsking(firstSentence(text));
  return reading.asks && reading.askedBy ? reading : null;
}
/**
 * A paragraph that opens with what a named member says and then asks in a pronoun: "Councillor
 * Wilson stated that the Government's policy … He asked Councillor Briggs if …". Under a label
 * that says a question follows, the member the paragraph opens with put it.
 */
function statedThenAsked(text: string): Person | null {
  const sentences = splitSentences(text);
  const speaker = sentences.length > 1 ? subjectAt(sentences[0]!.text)?.person : null;
  if (!speaker?.name || !titled.test(speaker.name)) return null;
  return sentences.slice(1).some((s) => {
    const reading = readAsking(s.text);
    return reading.asks && reading.pronoun;
  })
    ? speaker
    : null;
}
/**
 * A paragraph that asks and then answers: '"Can the CEO advise how many …?" The CEO replied: "A
 * total of …"'. The answer opens at the first sentence after one that asks which says who answered.
 */
function answerWithin(text: string): { question: string; answering: NonNullable<ReturnType<typeof readAnswering>> } | null {
  const sentences = splitSentences(text);
  for (let k = 1; k < sentences.length; k++) {
    if (!asks(sentences[k - 1]!.text)) continue;
    const answering = readAnswering(sentences[k]!.text);
    if (!answering) continue;
    const start = text.indexOf(sentences[k]!.text);
    if (start <= 0) return null;
    const after = text.slice(start + sentences[k]!.text.length).trim();
    return { question: text.slice(0, start).trim(), answering: { ...answering, text: [answering.text, after].filter(Boolean).join(' ') } };
  }
  return null;
}
/** A paragraph whose first sentence answers a question it tells ("In response to a question regarding X, the Leader said …"), with the rest of the paragraph. */
function answeredInResponse(text: string): { question: string; answer: { by: Person | null; text: string } } | null {
  const first = firstSentence(text);
  const reading = readAsking(first);
  if (!reading.asks || !reading.answer || !reading.question || reading.askedBy) return null;
  const after = text.slice(text.indexOf(first) + first.length).trim();
  return { question: reading.question, answer: { by: reading.answer.by, text: [reading.answer.text, after].filter(Boolean).join(' ') } };
}
/** A paragraph that opens with a sentence saying who answered: "In response, Mr Adams indicated that …". */
const proseAnswer = (text: string) => readAnswering(firstSentence(text));

/**
 * The labels an item's own paragraphs run in with ("Query: …", "Officer response: …"), and which
 * of them open questions and which answers: a label whose text asks more often than not (twice at
 * least) opens questions; one that follows paragraphs that ask more often than not (twice at least)
 * opens answers. A speaker's name is no such label (turns are read by `turnQuestions`).
 */
export interface LabelConvention {
  question: Set<string>;
  answer: Set<string>;
}
const runInLabel = /^([A-Z][A-Za-z'\u2019/]*(?:\s[A-Za-z'\u2019/]+){0,3})\s?:\s*(\S.*)?$/;
const titledLabel = gated('question-labels.titledLabel', () => new RegExp(`^(?:${personTitles})\\b`));
const labelOf = (text: string): { label: string; rest: string } | null => {
  // A label ends in a colon: a text without one is not searched (most paragraphs).
  const m = text.includes(':') ? runInLabel.exec(text.trim()) : null;
  return m && !titledLabel.test(m[1]!) ? { label: m[1]!.toLowerCase(), rest: (m[2] ?? '').trim() } : null;
};

export function labelConvention(paras: readonly Para[]): LabelConvention {
  const seen = new Map<string, { count: number; asking: number; afterAsking: number }>();
  let previousAsks = false;
  for (const para of paras) {
    if (!isOpenPara(para) || para.type === 'heading') continue;
    const text = spokenText(para);
    const found = labelOf(text);
    if (found) {
      const tally = seen.get(found.label) ?? { count: 0, asking: 0, afterAsking: 0 };
      tally.count++;
      if (asks(found.rest)) tally.asking++;
      if (previousAsks) tally.afterAsking++;
      seen.set(found.label, tally);
    }
    previousAsks = asks(text);
  }
  const convention: LabelConvention = { question: new Set(), answer: new Set() };
  for (const [label, tally] of seen) {
    if (tally.asking >= 2 && tally.asking * 2 > tally.count) convention.question.add(label);
    else if (tally.afterAsking >= 2 && tally.afterAsking * 2 > tally.count) convention.answer.add(label);
  }
  return convention;
}

function conventionOpener(text: string, convention: LabelConvention): Opener | null {
  const found = labelOf(text);
  return found && convention.question.has(found.label) ? { askedBy: null, addressee: null, supplementary: /supplementary/.test(found.label), question: found.rest || null } : null;
}

function conventionAnswer(text: string, convention: LabelConvention): AnswerOpener | null {
  const found = labelOf(text);
  return found && convention.answer.has(found.label) ? { answeredBy: null, answer: found.rest || null } : null;
}

const asks = (text: string) => /\?["\u201d\u2019]?\s*$/.test(text);
const isOpenPara = (p: Para) => p.part === 'minutes' || p.part === undefined;
/**
 * Labelled questions are read from an agenda's purpose too: a page of written questions and
 * replies ("Q.1 COUNCILLOR …" / "To ask the Chief Executive …" / "REPLY: …") is read as an agenda.
 * A purpose keeps its part (marks leave it out), so that it is read back where it was written.
 */
const isLabelledPara = (p: Para) => isOpenPara(p) || p.part === 'purpose';

interface Open {
  opener: Opener;
  paras: number[];
  question: string[];
  answer: string[];
  answeredBy: Person | null;
  answering: boolean;
  /** The asker was carried on from the question before (a series, a supplementary): a name line under the label names the block's own. */
  inherited?: boolean;
}

/** "To ask the Chief Executive for a detailed update …": the question names whom it is put to. */
const toAsk = /^["\u201c]?(?:TO ASK|[Tt]o ask) (?:the\s)?([A-Z][\w'\u2019&-]*(?:\s(?:[A-Z][\w'\u2019&-]*|of|for|and|the|&)){0,8}?)\s(?=(?:if|whether|why|what|how|when|where|which|who|to|for|about|that|would|will|can|could|is|are|has|have|does|do|did)\b)/;

function close(open: Open, claims: QuestionClaim[]): void {
  const question = [open.opener.question, ...open.question].filter(Boolean).join('\n') || null;
  const putTo = !open.opener.addressee && question ? toAsk.exec(question) : null;
  if (putTo) open.opener.addressee = person(/^["\u201c]?to ask the\s/i.test(question!) ? `the ${putTo[1]}` : putTo[1]);
  const answer = open.answer.join('\n') || null;
  if (!question && !answer) return;
  claims.push({
    part: 'question',
    paras: open.paras,
    at: 0,
    value: {
      askedBy: open.opener.askedBy,
      answeredBy: open.answeredBy ? [open.answeredBy] : open.opener.addressee && answer ? [open.opener.addressee] : [],
      question,
      answer,
      supplementary: open.opener.supplementary,
    },
  });
}

/**
 * Who a block's heading names, when one of its parts between dashes (or after a colon) is a titled
 * name alone: "Cr Smith – Parking in High Street", "Notice of Question - Councillor Brown",
 * "QUESTION ON NOTICE - CR JOHN SMITH - PARKING". A line, not a sentence: no stop, no question mark.
 */
export function headingAsker(text: string): Person | null {
  // A speaker's label over what they asked ("Councillor Anne Baker:" / the question) names them too,
  // and so does a numbered name line ("1.  Councillor Jane Doe" / the question).
  const line = text.trim().replace(referenceLead, '').replace(/\s?:$/, '');
  if (/[.?!]$/.test(line) || line.split(/\s+/).length > 16) return null;
  const named = line.split(/\s[-\u2013\u2014]\s|:\s/).filter((part) => titledAlone.test(part.trim()));
  return named.length === 1 ? person(named[0]) : null;
}
const titledAlone = gated('question-labels.titledAlone', () => new RegExp(`^(?:${anyCaseTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}$`));

/** "Minutes:" and the like label the item's text, not the question's: read past. */
const skipped = (para: Para): boolean => {
  const text = spokenText(para);
  return truncationNotice.test(text) || (para.type === 'heading' && isLabel(text) && readAnswerOpener(text, false) === null);
};

/**
 * The labelled questions of an item. `heading` is the item's printed number and title, which
 * may itself open the question ("Question submitted by Councillor T. Ruddle").
 */
export function labelledQuestions(paras: readonly Para[], heading: string | null): QuestionClaim[] {
  const claims: QuestionClaim[] = [];
  const convention = labelConvention(paras);
  // The item names askers before a dash when one of its openers does with a title ("Q1) Mr Skerritt – …").
  const dashAskers = paras.some((p) => isLabelledPara(p) && readOpener(spokenText(p))?.dashAsker);
  const fromHeading = heading ? readOpener(heading) : null;
  let open: Open | null = fromHeading ? { opener: fromHeading, paras: [], question: [], answer: [], answeredBy: null, answering: false } : null;
  let last: Opener | null = fromHeading;
  // Who asks, named by the heading of the block the next opener opens ("Cr Smith – Parking in High
  // Street" / "Question: …", "Notice of Question - Councillor Brown" / "Question: …"): the item's
  // own title for its first block.
  let lead: { askedBy: Person; addressee?: Person; paras: number[] } | null = !fromHeading && heading && headingAsker(heading) ? { askedBy: headingAsker(heading)!, paras: [] } : null;
  // The paragraph read after `i`, past a "Minutes:" label (the Markdown puts one between an
  // agenda's text, where a question may stand, and the minutes, where its answer is) and the
  // Markdown's headers over questions.
  const after = (i: number): number => {
    let n = i + 1;
    while (paras[n] && (skipped(paras[n]!) || (paras[n]!.type === 'paragraph' && questionHeader.test(paraText(paras[n]!))))) n++;
    return n;
  };
  // Paragraph `n` opens an answer.
  const answersAt = (n: number): boolean => {
    const para = paras[n];
    return para !== undefined && isLabelledPara(para) && (readAnswerOpener(paraText(para), false) ?? conventionAnswer(paraText(para), convention)) !== null;
  };
  // Paragraph `n` opens a question naming no one who asks, under a line naming who does: an opener
  // naming none, or a paragraph that asks (answered or not: a paper of written questions may print
  // no answers).
  const opensUnnamed = (n: number): boolean => {
    const para = paras[n];
    if (!para || !isLabelledPara(para)) return false;
    const text = spokenText(para);
    const opener = readOpener(text);
    return opener ? opener.askedBy === null : para.type !== 'heading' && asks(text);
  };
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    // The Markdown's header over a question (read back) neither opens nor closes one.
    if (para.type === 'paragraph' && questionHeader.test(paraText(para))) continue;
    if (!isLabelledPara(para)) {
      if (open && para.part !== 'documents') {
        close(open, claims);
        open = null;
      }
      continue;
    }
    const text = spokenText(para);
    if (skipped(para)) continue;
    const read = readOpener(text);
    const opener = read?.namedLead && dashAskers ? { ...read, askedBy: read.namedLead.askedBy, question: read.namedLead.question } : (read ?? conventionOpener(text, convention));
    // The heading of the next block: it closes the answer before it, and names who asks.
    const heads = opener ? null : headingAsker(text);
    // Whom it is put to may stand on a line of its own between ("Councillor Young" / "To the Chief Executive" / "“To ask …”").
    const toLine = heads ? after(i) : -1;
    const putTo = heads && paras[toLine] && isLabelledPara(paras[toLine]!) ? readAddressee(spokenText(paras[toLine]!)) : null;
    // Under an opener still waiting for its question, a name alone is that opener's (read below).
    const openerWaits = open !== null && !open.answering && !open.opener.question && open.question.length === 0;
    if (heads && !openerWaits && opensUnnamed(putTo ? after(toLine) : after(i))) {
      if (open) close(open, claims);
      open = null;
      lead = putTo ? { askedBy: heads, addressee: putTo, paras: [i, toLine] } : { askedBy: heads, paras: [i] };
      if (putTo) i = toLine;
      continue;
    }
    if (opener) {
      const headed = lead;
      lead = null;
      if (!opener.askedBy && headed) opener.askedBy = headed.askedBy;
      if (headed?.addressee) opener.addressee ??= headed.addressee;
      // A numbered question with no asker of its own continues the series of the one before, and
      // a supplementary one is asked by who asked before it ("Supplementary Question: …").
      const before = open?.opener ?? last;
      const inherits = !opener.askedBy && before !== null && ((opener.number !== undefined && before.number === opener.number - 1) || (opener.supplementary && opener.number === undefined));
      if (inherits) {
        opener.askedBy = before!.askedBy;
        opener.addressee ??= before!.addressee;
      }
      // "Q1. Cr Smith – Footpath repairs" / "Question: When will …?": an unnumbered label with no
      // asker, under an opener that has nothing yet, goes on with that opener; so does a series'
      // first part under an opener naming who asks ("By Councillor A answered by …" / "Question (1): …").
      const firstPart = opener.number === 1 && open?.opener.number === undefined;
      if (open && open.question.length === 0 && open.answer.length === 0 && !open.opener.question && !opener.askedBy && (opener.number === undefined || firstPart)) {
        open.opener = { ...open.opener, question: opener.question, number: opener.number, supplementary: open.opener.supplementary || opener.supplementary };
        open.paras.push(i);
        continue;
      }
      if (open) close(open, claims);
      open = { opener, paras: [...(headed?.paras ?? []), i], question: [], answer: [], answeredBy: null, answering: false, inherited: inherits };
      last = opener;
      continue;
    }
    const waiting = open !== null && !open.answering && !open.opener.question && open.question.length === 0;
    const to = waiting ? readAddressee(text) : null;
    if (open && to) {
      open.opener.addressee = to;
      open.paras.push(i);
      continue;
    }
    // A titled name alone under an opener that has not given its question yet goes on with the
    // opener: who asks, when it names no one of its own ("QUESTION NO. 2" / "Councillor P. Kelly",
    // the series' asker carried on till then); else who holds the role it is put to ("(5) Question
    // by Councillor Lawson to the Leader of the Council –" / "Councillor Sheard").
    const alone = waiting ? answererAlone.exec(text.trim()) : null;
    if (open && alone) {
      const named = person(alone[1])!;
      if (!open.opener.askedBy || open.inherited) {
        open.opener.askedBy = named;
        open.inherited = false;
      } else open.opener.addressee = { name: named.name, role: open.opener.addressee?.role ?? open.opener.addressee?.name ?? null };
      open.paras.push(i);
      continue;
    }
    // The next paragraph answers: read only after a paragraph that asks.
    const nextAnswers = () => answersAt(after(i));
    if (open && !open.answering) {
      const answer = readAnswerOpener(text, true) ?? conventionAnswer(text, convention);
      const told = answer ? null : toldInProse(text);
      if (told && open.opener.supplementary && !open.opener.question && open.question.length === 0) {
        // "Supplementary question" / "Councillor Green asked whether that met the target.": the
        // label says what kind of question, the prose who put it and what it asks.
        open.opener = { ...open.opener, askedBy: told.askedBy, addressee: told.addressee ?? open.opener.addressee };
        open.inherited = false;
        open.question.push(told.question ?? text);
        open.paras.push(i);
        if (told.answer) {
          open.answering = true;
          open.answeredBy = told.answer.by ?? open.opener.addressee;
          open.answer.push(told.answer.text);
        }
        continue;
      }
      const stated = answer || told || !open.opener.supplementary || open.opener.question || open.question.length > 0 ? null : statedThenAsked(text);
      if (stated) {
        // "Supplementary Question" / "Councillor Wilson stated that … He asked Councillor Briggs if …".
        open.opener = { ...open.opener, askedBy: stated };
        open.inherited = false;
        open.question.push(text);
        open.paras.push(i);
        continue;
      }
      if (told && !open.opener.askedBy && !open.opener.question && open.question.length === 0) {
        // "Public Question 1" / "Received from Mrs J Brand and answered by …": the label only
        // numbers a question that prose tells, asker and all; prose reads it.
        open = null;
        i--;
        continue;
      }
      const answering = answer || (open.question.length === 0 && !open.opener.question) || asks(text) ? null : proseAnswer(text);
      if (answer) {
        open.answering = true;
        open.answeredBy = holderOf(answer.answeredBy, open.opener.addressee);
        if (answer.answer) open.answer.push(answer.answer);
        open.paras.push(i);
      } else if (answering) {
        // "In response, Mr Adams indicated that …": a sentence naming who answered opens the answer.
        open.answering = true;
        open.answeredBy = answering.pronoun ? open.opener.addressee : holderOf(answering.by, open.opener.addressee);
        open.answer.push(text);
        open.paras.push(i);
      } else if (open.opener.question) {
        // A question printed on its label's line is whole: an answer label follows it, or none.
        close(open, claims);
        open = null;
        i--;
      } else if (open.question.length === 0 && !open.opener.question && answeredInResponse(text)) {
        // "In response to a question regarding …, the Leader explained that …" under its opener:
        // the question as the answer tells it, and the answer.
        const { question, answer } = answeredInResponse(text)!;
        open.question.push(question);
        open.answering = true;
        open.answeredBy = answer.by ?? open.opener.addressee;
        open.answer.push(answer.text);
        open.paras.push(i);
      } else {
        const within = answerWithin(spokenText(para));
        open.question.push(within?.question ?? spokenText(para));
        open.paras.push(i);
        if (within) {
          open.answering = true;
          open.answeredBy = within.answering.pronoun ? open.opener.addressee : within.answering.by;
          open.answer.push(within.answering.text);
        }
      }
      continue;
    }
    // An answer runs to the next opener or heading, or to a question that a label answers, or to
    // a labelled question told in prose ("Supplementary question: X asked …"), which prose reads.
    const labelledProse = () => questionLabel.test(text.trim()) || toldInProse(text) !== null;
    if (open && para.type !== 'heading' && !(asks(text) && nextAnswers()) && !labelledProse()) {
      // "Supplementary Answer" / "Councillor Bennett responded that …": a label naming no one, the prose who answered.
      // A role alone ("The Cabinet Member said …") leaves who holds it to the addressee, when named.
      const teller = open.answeredBy === null && open.answer.length === 0 ? proseAnswer(text) : null;
      if (teller?.by?.name) open.answeredBy = teller.by;
      open.answer.push(spokenText(para));
      open.paras.push(i);
      continue;
    }
    if (open) {
      close(open, claims);
      open = null;
    }
    if (asks(text) && para.type !== 'heading' && (nextAnswers() || lead !== null)) {
      // Who asks, when the block's heading named them (its question opens though no answer follows).
      const headed = lead;
      lead = null;
      open = { opener: { askedBy: headed?.askedBy ?? null, addressee: headed?.addressee ?? null, supplementary: false, question: null }, paras: [...(headed?.paras ?? []), i], question: [spokenText(para)], answer: [], answeredBy: null, answering: false };
    }
  }
  if (open) close(open, claims);
  return claims.map((c) => ({ ...c, marks: c.paras.filter((i) => paras[i]!.part !== 'purpose') }));
}

/**
 * A question told in the item's title, where a run-in paragraph became the title ("7.1 Cr Smith
 * asked: \"Can the CEO advise …?\" The CEO replied: …"): read as prose, with its answer when the
 * title goes on to give it. It has no paragraph of its own; the title is read back as printed.
 */
export function titleQuestions(title: string | null): QuestionClaim[] {
  if (!title || readOpener(title)) return [];
  const told = toldInProse(title);
  if (!told || !told.question) return [];
  const within = answerWithin(title);
  return [
    {
      part: 'question',
      paras: [],
      at: 0,
      value: {
        askedBy: told.askedBy,
        answeredBy: within?.answering.by ? [within.answering.by] : [],
        question: within ? (readAsking(within.question).question ?? told.question) : told.question,
        answer: within?.answering.text ?? null,
        supplementary: told.supplementary,
      },
    },
  ];
}

/**
 * A list of the questions received, one a line or point: "(1) Councillor Brookes to Councillor
 * Leyshon regarding visitor parking permits." Each is a question by its asker, put to whom it
 * names, about what it names.
 */
const listedLine = new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s(?:to|of)\\s((?:the\\s)?[A-Z][^,.;:?]{2,80}?),?\\s((?:regarding|about|concerning|in relation to|relating to|on the subject of|in respect of)\\s.{3,300}?)\\.?$`,
);
/** Questions announced by who put them, their summaries listed below: "A question had been received from Ms K Thomas on behalf of …, briefly summarised as follows:". */
const receivedFrom =
  gated('question-labels.receivedFrom', () => /^(?:(?:the following|\w+)\s)?questions?\s(?:had\s|has\s|have\s)?(?:been\s)?(?:was\s|were\s)?(?:received|submitted|asked)\s(?:from|by)\s(.{3,80}?)(?:\s(?:on behalf of|representing)\s[^,]{3,120})?,?\s(?:(?:briefly|which (?:are|were))\s)?(?:summarised|summarized|set out|listed)?\s?as follows\s?:\s*$/i);
/** Questions announced by how many and what kind, listed below: "Four public questions were submitted as follows:-". */
const submittedAsFollows = /^(?:(?:the following|\w+)\s)?(?:(?:public|members?['\u2019]?|written|oral)\s)?questions\s(?:had\s|have\s)?(?:been\s)?(?:were\s)?(?:received|submitted|asked|put)\s(?:and answered\s)?as follows\s?:[-\u2013]?\s*$/i;

/**
 * The points listed under an announcement ("… as follows:"), each a question; a point alone in its
 * list is answered by the paragraphs under it when the first says who answered ("· Relating to …" /
 * "Councillor Matt Wynne responded that …" / "Councillor Louise Heywood further responded …").
 */
function announcedPoints(paras: readonly Para[], i: number, askedBy: Person | null): QuestionClaim[] {
  const claims: QuestionClaim[] = [];
  let last: QuestionClaim | null = null;
  for (let j = i + 1; j < paras.length; j++) {
    const para = paras[j]!;
    // The Markdown's header over each question (read back) stands between them.
    if (para.type === 'paragraph' && questionHeader.test(paraText(para))) continue;
    if (!isOpenPara(para)) break;
    if (para.type === 'list') {
      const points = para.points ?? [];
      points.forEach((p, at) => claims.push({ part: 'question', paras: claims.length ? [j] : [i, j], at, value: { askedBy, answeredBy: [], question: pointText(p), answer: null, supplementary: false, intro: null } }));
      last = points.length === 1 ? claims[claims.length - 1]! : null;
      continue;
    }
    const text = paraText(para);
    const answering = last && para.type === 'paragraph' && (last.value.answer !== null || proseAnswer(text));
    if (!last || !answering) break;
    if (last.value.answer === null && typeof answering === 'object' && answering.by) last.value.answeredBy = [answering.by];
    last.value.answer = [last.value.answer, text].filter(Boolean).join('\n');
    last.paras.push(j);
  }
  return claims;
}

export function listedQuestions(paras: readonly Para[]): QuestionClaim[] {
  const claims: QuestionClaim[] = [];
  paras.forEach((para, i) => {
    if (!isOpenPara(para) || (para.type !== 'list' && para.type !== 'paragraph')) return;
    // "Three questions had been received from Mr X, briefly summarised as follows:" over a list: each point is one of theirs.
    const from = para.type === 'paragraph' ? receivedFrom.exec(paraText(para)) : null;
    const list = paras[i + 1];
    if (from && list?.type === 'list' && isOpenPara(list) && person(from[1])) {
      (list.points ?? []).forEach((p, at) => claims.push({ part: 'question', paras: [i, i + 1], at, value: { askedBy: person(from[1]), answeredBy: [], question: pointText(p), answer: null, supplementary: false, intro: null } }));
      return;
    }
    // "Four public questions were submitted as follows:-" over points, who asked not said.
    if (para.type === 'paragraph' && list?.type === 'list' && submittedAsFollows.test(paraText(para))) {
      claims.push(...announcedPoints(paras, i, null));
      return;
    }
    if (from || (para.type === 'list' && claims.some((c) => c.paras.includes(i)))) return;
    const texts = para.type === 'list' ? (para.points ?? []).map(pointText) : [paraText(para)];
    texts.forEach((text, at) => {
      const m = listedLine.exec(text.trim().replace(referenceLead, ''));
      if (!m) return;
      claims.push({ part: 'question', paras: [i], at, value: { askedBy: person(m[1]), answeredBy: [], question: m[3]!, answer: null, supplementary: false, intro: null } });
    });
  });
  // A paragraph holds one question; a list one a point, read together.
  return claims;
}

/**
 * Speakers' turns, one a paragraph: "Cllr. J. V. Farrelly – what is situation with Conservation
 * Programme." / "S.C. – Pat Kinsella dealing with it.", the label maybe with its verb ("Cllr Julian
 * Clelford responded: Was the …"). A turn that asks (a question mark, an opening word that asks, or
 * an asking verb whose subject is the speaker: "Mr Vanderhook: Asked why …") is a question by its
 * speaker; the next turn, by someone else, answers it.
 */
const turnSpeaker = new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}|(?:[A-Z]\\.){1,3}|[A-Z]{2,4})(?:\\s?\\(([^()]{1,60})\\))?(?:\\s(?:asked|responded|replied|said|added|stated))?(?:\\s?:|\\s[-\u2013\u2014])\\s+(\\S.*)$`,
);
const interrogative = /^(?:what|why|how|when|where|who|whom|whose|which|is|are|was|were|can|could|will|would|shall|should|does|do|did|has|have|may|might)\s+[a-z]/i;
/** A turn told with its speaker as the verb's subject: "Mr Vanderhook: Asked why was item 14 on the agenda necessary." */
const askingWithoutSubject = /^(?:asked|enquired|inquired|queried|questioned|wanted to know|wished to know)\s(?=(?:if|whether|why|what|how|when|where|which|who|about)\b)/i;

/**
 * A transcript's turn: the speaker as the transcript names them (a role before the name, or in
 * brackets after it) and the time into the recording: "Ariel Casper (Town of Ithaca Planning Board)
 * [00:01:09] Just a quick question. …", "Acting Supervisor Stephanie Redmond [00:01:14] Privilege of …".
 */
const timedTurn = /^([A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,5})(?:\s?\(([^()]{1,60})\))?\s\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(\S.*)$/;
/** A question inside what was said, a sentence ending with its mark: "… I'm not quite sure what privileging the floor is?." */
const asksWithin = /\?["\u201d\u2019]?[.\s]/;

export function readTurn(text: string): { speaker: Person; text: string; asks: boolean } | null {
  // "Page 10 – Councillor Rhys Thomas – …?": a turn about a place in another paper names it first.
  const trimmed = text.trim().replace(paperReference, '');
  const m = turnSpeaker.exec(trimmed) ?? timedTurn.exec(trimmed);
  if (!m) return null;
  const said = m[3]!;
  const speaker = parsePerson(m[2] ? `${m[1]} (${m[2]})` : m[1]!);
  return { speaker, text: said, asks: asks(said) || asksWithin.test(said) || interrogative.test(said) || askingWithoutSubject.test(said) };
}

/** A question's label before its speaker's turn: "Question 1 – Mr. Jones: …". */
const turnLabel = gated('question-labels.turnLabel', () => /^(?:(?:public|members?[\u2019']?|supplementary|oral|written)\s)?question\s(?:no\.?\s?)?\d{1,3}[a-z]?\s?[-\u2013\u2014:.)]\s*/i);
/** A turn that only calls on the next speaker: "Lord Mayor: Councillor Clayton." */
const callsOn = gated('question-labels.callsOn', () => new RegExp(`^(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}\\.?$`));
const speakerKey = (p: Person) => (p.name ?? p.role ?? '').toLowerCase().replace(/\./g, '');

/**
 * A dialogue recorded turn by turn, each turn a paragraph after its speaker's label, as a
 * verbatim record prints question time:
 *
 *   Question 1 – Mr. Jones:  … what are the expectations of a Councillor …?   ← question (its label)
 *   Lord Mayor:  Councillor Clayton.                                           ← a call, no answer
 *   Councillor Clayton:  My Lord Mayor thank you …                             ← the answer
 *   Mr. Jones:  I would like to thank Councillor Clayton …                     ← supplementary
 *
 * A turn under a question's label, or one that asks, opens a question; the asker's next turn
 * after an answer is a supplementary question; the first turn by another speaker that does not
 * only call on someone answers. Read only where the item is a dialogue: three turns at least, by
 * two speakers at least.
 */
export function dialogueQuestions(paras: readonly Para[]): QuestionClaim[] {
  const turns = paras.map((p) => {
    if (!isOpenPara(p) || p.type !== 'paragraph') return null;
    const text = paraText(p);
    const label = turnLabel.exec(text);
    const turn = readTurn(label ? text.slice(label[0].length) : text);
    return turn && { ...turn, labelled: label !== null };
  });
  const said = turns.filter((t) => t !== null);
  if (said.length < 3 || new Set(said.map((t) => speakerKey(t.speaker))).size < 2) return [];
  const claims: QuestionClaim[] = [];
  let answered = null as { asker: string } | null;
  for (let i = 0; i < paras.length; i++) {
    const turn = turns[i];
    if (!turn || callsOn.test(turn.text)) continue;
    const who = speakerKey(turn.speaker);
    const followUp = !turn.labelled && !turn.asks && answered?.asker === who;
    if (!turn.labelled && !turn.asks && !followUp) {
      answered = null;
      continue;
    }
    const claimed = [i];
    let answer: (typeof turns)[number] = null;
    let j = i + 1;
    for (; j < paras.length; j++) {
      const next = turns[j];
      // Another speaker's turn that asks is a question of its own, not the answer.
      if (!next || speakerKey(next.speaker) === who || next.asks) break;
      claimed.push(j);
      if (callsOn.test(next.text)) continue;
      answer = next;
      break;
    }
    if (!answer) claimed.splice(1);
    claims.push({
      part: 'question',
      paras: claimed,
      at: 0,
      value: { askedBy: turn.speaker, answeredBy: answer ? [answer.speaker] : [], question: turn.text, answer: answer?.text ?? null, supplementary: followUp },
    });
    answered = answer ? { asker: who } : null;
    i = claimed[claimed.length - 1]!;
  }
  return claims;
}

export function turnQuestions(paras: readonly Para[]): QuestionClaim[] {
  const claims: QuestionClaim[] = [];
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (!isOpenPara(para) || para.type !== 'paragraph') continue;
    const turn = readTurn(paraText(para));
    if (!turn?.asks) continue;
    const next = paras[i + 1];
    const reply = next && isOpenPara(next) && next.type === 'paragraph' ? readTurn(paraText(next)) : null;
    const answered = reply && !reply.asks && reply.speaker.name !== turn.speaker.name ? reply : null;
    claims.push({
      part: 'question',
      paras: answered ? [i, i + 1] : [i],
      at: 0,
      value: { askedBy: turn.speaker, answeredBy: answered ? [answered.speaker] : [], question: turn.text, answer: answered?.text ?? null, supplementary: false },
    });
    if (answered) i++;
  }
  return claims;
}
