// The annotated documents in the repository, with the publisher each comes from.
//
//   fixtures/<case>/input.<ext> + gold.json + meta.json          (the shared corpus' copies)
//   fixtures/<folder>/NAME.<ext> + NAME.gold.json + NAME.meta.json (held-out corpora: heldout, heldout2, …)
//
// Every folder of fixtures/ is read, so corpora that land later (questions, html) count without a
// change here. Only documents in the repository are used, so that training and evaluation give
// the same figures on any machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

/**
 * Corpora kept for measurement: real documents from publishers no rule or test was made from. The
 * tests hold them to no floor or fixpoint (test/helpers/fixtures.ts). `npm run train` learns decisions and
 * meeting details from their annotations like every corpus' but the blind ones (the models had too few examples
 * without them), so their scorer figures are held out for items but not for what the models
 * decide; `npm run eval` scores every document in its leave-one-publisher-out folds, the honest
 * figure for both. The one list of them: add a new one here.
 */
export const MEASUREMENT_ONLY = new Set(['heldout3', 'heldout4', 'questions2', 'questions3', 'heldout5', 'heldout6', 'questions4', 'heldout7', 'questions6', 'questions7', 'heldout8', 'heldout9', 'questions8', 'heldout11', 'questions9', 'questions10', 'questions12', 'heldout14', 'heldout15', 'heldout16', 'questions13', 'heldout17', 'questions14', 'questions15', 'heldout18', 'questions16', 'questions17', 'heldout19', 'heldout20', 'heldout21', 'heldout22', 'questions18', 'questions19', 'heldout23', 'heldout24', 'questions20', 'heldout25', 'heldout26', 'heldout27']);

/**
 * Blind corpora: measurement-only ones whose documents, golds and per-document results no one
 * may read (only a corpus' summary line), nor train on. Diagnostic output (eval --verbose, header-report) counts
 * their documents but never prints them.
 */
export const BLIND = new Set(['heldout11', 'questions9', 'heldout18', 'questions16', 'questions20', 'heldout26']);

const DOCUMENT = /\.(?:txt|md|pdf|html?|docx)$/i;
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

/**
 * The publisher a document is held out by in cross-validation: the publishing system's family
 * (`meta.system` up to its first bracket or space, with its variants folded together). A family
 * is stricter than the issuing council: the documents of every council on one system leave
 * together, so a fold never learns a layout from a sibling council on the same software. Systems
 * that are no product (a council's own website, a blog, a word-processor export, a text dump of
 * a PDF) fold into one family each ("website", "pdf"), which is stricter than one fold per council.
 */
export function publisherOf(meta) {
  const system = String(meta?.system ?? 'unknown').toLowerCase();
  const head = system.split(/[\s(]/)[0];
  if (head.startsWith('moderngov')) return 'moderngov';
  if (head.startsWith('civicplus')) return 'civicplus';
  if (head.startsWith('laserfiche')) return 'laserfiche';
  if (head.startsWith('parish')) return 'parish-website';
  if (head === 'pdf' || head === 'docstoc') return 'pdf';
  if (head === 'markdown') return 'markdown';
  if (head.endsWith('-website') || ['organisation', 'static', 'website', 'html', 'blog', 'wordpress'].includes(head)) return 'website';
  return head;
}

/**
 * Every annotated document under `root` (the repository's fixtures/), sorted by path; those of a
 * measurement-only corpus say so (`measurementOnly: true`).
 */
export function corpusDocuments(root) {
  const docs = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(root, entry.name);
    const files = readdirSync(dir);
    const input = files.find((f) => f.startsWith('input.') && DOCUMENT.test(f));
    if (input) {
      const gold = readJson(join(dir, 'gold.json'));
      if (gold) docs.push({ path: join(dir, input), gold, meta: readJson(join(dir, 'meta.json')) ?? {}, corpus: 'fixtures' });
      continue;
    }
    for (const f of files) {
      if (!DOCUMENT.test(f)) continue;
      const stem = join(dir, basename(f, extname(f)));
      const gold = readJson(`${stem}.gold.json`);
      if (gold) docs.push({ path: join(dir, f), gold, meta: readJson(`${stem}.meta.json`) ?? {}, corpus: entry.name });
    }
  }
  return docs
    .map((d) => ({ ...d, name: relative(root, d.path), publisher: publisherOf(d.meta), measurementOnly: MEASUREMENT_ONLY.has(d.corpus), blind: BLIND.has(d.corpus) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
