// The entry point of the CLI bundle (scripts/bundle.mjs builds dist/bundle/ from it): what
// bin/minutes.js runs. One file that Node resolves and compiles at once starts faster than the
// hundreds of modules of dist/; the library (dist/index.js) stays unbundled.
export { main } from './main.js';
export { processIO } from './io.js';
