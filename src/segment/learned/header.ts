// Which of the header's candidates is the meeting's body, date or venue? meeting.ts proposes
// candidates (each line's possible body, each date printed, each possible venue, and what its
// rules chose); a logistic model per field scores them from the line's shape, place and words;
// the best-scored candidate wins. Site chrome ("Media", "Loading...") and publication dates lose
// to the body and date the text prints, because their words and places say so, not because a
// list names them.
import { probability, type Features } from './logistic.js';
import type { Learned, Task } from './models.js';
import { gated } from '../cues.js';

export type HeaderTask = Exclude<Task, 'decision' | 'question' | 'answer'>;

/** A value a header line offers for a field, and where it stands. */
export interface HeaderCandidate {
  value: string;
  /** The line's index among the header lines, and its text. */
  line: number;
  text: string;
  /** How many header lines there are. */
  lines: number;
  /** The rules' own choice. */
  rule: boolean;
  /** Named facts its reader knows (the field label it came from, read from prose, …). */
  facts: readonly string[];
  /** The label of the field the value was read from ("Date of meeting"), if any. */
  label?: string;
  /** A date as printed in the line. */
  dateText?: string;
  /** Text of the lines just before and after. */
  before: string;
  after: string;
}

const bodyNoun = /\b(?:council|municipality|committee|sub-committee|board|commission|cabinet|panel|assembly|trustees|authority|forum|executive|parliament|supervisors|commissioners|governors|directors)\b/i;
const meetingWords = gated('header.meetingWords', () => /\b(?:meeting|session|regular|special|ordinary|extraordinary|annual|adjourned)\b/i);
const chrome = gated('header.chrome', () => /\b(?:loading|media|menu|home|search|login|log in|sign in|cookies?|skip|navigation|details|browse|subscribe|share|print|contact us|accessibility|committees|councillors|calendar|library|documents?|page|portal|button|site|transcription|continue|reading|file|download|created|back)\b/i);
/** Words that say what kind of meeting or record a line is, not whose: "Ordinary Council Meeting", "REGULAR COUNCIL". */
const genericWord =
  /^(?:the|of|a|an|and|for|to|&|council|committee|sub-committee|board|commission|cabinet|regional|municipal|metropolitan|borough|shire|township|electors|meeting|meetings|minutes|agenda|regular|special|ordinary|extraordinary|annual|general|adjourned|public|full|city|county|town|village|district|parish|session|open|closed|joint|unconfirmed|confirmed|draft|notice|proceedings|workshop|study|hearing|members?|held|at|on|in|order|business)$/i;
const calendarWord = gated('header.calendarWord', () => /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i);
/** "County of Newell", "The Corporation of the Township of Nipissing", "Municipality of Clarington": a council named by its place. */
const placeOf = /\b(?:city|county|town|village|borough|district|state|municipality|shire|township|corporation|parish|region|province)\sof\s(?:the\s)?[A-Z]/i;
const dateWords = /\b(?:held|meeting|convened|commenc\w*)\b/i;
const publicationWords = gated('header.publicationWords', () => /\b(?:published|posted|updated|issued|printed|revised|created|modified|uploaded|circulated|dispatched|despatched|publication|effective|implemented|call-?in)\b/i);
/** A word that names a venue ("Áras", Irish for a building, apart: `\b` sees no word start before "Á"). */
const venueNoun =
  /\b(?:chambers?|hall|room|rooms|centre|center|offices|building|house|library|pavilion|church|street|road|place|avenue|auditorium|guildhall|civic|suite|annex|boardroom|floor|plaza|school|campus|courthouse|courtroom|zoom|webex|teams|online|virtual|remote|hybrid)\b|(?<![\w\u00C0-\u024F])[a\u00E1]ras\b/i;
const peopleWords = gated('header.peopleWords', () => /\b(?:present|apologies|absent|attendance|attending|councillors?|cllrs?|cr|mayor|members?|chair(?:man|person)?)\b/i);
/** A name's words, in title case or capitals: "Magherafelt District Council", "BOARD OF TRUSTEES". */
const titleCase = /^(?:[A-Z][\w'&-]*|of|and|the|for|&|\d+)(?:\s(?:[A-Z][\w'&-]*|of|and|the|for|&|\d+))*$/;
/** What prints an earlier meeting's date before it: the minutes "held on" it, or minutes approved "for" it. */
const previousMeeting = /\b(?:minutes|meeting)\s(?:.{0,40}\s)?(?:held|dated)\s(?:on\s)?$|\b(?:approv|adopt|confirm|accept)\w*\s(?:of\s)?(?:the\s)?minutes\s(?:of|for|from)\s(?:the\s)?(?:[\w-]+\s){0,4}$/i;
const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const clock = /\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b|\b\d{1,2}:\d{2}\b/i;

