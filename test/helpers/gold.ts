// Measuring a parse against a gold annotation (shared/corpus/ANNOTATION.md), the way the
// project's scorer does: items aligned in order by number, else by title; then titles,
// resolution presence, truncation and meeting fields compared case- and space-insensitively.
import type { Document, Item } from '../../src/model/schema.js';

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

export const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![.:;,])[.:;,]+$/, '')
    .toLowerCase();
const normNumber = (s: string | null) => (s == null ? null : norm(s).replace(/^(?:item|minute|no\.?)\s/, '').replace(/(?<![.)])[.)]+$/, ''));

function score(g: GoldItem, p: Item): number {
  const gn = normNumber(g.number);
  const pn = normNumber(p.number);
  if (gn && pn) return gn === pn ? 3 : 0;
  const gt = norm(g.title);
  const pt = norm(p.title);
  if (gt && pt && (gt === pt || (Math.min(gt.length, pt.length) >= 8 && (gt.includes(pt) || pt.includes(gt))))) return 2;
  return !gn && !gt && !pn ? 1 : 0;
}

/** An order-preserving alignment that maximises matches (dynamic programming). */
export function align(gold: GoldItem[], pred: Item[]): [GoldItem, Item][] {
  const n = gold.length;
  const m = pred.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const s = score(gold[i]!, pred[j]!);
      dp[i]![j] = Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!, s ? s + dp[i + 1]![j + 1]! : 0);
    }
  const pairs: [GoldItem, Item][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(gold[i]!, pred[j]!);
    if (s && dp[i]![j] === s + dp[i + 1]![j + 1]!) pairs.push([gold[i++]!, pred[j++]!]);
    else if (dp[i]![j] === dp[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
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
