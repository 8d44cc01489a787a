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
'use strict';
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const bundle = join(__dirname, '../dist/bundle/cli.cjs');
const bundleDir = dirname(bundle);
/** Up to this many bytes of input, regular expressions are compiled without optimisation. */
const SMALL_RUN_BYTES = 24 * 1024;

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

// Node modules that the bundle imports at its top but a run on one text file never uses: commander
// imports child_process (to run subcommands that are other programs), the worker pool
// worker_threads. Loading them costs a few milliseconds of each run, so the bundle's require()
// gives a stand-in for them that loads the module on first use.
const deferred = new Set(['node:child_process', 'node:worker_threads']);

function onFirstUse(load) {
  let loaded;
  const real = () => (loaded ??= load());
  return new Proxy(
    {},
    {
      get: (_, key) => real()[key],
      has: (_, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor(_, key) {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

function deferringRequire(require) {
  return Object.assign((id) => (deferred.has(id) ? onFirstUse(() => require(id)) : require(id)), require);
}

/**
 * Loads the command line: `main` and `processIO` as src/cli/bundle.ts exports them; `cached`
 * says whether V8 took the cache; `saveCache()` writes one from what this process compiled.
 */
function loadCli() {
  // The bundle is ASCII (esbuild escapes the rest): read as Latin-1, it needs no decoding.
  const source = readFileSync(bundle, 'latin1');
  const hash = /minutes-source-hash=(\w+)\s*$/.exec(source.slice(-64))?.[1] ?? 'unhashed';
  const flags = `${process.execArgv.join(' ')}|${process.env.NODE_OPTIONS ?? ''}`;
  const name = `${hash}-${process.version}-${process.arch}-${fnv(flags)}.bin`;
  const cachedData = readCache(name);
  const script = new Script(source, { filename: bundle, cachedData });
  const cli = { exports: {} };
  // module.constructor is Node's Module: its createRequire, without loading node:module (which
  // loads Node's ES module loader).
  script.runInThisContext()(cli.exports, deferringRequire(module.constructor.createRequire(bundle)), cli, bundle, bundleDir, pathToFileURL(bundle).href);

  // V8 compiles each regular expression on first use, by default first to bytecode (with a costly
  // peephole pass) and on its second use again to machine code. The parser has some 700 of them,
  // most used a few times on a small file, so compiling each once, straight to machine code,
  // halves the CPU time of `minutes parse small.txt` and costs nothing on large inputs. For a
  // run that parses little, V8's optimising passes over each expression also cost more than they
  // save (a third of the compilation; break-even measured at ~25 KB of text): they are off until
  // the CLI says how much it will parse (expectInput). Set after the bundle is loaded, so that it
  // and the Node modules it requires load from their code caches, whose keys include the V8 flags.
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--no-regexp-optimization');
  const io = () => ({
    ...cli.exports.processIO(),
    expectInput(bytes) {
      if (bytes > SMALL_RUN_BYTES) setFlagsFromString('--regexp-optimization');
    },
  });
  return {
    main: cli.exports.main,
    processIO: io,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      // The flags as they were when the cache was read, so that the next run's V8 accepts it.
      setFlagsFromString('--regexp-tier-up');
      setFlagsFromString('--regexp-optimization');
      writeCache(name, script.createCachedData());
    },
  };
}

module.exports = { loadCli };
