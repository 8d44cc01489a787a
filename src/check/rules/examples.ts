// The documents the rules' examples are made from: each rule's "ok" example is one of these as it
// is, and its "not ok" example the same document with the one change the rule reports. Written
// once, so that an example shows exactly what differs (and the docs pages, which print the
// examples, stay in step through test/rules.test.ts).

/** Parish minutes that break no rule: dated, attendance and declarations recorded, each item decided. */
export const parishMinutes = `Agenda and minutes

Parish Council - Tuesday, 10th December, 2024 7.00 pm

Present: Cllr L Turner (Chair), Cllr V Allen

1. Declaration of Interests
There were no declarations of interest.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of 12 November 2024 be approved.
3. Finance
RESOLVED that the payments be agreed.
`;

/** A ModernGov meeting page as copied from the browser: numbers and titles on lines of their own. */
export const moderngovPage = `Agenda and minutes

Cabinet - Thursday, 25th July, 2024 4.00 pm

No. Item


13.

Apologies for Absence


No apologies had been received.


14.

Declarations of Members' Interests


There were no declarations of interest.


15.

Regional Care Co-operative pdf icon PDF 125 KB


Minutes:

The report was noted.
`;

/** `text` with each change made: `from` (which must occur in it) replaced by `to`. */
export function edit(text: string, ...changes: [from: string, to: string][]): string {
  return changes.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`example edit: ${JSON.stringify(from)} is not in the document`);
    return out.replace(from, to);
  }, text);
}
