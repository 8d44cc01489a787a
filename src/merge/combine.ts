// One item from the meeting's item and its item page: the page's full text, the meeting's number
// and title. The meeting's own text of the item (often an excerpt cut off by "... view the full
// minutes text") must begin the page's text, compared on letters and digits only: whitespace,
// punctuation, list bullets, labels and document lists differ between the two pages (and between
// a page and its Markdown rendering). When it does, the page's text supersedes it; when it does
// not, both are kept and the caller warns.
import type { AttachedDocument, Block, Item } from '../model/schema.js';
import { truncationLink } from '../segment/vocabulary.js';

export interface Combined {
  item: Item;
  /** The meeting's text is not the start of the page's: both were kept. */
  differs: boolean;
}

/** Labels ("Minutes:", "Members' questions") and document lists differ between the two pages. */
const compared = (block: Block) => block.type !== 'heading' && block.part !== 'documents';

/** What two printings of one text have in common: its letters and digits. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

/** The text of the blocks that are compared, squeezed, without a truncation notice. */
function comparableText(blocks: readonly Block[]): string {
  return blocks
    .filter(compared)
    .map((block) => squeeze(block.text.replace(truncationLink, '')))
    .join('');
}

function sameDocument(a: AttachedDocument, b: AttachedDocument): boolean {
  return a.title === b.title && a.format === b.format && a.size === b.size;
}

export function combineItem(meetingItem: Item, pageItem: Item): Combined {
  const excerpt = comparableText(meetingItem.minutes);
  const differs = !comparableText(pageItem.minutes).startsWith(excerpt);
  const documents = [...meetingItem.documents, ...pageItem.documents.filter((d) => !meetingItem.documents.some((m) => sameDocument(m, d)))];
  const merged: Item = {
    ...meetingItem,
    number: meetingItem.number ?? pageItem.number,
    title: meetingItem.title ?? pageItem.title,
    heading: meetingItem.heading ?? pageItem.heading,
    reference: meetingItem.reference ?? pageItem.reference,
    documents,
    purpose: pageItem.purpose ?? meetingItem.purpose,
    truncated: false,
  };
  if (differs) {
    return {
      differs,
      item: {
        ...merged,
        minutes: [...meetingItem.minutes, ...pageItem.minutes],
        questions: [...meetingItem.questions, ...pageItem.questions],
        comments: [...meetingItem.comments, ...pageItem.comments],
        resolutions: [...meetingItem.resolutions, ...pageItem.resolutions],
      },
    };
  }
  // Superseded: the compared blocks are in the page's text. A label or document list the page
  // does not print ("Additional documents:") is kept after the page's text.
  const printed = new Set(pageItem.minutes.map((block) => squeeze(block.text)));
  const kept = meetingItem.minutes.filter((block) => !compared(block) && !printed.has(squeeze(block.text)));
  return {
    differs,
    item: {
      ...merged,
      minutes: [...pageItem.minutes, ...kept],
      questions: pageItem.questions,
      comments: pageItem.comments,
      resolutions: pageItem.resolutions,
    },
  };
}
