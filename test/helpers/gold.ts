// Measuring a parse against a gold annotation (shared/corpus/ANNOTATION.md), with the
// eval script's own scorer (scripts/lib/score.mjs): items aligned in order by number, else by title; then titles,
// resolution presence, truncation and meeting fields compared case- and space-insensitively.
import type { Document, Item } from '../../src/model/schema.js';
import { align as alignIndices, norm } from '../../scripts/lib/score.mjs';

export interface GoldItem {
  number: string | null;
  title: string | null;
  hasResolution: boolean;
  truncated: boolean;
}
export interface Gold {
  kind: string;
  meeting: { body: string | null; date: string | null; venue: string | null };
  items: GoldItem[];
}

export { norm };

/** Gold and predicted items paired by the scorer's order-preserving alignment. */
export function align(gold: GoldItem[], pred: Item[]): [GoldItem, Item][] {
  return alignIndices(gold, pred).map(([i, j]) => [gold[i]!, pred[j]!]);
}

export class Tally {
  private counts = new Map<string, [number, number]>();
  add(key: string, ok: boolean): void {
    const c = this.counts.get(key) ?? [0, 0];
    this.counts.set(key, [c[0] + (ok ? 1 : 0), c[1] + 1]);
  }
  addCounts(key: string, ok: number, total: number): void {
    const c = this.counts.get(key) ?? [0, 0];
    this.counts.set(key, [c[0] + ok, c[1] + total]);
  }
  rate(key: string): number {
    const [ok, total] = this.counts.get(key) ?? [0, 0];
    return total === 0 ? 1 : ok / total;
  }
  f1(): number {
    const r = this.rate('recall');
    const p = this.rate('precision');
    return r + p === 0 ? 0 : (2 * r * p) / (r + p);
  }
}

export function measure(tally: Tally, gold: Gold, doc: Document): void {
  const pairs = align(gold.items, doc.items);
  tally.addCounts('recall', pairs.length, gold.items.length);
  tally.addCounts('precision', pairs.length, doc.items.length);
  tally.add('kind', doc.kind === gold.kind);
  for (const key of ['body', 'venue'] as const) {
    const g = gold.meeting[key];
    if (g == null) continue;
    const p = norm(doc.meeting[key]);
    tally.add(`meeting ${key}`, p !== '' && (p.includes(norm(g)) || norm(g).includes(p)));
  }
  if (gold.meeting.date != null) tally.add('meeting date', doc.meeting.date === gold.meeting.date);
  for (const [g, p] of pairs) {
    if (g.title != null) tally.add('titles', norm(p.title) === norm(g.title));
    tally.add('resolutions', p.resolutions.length > 0 === g.hasResolution);
    tally.add('truncated', p.truncated === g.truncated);
  }
}
