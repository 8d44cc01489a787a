// `npm run bench`: how fast minutes is on this machine, printed as a Markdown table for the
// README. Not a test: figures depend on the machine and its load, so each is the best of a few
// runs (the least disturbed one), and the load average is printed beside them.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';
import { TextEncoder, promisify } from 'node:util';
import { parse, parseFile } from '../dist/index.js';
import { minutes } from './generate.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/minutes.js');
const fixtures = join(root, 'fixtures');
const cores = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'minutes-bench-'));

/** Milliseconds of the fastest of `runs` calls. */
async function best(runs, fn) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

const bytesOf = (text) => new TextEncoder().encode(text);
const fixed = (n, digits = 1) => n.toFixed(digits);
const rows = [];
const execFileAsync = promisify(execFile);

// Text throughput on one large document.
{
  const bytes = bytesOf(minutes(900, 8));
  await parse(bytesOf(minutes(20)));
  const ms = await best(3, () => parse(bytes));
  rows.push(['text throughput', `${fixed(bytes.length / 1e6 / (ms / 1000), 2)} MB/s`, `${fixed(bytes.length / 1e6)} MB of generated minutes, 900 items`]);
}

// PDF pages per second, against poppler's pdftotext when it is installed.
const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
let pdfPages = 0;
let pdftotextRate = NaN;
const pdfs = readdirSync(fixtures)
  .filter((name) => name.startsWith('pdf-'))
  .map((name) => join(fixtures, name, 'input.pdf'));
{
  await parseFile(pdfs[0]);
  let pages = 0;
  let ms = 0;
  for (const pdf of pdfs) {
    let document;
    ms += await best(2, async () => (document = await parseFile(pdf)));
    pages += document.source.pages ?? 0;
  }
  pdfPages = pages;
  rows.push(['PDF, in-process', `${fixed(pages / (ms / 1000))} pages/s`, `${pages} pages in the ${pdfs.length} fixture PDFs, \`parseFile\` one after another`]);
  if (hasPdftotext) {
    // As a user would run it: one process per file, its start included.
    let theirs = 0;
    for (const pdf of pdfs) theirs += await best(3, () => run('pdftotext', ['-q', '-layout', pdf, '-']));
    pdftotextRate = pages / (theirs / 1000);
  }
}

// Batches through the CLI, with 1 job and with one per core: PDFs copied from the corpus, and
// generated text files (which show the pool's own scaling, without the PDF reader's threads).
// Beside them, the machine's own ceiling: the batch's halves (its two subfolders) converted at
// the same moment by two separate 1-job processes, which share nothing. No pool of threads can
// beat that; on a virtual machine whose two cores share one physical core it is well under 2×.
// Runs alternate, so that all three meet the same background load.
async function timeBatch(folder) {
  // Outputs go outside the batch folder, so that no run reads another's outputs.
  const convert = (input, jobs) => {
    const out = join(work, 'out', `${relative(work, input)}-${jobs}`);
    return execFileAsync(process.execPath, [bin, 'parse', input, '--out-dir', out, '--force', '--quiet', '--jobs', String(jobs)]);
  };
  const timed = async (fn) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  const halves = readdirSync(folder).map((name) => join(folder, name));
  let one = Infinity;
  let many = Infinity;
  let apart = Infinity;
  for (let round = 0; round < 3; round++) {
    one = Math.min(one, await timed(() => convert(folder, 1)));
    if (cores < 2) continue;
    many = Math.min(many, await timed(() => convert(folder, cores)));
    apart = Math.min(apart, await timed(() => Promise.all(halves.map((half) => convert(half, 1)))));
  }
  const ceiling = `two 1-job processes on its halves at once: ${fixed(one / apart, 2)}× (the machine's ceiling)`;
  // The pool's speed as a share of the ceiling's: 100 % when it does as well as two processes.
  const shortfall = `the pool at ${fixed((apart / many) * 100, 0)} % of that`;
  return { one, many, speedup: cores > 1 ? `${fixed(one / many, 2)}× as fast as 1 job; ${ceiling}; ${shortfall}` : '' };
}

/** A folder of two halves (subfolders a and b) for `timeBatch`; `write(path, i)` makes file i. */
function batchFolder(name, files, write) {
  const folder = join(work, name);
  for (const half of ['a', 'b']) mkdirSync(join(folder, half), { recursive: true });
  for (let i = 0; i < files; i++) write(join(folder, i % 2 === 0 ? 'a' : 'b'), i);
  return folder;
}

