// Loads the command line (dist/bundle/cli.cjs, built by scripts/bundle.mjs) with a V8 code cache,
// so that a run does not compile again what the last run compiled: the bundle's functions, the
// ones a parse runs included, are read back as bytecode (bench: start-up). Node 20 has no code
// cache for ES modules, hence a classic script through vm.Script.
//
// The cache is one file per bundle (the hash on its last line), Node version, architecture and
// set of Node and V8 flags, in dist/bundle/code-cache/ (made by `npm run build`), or else in the
// user's cache folder when the package folder cannot be written. A cache that is missing, or
// that V8 rejects (it checks its own version and flags), only costs the compilation: the run
// goes on and writes a new one at its end. Nothing here is needed for correctness.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
const bundleDir = dirname(bundle);

/** A short, stable hash of a string (FNV-1a), for the flags in the cache's name. */
function fnv(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}

/** Where the cache may be, first the package's own folder. */
function cacheDirs() {
  const userCache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return [join(bundleDir, 'code-cache'), join(userCache, 'council-minutes', 'code-cache')];
}

function readCache(name) {
  for (const dir of cacheDirs()) {
    try {
      return readFileSync(join(dir, name));
    } catch {
      // not there: try the next folder
    }
  }
  return undefined;
}

/** Writes the cache whole or not at all (a rename), so that runs at the same time never read half of one. */
function writeCache(name, data) {
  for (const dir of cacheDirs()) {
    const temporary = join(dir, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temporary, data);
      renameSync(temporary, join(dir, name));
      return;
    } catch {
      // not writable: try the next folder
    }
  }
}

/**
 * Loads the command line: `main` and `processIO` as src/cli/bundle.ts exports them; `cached`
 * says whether V8 took the cache; `saveCache()` writes one from what this process compiled.
 */
export function loadCli() {
  // The bundle is ASCII (esbuild escapes the rest): read as Latin-1, it needs no decoding.
  const source = readFileSync(bundle, 'latin1');
  const hash = /minutes-source-hash=(\w+)\s*$/.exec(source.slice(-64))?.[1] ?? 'unhashed';
  const flags = `${process.execArgv.join(' ')}|${process.env.NODE_OPTIONS ?? ''}`;
  const name = `${hash}-${process.version}-${process.arch}-${fnv(flags)}.bin`;
  const cachedData = readCache(name);
  const script = new Script(source, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, bundleDir, pathToFileURL(bundle).href);

  // V8 compiles each regular expression on first use, by default first to bytecode (with a costly
  // peephole pass) and on its second use again to machine code. The parser has some 280 of them,
  // most used a few times on a small file, so compiling each once, straight to machine code,
  // halves the CPU time of `minutes parse small.txt` and costs nothing on large inputs. Set
  // after the bundle is loaded, so that it and the Node modules it requires load from their code
  // caches, whose keys include the V8 flags.
  setFlagsFromString('--no-regexp-tier-up');
  return {
    main: module.exports.main,
    processIO: module.exports.processIO,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      // The flags as they were when the cache was read, so that the next run's V8 accepts it.
      setFlagsFromString('--regexp-tier-up');
      writeCache(name, script.createCachedData());
    },
  };
}