/** Words of a field's label ("Date of decision", "Publication date") that say what its value is. */
const labelWords = new Set('date meeting held agenda created published publication decision action made venue location place address body committee title time issued posted updated'.split(' '));

/**
 * Whether a value names someone (a word that is no kind of meeting, date or joiner, or a body's
 * number): "Wairoa District Council", "District Council 001", not "EXTRAORDINARY COUNCIL MEETING".
 */
export function isNamed(value: string): boolean {
  return value.split(/[\s,/()\u2013-]+/).some((w) => /^[A-Z][A-Za-z'.&]+$/.test(w) && !genericWord.test(w) && !calendarWord.test(w)) || numberedBody.test(value);
}
const numberedBody = /\b(?:council|committee|board|commission|panel)\s\d{1,4}$/i;

/** What the other candidates of the document say about one. */
export interface HeaderContext {
  /** Some candidate names a body ("Wairoa District Council", "County of Newell"). */
  namedBody: boolean;
  /** How many lines offer each value (lower case). */
  offers?: ReadonlyMap<string, number>;
  /** The first line a named body is offered on. */
  firstNamedBodyLine?: number;
  /** Some named candidate is a council, some a committee, board or commission. */
  namedCouncil?: boolean;
  namedCommittee?: boolean;
  /** The values offered on each line (lower case). */
  onLine?: ReadonlyMap<number, readonly string[]>;
  /** The values that name a body (lower case). */
  namedBodies?: readonly string[];
  /** Some candidate names a body the text says met or will meet ("District Council 001 will hold a public meeting"). */
  namedBodyMet?: boolean;
}

const councilNoun = /\b(?:council|authority|corporation|municipality|shire|township|county|city|borough|district)$/i;
const committeeNoun = gated('header.committeeNoun', () => /\b(?:committee|sub-committee|board|commission|panel|cabinet|forum|working group|commissioners|trustees|supervisors|governors|directors)$/i);
const namesBody = (v: string) => isNamed(v) && (bodyNoun.test(v) || placeOf.test(v)) && !chrome.test(v);

/** What the document's candidates say about each other, for `headerFeatures`. */
export function headerContext(candidates: readonly HeaderCandidate[]): HeaderContext {
  const lines = new Map<string, Set<number>>();
  for (const c of candidates) {
    const key = c.value.toLowerCase();
    lines.set(key, (lines.get(key) ?? new Set()).add(c.line));
  }
  const named = candidates.filter((c) => namesBody(c.value));
  return {
    namedBody: named.length > 0,
    offers: new Map([...lines].map(([k, v]) => [k, v.size])),
    firstNamedBodyLine: Math.min(...named.map((c) => c.line)),
    namedCouncil: named.some((c) => councilNoun.test(c.value)),
    namedCommittee: named.some((c) => committeeNoun.test(c.value)),
    onLine: candidates.reduce((m, c) => m.set(c.line, [...(m.get(c.line) ?? []), c.value.toLowerCase()]), new Map<number, string[]>()),
    namedBodies: named.map((c) => c.value.toLowerCase()),
    namedBodyMet: named.some((c) => c.facts.includes('met')),
  };
}

const bucket = (n: number, edges: readonly number[], name: string) => `${name}<=${edges.find((e) => n <= e) ?? 'more'}`;

/** The features of a header candidate (each field has its own model over them). */
export function headerFeatures(c: HeaderCandidate, context: HeaderContext = { namedBody: false }): Features {
  const f: Features = {};
  const v = c.value;
  const t = c.text;
  const set = (name: string, on: boolean) => {
    if (on) f[name] = 1;
  };
  set('rule', c.rule);
  for (const fact of c.facts) f[`fact:${fact}`] = 1;
  f[bucket(c.line, [0, 2, 5, 10, 20], 'line')] = 1;
  if (c.line === c.lines - 1) f.lastLine = 1;
  f[bucket(v.split(' ').length, [1, 3, 6, 12], 'words')] = 1;
  set('valueIsLine', v.trim() === t.trim());
  set('caps', /[A-Z]{2}/.test(v) && !/[a-z]/.test(v));
  set('titleCase', titleCase.test(v));
  set('endsStop', /[.!?]$/.test(t));
  set('digits', /\d/.test(v));
  set('comma', /,/.test(v));
  set('colonLine', /:/.test(t));
  set('lineWeekday', weekday.test(t));
  set('lineTime', clock.test(t));
  set('lineNumbered', /^\d{1,3}[.)]?\s/.test(t));
  set('bodyNoun', bodyNoun.test(v));
  set('meetingWords', meetingWords.test(v));
  set('onlyMeetingWords', meetingWords.test(v) && !bodyNoun.test(v));
  set('chrome', chrome.test(v));
  set('cityOf', /^(?:the\s)?(?:city|county|town|village|borough|district|state)\sof\b/i.test(v));
  const named = isNamed(v);
  set('named', named);
  set('generic', !named);
  // A kind of meeting ("Council Meeting") where another line names the council ("MACKENZIE DISTRICT COUNCIL").
  set('genericNamedElsewhere', !named && context.namedBody);
  // "Ordinary Council Meeting", "Meeting of District Council": the kind of meeting, where another
  // line names the council that met ("MAGHERAFELT DISTRICT COUNCIL"). The gold names the council.
  set('kindNamedElsewhere', !named && meetingWords.test(v) && context.namedBody);
  // A name cut out of a sentence: "Council be", "DISTRICT OF CASTLECOMER HELD IN", "Council at its meeting".
  set('endsFunctionWord', /\s(?:of|the|in|at|on|for|to|be|was|were|held|and|its|which|that|is|are|can|will|by|with|from)$/i.test(v));
  set('startsFunctionWord', /^(?:was|were|is|are|be|been|held|which|that|can|will|at|in|on|by|to|from|with|and|or)\b/i.test(v));
  // Capitals and lower-case words in one name: "COUNCIL MINUTES for the meeting".
  set('mixedCase', /\b[A-Z]{3,}\b/.test(v) && /(?<![\w'-])[a-z]{3,}\b/.test(v));
  set('namedBody', named && bodyNoun.test(v));
  set('placeOf', placeOf.test(v));
  set('bracketed', /[[\]<>{}*]/.test(v));
  set('ellipsis', /\.{3}|\u2026/.test(v));
  set('dateWords', dateWords.test(t));
  set('publicationWords', publicationWords.test(t));
  set('publicationBefore', publicationWords.test(c.before));
  set('venueNoun', venueNoun.test(v));
  // "Samuel Greenberg Board Room 107", "Council Chambers": a body's noun naming a place.
  set('bodyNounPlace', /\b(?:council|board|committee|commission|municipal|civic|county|city|town|village|parish)\s(?:rooms?|chambers?|offices?|building|hall|centre|center)\b/i.test(v));
  set('peopleWords', peopleWords.test(v));
  set('nameList', (v.match(/,/g) ?? []).length >= 3);
  f[bucket((v.match(/(?<![\w'-])[a-z]{2,}\b/g) ?? []).filter((w) => !/^(?:of|the|and|at|in|on|for|via)$/.test(w)).length, [0, 1, 3], 'lowerWords')] = 1;
  set('address', /\b\d{1,5}\s(?:[A-Z][\w.]*\s){0,3}(?:street|st|road|rd|avenue|ave|drive|dr|lane|way|boulevard|blvd|place|square|highway|plaza)\b/i.test(v) || /\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}\b/.test(v));
  set('virtual', /\b(?:zoom|webex|teams|online|on-line|virtual|electronic|teleconference|remote)\b/i.test(v));
  set('dateBefore', /\b(?:19|20)\d{2}\b/.test(c.before));
  set('dateAfter', /\b(?:19|20)\d{2}\b/.test(c.after));
  set('bodyNounAfter', bodyNoun.test(c.after));
  set('long', v.length > 80);
  set('prose', /\b(?:was|were|is|are|will|has|have|had|met|conducts?|held|took)\b/i.test(v) && /[a-z]{3}\s[a-z]{3}/.test(v));
  set('clause', /,?\s(?:which|who|whom|whose|that|where)\s/i.test(v));
  set('startsJoiner', /^(?:and|or|of|the|to|for|at|in|on)\b/i.test(v));
  set('startsLower', /^[a-z]/.test(v));
  // "the minutes of the meeting held on …", "Approval of Minutes for November 7, 2011": an earlier meeting's date.
  set('previousMeeting', previousMeeting.test(t.slice(0, Math.max(0, t.indexOf(c.dateText ?? '\u0000')))));
  const offers = context.offers?.get(v.toLowerCase()) ?? 1;
  set('offeredTwice', offers >= 2);
  set('offeredThrice', offers >= 3);
  const namedBodyHere = namesBody(v);
  set('firstNamedBody', namedBodyHere && c.line === context.firstNamedBodyLine);
  // A council's name where a committee is named too: the committee met (and the converse).
  set('councilWhileCommittee', namedBodyHere && councilNoun.test(v) && context.namedCommittee === true);
  set('committeeWhileCouncil', namedBodyHere && committeeNoun.test(v) && context.namedCouncil === true);
  // "City of Chicago" over a notice that "District Council 001 will hold a public meeting": the place hosts, the body said to meet met.
  set('placeWhileBodyMet', placeOf.test(v) && !c.facts.includes('met') && context.namedBodyMet === true);
  // "DISTRICT OF CASTLECOMER" where its line offers "MUNICIPAL DISTRICT OF CASTLECOMER": part of a longer name.
  const lower = v.toLowerCase();
  set('partOfLonger', (context.onLine?.get(c.line) ?? []).some((o) => o.length > lower.length && o.split(' ').length <= 12 && ` ${o} `.includes(` ${lower} `)));
  // "District Council" in a sentence where the header names "MAGHERAFELT DISTRICT COUNCIL": the
  // document's short form of the name it prints in full.
  set('shortOfNamed', !named && (context.namedBodies ?? []).some((o) => o.length > lower.length && ` ${o} `.includes(` ${lower} `)));
  // "Title: Council Meeting Minutes Jan 2021", "Executive Secretary: Lesley Delaney Hawkins": a
  // field's label inside the value, which a name does not hold.
  set('labelInValue', /\w:\s/.test(v));
  // "Council Meeting Minutes Jan 2021": the record's own title, not who met.
  set('recordWord', /\b(?:minutes|agenda|transcript|notes)\b/i.test(v));
  set('registerLine', /^\d{1,2}\/\d{1,2}\/\d{4}\s[-\u2013]\s/.test(t));
  for (const w of c.label?.toLowerCase().match(/[a-z]+/g) ?? []) if (labelWords.has(w)) f[`label:${w}`] = 1;
  return f;
}

/** A candidate chosen for a field, with the probability the model gives it. */
export interface Chosen {
  candidate: HeaderCandidate;
  p: number;
}

/** Each candidate with the probability the model gives it for `task`, in the order given. */
export function score(learned: Learned, task: HeaderTask, candidates: readonly HeaderCandidate[]): Chosen[] {
  const context = headerContext(candidates);
  return candidates.map((c) => {
    const features = headerFeatures(c, context);
    learned.record?.({ task, value: c.value, features });
    return { candidate: c, p: probability(learned.models[task], features) };
  });
}

/**
 * The candidate the model scores best (the first of equals), from `score`. The rules' choice is
 * one candidate among the others (its feature `rule` weighs for it): measured
 * leave-one-publisher-out, letting the model overrule it gives more right bodies and dates than a
 * threshold did.
 */
export function choose(scored: readonly Chosen[]): Chosen | null {
  let best: Chosen | null = null;
  for (const s of scored) if (best === null || s.p > best.p) best = s;
  const ruled = scored.find((s) => s.candidate.rule);
  // A part of the rules' choice ("Council Chambers" of "Council Chambers, 15 Forth Street") says
  // less, unless it is the name a sentence gives ("… before the Board of Airport Commissioners to convene in").
  if (ruled && best && best !== ruled && !best.candidate.facts.includes('phrase') && ruled.candidate.value.toLowerCase().includes(best.candidate.value.toLowerCase())) return ruled;
  return best;
}

/** Whether a value is a body's name ("MAGHERAFELT DISTRICT COUNCIL"), not a sentence ("Speaker Request Card, as it must be City Council"). */
export const isBodyName = (value: string): boolean => namesBody(value) && titleCase.test(value) && value.split(' ').length <= 12;

/** Whether a generic body ("DISTRICT COUNCIL") is the short form of a name: the name ends with it word for word. */
export const isShortFor = (body: string, name: string): boolean => !isNamed(body) && name.length > body.length && ` ${name.toLowerCase()}`.endsWith(` ${body.toLowerCase()}`);

/**
 * The body as printed in full: a generic name ("DISTRICT COUNCIL", "City Council") that a body's
 * name of the same document ends with ("MAGHERAFELT DISTRICT COUNCIL") is that body's short form,
 * and is given as the named one (of several, the one the model scores best). Which of the two the
 * model prefers then does not change what is printed.
 */
export function fullName(body: string | null, scored: readonly Chosen[]): string | null {
  let best: Chosen | null = null;
  for (const s of scored) if (body !== null && isBodyName(s.candidate.value) && isShortFor(body, s.candidate.value) && (best === null || s.p > best.p)) best = s;
  return best?.candidate.value ?? body;
}