{
  const copies = 6;
  const files = pdfs.length * copies;
  const batch = batchFolder('pdfs', files, (half, i) => copyFileSync(pdfs[i % pdfs.length], join(half, `${i}.pdf`)));
  const { one, many, speedup } = await timeBatch(batch);
  const rate = (pdfPages * copies) / (one / 1000);
  const reference = hasPdftotext
    ? `\`pdftotext -layout\` per file: ${fixed(pdftotextRate)} pages/s; **ratio ${fixed(rate / pdftotextRate, 2)}×**`
    : 'pdftotext not installed (apt-get install poppler-utils)';
  rows.push(['PDF batch, 1 job', `${fixed(rate)} pages/s (${fixed(files / (one / 1000))} files/s)`, `${files} PDFs (${copies} copies of each fixture PDF), whole CLI run; ${reference}`]);
  if (cores > 1) rows.push([`PDF batch, ${cores} jobs`, `${fixed(files / (many / 1000))} files/s`, speedup]);
}
{
  const files = 100;
  const batch = batchFolder('texts', files, (half, i) => writeFileSync(join(half, `${i}.txt`), minutes(50 + i, 2)));
  const { one, many, speedup } = await timeBatch(batch);
  rows.push(['text batch, 1 job', `${fixed(files / (one / 1000))} files/s`, `${files} generated minutes of 50 to 150 items`]);
  if (cores > 1) rows.push([`text batch, ${cores} jobs`, `${fixed(files / (many / 1000))} files/s`, speedup]);
}

// Start-up: one small file through the CLI, against Node doing nothing.
{
  const small = join(work, 'small.txt');
  writeFileSync(small, minutes(3));
  // Alternated, so that background load falls on all three alike.
  const times = { node: [], parse: [], validate: [] };
  const commands = { node: ['-e', ''], parse: [bin, 'parse', small], validate: [bin, 'validate', small] };
  for (let round = 0; round < 15; round++) {
    for (const [name, args] of Object.entries(commands)) times[name].push(await best(1, () => run(process.execPath, args, { cwd: work })));
  }
  const [node, parseMs, validateMs] = ['node', 'parse', 'validate'].map((name) => times[name].sort((a, b) => a - b)[7]);
  const note = `median of 15; \`node -e ''\` ${fixed(node, 0)} ms`;
  rows.push(['start-up, parse', `${fixed(parseMs, 0)} ms`, `\`minutes parse small.txt\`; ${note}; **ratio ${fixed(parseMs / node, 2)}×**`]);
  rows.push(['start-up, validate', `${fixed(validateMs, 0)} ms`, `\`minutes validate small.txt\`; ${note}; **ratio ${fixed(validateMs / node, 2)}×**`]);
}

// Linearity: four times the input should cost four times as much. Both sizes are warmed up
// first and timed in alternation, so that JIT warm-up and background load fall on both alike.
{
  const n = 200;
  const small = bytesOf(minutes(n, 4));
  const large = bytesOf(minutes(4 * n, 4));
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let round = 0; round < 7; round++) {
    smallMs = Math.min(smallMs, await best(1, () => parse(small)));
    largeMs = Math.min(largeMs, await best(1, () => parse(large)));
  }
  rows.push(['linearity', `time(4n)/time(n) = ${fixed(largeMs / smallMs, 2)}`, `generated minutes of n = ${n} and 4n items (${fixed(small.length / 1e6, 2)} and ${fixed(large.length / 1e6, 2)} MB); linear is 4`]);
}

// Peak memory on a large text input through the CLI, as a user runs it.
{
  const big = join(work, 'big.txt');
  writeFileSync(big, minutes(999, 176));
  const peakFile = join(work, 'peak-rss');
  const bytes = statSync(big).size;
  const start = performance.now();
  const result = run(process.execPath, ['--import', join(root, 'bench/peak-rss.mjs'), bin, 'parse', big, '--max-bytes', String(2 * bytes), '-o', join(work, 'big.json')], {
    env: { ...process.env, PEAK_RSS_FILE: peakFile },
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`minutes parse big.txt failed: ${result.stderr}`);
  const peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024;
  rows.push(['peak memory', `${fixed(peakMb, 0)} MB`, `\`minutes parse\` of ${fixed(bytes / 1e6)} MB of generated minutes to a file: ${fixed(peakMb / (bytes / 1e6), 1)}× the input, ${fixed(bytes / 1e6 / seconds, 2)} MB/s whole run`]);
}

rmSync(work, { recursive: true, force: true });
const [load] = loadavg();
console.log(`minutes benchmark: Node ${process.version}, ${cores} cores, load average ${fixed(load, 2)} at the end\n`);
console.log('| measure | result | notes |');
console.log('|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
