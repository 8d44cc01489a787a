// Attendance: who was present, also present, absent, and who sent apologies.
//
//   PRESENT:   Cr Denise Knight, Cr Michael Adendorff, …       ← a field with a list
//   Present: * Cllr L Turner (Chair) / Cllr P Campbell / * Denotes attendance   ← starred list
//   present / Mayor / Mayor Gary Tong / Councillors / Lyall Bailey …             ← role groups
//   Apologies for absence were submitted on behalf of Councillors Brown, Davis and Wayne.
//   There were no apologies.
import type { Line } from '../extract/line.js';
import type { Attendance, Person } from '../model/schema.js';
import { parsePeopleList, parsePerson } from './people.js';
import { isProse, readField, trimEndChars } from './shape.js';
import { gated, type Gated } from './cues.js';
import { personTitles } from './vocabulary.js';

type Group = 'present' | 'alsoPresent' | 'apologies' | 'absent';

const groups: [Gated, Group][] = [
  [gated('attendance.groups.present', () => /^(?:present|members present|councillors present|commissioners present|board members present|attendees|roll call)$/i), 'present'],
  [gated('attendance.groups.alsoPresent', () => /^(?:also present|in attendance|also in attendance|staff|officers|officers present|officers in attendance|staff present|others present)$/i), 'alsoPresent'],
  [gated('attendance.groups.apologies', () => /^(?:apologies|apologies for absence|apologies received|regrets)$/i), 'apologies'],
  [gated('attendance.groups.absent', () => /^(?:absent|members absent|not present|absent members)$/i), 'absent'],
];
const groupOf = (label: string): Group | null => groups.find(([re]) => re.test(label.trim()))?.[1] ?? null;

/**
 * The group a field's label names by its words, as publishers word it: "COUNCIL PRESENT", "MEDIA
 * PRESENT", "Council Employees Present", "Officers in Attendance", "Other Members", "Officials",
 * "Regrets". The label ends with the word that names the group (so "Public Question Time" names
 * none, and a role in the singular, "Chief Administrative Officer", is no group); the first kind
 * that matches decides ("Absent with apologies" sent apologies, "Staff present" are also present,
 * "Members in attendance" present, "Members of the public" also present).
 */
const groupWords: [RegExp, Group][] = [
  [/\b(?:apolog(?:y|ies)|regrets|excused|leave\sof\sabsence)\b/i, 'apologies'],
  [/\b(?:absent|absentees|not\spresent)\b/i, 'absent'],
  [/\b(?:public|media|press|guests?|visitors?)\b/i, 'alsoPresent'],
  // "Members in attendance", "Board Members Present", "Other Members": the body's own members.
  [/\b(?:members|councillors|commissioners|trustees|directors|supervisors|aldermen)\b/i, 'present'],
  [/\b(?:also|staff|officers?|officials?|employees|others|advis[eo]rs?|secretariat|in\sattendance)\b/i, 'alsoPresent'],
  [/\b(?:present|attendance|attending|attendees|roll\scall)\b/i, 'present'],
];
const groupEnd =
  /\b(?:apolog(?:y|ies)|regrets|excused|absence|absent|absentees|present|attendance|attending|attendees|members|councillors|commissioners|trustees|directors|supervisors|aldermen|staff|officers|officials|employees|media|press|guests|visitors|others|public|advis[eo]rs|secretariat|call)$/i;
/** A sentence or a heading over something else, not a group's label: "The following officials were present", "Papers presented to Councillors". */
const notGroupLabel = /\b(?:was|were|is|are|to|for|by|of\sthe\s(?!public)|presented|circulated|received|submitted|tabled|following)\b/i;
const labelGroup = (label: string): Group | null =>
  groupEnd.test(label.trim()) && !notGroupLabel.test(label) ? (groupWords.find(([re]) => re.test(label))?.[1] ?? null) : null;

/** A line or a part of one that a label opens: "STAFF PRESENT: …", "Cathaoirleach: Councillor T. Brennan" (a label of at most five words, no digits). */
const labelled = /^([a-z][a-z'\u2019/&-]*(?:\s[a-z][a-z'\u2019/&-]*){0,4})\s?:(?:\s(.*))?$/i;
/** The labels inside a list of people, each opening what follows it: "Mayor Doug MacPherson; Councillors: Kieth Carlson, …", "Chief Administrative Officer: Marian Carlson, Finance Assistant: Karine Wilhauk". */
const innerLabel = /(?:^|[;,]\s?)([a-z][a-z'\u2019/&-]*(?:\s[a-z][a-z'\u2019/&-]*){0,4})\s?:\s/gi;

