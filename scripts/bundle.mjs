// `npm run build` (after tsc): bundles the command line into dist/bundle/ with esbuild, so that
// `minutes` starts by loading one file instead of resolving hundreds of modules, and gives V8 a
// code cache for it (bin/load-cli.js).
//
// - cli.cjs: the command line as one classic script (not a module), wrapped in a function, so
//   that bin/load-cli.js can compile it through vm.Script with a V8 code cache: Node 20 has no
//   code cache for ES modules (module.enableCompileCache is Node 22.1+). What a text parse never
//   runs (the HTML, Word and PDF readers, Markdown, the schema) is wrapped by esbuild in functions
//   that run on first use, and the large packages behind them are not in it at all: each group
//   is a vendor-*.cjs file of its own, required only when a document needs it.
// - worker.js, pdf-worker.js (+ chunks): the worker threads, ES modules as before; their URLs
//   (`new URL('./worker.js', import.meta.url)` in the source) resolve beside cli.cjs. PDFium stays
//   a package of its own: it is loaded only in the PDF worker, which reads its WebAssembly file.
// - In both, the case-insensitive regular expression literals of src/ become case-sensitive ones
//   that match the same strings and that V8 compiles faster (scripts/lib/case-fold.mjs).
//
// Then one small text file is parsed and validated through bin/load-cli.js, which writes the
// code cache for this Node (dist/bundle/code-cache/); another Node makes its own on first run.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL } from 'node:url';
import { caseFoldPlugin } from './lib/case-fold.mjs';

const root = new URL('..', import.meta.url).pathname;
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

const shared = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', metafile: true, logLevel: 'warning' };

// The workers: ES modules, sharing chunks.
const workers = await build({
  ...shared,
  entryPoints: { worker: 'src/cli/batch/worker.ts', 'pdf-worker': 'src/read/pdf-worker.ts' },
  outdir,
  splitting: true,
  format: 'esm',
  external: ['@embedpdf/pdfium'],
  plugins: [caseFoldPlugin(root)],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: { js: "import { createRequire as __minutesRequire } from 'node:module'; const require = __minutesRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
});

// Packages only some documents need, by file: each becomes dist/bundle/vendor-NAME.cjs, and an
// import of one of them in cli.cjs becomes a require() of that file, run when the importing
// module first runs.
const vendors = {
  markdown: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'remark-stringify', 'yaml'],
  zod: ['zod'],
  parse5: ['parse5'],
  mammoth: ['mammoth'],
};
const vendorOf = new Map(Object.entries(vendors).flatMap(([file, packages]) => packages.map((name) => [name, file])));
const exportName = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

for (const [file, packages] of Object.entries(vendors)) {
  const entry = packages.map((name) => `export * as ${exportName(name)} from '${name}';`).join('\n');
  await build({ ...shared, sourcemap: false, stdin: { contents: entry, resolveDir: root, loader: 'js' }, outfile: `${outdir}/vendor-${file}.cjs`, format: 'cjs' });
}

// What each package exports, read from its vendor file, so that an import of it becomes the
// same names taken from the vendor file's namespace object.
const require = createRequire(import.meta.url);
const vendorModule = (name) => {
  const namespace = `require('./vendor-${vendorOf.get(name)}.cjs').${exportName(name)}`;
  const names = Object.keys(require(`${outdir}/vendor-${vendorOf.get(name)}.cjs`)[exportName(name)]);
  // `export { v0 as catch }`: an export may have a name that a variable may not.
  const values = names.map((n, i) => `const v${i} = namespace[${JSON.stringify(n)}];`);
  return [`const namespace = ${namespace};`, ...values, `export { ${names.map((n, i) => `v${i} as ${n}`).join(', ')} };`].join('\n');
};

const vendorPlugin = {
  name: 'vendor',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/vendor-\w+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    plugin.onResolve({ filter: /^[\w@][\w./@-]*$/ }, (args) => (vendorOf.has(args.path) ? { path: args.path, namespace: 'vendor' } : undefined));
    plugin.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: vendorModule(args.path), loader: 'js' }));
  },
};

// The command line: one function `(exports, require, module, __filename, __dirname, __minutesUrl)`.
const cli = await build({
  ...shared,
  entryPoints: ['src/cli/bundle.ts'],
  outfile: `${outdir}/cli.cjs`,
  format: 'cjs',
  external: ['@embedpdf/pdfium'],
  plugins: [vendorPlugin, caseFoldPlugin(root)],
  define: { 'import.meta.url': '__minutesUrl' },
  banner: { js: '(function (exports, require, module, __filename, __dirname, __minutesUrl) {' },
  footer: { js: '})' },
});

// V8 checks a code cache against the source's length only: the loader keys each file's cache by
// this hash of its source, written on the file's last line.
for (const file of ['cli', ...Object.keys(vendors).map((name) => `vendor-${name}`)]) {
  const source = readFileSync(`${outdir}/${file}.cjs`);
  appendFileSync(`${outdir}/${file}.cjs`, `\n//# minutes-source-hash=${createHash('sha256').update(source).digest('hex').slice(0, 16)}\n`);
}

// The first code caches, made by a run that parses and validates small documents: text (the
// command line), Markdown and HTML (their vendor files). Word's is made by the first run on one.
{
  const { loadCli } = await import(`${root}bin/load-cli.js`);
  const work = mkdtempSync(join(tmpdir(), 'minutes-build-'));
  const minutes =
    'Minutes of the Council\nHeld on 1 January 2025 at 7pm, Council Chamber\n\nPresent: Cllr A Smith (Chair), Cllr B Jones\n\n' +
    '1. Apologies\nNone.\n\n2. Budget\nCllr Jones asked about the timetable; the Clerk replied that work would start in May.\n\n' +
    'RESOLVED: that the budget be approved.\nMoved by Cllr Smith, seconded by Cllr Jones.\nFor: 6  Against: 1  Abstain: 0\n';
  const documents = {
    'small.txt': minutes,
    'small.md': `# Council\n\n${minutes}`,
    'small.html': `<!doctype html><html><body><h1>Council</h1><p>${minutes.replaceAll('\n\n', '</p><p>')}</p></body></html>`,
  };
  for (const [name, text] of Object.entries(documents)) writeFileSync(join(work, name), text);
  const cliRun = loadCli();
  const silent = { write: () => true };
  const io = { stdout: silent, stderr: silent, readStdin: async () => new Uint8Array(), cwd: work, env: {} };
  for (const command of ['parse', 'validate']) await cliRun.main([command, 'small.txt'], io);
  for (const name of ['small.md', 'small.html']) await cliRun.main(['parse', name], io);
  cliRun.saveCache();
  rmSync(work, { recursive: true, force: true });
}

if (process.env.BUNDLE_REPORT) {
  const { analyzeMetafile } = await import('esbuild');
  for (const result of [cli, workers]) console.log(await analyzeMetafile(result.metafile, { verbose: false }));
}
