// The formats of the schema's meeting date and time, without zod, for the parser, which must not
// load zod to parse a file (start-up: README Speed). schema.ts uses the same pattern for the time;
// the date check is what zod's z.iso.date() accepts (test/perf-equivalence.test.ts compares them).

/** 24-hour "HH:MM". */
export const CLOCK_24 = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** "YYYY-MM-DD", a day that exists in the proleptic Gregorian calendar. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
