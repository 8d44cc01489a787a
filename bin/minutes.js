#!/usr/bin/env node
// The minutes command: a shim over the CLI's main(), which returns the exit code. It runs the
// bundle that `npm run build` makes (scripts/bundle.mjs), which starts faster than dist/cli/.
import { main, processIO } from '../dist/bundle/minutes.js';

process.exitCode = await main(process.argv.slice(2), processIO());