const roleHeading = /^(?:mayor|deputy mayor|councillors?|members?|chair(?:man|person)?|deputy chair(?:man|person)?|vice[- ]chair(?:man|person)?|officers?|staff|commissioners?|trustees?|supervisors?):?$/i;
const starLegend = gated('attendance.starLegend', () => /^\*\s?denotes\s(?:attendance|present)/i);
const listBullet = /^(?:(?:[*\u2022\u00b7\u25aa\u2013-]|\d{1,2}[.)])\s?){1,3}/;
const noneValue = /^(?:none|nil|no apologies|n\/a|-)\.?$/i;

const apologySentence =
  gated('attendance.apologySentence', () => /^apologies(?:\sfor\sabsence)?\s(?:were|was|had\sbeen|have\sbeen)\s(?:received|submitted|given|tendered|noted|reported|made)(?:\sand\s(?:accepted|noted|approved))?\s(?:from|on\sbehalf\sof|for|by)\s(.{2,400}?)\.?$/i);
const noApologies = gated('attendance.noApologies', () => /^(?:there\swere\s)?no\sapologies\b|^apologies:?\s(?:none|nil)\b|^no\sapologies\s(?:had\sbeen|were|have\sbeen)\s(?:received|submitted)/i);

/** A verb that makes a line a sentence of the minutes, not a name: "General agreement that this was a good start". */
const sentenceVerb =
  gated('attendance.sentenceVerb', () => /\b(?:was|were|is|are|been|would|wanted|presented|agreed|discussed|resolved|moved|seconded|accepted|presided|investigate|noted|welcomed|opened|declared|reported|thanked|asked|explained|chaired|advised|attended)\b/i);
/** An agenda or table line: "Item No Item under discussion", "PART ONE – OPEN TO THE PUBLIC", "Item Section 1: Routine Ref #", "HNP = Horsley …". */
const agendaLine = /^(?:items?\b|part\s(?:one|two|three|[ivx\d]+)\b|points?\s(?:discussed|raised)|section\s\d|agenda\b)|\bagenda$|[#=]/i;
/** A day of the year: "COUNCIL MEETING – MARCH 21", "REPORT OF THE EXECUTIVE POLICY COMMITTEE dated March 5". */
const dayOfYear = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}\b/i;
/** What follows a name in a sentence that lists it: "Mrs R Fraser were present", "Cllr R Nicholls who was on holiday". */
const afterName =
  /\s(?:(?:were|was)\s(?:also\s)?(?:present|in\sattendance)|attended\s(?:the\s)?meeting\b.*|who\s.*)$|[.,]?\s(?:plus\s|and\s)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s(?:members?\sof\s(?:the\s)?public|parishioners|residents)\b.*$|,?\s(?:and|&)$/i;

/**
 * Whether an attendance entry is a person (a name, a role or both), not a sentence, an agenda
 * line or a count of the public: "Cllr A Smith (Chair)", "General Manager", "Supervisor of IT,
 * K. Jeffreys" are; "The Chairman welcomed everyone to the meeting", "Item No Item under
 * discussion", "There were no absences", "4 members of the public", "Public Agenda", "COUNCIL
 * MEETING – MARCH 21" are not.
 */
export function isPersonEntry(person: Person): boolean {
  const text = [person.name, person.role].filter(Boolean).join(' ');
  if (!text || !/[A-Z]{2}/i.test(text)) return false;
  // A note in brackets: "(Image omitted)".
  if (/^\([^()]*\)$/.test(text)) return false;
  // An agenda line, a day or a time ("21pm until 9.23pm"): no one's name.
  if (agendaLine.test(text) || dayOfYear.test(text) || /^\d/.test(text) || /^(?:there|no|nil|none)\b/i.test(text)) return false;
  if (/\bmembers?\sof\s(?:the\s)?public\b|\bratepayers\b|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s/i.test(text)) return false;
  if (sentenceVerb.test(text)) return false;
  // A heading or note of the list, not someone in it: "Full Meeting", "Public Forum", "MEETING CALLED TO ORDER", "media", "from 12.41pm", "in Australia".
  if (/\b(?:meeting|forum|called\sto\sorder)\b/i.test(text) || /^(?:in|from|at|on|until|for|with)\s/i.test(person.name ?? '') || (!/[A-Z]/.test(text) && !person.role)) return false;
  // A sentence's end: "… be accepted and", "… (Copy is", "… for".
  if (/\s(?:and|or|of|for|to|the|is|be|by|with|that)$/i.test(person.name ?? '') && text.split(' ').length >= 4) return false;
  return true;
}

