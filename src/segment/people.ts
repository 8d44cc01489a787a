// People as minutes name them: "Councillor Laing (Deputy Leader)", "Mark Jowett, the Head of
// Children We Care For", "The Cabinet Member" (a role only), "Cllr L Turner (Chair)", and lists
// such as "Councillors Brown, Davis, Eni and Wayne".
import type { Person } from '../model/schema.js';
import { memoByText } from './memo.js';
import { trimEndChars } from './shape.js';
import { personTitles, roleNouns, speechVerbs } from './vocabulary.js';
import { gated } from './cues.js';

const titleAtStart = new RegExp(`^(?:${personTitles})\\s`);
const roleNoun = new RegExp(`\\b(?:${roleNouns})\\b`);
const article = /^(?:the|a|an)\s/i;

/** Whether a phrase names a role ("Director of Children's Services", "Commissioner of Community
 * Services") rather than a person ("Commissioner Bello"). */
export const isRole = (text: string): boolean =>
  roleNoun.test(text) && (!titleAtStart.test(text) || /^\S+\s(?:of|for)\s/.test(text));

/** "Mr. Barry Cunich", "Cllr L Turner": a person named with a title, and nothing else. */
export const namesPerson = (text: string): boolean => titleAtStart.test(text) && text.split(' ').length <= 5 && !isRole(text);

/** "Name (Role)", "Name, the Role", "The Role", "Name" → a person. */
export function parsePerson(phrase: string): Person {
  let text = trimEndChars(phrase.trim(), '.,:;| ');
  let role: string | null = null;
  const paren = /^([^()]{1,200}?)\s?\(([^()]{1,200})\)$/.exec(text);
  if (paren) {
    text = paren[1]!.trim();
    role = paren[2]!.trim();
  } else {
    const comma = /^([^,]{1,80}),\s?(?:the\s)?([^,]{1,200})$/i.exec(text);
    if (comma && isRole(comma[2]!)) {
      text = comma[1]!.trim();
      role = comma[2]!.trim();
    } else if (comma && isRole(comma[1]!) && !isRole(comma[2]!)) {
      // "Chief Administrative Officer, S. Chambers": the role first.
      role = comma[1]!.trim();
      text = comma[2]!.trim();
    }
  }
  if (!role && isRole(text)) return roleThenName(text.replace(article, ''));
  return { name: text.replace(article, '') || null, role };
}

