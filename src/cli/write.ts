// Writing output files safely: to a temporary name beside the target, then renamed, so an
// interrupted run never leaves a half-written file (rename within a folder is atomic). The
// temporary name is hidden, so a folder search never takes a leftover one as an input.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  write(chunk: string): void;
  /** Finishes the file and renames it into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  discard(): Promise<void>;
}

let counter = 0;

/** UTF-16 units written at a time (see `write` below). */
const SLICE = 1 << 20;

/** Opens a file that appears at `path` only once committed, complete. */
export async function openAtomic(path: string): Promise<AtomicFile> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  // The first failure (opening or writing) is reported by commit(), and nothing is written after it.
  let failure: { error: unknown } | null = null;
  let fd = -1;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    failure = { error };
  }
  const close = () => {
    if (fd >= 0) closeSync(fd);
    fd = -1;
  };
  const discard = async () => {
    try {
      close();
    } finally {
      await rm(temporary, { force: true });
    }
  };
  return {
    // The JSON of a large document runs to hundreds of megabytes: it is written a slice at a
    // time, synchronously, so that no copy of all of it is made as bytes (a stream would queue
    // one), and never between the two halves of a surrogate pair.
    write(chunk) {
      for (let from = 0; from < chunk.length && failure === null; ) {
        let to = Math.min(chunk.length, from + SLICE);
        if (to < chunk.length && /[\ud800-\udbff]/.test(chunk[to - 1]!)) to--;
        try {
          writeSync(fd, chunk.slice(from, to));
        } catch (error) {
          failure = { error };
        }
        from = to;
      }
    },
    async commit() {
      try {
        if (failure !== null) throw failure.error;
        close();
        await rename(temporary, path);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

/** Writes a text, given whole or in pieces, to a file that appears complete. */
export async function writeFileAtomic(path: string, text: string | Iterable<string>): Promise<void> {
  const file = await openAtomic(path);
  if (typeof text === 'string') file.write(text);
  else for (const piece of text) file.write(piece);
  await file.commit();
}
