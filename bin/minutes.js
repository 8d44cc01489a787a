#!/usr/bin/env node
// The minutes command: a shim over the CLI's main(), which returns the exit code. It runs the
// bundle that `npm run build` makes (scripts/bundle.mjs) through a V8 code cache (load-cli.js).
// A CommonJS script (bin/package.json), so that Node starts it without its ES module loader.
'use strict';
const { loadCli } = require('./load-cli.js');

const cli = loadCli();
cli.main(process.argv.slice(2), cli.processIO()).then((code) => {
  // A first run with this Node (or after a new build) leaves the caches for the next ones.
  if (!cli.cached) cli.saveCache();
  // The output is written (synchronously: src/cli/io.ts) and every worker closed: the process
  // ends here, rather than have Node take its heap and threads down one by one first, which a
  // run on one small file paid for (bench: start-up).
  process.exit(code);
});
