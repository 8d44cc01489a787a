// Which item of the meeting an item page belongs to, by what both print: the item number when
// the page shows one, else the title (cleaned and folded by titleKey). The meeting date and body,
// when the page prints them, must be the meeting's: a page of another meeting is never attached.
import { numberKey } from '../check/numbering.js';
import type { Document, Item } from '../model/schema.js';
import { titleKey } from '../segment/titles.js';

export type Match =
  | { status: 'matched'; item: number; by: 'number' | 'title' }
  | { status: 'unmatched'; reason: string }
  | { status: 'ambiguous'; reason: string };

/** How an item is named in messages: "item 15", else its title in quotes. */
export function itemLabel(item: Item): string {
  if (item.number !== null) return `item ${item.number}`;
  return item.title !== null ? `"${item.title}"` : `the item at line ${item.position.start.line}`;
}

/** Why the page is of another meeting than `meeting`, or null when nothing it prints says so. */
function otherMeeting(meeting: Document, page: Document): string | null {
  const ours = meeting.meeting;
  const theirs = page.meeting;
  if (ours.date !== null && theirs.date !== null && ours.date !== theirs.date) {
    return `a page of the meeting of ${theirs.date}, not ${ours.date}`;
  }
  if (ours.body !== null && theirs.body !== null) {
    const a = titleKey(ours.body);
    const b = titleKey(theirs.body);
    if (a !== '' && b !== '' && !a.includes(b) && !b.includes(a)) return `a page of ${theirs.body}, not ${ours.body}`;
  }
  return null;
}

function several(items: readonly Item[]): string {
  return items.map(itemLabel).join(' and ');
}

/** The item of `meeting` that `page` (a document of one item) is the page of. */
export function matchPage(meeting: Document, page: Document): Match {
  const other = otherMeeting(meeting, page);
  if (other !== null) return { status: 'unmatched', reason: other };
  if (page.items.length !== 1) return { status: 'unmatched', reason: `the page holds ${page.items.length} items, expected one` };
  const printed = page.items[0]!;
  const items = meeting.items;
  const title = printed.title === null ? '' : titleKey(printed.title);
  const sameTitle = (item: Item) => title !== '' && item.title !== null && titleKey(item.title) === title;

  if (printed.number !== null) {
    const key = numberKey(printed.number);
    const numbered = items.filter((item) => item.number !== null && numberKey(item.number) === key);
    // Two items with one number (a duplicate in the meeting): the title decides between them.
    const byNumber = numbered.length > 1 ? numbered.filter(sameTitle) : numbered;
    if (byNumber.length === 1) return { status: 'matched', item: items.indexOf(byNumber[0]!), by: 'number' };
    if (numbered.length > 1) return { status: 'ambiguous', reason: `${several(numbered)} share the number ${printed.number}` };
  }
  // By title, among the items that print no number of their own: an item numbered otherwise is
  // another item, whatever its title.
  if (title === '') return { status: 'unmatched', reason: printed.number === null ? 'the page prints neither an item number nor a title' : `no item numbered ${printed.number}` };
  const byTitle = items.filter((item) => (printed.number === null || item.number === null) && sameTitle(item));
  if (byTitle.length === 1) return { status: 'matched', item: items.indexOf(byTitle[0]!), by: 'title' };
  if (byTitle.length > 1) return { status: 'ambiguous', reason: `${several(byTitle)} have the title "${printed.title}"` };
  const numbered = printed.number === null ? '' : `numbered ${printed.number} or `;
  return { status: 'unmatched', reason: `no item ${numbered}titled "${printed.title}"` };
}
