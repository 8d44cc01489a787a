// Scores a parsed document against its gold annotation as /work/shared/tools/score.mjs and
// corpus/ANNOTATION.md describe: items aligned in order (equal numbers, else equal titles),
// then titles, numbers, resolutions and the meeting's body, date and venue.
const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u200b]+/g, ' ')
    .trim()
    .replace(/(?<![.:;,])[.:;,]+$/, '')
    .toLowerCase();
const normNum = (s) => (s == null ? null : norm(s).replace(/^(item|minute|no\.?)\s+/, '').replace(/(?<![.)])[.)]+$/, ''));
export { norm };

function matchScore(g, p) {
  const gn = normNum(g.number);
  const pn = normNum(p.number);
  if (gn && pn) return gn === pn ? 3 : 0;
  const gt = norm(g.title);
  const pt = norm(p.title);
  if (gt && pt && (gt === pt || (Math.min(gt.length, pt.length) >= 8 && (gt.includes(pt) || pt.includes(gt))))) return 2;
  if (!gn && !gt && !pn) return 1;
  return 0;
}

/** Gold and predicted items paired by an order-preserving alignment that maximises matches. */
export function align(gold, pred) {
  const n = gold.length;
  const m = pred.length;
  const dp = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const s = matchScore(gold[i], pred[j]);
      dp[i][j] = Math.max(dp[i + 1][j], dp[i][j + 1], s ? s + dp[i + 1][j + 1] : 0);
    }
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = matchScore(gold[i], pred[j]);
    if (s && dp[i][j] === s + dp[i + 1][j + 1]) pairs.push([i++, j++]);
    else if (dp[i][j] === dp[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}

export const FIELDS = ['items', 'titles', 'numbers', 'resolutions present', 'resolution text', 'body', 'date', 'venue'];

/** A tally of [ok, total] per field; items holds F1's parts. */
export const emptyTally = () => ({ recall: [0, 0], precision: [0, 0], ...Object.fromEntries(FIELDS.slice(1).map((f) => [f, [0, 0]])) });

const add = (tally, key, ok, total = 1) => {
  tally[key][0] += ok;
  tally[key][1] += total;
};

/** Whether a predicted meeting field matches the gold one (dates exactly, text by containment). */
export function meetingFieldOk(key, gold, pred) {
  if (key === 'date') return pred === gold;
  return Boolean(pred) && (norm(pred) === norm(gold) || norm(pred).includes(norm(gold)) || norm(gold).includes(norm(pred)));
}

/** Adds one document's figures to `tally`; returns what it got wrong, for reports. */
export function scoreDocument(tally, gold, doc) {
  const misses = [];
  const pItems = doc?.items ?? [];
  const pairs = align(gold.items, pItems);
  add(tally, 'recall', pairs.length, gold.items.length);
  add(tally, 'precision', pairs.length, pItems.length);
  for (const key of ['body', 'date', 'venue']) {
    const g = gold.meeting?.[key];
    if (g == null) continue;
    const p = doc?.meeting?.[key] ?? null;
    const ok = meetingFieldOk(key, g, p);
    add(tally, key, ok ? 1 : 0);
    if (!ok) misses.push({ field: key, gold: g, got: p });
  }
  for (const [gi, pi] of pairs) {
    const g = gold.items[gi];
    const p = pItems[pi];
    if (g.title != null) add(tally, 'titles', norm(p.title) === norm(g.title) ? 1 : 0);
    if (g.number != null) add(tally, 'numbers', normNum(p.number) === normNum(g.number) ? 1 : 0);
    const res = p.resolutions ?? [];
    const present = res.length > 0 === g.hasResolution;
    add(tally, 'resolutions present', present ? 1 : 0);
    if (!present) misses.push({ field: 'resolutions present', item: g.number ?? g.title, gold: g.hasResolution, got: res.map((r) => r.text.slice(0, 60)) });
    if (g.resolutionStartsWith) {
      const found = norm(res.map((r) => r.text).join(' ')).includes(norm(g.resolutionStartsWith).slice(0, 40));
      add(tally, 'resolution text', found ? 1 : 0);
      if (!found) misses.push({ field: 'resolution text', item: g.number ?? g.title, gold: g.resolutionStartsWith, got: res.map((r) => r.text.slice(0, 60)) });
    }
  }
  return misses;
}

const rate = ([ok, total]) => (total ? ok / total : NaN);

/** Per field: the rate (0..1, NaN when nothing to score) and how many were scored. */
export function figures(tally) {
  const r = rate(tally.recall);
  const p = rate(tally.precision);
  const out = { items: { rate: r + p ? (2 * r * p) / (r + p) : 0, total: tally.recall[1] } };
  for (const f of FIELDS.slice(1)) out[f] = { rate: rate(tally[f]), total: tally[f][1] };
  return out;
}
