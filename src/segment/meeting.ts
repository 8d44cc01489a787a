// The meeting header: body, date, time, venue and contact, from lines such as
//
//   Cabinet Member for Children, … - Thursday, 25th July, 2024 4.00 pm   ← body, date, time
//   Venue: Council Chamber - The Guildhall, Portsmouth. View directions   ← venue
//   Contact: Karen Martin, Local Democracy Officer  Email: or Tel: 023 …  ← contact
//   Minutes of a meeting of Council held in the Council Chambers, … on Wednesday, 9 December 2015
//   MORRO BAY CITY COUNCIL REGULAR MEETING -JANUARY 28, 1985 RECREATION HALL -7:30 P.M.
import { subLine, type Line } from '../extract/line.js';
import type { Contact, Meeting } from '../model/schema.js';
import { findDate, findTime, weekday, type FoundDate } from './dates.js';
import { documentTitle, isProcedural } from './headings.js';
import { parsePerson } from './people.js';
import { isCaps, isProse, readField, trimChars, trimEndChars } from './shape.js';
import { documentTypeWord, labels, linkDebris } from './vocabulary.js';
import { choose, isBodyName, score, type Chosen, type HeaderCandidate, type HeaderTask } from './learned/header.js';
import { defaultLearned, type Learned } from './learned/models.js';
import { gated } from './cues.js';

/**
 * A line beyond the header that may still name the meeting: an attendance line ("Present at the
 * meeting of Millbrook Parish Council: …"), an opening item's heading (a masthead read as items)
 * or its text ("The Mayor welcomed everyone to the meeting of X Council held in the Parish Rooms"),
 * or a blog's front matter ("title: 2016-04-25 Open Standards Board").
 */
export interface BeyondLine {
  line: Line;
  where: 'attendance' | 'itemHeading' | 'itemText' | 'frontMatter';
  /** The line is an item's with a number (an item, not a masthead read as one). */
  numbered?: boolean;
}

export interface MeetingResult {
  meeting: Meeting;
  /** Indices (into the lines given) read as the meeting header. */
  claimed: Set<number>;
  /** The probability the learned model gives each field's value (0 for a field not found). */
  confidence: Record<HeaderTask, number>;
  /** The bodies the header names, scored by the model (learned/header.ts `fullName` reads a short form by them). */
  names: Chosen[];
}

const venueNoun =
  gated('meeting.venueNoun', () => /\b(?:chambers?|hall|room|centre|center|offices|building|house|library|pavilion|church|street|road|place|avenue|fieldhouse|auditorium|guildhall|civic|town hall|city hall|suite|annex|mezzanine|campus|courthouse|courtroom)\b/i);
const address = /\b(?:[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}|[A-Z]{2}\s\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?)\b/;
/** A meeting held by video or telephone. */
const remote = /\b(?:zoom|webex|teams|online|on-line|virtual|electronic|teleconference|remote|hybrid|audio|video|link)\b/i;
/**
 * A word that names a place to meet (any case: "THE MUNDUBBERA BOARDROOM"). The Irish "Áras" (a
 * building: "Áras an Chontae") is matched apart: `\b` sees no word start before "Á".
 */
const placeNoun =
  /\b(?:chambers?|hall|rooms?|boardroom|centre|center|offices?|building|house|library|pavilion|church|school|street|road|place|avenue|drive|lane|square|plaza|fieldhouse|auditorium|guildhall|civic|suite|annex|mezzanine|floor|campus|courthouse|courtroom)\b|(?<![\w\u00C0-\u024F])[a\u00E1]ras\b/i;
const venueLead = /^(?:via|at|in|held (?:at|in)|location)\s/i;
/** "Minutes of the Annual Meeting of Millbrook Parish Council held …", "… a meeting of the Parish Council TO BE HELD …", "THAT a Closed Meeting of Council be held". */
const heldBody = gated('meeting.heldBody', () => /\b(?:meeting|minutes|proceedings) of (?:the\s|a\s|an\s)?(?:(?:[\w-]+\s){0,3}?meeting of (?:the\s)?)?(.{2,80}?)\s(?:(?:to|shall|will|should)\s)?(?:be\s)?(?:held|convened)\b/i);
/**
 * "… TO BE HELD in the Village Hall, Church Lane", "… will take place at the Cedar Centre", "…
 * held on Monday 12th September in the Village Hall" (a day no year makes a date): a venue in prose.
 */
const heldVerb = /\b(?:held|met|convened|meeting|take place|takes place|taking place|to order|regulations|conducted)(?:\son\s(?:[a-z]+day,?\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s[a-z]{3,}|[a-z]{3,}\s\d{1,2}(?:st|nd|rd|th)?))?\s(?:in|at):?\s(?:the\s)?(?=[A-Z\d\u00C0-\u00DE])/gi;
/** Where a venue printed in prose ends: the date or time that follows, a clause, the attendance. */
const venueEnd = /\s(?:on|at\s\d|commencing|from|starting|for|to|when|where|with)\b|[.;:()]|\s[-\u2013]\s|\s(?:present|apologies|attendance|members)\b/i;
const attendanceStarts = /\s(?:members\s)?(?:present|apologies|in\sattendance|attendance|attending)\s?:.*$/i;
/** "Uploaded on May 25, 2021", "Date published:", "Next meeting: 5 August 2019": words just before a date that make it another day than the meeting's. */
const otherDay = gated('meeting.otherDay', () => /\b(?:published|posted|uploaded|updated|issued|printed|revised|created|modified|circulated|dispatched|despatched|next\s(?:(?:scheduled|regular|ordinary)\s)?meetings?)\b[^.;\d]{0,12}$/i);
/** "Date of next meetings :" on a line of its own: the dates under it are other days than the meeting's. */
const otherDayLabel = (text: string) => /:\s?$/.test(text) && otherDay.test(text);
const monthWord = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d/i;

