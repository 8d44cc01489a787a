// `npm run build` (after tsc): bundles the command line into dist/bundle/ with esbuild, so that
// `minutes` starts by loading one file instead of resolving hundreds of modules. What a run may
// not need (the PDF reader, remark, zod) is imported lazily in the source and lands in chunks of
// its own, loaded only when used. Every file sits in one flat folder, so the worker threads'
// URLs (`new URL('./worker.js', import.meta.url)` in the source) resolve to the bundled workers.
// pdf.js stays a package of its own: it is loaded only in the PDF worker, and finds its own
// files.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { URL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    minutes: 'src/cli/bundle.ts',
    worker: 'src/cli/batch/worker.ts',
    'pdf-worker': 'src/read/pdf-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist'],
  // Bundled CommonJS packages (commander, picomatch) call require() for Node's own modules.
  banner: { js: "import { createRequire as __minutesRequire } from 'node:module'; const require = __minutesRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

if (process.env.BUNDLE_REPORT) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile, { verbose: false }));
}
