// The threads PDFium runs in (read/pdf-worker.ts), kept from one PDF to the next: compiling
// PDFium's WebAssembly costs more CPU than reading a typical agenda, so a thread is started once
// and reused, rather than once per PDF. Each thread reads one PDF at a time under its deadline;
// a thread whose PDF runs past the deadline is terminated (PDFium cannot be interrupted any
// other way) and the next PDF gets a fresh one. Requests beyond the threads there are (at most
// one per core) wait their turn, and their deadline runs from when a thread takes them.
// An idle thread does not keep the process alive.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { diagnostic } from '../model/diagnostics.js';
import { InputError } from './input-error.js';
import type { PdfReply, PdfRequest } from './pdf-worker.js';

interface Pending {
  request: PdfRequest;
  timeoutMs: number;
  resolve(reply: PdfReply): void;
  reject(error: unknown): void;
}

type Outcome = { reply: PdfReply } | { error: unknown };

interface Thread {
  worker: Worker;
  /** Ends the request it is reading, if any. */
  busy: ((outcome: Outcome) => void) | null;
}

/**
 * The compiled worker beside this module. When this module runs from its TypeScript source (the
 * tests), Node cannot start a worker from a .ts file, so the compiled one in dist/ is used: run
 * `npm run build` after changing pdf-worker.ts.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./pdf-worker.js', here);
  const compiled = new URL('../../dist/read/pdf-worker.js', here);
  if (!existsSync(compiled)) throw new Error('the PDF worker is not compiled: run `npm run build` first');
  return compiled;
}

const threads: Thread[] = [];
const queue: Pending[] = [];
const MAX_THREADS = Math.max(1, availableParallelism());

const timeout = (timeoutMs: number) => new InputError('pdf-timeout', diagnostic('pdf-timeout', { seconds: timeoutMs / 1000 }).message);
const outOfMemory = () => new InputError('pdf-corrupt', diagnostic('pdf-corrupt', { reason: 'it needs more memory than is available' }).message);

/** Reads `request` in a PDFium thread: its reply, or a pdf-timeout after `timeoutMs`. */
export function inWorker(request: PdfRequest, timeoutMs: number): Promise<PdfReply> {
  return new Promise((resolve, reject) => {
    queue.push({ request, timeoutMs, resolve, reject });
    dispatch();
  });
}

/** Hands waiting requests to idle threads, starting threads up to one per core. */
function dispatch(): void {
  while (queue.length > 0) {
    const thread = threads.find((t) => !t.busy) ?? (threads.length < MAX_THREADS ? spawn() : null);
    if (!thread) return;
    start(thread, queue.shift()!);
  }
}

function spawn(): Thread {
  // stdout/stderr: true gives the worker streams of its own instead of ours: stdout is JSON. They
  // are never read (the worker writes nothing to them, see pdf-worker.ts): in Node 20, reading
  // them would keep the process alive even when the worker is unref()'d.
  const worker = new Worker(workerUrl(), { stdout: true, stderr: true });
  const thread: Thread = { worker, busy: null };
  // A thread that fails or stops fails the PDF it was reading (if any) and is never used again.
  const fail = (error: unknown) => {
    retire(thread);
    thread.busy?.({ error });
  };
  worker.on('error', (error: Error & { code?: string }) => fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : error));
  worker.on('exit', (code) => fail(new Error(`the PDF worker stopped (exit code ${code}) without a reply`)));
  worker.on('message', (reply: PdfReply) => thread.busy?.({ reply }));
  threads.push(thread);
  return thread;
}

function retire(thread: Thread): void {
  const index = threads.indexOf(thread);
  if (index >= 0) threads.splice(index, 1);
}

function start(thread: Thread, { request, timeoutMs, resolve, reject }: Pending): void {
  const { worker } = thread;
  // Ends the request once: the first of its reply, the deadline, or the thread failing.
  const settle = (outcome: Outcome) => {
    if (thread.busy !== settle) return;
    thread.busy = null;
    clearTimeout(timer);
    // Idle, the thread lets the process exit.
    worker.unref();
    if ('reply' in outcome) resolve(outcome.reply);
    else reject(outcome.error);
    dispatch();
  };
  const timer = setTimeout(() => {
    // PDFium is stuck in this thread: it goes, and the next PDF gets a fresh one.
    retire(thread);
    settle({ error: timeout(timeoutMs) });
    void worker.terminate();
  }, timeoutMs);
  thread.busy = settle;
  worker.ref();
  worker.postMessage(request, [request.data.buffer as ArrayBuffer]);
}
