// Dates and times as minutes print them. Examples, each `text → the first date in it` (run as tests by test/segment/examples.test.ts):
//
//   Cabinet Member for Children - Thursday, 25th July, 2024 4.00 pm → 2024-07-25
//   JANUARY 28, 1985                                          → 1985-01-28
//   held on 9 September 2021 at 7pm                           → 2021-09-09
//   20 th SEPTEMBER 2017                                      → 2017-09-20
//   Minutes of the meeting held February the 6th 2018         → 2018-02-06
//   TOWN BOARD MINUTES MARCH 13 , 2006                        → 2006-03-13
//   Date: 20/08/2020                                          → 2020-08-20
//   2024-02-06                                                → 2024-02-06
//   October 06, 2023Time: 6:00 PM                             → 2023-10-06
//   Monday 12th September at 7pm                              → none
//
// Times: "4.00 pm", "7:30 P.M.", "11am".

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthIndex = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return months.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// An ordinal's letters may stand apart from its digits in copied text ("20 th SEPTEMBER").
const DAY = '(\\d{1,2})(?:\\s?(?:st|nd|rd|th))?';
// A year may be glued to the next word in flattened text ("October 06, 2023Time:").
const YEAR = '(\\d{4})(?!\\d)';

const dayMonthYear = new RegExp(`\\b${DAY},?\\s(?:of\\s)?${MONTH},?\\s{1,2}${YEAR}`, 'i');
// "February the 6th 2018": a letter's style; "MARCH 13 , 2006": a comma set apart in copied text.
const monthDayYear = new RegExp(`\\b${MONTH}\\s{1,2}(?:the\\s)?${DAY}\\s?,?\\s{1,2}${YEAR}`, 'i');
const numericDate = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/**
 * Whether a document prints its numeric dates month first (1/7/2019 for 7 January), read from its
 * own dates: a numeric date whose first number cannot be a month (25/12/2019) says day first, one
 * whose second cannot (12/25/2019) month first; with neither, the order of its dates in words
 * ("January 7, 2019" against "7 January 2019"); with none, whether it prints a US postal address
 * (state and ZIP code: "MO 63141").
 */
export function monthFirstIn(texts: readonly string[]): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  let wordsDayFirst = 0;
  let wordsMonthFirst = 0;
  let zip = false;
  for (const text of texts) {
    if (!/\d/.test(text)) continue;
    for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g)) {
      if (Number(m[1]) > 12 && Number(m[2]) <= 12) dayFirst++;
      else if (Number(m[2]) > 12 && Number(m[1]) <= 12) monthFirst++;
    }
    if (dayMonthYear.test(text)) wordsDayFirst++;
    if (monthDayYear.test(text)) wordsMonthFirst++;
    zip ||= /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/.test(text);
  }
  if (dayFirst !== monthFirst) return monthFirst > dayFirst;
  if (wordsDayFirst !== wordsMonthFirst) return wordsMonthFirst > wordsDayFirst;
  return zip;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function build(year: number, month: number, day: number, match: RegExpExecArray): FoundDate | null {
  return valid(year, month, day) ? { iso: `${year}-${pad(month)}-${pad(day)}`, index: match.index, length: match[0].length } : null;
}

/**
 * The first date printed with a year in `text`. Numeric dates are read day first (UK, AU, NZ
 * style) unless `monthFirst` is set or the day-first reading is impossible.
 */
export function findDate(text: string, monthFirst = false): FoundDate | null {
  const found: FoundDate[] = [];
  let m = dayMonthYear.exec(text);
  if (m) {
    const d = build(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1]), m);
    if (d) found.push(d);
  }
  m = monthDayYear.exec(text);
  if (m) {
    const d = build(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2]), m);
    if (d) found.push(d);
  }
  m = isoDate.exec(text);
  if (m) {
    const d = build(Number(m[1]), Number(m[2]), Number(m[3]), m);
    if (d) found.push(d);
  }
  m = numericDate.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const d = (monthFirst && a <= 12) || b > 12 ? build(Number(m[3]), a, b, m) : build(Number(m[3]), b, a, m);
    if (d) found.push(d);
  }
  if (found.length === 0) return null;
  return found.reduce((first, d) => (d.index < first.index ? d : first));
}

const clock = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m(?![a-z])\.?/i;
const twentyFour = /\b([01]?\d|2[0-3]):([0-5]\d)(?![\d\s]?[ap]\.?m)(?!\d)/i;

export interface FoundTime {
  time: string;
  index: number;
  length: number;
}

/** The first time of day in `text`, as 24-hour "HH:MM". */
export function findTime(text: string): FoundTime | null {
  const m = clock.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (hour >= 1 && hour <= 12 && minute < 60) {
      const pm = m[3]!.toLowerCase() === 'p';
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return { time: `${pad(hour)}:${pad(minute)}`, index: m.index, length: m[0].length };
    }
  }
  const t = twentyFour.exec(text);
  if (t) return { time: `${pad(Number(t[1]))}:${t[2]}`, index: t.index, length: t[0].length };
  return null;
}

/** A weekday name, as dates are often introduced ("Thursday, 25th July, 2024"). */
export const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/i;
