// Loads the command line (dist/bundle/cli.cjs, built by scripts/bundle.mjs) with a V8 code cache,
// so that a run does not compile again what the last run compiled: the bundle's functions, the
// ones a parse runs included, are read back as bytecode (bench: start-up). Node 20 has no code
// cache for ES modules, hence a classic script through vm.Script.
//
// The vendor files the bundle requires when a document needs them (vendor-markdown.cjs …) load
// the same way: a Markdown file's run no longer compiles remark's 650 KB (158 -> 130 ms CPU).
//
// The cache is one file per bundle file (the hash on its last line), Node version, architecture and
// set of Node and V8 flags, in dist/bundle/code-cache/ (made by `npm run build`), or else in the
// user's cache folder when the package folder cannot be written. A cache that is missing, or
// that V8 rejects (it checks its own version and flags), only costs the compilation: the run
// goes on and writes a new one at its end. Nothing here is needed for correctness.
'use strict';
const { Buffer } = require('node:buffer');
const { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const bundle = join(__dirname, '../dist/bundle/cli.cjs');
const bundleDir = dirname(bundle);
/** Up to this many bytes of input, V8 compiles regular expressions without optimisation, and no baseline code. */
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

// Every file read here goes into one buffer, kept from read to read: a bundle file, then its
// cache once V8 has its source as a string, then the next file. Memory a process touches for the
// first time costs a page fault per 4 KB, and on this kind of virtual machine a fault costs
// several microseconds: reading each file into a buffer of its own made ~240 faults per MB
// (bench: start-up). A returned view holds only until the next read.
let readBuffer = Buffer.allocUnsafeSlow(0);

function readShared(path) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (readBuffer.length < size) readBuffer = Buffer.allocUnsafeSlow(size);
    let length = 0;
    for (let read; length < size && (read = readSync(fd, readBuffer, length, size - length, null)) > 0; ) length += read;
    return readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The cache, as a view of the shared buffer (V8 reads it while compiling, and keeps none of it). */
function readCache(name) {
  for (const dir of cacheDirs()) {
    try {
      return readShared(join(dir, name));
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
// worker_threads, fs/promises serves only folders, --out-dir and merge (one file is read and
// stat'ed synchronously; fs/promises alone is about 9 million instructions of a 760 million run),
// and tty (which loads net) answers only whether a character device is a terminal (src/cli/io.ts).
// Loading them costs a few milliseconds of each run, so the bundle's require() gives a stand-in
// for them that loads the module on first use (bundleRequire).
const deferred = new Set(['node:child_process', 'node:worker_threads', 'node:fs/promises', 'node:tty']);

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

// The V8 flags a run changes (below). V8 takes a code cache only under the flags it was made
// with, so caches are read and made under Node's own flags, and the run's are set again after.
const runFlags = { tierUp: false, optimise: false };

function setRunFlags({ tierUp, optimise }) {
  setFlagsFromString(tierUp ? '--regexp-tier-up' : '--no-regexp-tier-up');
  setFlagsFromString(optimise ? '--regexp-optimization' : '--no-regexp-optimization');
  // Sparkplug's baseline code too: in a small run, the code it makes is memory touched for the
  // first time (a page fault per 4 KB) for functions that run a few more times (`minutes parse
  // small.txt`: ~115 fewer page faults). TurboFan stays on: a small input can still run long (21 KB
  // of `*a_` in Markdown, on which remark's inline parser is super-linear, took 5x as long without it).
  setFlagsFromString(optimise ? '--sparkplug' : '--no-sparkplug');
}

function underNodeFlags(work) {
  setRunFlags({ tierUp: true, optimise: true });
  try {
    return work();
  } finally {
    setRunFlags(runFlags);
  }
}

/** The files of the bundle this process loaded: each one's script and whether V8 took its cache. */
const loaded = [];
const cacheFlags = fnv(`${process.execArgv.join(' ')}|${process.env.NODE_OPTIONS ?? ''}`);

/**
 * Runs one CommonJS file of the bundle, compiled from its code cache when there is one, and
 * returns its exports. The files are ASCII (esbuild escapes the rest): read as Latin-1, they need
 * no decoding. Each cache is named by the file's hash (its last line, written by the build).
 */
function runFile(file, wrapped, args) {
  const text = readShared(file).toString('latin1');
  const hash = /minutes-source-hash=(\w+)\s*$/.exec(text.slice(-64))?.[1] ?? 'unhashed';
  const name = `${hash}-${process.version}-${process.arch}-${cacheFlags}.bin`;
  const cachedData = readCache(name);
  const source = wrapped ? text : `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
  const fileModule = { exports: {} };
  // Run under Node's flags too, so that the Node modules the file requires load from Node's own
  // code cache.
  underNodeFlags(() => {
    const script = new Script(source, { filename: file, cachedData });
    loaded.push({ name, script, cached: cachedData !== undefined && !script.cachedDataRejected });
    // module.constructor is Node's Module: its createRequire, without loading node:module (which
    // loads Node's ES module loader).
    script.runInThisContext()(fileModule.exports, bundleRequire(module.constructor.createRequire(file)), fileModule, file, dirname(file), ...args);
  });
  return fileModule.exports;
}

/** The bundle's vendor files (vendor-markdown.cjs …), each run once, when first required. */
const vendors = new Map();

/**
 * require() for the bundle's files: its vendor files through their code caches, and the Node
 * modules it imports at its top that a run on one text file never uses (deferred) on first use.
 */
function bundleRequire(require) {
  const bundleRequire = (id) => {
    if (deferred.has(id)) return onFirstUse(() => require(id));
    if (!/^\.\/vendor-\w+\.cjs$/.test(id)) return require(id);
    if (!vendors.has(id)) vendors.set(id, runFile(join(bundleDir, id), false, []));
    return vendors.get(id);
  };
  return Object.assign(bundleRequire, require);
}

/**
 * Loads the command line: `main` and `processIO` as src/cli/bundle.ts exports them; `cached`
 * says whether V8 took the caches of every file loaded so far; `saveCache()` writes the caches
 * that were missing or rejected from what this process compiled.
 */
function loadCli() {
  const cli = runFile(bundle, true, [pathToFileURL(bundle).href]);

  // V8 compiles each regular expression on first use, by default first to bytecode (with a costly
  // peephole pass) and on its second use again to machine code. The parser has some 700 of them,
  // most used a few times on a small file, so compiling each once, straight to machine code,
  // halves the CPU time of `minutes parse small.txt` and costs nothing on large inputs. For a
  // run that parses little, V8's optimising passes over each expression also cost more than they
  // save (a third of the compilation; break-even measured at ~25 KB of text), and so does its
  // baseline compiler (setRunFlags): they are off until the CLI says how much it will
  // parse (expectInput; a batch of several files counts as large). (runFile has set them.)
  const io = () => ({
    ...cli.processIO(),
    expectInput(bytes) {
      runFlags.optimise = bytes > SMALL_RUN_BYTES;
      setRunFlags(runFlags);
    },
  });
  return {
    main: cli.main,
    processIO: io,
    get cached() {
      return loaded.every((file) => file.cached);
    },
    saveCache() {
      underNodeFlags(() => {
        for (const file of loaded) if (!file.cached) writeCache(file.name, file.script.createCachedData());
      });
    },
  };
}

module.exports = { loadCli };
