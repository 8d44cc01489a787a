#!/usr/bin/env node
// npm run train: derives labelled examples from the gold annotations of every fixture and
// writes the learned models' weights to src/segment/learned/weights.json.
//
//   node scripts/train.mjs           write the weights
//   node scripts/train.mjs --check   exit 1 when the committed weights are not what training gives
//   node scripts/train.mjs --stats   also print how many examples each model had
//
// Run after `npm run build` (npm run train does both): it reads the library from dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';
import { corpusDocuments } from './lib/corpora.mjs';
import { collectExamples, serialise, trainAll } from './lib/training.mjs';

const args = process.argv.slice(2);
const weightsPath = fileURLToPath(new URL('../src/segment/learned/weights.json', import.meta.url));
const docs = corpusDocuments(fileURLToPath(new URL('../fixtures/', import.meta.url)));
const examples = await collectExamples(docs);
const text = serialise(trainAll(examples));
if (args.includes('--stats')) {
  for (const task of [...new Set(examples.map((e) => e.task))]) {
    const of = examples.filter((e) => e.task === task);
    console.log(`${task}: ${of.length} examples, ${of.filter((e) => e.label === 1).length} positive`);
  }
}
if (args.includes('--check')) {
  if (readFileSync(weightsPath, 'utf8') !== text) {
    console.error(`${weightsPath}: not what training on the fixtures gives; run npm run train`);
    process.exit(1);
  }
  console.log(`${weightsPath}: reproduced by training (${docs.length} documents, ${examples.length} examples)`);
} else {
  writeFileSync(weightsPath, text);
  console.log(`wrote ${weightsPath} (${docs.length} documents, ${examples.length} examples)`);
}