/** "Chief Executive Steve Ruru", "Tenant Representative Lulu Agate", "Democratic Services Officer: Jane Doe" → role and name; else a role. */
function roleThenName(text: string): Person {
  const words = text.split(' ');
  const name = words.slice(-2);
  if (!/\b(?:of|for|to)\b/.test(text) && words.length >= 3 && name.every((w) => /^[A-Z][a-z'\u2019-]{1,30}$/.test(w)) && !roleNoun.test(name.join(' '))) {
    return { name: name.join(' '), role: trimEndChars(words.slice(0, -2).join(' '), ':,;- \u2013\u2014') };
  }
  return { name: null, role: text };
}

const singular = (title: string) =>
  ({ Councillors: 'Councillor', Cllrs: 'Cllr', 'Cllrs.': 'Cllr', Crs: 'Cr', 'Crs.': 'Cr', Commissioners: 'Commissioner', Supervisors: 'Supervisor', Trustees: 'Trustee', Governors: 'Governor', Aldermen: 'Alderman', Directors: 'Director' })[
    title
  ] ?? null;

/** "Councillors Brown, Davis and Wayne", "Councillors: Mrs S Benbow-Jones, …": a title for every name after it. */
const pluralTitle = gated('people.pluralTitle', () => /^(Councillors|Cllrs\.?|Crs\.?|Commissioners|Supervisors|Trustees|Governors|Aldermen|Directors)\s?:?\s/);

/**
 * A printed list of people: split on commas, semicolons and "and", with a plural title
 * ("Councillors Brown, Davis and Wayne") given to each name.
 */
export function parsePeopleList(text: string): Person[] {
  // A flattened table leaves its cell border behind: "Lulu Agate. |".
  let body = trimEndChars(text.trim(), '.| ');
  let title: string | null = null;
  const plural = pluralTitle.exec(body);
  if (plural) {
    title = singular(plural[1]!);
    body = body.slice(plural[0].length);
  }
  // Semicolons separate people; commas too, except that a role may follow its name after one.
  const people: Person[] = [];
  for (const group of splitOutside(body, ';')) {
    const parts = splitOutside(group, ',');
    // "… Abhishek Sachdev and Wayne": "and" joins the last two names only, since roles contain
    // "and" too ("Group Manager Services and Assets Ian Marshall").
    const last = (parts.pop() ?? '').trim().replace(/^(?:and|&)\s/, '');
    const join = lastOutside(last, [' and ', ' & ']);
    if (join > 0) parts.push(last.slice(0, join), last.slice(join).replace(/^\s(?:and|&)\s/, ''));
    else parts.push(last);
    const inGroup: Person[] = [];
    for (const part of parts.map((p) => p.trim().replace(/^(?:and|&)\s/, ''))) {
      if (part.length === 0 || part.length > 120 || !/[a-z]/i.test(part)) continue;
      const person = parsePerson(part);
      const previous = inGroup[inGroup.length - 1];
      // "M. Gaskell, Chief Administrative Officer": a bare role belongs to the name before it.
      if (person.name === null && previous && previous.role === null && previous.name !== null) {
        previous.role = person.role;
        continue;
      }
      if (title && person.name && !titleAtStart.test(person.name)) person.name = `${title} ${person.name}`;
      inGroup.push(person);
    }
    people.push(...inGroup);
  }
  return people;
}

/** `text` split at `separator` where it is not inside parentheses (sliced, not built a character at a time: a list of 10 000 names is one line). */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The last index of any of `needles` in `text` outside parentheses, or -1. */
function lastOutside(text: string, needles: string[]): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && needles.some((n) => text.startsWith(n, i))) found = i;
  }
  return found;
}


// A speaker at the start of a sentence: "The Cabinet Member noted that …", "Councillor Hannah
// Brent commented that …", "Temilola Salimon (Service Director) added:".
const word = "[A-Z][A-Za-z\u2019'.-]{0,30}";
const joiner = "(?:of|for|and|the|to|&|[A-Z][A-Za-z\u2019'.-]{0,30})";
const speakerPattern = new RegExp(
  `^(((?:The |the )?${word}(?: ${joiner}){0,12}?)(?: ?\\(([^()]{1,200})\\))?(?:, ((?:the )?[^,]{1,120}),)?) (?:also |then |further |briefly |additionally |again |subsequently |however )?(?:${speechVerbs})\\b`,
);

export interface Speaker {
  person: Person;
  /** Length of the speaker as printed at the start of the sentence ("Councillor Laing (Deputy Leader)"). */
  subject: number;
}

/** The speaker a sentence starts with, if it starts with one. */
export function speakerAt(sentence: string): Speaker | null {
  const m = speakerPattern.exec(sentence);
  if (!m) return null;
  const subject = m[2]!;
  const paren = m[3];
  const appositive = m[4];
  const isPersonTitle = titleAtStart.test(subject);
  const words = subject.replace(article, '').split(' ');
  const properName = words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z]/.test(w));
  const roleOnly = /^the\s/i.test(subject) && roleNoun.test(subject);
  if (!isPersonTitle && !roleOnly && !(properName && (paren || (appositive && isRole(appositive))))) return null;
  let role: string | null = paren?.trim() ?? (appositive ? appositive.replace(article, '').trim() : null);
  let name: string | null = subject.trim();
  if (roleOnly) {
    role = subject.replace(article, '').trim();
    name = null;
  }
  return { person: { name, role }, subject: m[1]!.length };
}

