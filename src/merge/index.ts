// merge: a meeting page and the pages of its items → one complete document. Each page is
// matched to one item (match.ts) and that item takes the page's full text (combine.ts). The
// inputs are listed in `sources` (the meeting first) and every position names the source it
// points into. A page that cannot be placed is left out with a diagnostic naming it and why.
import { check } from '../check/index.js';
import { diagnostic } from '../model/diagnostics.js';
import type { Block, Diagnostic, Document, Position } from '../model/schema.js';
import { combineItem } from './combine.js';
import { itemLabel, matchPage, type Match } from './match.js';

/** A copy of `value` in which every `position` names source `index`. */
function fromSource<T>(value: T, index: number): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      out[key] = key === 'position' && child !== null && typeof child === 'object' ? { ...(child as Position), source: index } : copy(child);
    }
    return out;
  };
  return copy(value) as T;
}

const pageName = (page: Document, index: number) => page.source.name ?? `item page ${index}`;

/** Pages that claim an item another page claims too are ambiguous: neither is merged. */
function sharedItems(meeting: Document, pages: readonly Document[], matches: Match[]): Match[] {
  return matches.map((match) => {
    if (match.status !== 'matched') return match;
    const rivals = matches.flatMap((other, j) => (other.status === 'matched' && other.item === match.item ? [pageName(pages[j]!, j + 1)] : []));
    if (rivals.length === 1) return match;
    return { status: 'ambiguous', reason: `${itemLabel(meeting.items[match.item]!)} is the item of ${rivals.map((r) => `"${r}"`).join(' and ')}` };
  });
}

/** `meeting` with each of `pages` merged into the item it is the page of. */
export function merge(meeting: Document, pages: readonly Document[]): Document {
  const base = fromSource(meeting, 0);
  const tagged = pages.map((page, i) => fromSource(page, i + 1));
  const matches = sharedItems(meeting, pages, pages.map((page) => matchPage(meeting, page)));
  const items = [...base.items];
  const furniture: Block[] = [...base.furniture];
  const unclassified: Block[] = [...base.unclassified];
  const recorded: Diagnostic[] = [...base.diagnostics];
  const notes: Diagnostic[] = [];

  matches.forEach((match, i) => {
    const page = tagged[i]!;
    const name = pageName(page, i + 1);
    const pageItem = page.items[0];
    const anchor = pageItem?.heading?.position ?? pageItem?.position ?? null;
    if (match.status === 'unmatched') notes.push(diagnostic('item-page-unmatched', { page: name, reason: match.reason }, anchor));
    if (match.status === 'ambiguous') notes.push(diagnostic('item-page-ambiguous', { page: name, reason: match.reason }, anchor));
    if (match.status !== 'matched' || !pageItem) return;
    const { item, differs } = combineItem(items[match.item]!, pageItem);
    items[match.item] = item;
    if (differs) notes.push(diagnostic('item-page-differs', { page: name, item: itemLabel(item) }, item.position));
    // The page's own header ("Agenda item", the meeting line) and its copy of the title are page
    // furniture once the item sits in its meeting; text the page left unplaced stays unplaced.
    const heading = pageItem.heading !== null && item.heading !== pageItem.heading ? [pageItem.heading] : [];
    furniture.push(...page.preamble, ...heading, ...page.furniture);
    unclassified.push(...page.sections.flatMap((section) => section.blocks), ...page.unclassified);
    recorded.push(...page.diagnostics);
  });

  // A merged document given as the meeting gets its sources anew: its positions now name source 0.
  const { $schema, schemaVersion, kind, source, ...rest } = base;
  delete rest.sources;
  const document: Document = {
    ...($schema === undefined ? {} : { $schema }),
    schemaVersion,
    kind,
    source,
    sources: [meeting.source, ...pages.map((page) => page.source)],
    ...rest,
    items,
    unclassified,
    furniture,
    diagnostics: [...recorded, ...notes],
  };
  // The rules run again on the merged tree (an item no longer truncated is no longer reported);
  // messages no rule owns (reading, merging) are kept as they are.
  document.diagnostics = check(document);
  return document;
}
