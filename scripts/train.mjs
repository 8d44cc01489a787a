#!/usr/bin/env node
// npm run train: derives labelled examples from the gold annotations of every fixture (except the
// blind corpora, scripts/lib/corpora.mjs, which no one may read), writes
// them to src/segment/learned/examples.json (the committed training data) and the weights
// trained on them to src/segment/learned/weights.json. test/learned.test.ts retrains from the
// committed examples and checks the committed weights are what that gives.
//
//   node scripts/train.mjs           collect the examples, write both files
//   node scripts/train.mjs --check   exit 1 when the examples the fixtures give today differ from
//                                    the committed ones (the parser or the fixtures changed)
//   node scripts/train.mjs --stats   also print how many examples each model had
//
// Run after `npm run build` (npm run train does both): it reads the library from dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';
import { readExampleFile, writeExampleFile } from '../dist/segment/learned/models.js';
import { corpusDocuments } from './lib/corpora.mjs';
import { collectExamples, serialise, trainAll } from './lib/training.mjs';

const args = process.argv.slice(2);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const examplesPath = here('../src/segment/learned/examples.json');
const weightsPath = here('../src/segment/learned/weights.json');
const docs = corpusDocuments(here('../fixtures/')).filter((d) => !d.blind);
const examples = await collectExamples(docs);
const file = `${JSON.stringify(writeExampleFile(examples))}\n`;
if (args.includes('--stats')) {
  for (const task of [...new Set(examples.map((e) => e.task))]) {
    const of = examples.filter((e) => e.task === task);
    console.log(`${task}: ${of.length} examples, ${of.filter((e) => e.label === 1).length} positive`);
  }
}
if (args.includes('--check')) {
  if (readFileSync(examplesPath, 'utf8') !== file) {
    console.error(`${examplesPath}: not the examples the fixtures give today; run npm run train`);
    process.exit(1);
  }
  console.log(`${examplesPath}: up to date (${docs.length} documents, ${examples.length} examples)`);
} else {
  writeFileSync(examplesPath, file);
  writeFileSync(weightsPath, serialise(trainAll(readExampleFile(JSON.parse(file)))));
  console.log(`wrote ${examplesPath} and ${weightsPath} (${docs.length} documents, ${examples.length} examples)`);
}