// Who a sentence is about, in the wordings questions and answers are recorded with:
//   "He asked which …"                        ← a pronoun, resolved by the caller
//   "A member of the public drew …"           ← an unnamed member of the public
//   "The mayor advised that …"                ← a role, in any case, with what it is of or
//   "The Leader of the Council answered …"      for when capitalised
//   "City Administrator Kathy Bailey explained …", "Collins then asked …"  ← capitalised words
//                                                before a verb in the past tense
//   "MPT/O'Connor asked …", "CM/Lowry said …"   ← a role's abbreviation and a slash before the
//                                                name, as some minutes print every speaker
const pronounSubject = /^(?:he|she|they)\b/i;
/** A member of the public, named by what they are: "A resident", "The member of the public", "Another member of public", "An individual". */
const publicSubject = /^(?:a|an|one|another|the) (?:(?:local|further|second|third|other|male|female) )?(?:members? of (?:the )?public|residents?|parishioners?|electors?|questioners?|speaker|members? of the audience|member|individual|visitor|attendee|ratepayer|citizen)\b/i;
const roleWord = '(?:mayor|manager|chair(?:man|woman|person)?|leader|director|clerk|officer|executive|engineer|administrator|member|secretary|treasurer|attorney|solicitor|advis[eo]r|holder|planner|councillor|spokesperson|ceo|cfo|coo)';
/** A role, its nouns read whole: "the Executive Leader", "the Chief Executive Officer" (not "the Executive"). */
const roleSubject = new RegExp(`^the (?:[a-z&]+ ){0,4}?${roleWord}(?: ${roleWord})*\\b(?: \\([^()]{1,120}\\))?`, 'i');
/** What a role is of or for, in capitals (case matters here, unlike in the role): " of the Council", " for Environment". */
const roleOf = gated('people.roleOf', () => /^ (?:of|for) (?:the )?[A-Z][\w'\u2019&-]*(?: (?:(?:and|&|of|for|the) )*[A-Z][\w'\u2019&-]*)*(?: \([^()]{1,120}\))?/);
const adverb = '(?:also |then |further |again |briefly |subsequently |however |in turn )?';
/** The lowercase words inside a family name: "Mabon ap Gwynfor", "Ursula von der Leyen", "Nicola de Souza". */
export const nameParticle = '(?:ap|ab|de|del|della|der|den|di|da|du|la|le|van|von|bin|ibn|al)';
/**
 * Reporting verbs in the present tense, for minutes kept in it: "Williams asks staff if …", "Ritchie
 * says she has not looked into it yet".
 */
export const reportsNow = '(?:asks|says|states|explains|responds|replies|notes|indicates|confirms|advises|adds|clarifies|answers|wonders|inquires|enquires|mentions|agrees|suggests)';
const namedSubject = new RegExp(
  `^((?:(?:${personTitles})\\.? |[A-Z]{1,4}\\/(?=[A-Z][a-z']))?[A-Z][\\w'\u2019.-]*(?: (?:[A-Z][\\w'\u2019.-]*|of|for|and|the|&|${nameParticle}(?= [A-Z]))){0,6}?)(?: ?\\(([^()]{1,120})\\))? (?=${adverb}(?:[a-z]+ed|said|told|gave|undertook|spoke|that|${reportsNow})\\b)`,
);

export interface Subject {
  /** Null for a pronoun ("He asked …"): the caller knows who it stands for. */
  person: Person | null;
  /** Length of the subject as printed at the start of the sentence. */
  length: number;
}

/**
 * The person named just before a verb, when the sentence opens with something else: "By way of a
 * supplementary question Mrs Brand asked …", "At the invitation of the Chair, Councillor Smith
 * asked …". `prefix` is the sentence up to the verb. A title or a role is required, or two
 * capitalised words after a lowercase one, so that a subject's first words are not taken for one.
 */
