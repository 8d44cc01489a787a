#!/usr/bin/env node
// npm run eval: the parser's accuracy per field over every annotated document in fixtures/,
// in-sample (the committed weights, trained on every document but those of the blind corpora) and
// leave-one-publisher-out (for each publisher, weights trained as the committed ones are but
// without its documents, scored on all of them, blind ones included). The
// cross-validated column is the figure to trust: it is what a publisher never seen gets.
//
//   node scripts/eval.mjs [--verbose] [--json]
//
// Run after `npm run build` (npm run eval does both): it reads the library from dist/.
import { performance } from 'node:perf_hooks';
import { URL, fileURLToPath } from 'node:url';
import { parseFile } from '../dist/index.js';
import { corpusDocuments } from './lib/corpora.mjs';
import { FIELDS, emptyTally, figures, scoreDocument } from './lib/score.mjs';
import { collectExamples, trainAll } from './lib/training.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const started = performance.now();

const docs = corpusDocuments(root);
const publishers = [...new Set(docs.map((d) => d.publisher))].sort();

// In-sample: the committed weights.
const inSample = emptyTally();
for (const d of docs) scoreDocument(inSample, d.gold, await parseFile(d.path, { name: d.name }));

// Leave one publisher out: training examples are read once (they do not depend on the weights),
// then each fold trains without one publisher and parses that publisher's documents.
const examples = await collectExamples(docs.filter((d) => !d.blind));
const heldOut = emptyTally();
const perPublisher = {};
const misses = [];
for (const publisher of publishers) {
  const models = { models: trainAll(examples.filter((e) => e.publisher !== publisher)) };
  const tally = emptyTally();
  for (const d of docs.filter((x) => x.publisher === publisher)) {
    const doc = await parseFile(d.path, { name: d.name, learned: models });
    for (const t of [tally, heldOut]) {
      const m = scoreDocument(t, d.gold, doc);
      if (t === heldOut && !d.blind) misses.push(...m.map((x) => ({ doc: d.name, publisher, ...x })));
    }
  }
  perPublisher[publisher] = { documents: docs.filter((x) => x.publisher === publisher).length, ...figures(tally) };
}

const pct = (f) => (Number.isNaN(f.rate) ? '   n/a' : `${(f.rate * 100).toFixed(1).padStart(5)}%`);
const a = figures(inSample);
const b = figures(heldOut);
if (args.includes('--json')) {
  console.log(JSON.stringify({ documents: docs.length, publishers, inSample: a, leaveOnePublisherOut: b, perPublisher, misses }, null, 2));
} else {
  if (verbose) {
    for (const m of misses) console.log(`miss ${m.publisher} ${m.doc} ${m.field}${m.item ? ` [${m.item}]` : ''}: gold ${JSON.stringify(m.gold)} got ${JSON.stringify(m.got)}`);
    console.log('');
    for (const [p, f] of Object.entries(perPublisher))
      console.log(`${p.padEnd(16)} ${String(f.documents).padStart(3)} docs  ${FIELDS.map((k) => `${k} ${pct(f[k]).trim()}`).join('  ')}`);
    console.log('');
  }
  console.log(`${docs.length} documents, ${publishers.length} publishers (${publishers.join(', ')})`);
  console.log(`${'field'.padEnd(20)} ${'in-sample'.padStart(10)} ${'held-out publisher'.padStart(19)} ${'scored'.padStart(7)}`);
  for (const k of FIELDS) console.log(`${k.padEnd(20)} ${pct(a[k]).padStart(10)} ${pct(b[k]).padStart(19)} ${String(b[k].total).padStart(7)}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
