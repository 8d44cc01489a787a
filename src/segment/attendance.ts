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

type Group = 'present' | 'alsoPresent' | 'apologies' | 'absent';

const groups: [RegExp, Group][] = [
  [/^(?:present|members present|councillors present|commissioners present|board members present|attendees|roll call)$/i, 'present'],
  [/^(?:also present|in attendance|also in attendance|staff|officers|officers present|officers in attendance|staff present|others present)$/i, 'alsoPresent'],
  [/^(?:apologies|apologies for absence|apologies received)$/i, 'apologies'],
  [/^(?:absent|members absent|not present|absent members)$/i, 'absent'],
];
const groupOf = (label: string): Group | null => groups.find(([re]) => re.test(label.trim()))?.[1] ?? null;

const roleHeading = /^(?:mayor|deputy mayor|councillors?|members?|chair(?:man|person)?|deputy chair(?:man|person)?|vice[- ]chair(?:man|person)?|officers?|staff|commissioners?|trustees?|supervisors?):?$/i;
const starLegend = /^\*\s?denotes\s(?:attendance|present)/i;
const listBullet = /^(?:(?:[*\u2022\u00b7\u25aa\u2013-]|\d{1,2}[.)])\s?){1,3}/;
const noneValue = /^(?:none|nil|no apologies|n\/a|-)\.?$/i;

const apologySentence =
  /^apologies(?:\sfor\sabsence)?\s(?:were|was|had\sbeen|have\sbeen)\s(?:received|submitted|given|tendered|noted|reported|made)(?:\sand\s(?:accepted|noted|approved))?\s(?:from|on\sbehalf\sof|for|by)\s(.{2,400}?)\.?$/i;
const noApologies = /^(?:there\swere\s)?no\sapologies\b|^apologies:?\s(?:none|nil)\b|^no\sapologies\s(?:had\sbeen|were|have\sbeen)\s(?:received|submitted)/i;

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

  const add = (target: Group, people: Person[]) => {
    for (const person of people) {
      if (role && !person.role) person.role = role;
      attendance[target].push(person);
    }
  };
  const addEntry = (target: Group, entry: string, listItem = false) => {
    const mark = /^\*\s?/.exec(entry);
    const text = entry.replace(listBullet, '').trim();
    if (!text) return;
    // "* Denotes attendance": in a present list, unstarred names did not attend.
    const into = target === 'present' && starred && !mark ? 'absent' : target;
    // A bullet line is one person, even with a comma ("M. Gaskell, Chief Administrative Officer").
    const single = listItem || (mark !== null || /^[\u2022\u00b7\u25aa\u2013-]\s?/.test(entry) ? (text.match(/,/g) ?? []).length <= 1 && !/;| and /.test(text) : false);
    add(into, !single && /[,;]| and |^(?:Councillors|Cllrs\.?|Crs\.?)\s/.test(text) ? parsePeopleList(text) : [parsePerson(text)]);
  };

  lines.forEach((line, i) => {
    const text = trimEndChars(line.text, ' |');
    if (starLegend.test(text)) {
      claimed.add(i);
      return;
    }
    // Inside a list of people, a Markdown list item is an entry, even one that reads "PRESENT: Cr Knight".
    const entry = group !== null && line.md?.list !== undefined;
    const field = entry ? null : readField(text);
    const label = entry ? null : field ? groupOf(field.name) : groupOf(trimEndChars(text, ' :|'));
    if (label) {
      group = label;
      role = null;
      claimed.add(i);
      const value = field?.value ?? '';
      if (noneValue.test(value)) explicitNone = true;
      else if (value) addEntry(label, value);
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
    const listLike = text.length <= 100 && !isProse(text);
    const sentenceList = /,/.test(text) && text.length <= 600 && !/\b(?:was|were|is|are|will|has|had|declared)\b/.test(text);
    // A Markdown list goes on as it began: its items are entries, whatever they say.
    const previous = lines[i - 1]?.md?.list;
    const sameList = line.md?.list !== undefined && claimed.has(i - 1) && previous?.of === line.md.list.of;
    if (sameList || ((listLike || sentenceList) && !/\bdeclared\b/.test(text))) {
      addEntry(group, text, line.md?.list !== undefined);
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
