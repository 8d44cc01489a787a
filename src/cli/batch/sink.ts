// Where converted texts go. Under --out-dir each goes to its own file, written as it arrives;
// otherwise they go to stdout (or one -o file) in input order, whatever order they finish in.
import type { Stream } from '../io.js';
import type { Framing } from '../render-output.js';
import { openAtomic, writeFileAtomic, type AtomicFile } from '../write.js';

export interface Sink {
  /** The text of input `index`; a rejection means it could not be written. */
  put(index: number, text: string): Promise<void>;
  /** Input `index` gives no text (failed, skipped or discarded). */
  pass(index: number): void;
  /** Ends the output; `complete` is false after an interruption. */
  close(complete: boolean): Promise<void>;
}

export function directorySink(outputs: readonly string[]): Sink {
  return {
    put: (index, text) => writeFileAtomic(outputs[index]!, text),
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
  const waiting = new Map<number, string | null>();
  let next = 0;
  let wrote = false;
  // The -o file is opened with the first text, so that a run that converts nothing makes none.
  let file: Promise<AtomicFile> | null = null;
  const flush = (out: Stream) => {
    while (waiting.has(next)) {
      const text = waiting.get(next);
      waiting.delete(next++);
      if (text == null) continue;
      out.write(`${wrote ? framing.separator : framing.start}${framing.item(text)}`);
      wrote = true;
    }
  };
  const end = (out: Stream) => {
    flush(out);
    if (wrote) out.write(framing.end);
  };
  return {
    async put(index, text) {
      waiting.set(index, text);
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