export function subjectEndingAt(prefix: string): Person | null {
  // "… advised that a councillor had queried …": the verb's auxiliary is no part of who.
  let text = trimEndChars(prefix, ' ,');
  for (let aux = auxiliaryAtEnd.exec(text); aux; aux = auxiliaryAtEnd.exec(text)) text = text.slice(0, aux.index);
  const titled = titledAtEnd.exec(text) ?? unnamedAtEnd.exec(text) ?? bareUnnamed.exec(text) ?? namedAtEnd.exec(text);
  return titled ? parsePerson(titled[1]!) : null;
}
const capitalised = "[A-Z][\\w'\u2019.-]*";
const titledAtEnd = gated('people.titledAtEnd', () => new RegExp(`(?:^|[\\s,(])((?:${personTitles})\\.?\\s${capitalised}(?:\\s${capitalised}){0,3})$`));
const unnamedAtEnd = /(?:^|[\s,])((?:the|a|an|another) (?:members? of (?:the )?public|local resident|resident|parishioner|elector|questioner|councillor|member|(?:[A-Z][\w'\u2019&-]* ){0,4}(?:Leader|Mayor|Chair(?:man|woman|person)?|Member|Director|Manager|Clerk|Officer|Holder)))$/;
/** Words between who and the asking verb: an auxiliary, or another verb joined to it ("District member stating and asking about …"). */
const auxiliaryAtEnd = /\s(?:had|has|have|also|then|further|and|[a-z]+(?:ing|ed) and)$/;
/** Notes that leave out the article: "District member", "Local resident", "Resident" (the whole subject, capitalised). */
const bareUnnamed = /^((?:[A-Z][a-z'\u2019-]+\s)?(?:[Mm]ember|[Rr]esident|[Pp]arishioner|[Ee]lector|[Rr]atepayer)(?: of (?:the )?public)?)$/;
const namedAtEnd = new RegExp(`(?:^|\\s[a-z][\\w'\u2019-]*\\s)(${capitalised}\\s${capitalised}(?:\\s${capitalised})?)$`);
/**
 * A name, then what the person is between commas (an address too), then the verb: "Jane Doe, 123
 * Main Street, asked why …", "Jonathan Giggs, Resident spoke
 * to item 11.1 and enquired if …", "Diana Rusnov, Director, Legislative Services and City Clerk
 * advised that …", "D. Rusnov, advised that …". A name without a title has two words at least, and
 * does not open with a word that opens a clause ("Following Discussion, members agreed …"). The
 * role may end in what it is for, in brackets: "Councillor Wilcox, Cabinet Member (Highways and
 * Transportation) reminded Council that …".
 */
const appositiveSubject = new RegExp(
  `^(?!(?:In|At|On|During|Following|After|Before|The|This|That|With|For|However|Also|Further|Finally|Additionally|Members?)\\s)((?:${personTitles})\\.?\\s${capitalised}(?:\\s(?:${nameParticle}\\s)?${capitalised}){0,3}|${capitalised}(?:\\s(?:${nameParticle}\\s)?${capitalised}){1,3}),\\s?(?:([^,.;:?!()]{1,60}?(?:,\\s?[^,.;:?!()]{1,60}?){0,3}?(?:\\s?\\([^()]{1,60}\\))?),?\\s+)??(?=${adverb}(?:[a-z]+ed|said|told|gave|undertook|spoke|sought|put|${reportsNow})\\b)`,
);

/**
 * The subject a sentence starts with, when it names a person, a role, a member of the public or a
 * pronoun. Remembered by text: the question, answer and decision readers ask it of the same sentences.
 */
export const subjectAt: (sentence: string) => Readonly<Subject> | null = memoByText(subjectIn);

function subjectIn(sentence: string): Subject | null {
  const pronoun = pronounSubject.exec(sentence);
  if (pronoun) return { person: null, length: pronoun[0].length };
  const unnamed = publicSubject.exec(sentence) ?? roleSubject.exec(sentence);
  if (unnamed) {
    const of = /\)$/.test(unnamed[0]) ? null : roleOf.exec(sentence.slice(unnamed[0].length));
    const phrase = unnamed[0] + (of?.[0] ?? '');
    return { person: parsePerson(phrase), length: phrase.length };
  }
  const speaker = speakerAt(sentence);
  if (speaker) return { person: speaker.person, length: speaker.subject };
  const named = namedSubject.exec(sentence);
  if (named && !/^(?:It|This|That|There|These|Those|Members? of the public)$/.test(named[1]!)) {
    return { person: parsePerson(named[2] ? `${named[1]} (${named[2]})` : named[1]!), length: named[0].length - 1 };
  }
  const apposed = appositiveSubject.exec(sentence);
  if (!apposed) return null;
  return { person: { name: apposed[1]!, role: apposed[2]?.trim() || null }, length: apposed[0].length };
}
