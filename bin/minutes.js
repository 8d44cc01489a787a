#!/usr/bin/env node
// The minutes command: a shim over the CLI's main(), which returns the exit code. It runs the
// bundle that `npm run build` makes (scripts/bundle.mjs) through a V8 code cache (load-cli.js).
import { loadCli } from './load-cli.js';

const cli = loadCli();
process.exitCode = await cli.main(process.argv.slice(2), cli.processIO());
// A first run with this Node (or after a new build) leaves the cache for the next ones.
if (!cli.cached) cli.saveCache();
