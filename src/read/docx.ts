import type { Source } from './source.js';
export async function readDocx(_bytes: Uint8Array, _options: { name: string | null; sha256: string }): Promise<Source> {
  throw new Error('todo');
}