/**
 * A title printed again inside an entry starts the next person: "Cllr D. Richards Cllr E. Miles",
 * "Cr Ellen White Mallee Ward Cr David Vis Mallee Ward" (a list whose separators the copy lost).
 * What stands before the title must be a name (a title and a capitalised word more that is no
 * title's part: "Councillor County Councillor Stephen Davies" is one person).
 */
const titleInside = new RegExp(`\\s(?=(?:${personTitles})\\.?\\s[A-Z])`, 'g');
const titlePart = /^(?:county|district|borough|town|parish|city|deputy|vice|lord|mr|mrs|ms|miss|dr)\.?$/i;
/** Initials in brackets after a name, then the next name: "Jane Archer (JA) Alan Caudwell (AC)". */
const initialsThenName = /(?<=\([A-Z]{2,3}\))\s(?=[A-Z])/g;

/** One entry per person of an entry that ran several together (the entry itself when it holds one). */
function oneByOne(person: Person): Person[] {
  const name = person.name ?? '';
  const pieces: string[] = [];
  let from = 0;
  for (const m of [...name.matchAll(titleInside), ...name.matchAll(initialsThenName)].sort((a, b) => a.index - b.index)) {
    const piece = name.slice(from, m.index).trim();
    const words = piece.split(' ');
    const last = words[words.length - 1]!;
    // ("Councillor Willie Aird In the Chair": a phrase before the title, not a name.)
    if (words.length < 2 || titlePart.test(last) || !/^[A-Z(]/.test(last)) continue;
    pieces.push(piece);
    from = m.index;
  }
  if (pieces.length === 0) return [person];
  const people = [...pieces, name.slice(from).trim()].map(parsePerson);
  // A role printed after the whole entry ("… (Chair)") is the last person's.
  if (person.role) people[people.length - 1]!.role ??= person.role;
  return people;
}

/** Whether a line inside a list of people is a sentence of the minutes, which ends the list. */
const endsList = (text: string) => sentenceVerb.test(text.replace(afterName, '')) && text.split(' ').length >= 4 && !/^(?:apologies|absent|present)\b/i.test(text);

/** A line that reads as entries of a list: short and no prose, or names and commas without a verb. */
function readsAsList(text: string): boolean {
  const listLike = text.length <= 100 && !isProse(text);
  const sentenceList = /,/.test(text) && text.length <= 600 && !/\b(?:was|were|is|are|will|has|had|declared)\b/.test(text);
  return (listLike || sentenceList) && !/\bdeclared\b/.test(text);
}

export const emptyAttendance = (): Attendance => ({ recorded: 'notRecorded', present: [], apologies: [], absent: [], alsoPresent: [] });

/** Apologies stated in a sentence: the people, or [] for "There were no apologies", or null. */
export function readApologies(sentence: string): Person[] | null {
  const m = apologySentence.exec(sentence);
  if (m) return parsePeopleList(m[1]!);
  return noApologies.test(sentence) ? [] : null;
}

export interface AttendanceResult {
  attendance: Attendance;
  claimed: Set<number>;
}

/** Attendance printed before the first item. */
export function readAttendance(lines: readonly Line[]): AttendanceResult {
  const attendance = emptyAttendance();
  const claimed = new Set<number>();
  const starred = lines.some((l) => starLegend.test(l.text));
  let group: Group | null = null;
  let role: string | null = null;
  let explicitNone = false;
  let seenPresent = false;

  const add = (target: Group, people: Person[]) => {
    for (const person of people.flatMap(oneByOne)) {
      // A name a list broke before its "and": "Borough Councillor Graeme Coombes and".
      if (person.name) person.name = person.name.replace(/,?\s(?:and|&)$/i, '') || null;
      if (!isPersonEntry(person)) continue;
      if (role && !person.role) person.role = role;
      attendance[target].push(person);
    }
  };
  const addEntry = (target: Group, entry: string, listItem = false) => {
    const mark = /^\*\s?/.exec(entry);
    const text = entry.replace(listBullet, '').trim().replace(afterName, '');
    if (!text) return;
    // "* Denotes attendance": in a present list, unstarred names did not attend.
    const into = target === 'present' && starred && !mark ? 'absent' : target;
    // A bullet line is one person, even with a comma ("M. Gaskell, Chief Administrative Officer").
    const single = listItem || (mark !== null || /^[\u2022\u00b7\u25aa\u2013-]\s?/.test(entry) ? (text.match(/,/g) ?? []).length <= 1 && !/;| and /.test(text) : false);
    add(into, !single && /[,;]| and |^(?:Councillors|Cllrs\.?|Crs\.?)\s/.test(text) ? parsePeopleList(text) : [parsePerson(text)]);
  };
  /**
   * The people of a list whose labels open the parts after them: a label that names a group
   * ("Councillors:", "Officials:") puts what follows it, and the lines after, in that group; any
   * other label is a role ("Cathaoirleach: Councillor T. Brennan"), of the one person after it, or
   * of all after it when it is a plural role heading ("Councillors: Wayne Fowler, Brian Connell").
   */
  const addLabelled = (target: Group, entry: string, listItem = false) => {
    const found = [...entry.matchAll(innerLabel)];
    if (found.length === 0) {
      addEntry(target, entry, listItem);
      return;
    }
    const before = entry.slice(0, found[0]!.index);
    if (/[a-z]{2}/i.test(before)) addEntry(target, before, listItem);
    found.forEach((m, k) => {
      const label = m[1]!;
      const part = entry.slice(m.index + m[0].length, found[k + 1]?.index ?? entry.length);
      const named = labelGroup(label);
      if (named) {
        group = target = named;
        role = roleHeading.test(label) ? label.replace(/s$/i, '') : null;
        addEntry(target, part, listItem);
      } else if (roleHeading.test(label) && /s$/i.test(label)) {
        role = label.replace(/s$/i, '');
        addEntry(target, part, listItem);
      } else {
        // A role of its own names the one person after it ("Finance Assistant: Karine Wilhauk, Claresholm Local Press").
        const text = part.trim().replace(afterName, '');
        const people = /[,;]| and /.test(text) ? parsePeopleList(text) : [parsePerson(text)];
        if (people[0] && !people[0].role) people[0].role = label;
        add(target, people);
      }
    });
  };

  /** A list the copy wrapped mid-entry ("… Cr Melinda" / "Jones, Cr Leslie Hotz, …"), waiting for the line that goes on with it. */
  let wrapped: { target: Group; text: string } | null = null;
  /**
   * Line `i + 1` goes on with an entry that line `i` left unfinished: the list flows (commas), ends
   * on no separator, and the next line finishes the entry (a bracket left open, a surname alone
   * before its comma, a word in lower case), not a label or an entry of its own.
   */
  const goesOn = (i: number, list: string): boolean => {
    const next = lines[i + 1];
    // (A full stop after an initial or a title, "Ms. C.", ends no entry.)
    if (!next || next.md?.list || !/[,;]/.test(list) || /[,;]$|(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr))\.$|\s(?:and|&)$/.test(list)) return false;
    const t = trimEndChars(next.text, ' |');
    const unfinished = (list.match(/\(/g) ?? []).length > (list.match(/\)/g) ?? []).length || /^[a-z)]/.test(t) || /^[A-Z][\w'\u2019-]*(?:\s?[,(]|$)/.test(t);
    return unfinished && !listBullet.test(t) && !labelled.test(t) && !readField(t) && !roleHeading.test(t) && !groupOf(t) && !endsList(t) && !readApologies(t) && readsAsList(t);
  };
  const take = (target: Group, text: string, i: number, listItem = false) => {
    const whole = wrapped ? `${wrapped.text} ${text}` : text;
    wrapped = null;
    if (!listItem && goesOn(i, whole)) wrapped = { target, text: whole };
    else addLabelled(target, whole, listItem);
  };

  lines.forEach((line, i) => {
    // A plain-text "- " bullet is read as the Markdown reader reads it, without its dash, so that a
    // document and the Markdown written from it agree on which lines open and fill the lists. ("* " and
    // "•" stay: a star marks those present, "* Denotes attendance", and "•" lists read right as they are.)
    const text = trimEndChars(line.md?.list === undefined ? line.text.replace(/^-\s+(?=\S)/, '') : line.text, ' |');
    if (starLegend.test(text)) {
      claimed.add(i);
      return;
    }
    // Inside a list of people, a Markdown list item is an entry, even one that reads "PRESENT: Cr Knight".
    const entry = group !== null && line.md?.list !== undefined;
    const field = entry ? null : readField(text);
    const other = entry || field ? null : labelled.exec(text);
    const label = entry ? null : field ? groupOf(field.name) : other ? labelGroup(other[1]!) : groupOf(trimEndChars(text, ' :|'));
    if (label) {
      // "In attendance:" before any list of those present names the members who attended.
      group = label === 'alsoPresent' && /^in attendance$/i.test((field?.name ?? other?.[1] ?? '').trim()) && !seenPresent ? 'present' : label;
      seenPresent ||= group === 'present';
      role = other && roleHeading.test(other[1]!) ? other[1]!.replace(/s$/i, '') : null;
      claimed.add(i);
      const value = field?.value ?? other?.[2]?.trim() ?? '';
      if (noneValue.test(value)) explicitNone = true;
      else if (value) take(group, value, i);
      return;
    }
    // A two-cell row "Leave of Absence      Nil" or "Apologies      None".
    const cells = /^(.{3,40}?)\s(nil|none|n\/a)\.?$/i.exec(text);
    if (line.cells >= 2 && cells && (groupOf(cells[1]!) || /leave of absence/i.test(cells[1]!))) {
      explicitNone = true;
      claimed.add(i);
      return;
    }
    const apologies = readApologies(text);
    if (apologies) {
      if (apologies.length === 0) explicitNone = true;
      add('apologies', apologies);
      claimed.add(i);
      return;
    }
    if (!group) return;
    // "Councillors" over the names it heads; a Markdown list item is an entry, whatever it says.
    if (!line.md?.list && roleHeading.test(text)) {
      role = text.replace(/s?:?$/i, '');
      claimed.add(i);
      return;
    }
    // "Call to Order:": a label of another kind ends the list.
    if (/:$/.test(text) && !line.md?.list) {
      group = null;
      return;
    }
    // "The Chairman welcomed everyone to the meeting", "It was agreed that JN …": the minutes begin.
    if (!line.md?.list && endsList(text)) {
      group = null;
      return;
    }
    // A Markdown list goes on as it began: its items are entries, whatever they say.
    const previous = lines[i - 1]?.md?.list;
    const sameList = line.md?.list !== undefined && claimed.has(i - 1) && previous?.of === line.md.list.of;
    if (sameList || readsAsList(text)) {
      take(group, text, i, line.md?.list !== undefined);
      claimed.add(i);
      return;
    }
    group = null;
  });

  const any = attendance.present.length + attendance.apologies.length + attendance.absent.length + attendance.alsoPresent.length;
  attendance.recorded = any > 0 ? 'yes' : explicitNone ? 'none' : 'notRecorded';
  return { attendance, claimed };
}

/** Adds apologies stated in the text of items ("Apologies were received from …"). */
export function mergeApologies(attendance: Attendance, people: Person[] | null): void {
  if (people === null) return;
  // The same apologies may be printed twice (a header field and a sentence in an item).
  const known = new Set(attendance.apologies.map((p) => p.name));
  attendance.apologies.push(...people.filter((p) => !known.has(p.name)));
  // Members marked as not attending who sent apologies are not "absent" (without apologies).
  const names = new Set(people.map((p) => p.name));
  attendance.absent = attendance.absent.filter((p) => !names.has(p.name));
  if (attendance.recorded === 'notRecorded' || (attendance.recorded === 'none' && people.length > 0)) {
    attendance.recorded = people.length > 0 || attendance.present.length > 0 ? 'yes' : 'none';
  }
}
