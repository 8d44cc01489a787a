#!/usr/bin/env node
// The minutes command: a shim over the CLI's main(), which returns the exit code. It runs the
// bundle that `npm run build` makes (scripts/bundle.mjs), which starts faster than dist/cli/.
import { setFlagsFromString } from 'node:v8';
import { main, processIO } from '../dist/bundle/minutes.js';

// V8 compiles each regular expression on first use, by default first to bytecode (with a costly
// peephole pass) and on its second use again to machine code. The parser has some 280 of them,
// most used a few times on a small file, so compiling each once, straight to machine code,
// halves the CPU time of `minutes parse small.txt` and costs nothing on large inputs (bench:
// start-up). Set after the imports, so that Node's own modules still load from its code cache,
// whose key includes the V8 flags.
setFlagsFromString('--no-regexp-tier-up');

process.exitCode = await main(process.argv.slice(2), processIO());
