#!/usr/bin/env node
// The minutes command: a shim over the CLI's main(), which returns the exit code.
import { main } from '../dist/cli/main.js';
import { processIO } from '../dist/cli/io.js';

process.exitCode = await main(process.argv.slice(2), processIO());
