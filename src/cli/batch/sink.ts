// Where the engine's results go. `parse`: under --out-dir each text goes to its own file, written
// as it arrives; otherwise texts go to stdout (or one -o file) in input order, whatever order they
// finish in. `validate`: each input's messages are kept, in input order, for the report.
// `merge`: each input's document is kept, by index, for merging.
import type { FileResult } from '../../check/validate.js';
import type { Document } from '../../model/schema.js';
import type { Stream } from '../io.js';
import type { ConvertResult, Failure } from './convert.js';
import type { Framing, Pieces } from '../render-output.js';
import { openAtomic, writeFileAtomic, type AtomicFile } from '../write.js';

/** What an input gave: its text, its messages or its document. */
export type Done = Exclude<ConvertResult, { status: 'failed' }>;

export interface Sink {
  /** What input `index` gave; a rejection means it could not be written. */
  put(index: number, done: Done): Promise<void>;
  /** Input `index` gives nothing: it failed (with the reason), or was skipped or discarded (null). */
  pass(index: number, failure: Failure | null): void;
  /** Ends the output; `complete` is false after an interruption. */
  close(complete: boolean): Promise<void>;
}

/** The text of a rendering; the sinks of texts are only ever given renderings. */
function textOf(done: Done): Pieces {
  if (done.status !== 'converted') throw new Error('a sink of texts was given messages');
  return done.text;
}

export function directorySink(outputs: readonly string[]): Sink {
  return {
    put: (index, done) => writeFileAtomic(outputs[index]!, textOf(done)),
    pass: () => {},
    close: async () => {},
  };
}

/**
 * Texts in input order, framed (one document, ndjson lines or a JSON array), to a stream or to a
 * file that appears, complete, only when the output is (so an interrupted run leaves no file).
 * A text waits until every input before it has given its text or passed.
 */
export function orderedSink(stdout: Stream, path: string | null, framing: Framing): Sink {
  const waiting = new Map<number, Pieces | null>();
  let next = 0;
  let wrote = false;
  // The -o file is opened with the first text, so that a run that converts nothing makes none.
  let file: Promise<AtomicFile> | null = null;
  const flush = (out: Stream) => {
    while (waiting.has(next)) {
      const text = waiting.get(next);
      waiting.delete(next++);
      if (text == null) continue;
      out.write(wrote ? framing.separator : framing.start);
      for (const piece of framing.item(text)) out.write(piece);
      wrote = true;
    }
  };
  const end = (out: Stream) => {
    flush(out);
    if (wrote) out.write(framing.end);
  };
  return {
    async put(index, done) {
      waiting.set(index, textOf(done));
      flush(path === null ? stdout : await (file ??= openAtomic(path)));
    },
    pass(index) {
      waiting.set(index, null);
    },
    async close(complete) {
      if (path === null) return end(stdout);
      if (file === null) return;
      const out = await file;
      end(out);
      await (complete ? out.commit() : out.discard());
    },
  };
}

/** The messages of each input, as `validate` reports them; `paths` are the inputs' ("-" for stdin). */
export function resultsSink(paths: readonly string[], results: FileResult[]): Sink {
  return {
    put: async (index, done) => {
      results[index] = { filePath: paths[index]!, messages: done.status === 'checked' ? done.messages : [] };
    },
    pass: (index, failure) => {
      if (failure) results[index] = { filePath: paths[index]!, messages: [failure.message], ...(failure.internal && { crash: failure.line }) };
    },
    close: async () => {},
  };
}

/** The document of each input, by index; an input that failed or was skipped has none. */
export function documentsSink(documents: (Document | undefined)[]): Sink {
  return {
    put: async (index, done) => {
      if (done.status !== 'parsed') throw new Error('a sink of documents was given something else');
      documents[index] = done.document;
    },
    pass: () => {},
    close: async () => {},
  };
}
