// Writing output files safely: to a temporary name beside the target, then renamed, so an
// interrupted run never leaves a half-written file (rename within a folder is atomic). The
// temporary name is hidden, so a folder search never takes a leftover one as an input.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

export interface AtomicFile {
  write(chunk: string): void;
  /** Finishes the file and renames it into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  discard(): Promise<void>;
}

let counter = 0;

/** Opens a file that appears at `path` only once committed, complete. */
export async function openAtomic(path: string): Promise<AtomicFile> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  // Without a listener an error would be thrown from the stream; finished() reports it instead.
  stream.on('error', () => {});
  const discard = async () => {
    stream.destroy();
    await rm(temporary, { force: true });
  };
  return {
    write: (chunk) => void stream.write(chunk),
    async commit() {
      try {
        stream.end();
        await finished(stream);
        await rename(temporary, path);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const file = await openAtomic(path);
  file.write(data);
  await file.commit();
}
