#!/usr/bin/env node
// npm run cues: reads the cue words of every gated pattern (src/segment/cues.ts) from its source
// and writes them, by the gate's name, to src/segment/cue-words.json, so that a run does not read
// them again (reading takes longer than compiling the pattern). test/cues.test.ts checks the
// committed list is what this gives.
//
// Run after `npm run build` (npm run cues does both): it reads the library from dist/.
import { writeFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';
import '../dist/index.js';
import '../dist/check/index.js';
import { cueWordList } from '../dist/segment/cues.js';

const path = fileURLToPath(new URL('../src/segment/cue-words.json', import.meta.url));
const list = cueWordList();
writeFileSync(path, `${JSON.stringify(list, null, 1)}\n`);
console.log(`${path}: ${Object.keys(list).length} gates`);