/** How many words of a sentence a text holds: lower case, no joiner ("will", "held", "reminded"; not "of", "the", "at"). */
export const sentenceWords = (text: string): number => (text.match(/(?<![\w'-])[a-z]{2,}\b/g) ?? []).filter((w) => !/^(?:of|the|and|at|in|on|for|via)$/.test(w)).length;
/** The words that bind a clause, in any case: "COUNCIL ADVISES THAT ALL OR PART OF THE MEETING MAY BE AUDIO RECORDED". */
const clauseWord = /\b(?:that|which|who|will|may|must|shall|should|is|are|was|were|be|to)\b/gi;
/** Whether a text is a sentence, not a name: several words of a sentence, or two that bind a clause (also in capitals). */
export const isSentence = (text: string): boolean => sentenceWords(text) >= 4 || (text.match(clauseWord) ?? []).length >= 2;

/**
 * Whether a line may be a venue as a whole: short, and no sentence about the meeting ("… will be
 * held on Monday, 17th May at 7.30pm in Eardington Village Hall", "Councillors are reminded of the
 * next meeting … at the Parish Hall"), whose venue is the place it names.
 */
const venueLine = (text: string, held: { venue: string | null }) => text.length <= 160 && !isProse(text) && held.venue === null && !isSentence(text);

/** Cuts a date or time out of a line, with the words that introduce it ("on Monday", "at"). */
function cut(text: string, at: { index: number; length: number }, lead: RegExp): string {
  return `${text.slice(0, at.index).replace(lead, '')} ${text.slice(at.index + at.length)}`.replace(/\s{2,}/g, ' ').trim();
}

/**
 * A line without its dates and times, so that what was held where reads straight: "… held at
 * 7.00pm on Monday 3rd March 2014 at the Council Chambers" → "… held at the Council Chambers".
 */
function withoutWhen(text: string, monthFirst: boolean): string {
  let plain = text;
  let date: FoundDate | null;
  for (let n = 0; n < 4 && (date = findDate(plain, monthFirst)); n++) plain = cut(plain, date, /(?:\s(?:on|dated))?(?:\s(?:the\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?(?:\sthe)?\s?$/i);
  for (let n = 0, time = findTime(plain); n < 4 && time; n++, time = findTime(plain)) plain = cut(plain, time, /(?:\s(?:at|from|commencing(?:\sat)?|starting(?:\sat)?))?\s?$/i);
  return plain;
}

/** What a line says was held where: "Minutes of a meeting of X held … in Y" gives X and Y. */
function readHeld(text: string, monthFirst: boolean): { body: string | null; venue: string | null } {
  const plain = withoutWhen(text, monthFirst);
  const body = (heldBody.exec(plain) ?? bodyMeetingHeld.exec(plain))?.[1]?.trim() ?? null;
  let venue: string | null = null;
  heldVerb.lastIndex = 0;
  for (let m = heldVerb.exec(plain); m && venue === null; m = heldVerb.exec(plain)) {
    const rest = plain.slice(m.index + m[0].length);
    if (!/^[A-Z\d\u00C0-\u00DE]/.test(rest)) continue;
    const end = venueEnd.exec(rest);
    venue = fieldValue(trimEndChars(end ? rest.slice(0, end.index) : rest, SEPARATORS)) || null;
    // "… Held In The" at a line's end: the place is on the next line.
    if (venue !== null && /^(?:the|a|an)$/i.test(venue)) venue = null;
  }
  return { body, venue };
}
const docTitle = /^(?:agenda(?:,? decisions)? and minutes|agenda|minutes|open minutes|draft minutes|decisions?(?: published)?|decision register|notice of meeting|agenda item|meeting agenda|home\b[^\n\r>\u2028\u2029]*>.*)$/i;
const meetingTypeSuffix = /\s?(?:[-\u2013,]\s?)?(?:minutes|agenda|notice)(?:\s(?:for|of|from))?$/i;
const regularMeeting = /\s(?:regular|special|ordinary|extraordinary|annual)\smeeting$/i;

const emailRe = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/;
const phoneRe = /(?:tel(?:ephone)?|phone|t)\s?:?\s?(\+?\d[\d ()-]{5,20}\d)/i;

export function parseContact(value: string): Contact | null {
  if (!value.trim()) return null;
  const email = emailRe.exec(value)?.[0] ?? null;
  const phone = phoneRe.exec(value)?.[1]?.trim() ?? null;
  const namePart = trimEndChars(value.split(/\s(?:e-?mail|tel(?:ephone)?|phone)\s?:/i)[0]!.trim(), ';, ');
  const person = namePart ? parsePerson(namePart) : { name: null, role: null };
  return { name: person.name, role: person.role, email, phone };
}

/** "Proceedings of a Meeting of", "Minutes of the Annual Meeting of the": the record, not who met. */
const recordOf = /^(?:minutes|proceedings|record|notes|report|summary|agenda)\sof\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,3}?(?:meeting|session)\sof\s(?:the\s)?/i;

const meetingKindOnly = /^(?:(?:regular|special|ordinary|extraordinary|annual|adjourned|general|public|virtual|hybrid)\s)*(?:meetings?|sessions?)$/i;

const SEPARATORS = ' ,:;-\u2013\u2014';

/** "Cabinet Member for Children - Thursday, 25th July" → "Cabinet Member for Children". */
function bodyFrom(text: string): string | null {
  // A numbered or bulleted line is an item or a point, and a web address or e-mail the council's contact.
  if (/https?:|www\.|@|^[*\u2022\u00b7-]\s|^\d{1,3}[.)]?\s/.test(text)) return null;
  // "Minutes Ordinary Council Meeting": the document's kind is not the body's name.
  let body = trimEndChars(text.replace(weekday, '').replace(/^\*(?=\S)/, '').replace(/\s\|$/, '').replace(recordOf, '').replace(/^(?:minutes|agenda|notice|proceedings)\s(?:(?:of|from|for)\s(?:the\s|a\s)?)?/i, ''), SEPARATORS);
  body = trimEndChars(body.replace(/\s(?:held\s)?on$/i, ''), SEPARATORS);
  body = trimChars(body.replace(meetingTypeSuffix, ''), SEPARATORS);
  // "Apologies for absence" is an item of the meeting, not its name; "Regular Meeting" names the kind of meeting, not who met.
  // "BOARD MEETINGS" names a series of meetings, not who met at this one.
  if (!body || meetingKindOnly.test(body) || /\bmeetings$/i.test(body) || docTitle.test(body) || isProcedural(body) || body.length > 150 || isProse(body) || !/[a-z]{3}/i.test(body.replace(/\b\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?/gi, ''))) return null;
  return body;
}

/** The trailing capitalised run of a flattened header: "… MinutesMORRO BAY CITY COUNCIL REGULAR MEETING". */
function capsTail(text: string): string {
  const words = text.trim().split(' ');
  let k = words.length;
  while (k > 0 && !/[a-z]/.test(words[k - 1]!)) k--;
  // The first word of the run may be glued to the word before it: "MinutesMORRO".
  const previous = k > 0 ? words[k - 1]! : '';
  let from = previous.length;
  while (from > 0 && !/[a-z]/.test(previous[from - 1]!)) from--;
  const glued = previous.length - from >= 2 ? previous.slice(from) : undefined;
  const run = [...(glued ? [glued] : []), ...words.slice(k)];
  // A name opens with a word, not with a number or a reference ("2005-08-09-RTB TOWN OF ULYSSES").
  while (run.length > 0 && /\d/.test(run[0]!)) run.shift();
  return run.length >= 2 ? run.join(' ') : text;
}

/**
 * A place named in a line: a capitalised run holding a venue's noun, with the address that
 * follows it ("… in the lower room of the Village Hall", "at: Chawleigh Village Hall for the
 * purpose", "Quilpie Shire Council Boardroom 50 Brolga Street Quilpie").
 */
const venuePhrase =
  /(?<![\w'-])(?:(?:[A-Z\d][\w'\u2019&.-]*|of|the|and|&)\s){0,5}(?:Chambers?|Hall|Room|Rooms|Centre|Center|Offices?|Building|House|Library|Pavilion|Church|Boardroom|Auditorium|Guildhall|Suite|Annex|School|Campus|Courthouse|Courtroom|\u00C1ras|Zoom|WebEx|Webex|Teams)(?![\w'-])(?:\s(?:of\s)?[A-Z\d][\w'\u2019&.-]*){0,4}(?:,?\s[A-Z\d][\w'\u2019&.-]*(?:\s[A-Z\d][\w'\u2019&.-]*){0,5}){0,3}/;
/** Whether a venue names a place: a hall, a room, an address or a call. */
const namesPlace = (value: string) => placeNoun.test(value) || address.test(value) || remote.test(value);

/** What follows a line's date and time: "10th June 2013, Council Chamber", "at 1:30pm via Zoom", "- WebEx". */
function afterWhen(text: string, monthFirst: boolean): string | null {
  const date = findDate(text, monthFirst || monthWord.test(text));
  if (!date) return null;
  let rest = text.slice(date.index + date.length);
  for (let time = findTime(rest); time && time.index <= 30; time = findTime(rest)) rest = rest.slice(time.index + time.length);
  rest = rest.replace(/^[\s,;:\u2013\u2014-]*(?:(?:commencing|starting|beginning)\s)?(?:(?:at|in|via|held at|held in|location)\s?:?\s)?(?:the\s)?/i, '');
  const end = /[.;()|]|\s(?:present|apologies|attendance|members|councillors?|mayor|chair(?:man|person)?)\b/i.exec(rest);
  const value = trimEndChars(end ? rest.slice(0, end.index) : rest, SEPARATORS);
  return /^[A-Z\d]/.test(value) && value.length <= 120 && namesPlace(value) ? value : null;
}

/** A field's value without a trailing link ("View directions") or full stop. */
const fieldValue = (raw: string) => trimEndChars(raw.replace(linkDebris, ''), ' .|');

/**
 * Fills the meeting fields a "Label: value" line gives, where still empty. Returns whether the
 * field is one of the meeting's.
 */
export function applyField(meeting: Meeting, label: string, raw: string, monthFirst = false): boolean {
  const name = label.toLowerCase();
  const value = fieldValue(raw);
  if (/^(?:venue|location|location\/address|place|address)$/.test(name)) meeting.venue ??= value || null;
  else if (/^contact/.test(name)) meeting.contact ??= parseContact(raw);
  else if (/^(?:date|meeting date|date of meeting|date and time|date\/time)$/.test(name)) {
    meeting.date ??= findDate(value, monthFirst)?.iso ?? null;
    meeting.time ??= findTime(value)?.time ?? null;
  } else if (name === 'time') meeting.time ??= findTime(value)?.time ?? null;
  // "Made at meeting: 14/03/2019 - Cabinet", "Meeting: 14/03/2019 - Cabinet (Item 37)": the date, then the body (an item page's number after it is no part of its name).
  else if (name === 'made at meeting' || (name === 'meeting' && findDate(value, monthFirst)?.index === 0)) {
    meeting.date ??= findDate(value, monthFirst)?.iso ?? null;
    const after = value.split(/\s[-\u2013]\s/)[1]?.replace(/\s\(Item\s[^)]{1,10}\)$/, '');
    if (after) meeting.body ??= after.trim();
  } else if (/^(?:body|title of meeting|meeting|committee|decision maker)$/.test(name)) meeting.body ??= trimEndChars(value, ' |') || null;
  else return false;
  return true;
}

const bodyField = gated('meeting.bodyField', () => /^(?:body|title of meeting|meeting|committee|decision maker)$/i);
const dateField = /^(?:date|meeting date|date of meeting|date and time|date\/time|made at meeting)$/i;
const venueField = /^(?:venue|location|location\/address|place|address)$/i;
/** The nouns that end a body's name, as printed in title case or in capitals. */
const BODY_NOUNS = ['Council', 'Committee', 'Sub-Committee', 'Board', 'Commission', 'Cabinet', 'Panel', 'Assembly', 'Authority', 'Forum', 'Trustees', 'Supervisors', 'Commissioners', 'Governors', 'Directors', 'Working Group'];
const bodyNouns = [...BODY_NOUNS, ...BODY_NOUNS.map((n) => n.toUpperCase())].join('|');
/** "The next Parish Council Meeting will take place at 7.30 on …": the body whose meeting a notice announces. */
const bodyMeetingHeld = gated('meeting.bodyMeetingHeld', () => new RegExp(`\\b([A-Z][\\w'&-]*(?:\\s[A-Z][\\w'&-]*){0,5}?\\s(?:${bodyNouns}))\\s(?:[Mm]eeting|MEETING)\\s(?:will|shall|WILL|SHALL)\\s(?:take\\splace|be\\sheld|TAKE\\sPLACE|BE\\sHELD)\\b`));
/**
 * A body named inside a longer line: a capitalised phrase ending in a body's noun, with what it
 * is "of": "… before the City of Los Angeles Board of Airport Commissioners to convene in",
 * "… ETHERIDGE SHIRE COUNCIL MINUTES OF THE GENERAL MEETING …".
 */
const bodyPhrase = new RegExp(
  `(?<![\\w'&-])(?:(?!(?:Council|Committee|Board|Commission|Cabinet|Panel|COUNCIL|COMMITTEE|BOARD|COMMISSION|CABINET|PANEL)\\b)[A-Z][\\w'&-]*\\s(?:(?:of|and|for|the|&|OF|AND|FOR|THE)\\s)*){0,5}(?:${bodyNouns})(?:\\s(?:of|for|on|OF|FOR|ON)\\s(?:(?:the|THE)\\s)?[A-Z][\\w'&-]*(?:\\s(?:(?:and|&|of|the|AND|OF|THE)\\s)?[A-Z][\\w'&-]*){0,5})?(?:\\s\\d{1,4}\\b)?(?![\\w-]|\\s(?:Room|Chambers?|Hall|Offices?|Building|Meetings?|ROOM|CHAMBERS?|HALL|OFFICES?|BUILDING|MEETINGS?)\\b)`,
  'g',
);
/** A council named by its place: "Shire of Kent", "CITY OF COLWOOD", "The Corporation of the Township of Nipissing". */
const placeBody = /(?<![\w'-])(?:(?:The|THE)\s(?:Corporation|CORPORATION)\s(?:of|OF)\s(?:the|THE)\s)?(?:City|County|Town|Village|Borough|District|Municipality|Shire|Township|Parish|Region|CITY|COUNTY|TOWN|VILLAGE|BOROUGH|DISTRICT|MUNICIPALITY|SHIRE|TOWNSHIP|PARISH|REGION)\s(?:of|OF)\s[A-Z][\w'&-]*(?:\s(?!(?:Council|COUNCIL|Minutes|MINUTES|Agenda|AGENDA)\b)[A-Z][\w'&-]*){0,2}/g;
/** "… welcomed everyone to the meeting of Millbrook Parish Council": the body a sentence says met. */
const meetingOf = gated('meeting.meetingOf', () => /\b(?:meeting|minutes|proceedings|session)\sof\s(?:the\s)?$/i);
/**
 * "… Board of Commissioners held a meeting on …", "The City Council met in session …", "Notice is
 * hereby given that District Council 001 will hold a public meeting": what follows the name of the body that met.
 */
const metAfter = gated('meeting.metAfter', () => /^,?\s(?:met|convened|(?:(?:will|shall)\s)?(?:held|hold)\s(?:a|an|its|their)\s(?:[\w-]+\s){0,2}?(?:meeting|session))\b/i);
/** Words glued before a name's first word in copied text: "HomeMy WebLinkAboutCity Council". */
const gluedLead = /^(?:.*\s)?\S{5,}[a-z](?=[A-Z][a-z]+\s)/;
/** How far into a line a masthead's name is printed: past it, a long line is the text that follows the masthead. */
const MASTHEAD = 150;
/** What a line's phrases name: each body phrase, where it starts, and whether a sentence says it is the one that met. */
function bodyPhrases(text: string): { value: string; index: number; met: boolean }[] {
  const found: { value: string; index: number; met: boolean }[] = [];
  for (const re of [bodyPhrase, placeBody]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[0].replace(gluedLead, '').replace(/^(?:(?:If|When|Where|Before|After|Once|Unless|While|As|At|In|On|For|To|By|And|But|Or|So|Then|Of|With)\s)*(?:The|Your|Our|This|That|Each|Every|All|Any|Full)?\s?/, '').replace(meetingTypeSuffix, '');
      // "… a Regular Meeting of the Plymouth City Council to order": the phrase may open with what says so.
      const met = meetingOf.test(text.slice(Math.max(0, m.index - 60), m.index)) || (meetingOfLead.test(value) && bodyName(value) !== value) || metAfter.test(text.slice(m.index + m[0].length));
      if (value.includes(' ')) found.push({ value, index: m.index, met });
    }
  }
  return found;
}
/** "(Regular) Meeting of the", "Proceedings of the": the record or the meeting, before the name of who met. */
const meetingOfLead = /^(?:(?:a|an|the)\s)?(?:(?:(?:regular|special|ordinary|extraordinary|annual|adjourned|general|joint|monthly|statutory|public)\s)*(?:meeting|proceedings|minutes|session)\sof\s(?:the\s|a\s|an\s)?)+/i;
/** What follows a body's name in a sentence: "… held in", "… was held", "…, NY was", "… at its meeting", "… on Wednesday". */
const nameEnds = /(?:^|,?\s)(?:held|met|was|were|which|will|to be held|approved|at its|at their|at a|on behalf|on (?:the\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$/i;
/**
 * A body's name as a candidate offers it: without what a sentence or title put around it
 * ("MEETING OF THE PRESIDENT AND BOARD OF TRUSTEES … HELD IN" → "PRESIDENT AND BOARD OF TRUSTEES …"),
 * when a body's noun is left.
 */
export function bodyName(value: string): string {
  // "the above Council", "said Board": a name begins at its first capital.
  const cut = trimEndChars(value.replace(nameEnds, '').replace(/^(?:[a-z][\w'-]*\s)+(?=[A-Z])/, ''), SEPARATORS);
  const bare = cut.replace(meetingOfLead, '');
  return /\b(?:council|committee|board|commission|cabinet|panel|authority|trustees|municipality|shire|district|forum|assembly)\b/i.test(bare) && bare.length < cut.length ? bare : cut;
}
/** "Minutes", "Agenda": the record's words, never in a body's name. */
const recordWord = /\b(?:minutes|agenda)\b/i;
/** A short line that may be half of a body's name printed on two lines ("BOARD OF WATER AND POWER" / "COMMISSIONERS"). */
const nameHalf = (text: string) => text.length > 0 && text.length <= 60 && !isProse(text) && !readField(text) && !findDate(text) && !/\d/.test(text) && (isCaps(text) || /^[A-Z]/.test(text));
const markupBreak = /\s?<br\s?\/?>\s?/gi;
/**
 * A masthead whose line breaks a copy kept as markup ("BOARD OF SUPERVISORS <br />MINUTES <br />May
 * 27, 2020 <br />Supervisors in Attendance …"): the pieces before the first that holds a date, then
 * the line from that one on; the line itself when no piece is dated.
 */
function pieces(line: Line, monthFirst: boolean): Line[] {
  const found: Line[] = [];
  let from = 0;
  for (const m of [...line.text.matchAll(markupBreak), { index: line.text.length, 0: '' }]) {
    if (findDate(line.text.slice(from, m.index), monthFirst)) return found.length > 0 ? [...found, subLine(line, from)] : [line];
    if (m.index > from) found.push(subLine(line, from, m.index));
    from = m.index + m[0].length;
  }
  return [line];
}
/** A venue's field run into a line after other text, up to the next field's label: "… Location: Bellingen Shire Council Chambers Time: 6.00PM". */
const runInVenue = gated('meeting.runInVenue', () => /\s(Venue|Location|Place|VENUE|LOCATION|PLACE)\s?:\s(.+?)(?=\s(?:[A-Z][a-z]+(?:\s[a-z]+){0,2}|[A-Z]{2,})\s?:\s|$)/);
/** A page's title in its front matter: `title: "Boughton Parish Council AGM 2014"`. */
const frontMatterTitle = /^title:\s?["']?(.+?)["']?$/i;
/** How long a dated line of the header may be: a longer one is the record that follows it, flattened into one line. */
export const HEADER_LINE = 300;
/** How far into the header candidates are looked for. */
const HEADER_LINES = 60;

/**
 * The candidates each header line offers for body, date and venue, beside the rules' choices;
 * the learned models choose among them (learned/header.ts). Returns the body's line and how sure
 * the model is of each field.
 */
function chooseFields(lines: readonly Line[], meeting: Meeting, bodyLine: number, learned: Learned, claimed: Set<number>, monthFirst: boolean, beyond: readonly BeyondLine[]): { bodyLine: number; confidence: Record<HeaderTask, number>; names: Chosen[] } {
  const found: Record<HeaderTask, HeaderCandidate[]> = { body: [], date: [], venue: [] };
  // The header's own lines, then the lines beyond it that may name the meeting too (candidates
  // only: they stay the attendance's or the items'). Their candidates say where they stand.
  const header = lines.slice(0, HEADER_LINES);
  // A masthead whose line breaks were kept as markup in its pieces: a piece is offered as a line
  // is; `at` is the line it is of.
  const rows = [...header, ...beyond.map((b) => b.line)].flatMap((line, at) => pieces(line, monthFirst).map((piece) => ({ piece, at })));
  const all = rows.map((r) => r.piece);
  const inHeader = (i: number) => (rows[i]?.at ?? Infinity) < header.length;
  const beyondOf = (i: number) => beyond[rows[i]!.at - header.length]!;
  const whereOf = (i: number) => (inHeader(i) ? [] : [`where:${beyondOf(i).where}`]);
  const offer = (task: HeaderTask, i: number, value: string | null | undefined, readFacts: string[], more: Pick<HeaderCandidate, 'label' | 'dateText'> = {}) => {
    const v = task === 'body' ? bodyName(value?.trim() ?? '') : value?.trim();
    const facts = [...readFacts, ...whereOf(i)];
    // Beyond the header, a line offers only what it says of the meeting: a numbered item a body
    // that met or a place it was held in (never a date); the attendance and an unnumbered opening
    // entry (a masthead read as items) also a date, and such an entry's heading what its line gives.
    const from = inHeader(i) ? null : beyondOf(i);
    const says = readFacts.some((f) => f === 'met' || f === 'held' || f === 'prose');
    if (from && from.where !== 'frontMatter' && (from.numbered ? !says || task === 'date' : from.where !== 'itemHeading' && !says && !readFacts.some((f) => f === 'inLine' || f === 'dateField'))) return;
    // … and a venue there is a building, a room or an address ("held in December" names none).
    if (from && task === 'venue' && !(placeNoun.test(v ?? '') || address.test(v ?? ''))) return;
    // A body's name is capitalised and carries no date or time; a venue's name is capitalised.
    // A name that holds "Minutes" or "Agenda" is the document's title, not the body's name.
    if (!v || (task === 'body' && (!/[A-Z]/.test(v) || findDate(v) || findTime(v) || recordWord.test(v))) || (task === 'venue' && (/^[a-z]/.test(v) || (!namesPlace(v) && !facts.some((f) => f === 'field' || f === 'held' || f === 'prose'))))) return;
    const ruled = task === 'body' ? meeting.body : task === 'date' ? meeting.date : meeting.venue;
    const rule = ruled === v || (task === 'body' && ruled === value?.trim());
    found[task].push({ value: v, line: i, text: all[i]?.text ?? '', lines: lines.length, rule, facts, before: all[i - 1]?.text ?? '', after: all[i + 1]?.text ?? '', ...more });
  };
  all.forEach((line, i) => {
    const text = trimEndChars(line.text, ' |');
    const field = readField(text);
    // A page's front matter offers its title as the document's title: a body without the date
    // ("title: Agenda - OpenWIS Board Meeting 2017 July"). Its date is the page's, not the meeting's.
    if (!inHeader(i) && beyondOf(i).where === 'frontMatter') {
      const title = frontMatterTitle.exec(text)?.[1];
      if (title) offer('body', i, bodyFrom(withoutWhen(title, monthFirst)), ['title']);
      return;
    }
    if (field) {
      // A label printed alone, its value on the next line ("Meeting Date: |" / "November 15, 2021 |":
      // a table's cells flattened one to a line): the next line is the field's value.
      const next = trimEndChars(all[i + 1]?.text ?? '', ' |');
      const value = field.value || (readField(next) === null ? next : '');
      if (bodyField.test(field.name)) offer('body', i, trimEndChars(fieldValue(value), ' |'), ['field'], { label: field.name });
      if (venueField.test(field.name)) offer('venue', i, fieldValue(value), ['field'], { label: field.name });
      const date = findDate(value, monthFirst);
      if (date && !otherDay.test(`${field.name}: ${value.slice(0, date.index)}`)) offer('date', i, date.iso, [dateField.test(field.name) ? 'dateField' : 'otherField'], { label: field.name, dateText: value.slice(date.index, date.index + date.length) });
      return;
    }
    const whole = bodyFrom(text);
    offer('body', i, whole, line.md?.heading === 1 ? ['title'] : []);
    // The bodies a line names: the first of a sentence of the header (also of a masthead
    // flattened into one long line with the text that follows it), and any a text says met ("…
    // the meeting of X Council", "The City Council met in session"), also in a table or list
    // flattened into one long line.
    bodyPhrases(text).forEach((p, k) => {
      if (p.value !== whole && ((k === 0 && p.index < MASTHEAD) || p.met)) offer('body', i, p.value, p.met ? ['phrase', 'met'] : ['phrase']);
    });
    const next = trimEndChars(all[i + 1]?.text ?? '', ' |');
    if (!(inHeader(i) && !inHeader(i + 1)) && nameHalf(text) && nameHalf(next) && isCaps(text) === isCaps(next)) offer('body', i, bodyFrom(`${text} ${next}`), ['twoLines']);
    const date = findDate(text, monthFirst || monthWord.test(text));
    if (date) {
      const before = text.slice(0, date.index);
      if (!otherDay.test(before) && !otherDayLabel(all[i - 1]?.text ?? '')) offer('date', i, date.iso, ['inLine'], { dateText: text.slice(date.index, date.index + date.length) });
      if (before.trim()) offer('body', i, bodyFrom(isCaps(before) ? before : capsTail(before)), ['beforeDate']);
    }
    const held = readHeld(text, monthFirst);
    offer('body', i, held.body, ['held']);
    offer('venue', i, held.venue, [held.body ? 'held' : 'prose']);
    if (venueLine(text, held) && (venueLead.test(text) || venueNoun.test(text) || remote.test(text))) offer('venue', i, fieldValue(text), ['line']);
    offer('venue', i, afterWhen(text, monthFirst), ['afterDate']);
    // Fields run into one line: "… Meeting Date: 22 November 2017 Location: Bellingen Shire Council Chambers Time: 6.00PM".
    const runIn = runInVenue.exec(text);
    if (runIn) offer('venue', i, fieldValue(runIn[2]!), ['field'], { label: runIn[1]! });
    const place = venuePhrase.exec(text)?.[0];
    if (place && place !== held.venue) offer('venue', i, trimEndChars(place.replace(/^(?:(?:at|in|on|of|the|via)\s)+/i, ''), SEPARATORS), ['venuePhrase']);
  });
  // The rules' choices, where no line offered them as they stand (a venue of several lines).
  if (meeting.body && !found.body.some((c) => c.rule)) found.body.push({ value: bodyName(meeting.body) || meeting.body, line: Math.max(bodyLine, 0), text: lines[Math.max(bodyLine, 0)]?.text ?? '', lines: lines.length, rule: true, facts: ['joined'], before: '', after: '' });
  if (meeting.date && !found.date.some((c) => c.rule)) found.date.push({ value: meeting.date, line: 0, text: '', lines: lines.length, rule: true, facts: ['joined'], before: '', after: '' });
  // A venue names a place: "COMMENCING AT" or "o Others" read after a venue's label is none.
  if (meeting.venue && !found.venue.some((c) => c.rule) && !namesPlace(meeting.venue)) meeting.venue = null;
  if (meeting.venue && !found.venue.some((c) => c.rule)) found.venue.push({ value: meeting.venue, line: 0, text: '', lines: lines.length, rule: true, facts: ['joined'], before: '', after: '' });

  const bodies = score(learned, 'body', found.body);
  const chosen = { body: choose(bodies), date: choose(score(learned, 'date', found.date)), venue: choose(score(learned, 'venue', found.venue)) };
  for (const c of Object.values(chosen)) if (c && !c.candidate.facts.includes('joined') && inHeader(c.candidate.line)) claimed.add(rows[c.candidate.line]!.at);
  const { body, date, venue } = { body: chosen.body?.candidate, date: chosen.date?.candidate, venue: chosen.venue?.candidate };
  if (body) meeting.body = body.value.replace(regularMeeting, '') || body.value;
  if (date) meeting.date = date.value;
  if (venue) meeting.venue = venue.value;
  const p = (c: Chosen | null) => c?.p ?? 0;
  return {
    bodyLine: body && !body.facts.includes('joined') && inHeader(body.line) ? rows[body.line]!.at : bodyLine,
    confidence: { body: p(chosen.body), date: p(chosen.date), venue: p(chosen.venue) },
    names: bodies.filter((b) => isBodyName(b.candidate.value)),
  };
}

/**
 * `monthFirst`: the document prints numeric dates month first (dates.ts `monthFirstIn`, read
 * from the whole document).
 */
export function readMeeting(lines: readonly Line[], learned: Learned = defaultLearned, monthFirst = false, beyond: readonly BeyondLine[] = []): MeetingResult {
  const meeting: Meeting = { body: null, date: null, time: null, venue: null, contact: null };
  const claimed = new Set<number>();
  let bodyLine = -1;
  const venueLines: number[] = [];

  let venueFollows = false;
  lines.forEach((line, i) => {
    const text = trimEndChars(line.text, ' |');
    // A Markdown document's title heading names the body (as `minutes` writes it).
    const titled = line.md?.heading === 1 && meeting.body === null && !findDate(text) ? bodyFrom(text) : null;
    if (titled) {
      meeting.body = titled;
      bodyLine = i;
      return;
    }
    const field = readField(line.text);
    if (field) {
      if (applyField(meeting, field.name, field.value, monthFirst)) claimed.add(i);
      venueFollows = /^(?:venue|location|place|address)$/i.test(field.name) && field.value === '';
      return;
    }
    // "Location:" then "Council Chambers - Hybrid" / "60 Snyder's Road West" / "Baden, Ontario".
    if (venueFollows && text.length <= 120 && !isProse(text)) {
      venueLines.push(i);
      claimed.add(i);
      return;
    }
    venueFollows = false;
    if (docTitle.test(text) || documentTypeWord.test(text) || labels.itemsHeader.test(text)) {
      claimed.add(i);
      return;
    }
    const date = findDate(text, monthFirst || monthWord.test(text));
    if (date && meeting.date === null && text.length <= HEADER_LINE && !otherDay.test(text.slice(0, date.index)) && !otherDayLabel(lines[i - 1]?.text ?? '')) {
      meeting.date = date.iso;
      claimed.add(i);
      const before = text.slice(0, date.index);
      const after = text.slice(date.index + date.length);
      const timeAfter = findTime(after);
      meeting.time ??= (timeAfter ?? findTime(text))?.time ?? null;
      const held = readHeld(text, monthFirst);
      if (held.venue) meeting.venue ??= held.venue;
      if (held.body && held.venue) {
        meeting.body ??= held.body;
        return;
      }
      const body = bodyFrom(isCaps(before) ? before : capsTail(before));
      if (body) {
        meeting.body ??= body.replace(regularMeeting, '');
        bodyLine = i;
      }
      // A venue printed after the date and before the time: "… 1985 RECREATION HALL -7:30 P.M."
      const tail = trimChars(timeAfter ? after.slice(0, timeAfter.index) : after, SEPARATORS).replace(/^(?:at|in)\s/i, '');
      if (tail.length >= 4 && !findTime(tail) && (isCaps(tail) || venueNoun.test(tail))) meeting.venue ??= tail;
      return;
    }
    if (date && meeting.date !== null) {
      claimed.add(i);
      meeting.time ??= findTime(text)?.time ?? null;
      return;
    }
    // A title line naming where the meeting is, its date on the next line ("… HELD AT THE VILLAGE HALL ON").
    const held = readHeld(text, monthFirst);
    if (held.body && held.venue && documentTitle.test(text)) {
      meeting.body ??= held.body;
      meeting.venue ??= held.venue;
      claimed.add(i);
      return;
    }
    if (venueLine(text, held) && (venueLead.test(text) || venueNoun.test(text) || (venueLines.includes(i - 1) && address.test(text)))) {
      venueLines.push(i);
      claimed.add(i);
    }
  });

  if (meeting.venue === null && venueLines.length > 0) {
    // Consecutive venue lines make one venue: "Council Chambers" + "Whitby Town Hall".
    const run = [venueLines[0]!];
    for (const i of venueLines.slice(1)) if (i === run[run.length - 1]! + 1) run.push(i);
    meeting.venue = run.map((i) => fieldValue(lines[i]!.text)).join(' ');
  }
  // However it was found (a field, a title "held at …", the text after the date), a venue is
  // cleaned as a field's value is, which is how it reads back from "Venue: …".
  // The venue stops where the attendance starts ("… Market Hill, Brandon Present: Cllr …").
  if (meeting.venue !== null) meeting.venue = fieldValue(meeting.venue.replace(attendanceStarts, '')) || null;

  // No body beside the date: the nearest title line above the date, else the first title line.
  if (meeting.body === null) {
    const dateLine = [...claimed].find((i) => findDate(lines[i]!.text) !== null);
    const isTitle = (line: Line, i: number) =>
      !claimed.has(i) && !venueLines.includes(i) && !readField(line.text) && !isProse(line.text) && line.text.length <= 120 && /[A-Z]{3}/i.test(line.text) && !/^\(|^[a-z]|https?:|www\.|@/.test(line.text);
    // A title line that names no body ("REGULAR MEETING") is passed over.
    const namesBody = (line: Line, i: number) => isTitle(line, i) && bodyFrom(line.text) !== null;
    let pick = -1;
    if (dateLine !== undefined) for (let i = dateLine - 1; i >= 0 && pick < 0; i--) if (namesBody(lines[i]!, i)) pick = i;
    if (pick < 0) pick = lines.findIndex(namesBody);
    let body = pick >= 0 ? bodyFrom(lines[pick]!.text) : null;
    // A name printed on two lines: "BOARD OF WATER AND POWER" / "COMMISSIONERS".
    const above = lines[pick - 1]?.text ?? '';
    // A line that names the record ("Latest Meeting Minutes") is the page's title, not half a name.
    if (body && pick > 0 && isTitle(lines[pick - 1]!, pick - 1) && nameHalf(above) && !recordWord.test(above) && nameHalf(lines[pick]!.text) && isCaps(above) === isCaps(lines[pick]!.text)) {
      body = bodyFrom(`${above} ${lines[pick]!.text}`) ?? body;
    }
    if (body) {
      meeting.body = body.replace(regularMeeting, '');
      bodyLine = pick;
    }
  }
  const chosen = chooseFields(lines, meeting, bodyLine, learned, claimed, monthFirst, beyond);
  if (chosen.bodyLine >= 0) claimed.add(chosen.bodyLine);
  // The header is one block: lines between its recognised lines (logos, the council's name)
  // and fields such as "Note:" or "Webcast:" belong to it.
  const last = Math.max(-1, ...claimed);
  lines.forEach((line, i) => {
    if ((i < last && !isProse(line.text)) || readField(line.text)) claimed.add(i);
  });
  return { meeting, claimed, confidence: chosen.confidence, names: chosen.names };
}
