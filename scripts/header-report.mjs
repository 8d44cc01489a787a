#!/usr/bin/env node
// For every annotated document: the meeting field (body, date or venue) the gold gives, what the
// parser chose with weights trained without the document's publisher (as `npm run eval` folds
// them), and the candidates it chose among, best first. Shows whether a miss is a candidate never
// offered (the reader) or one ranked below another (the model).
//
//   node scripts/header-report.mjs [body|date|venue] [--misses] [--top N]
//
// Run after `npm run build`.
import { URL, fileURLToPath } from 'node:url';
import { parseFile } from '../dist/index.js';
import { probability } from '../dist/segment/learned/logistic.js';
import { corpusDocuments } from './lib/corpora.mjs';
import { meetingFieldOk } from './lib/score.mjs';
import { collectExamples, trainAll } from './lib/training.mjs';

const args = process.argv.slice(2);
const field = args.find((a) => ['body', 'date', 'venue'].includes(a)) ?? 'body';
const missesOnly = args.includes('--misses');
const top = Number(args[args.indexOf('--top') + 1]) || 5;
const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const docs = corpusDocuments(root);
const examples = await collectExamples(docs.filter((d) => !d.blind));
let ok = 0;
let offered = 0;
let total = 0;
for (const publisher of [...new Set(docs.map((d) => d.publisher))].sort()) {
  const models = trainAll(examples.filter((e) => e.publisher !== publisher));
  for (const d of docs.filter((x) => x.publisher === publisher)) {
    const gold = d.gold.meeting?.[field];
    if (gold == null) continue;
    const seen = [];
    const doc = await parseFile(d.path, { name: d.name, learned: { models, record: (c) => c.task === field && seen.push({ value: c.value, p: probability(models[field], c.features) }) } });
    const got = doc.meeting?.[field] ?? null;
    const right = meetingFieldOk(field, gold, got);
    const has = seen.some((c) => meetingFieldOk(field, gold, c.value));
    total++;
    ok += right;
    offered += has;
    if ((missesOnly && right) || d.blind) continue;
    console.log(`${right ? 'ok  ' : has ? 'RANK' : 'NONE'} ${publisher.padEnd(14)} ${d.name}\n     gold ${JSON.stringify(gold)}\n     got  ${JSON.stringify(got)}`);
    if (!right) for (const c of seen.sort((a, b) => b.p - a.p).slice(0, top)) console.log(`       ${c.p.toFixed(3)} ${meetingFieldOk(field, gold, c.value) ? '*' : ' '} ${JSON.stringify(c.value.slice(0, 100))}`);
  }
}
console.log(`${field}: ${ok}/${total} right (${((100 * ok) / total).toFixed(1)}%), gold among candidates in ${offered}/${total}`);
