// Recognizers read the same text many times (a paragraph's first sentence by one construct, all
// its sentences by the next, on generated minutes five times each): a pure reading of a text is
// remembered while one document is segmented. Bounded, so that a large document does not keep
// every text; output is unchanged.

/** How many texts a reading remembers before it starts again. */
const KEPT = 4096;

/** Every reading's memory, emptied when a document's segmentation starts (`forgetTexts`). */
const memories: Map<string, unknown>[] = [];

/**
 * `read`, remembering its result for each text. Only for functions of the text alone whose
 * results no caller changes (callers that may change one copy it: see readAsking).
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  memories.push(known);
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      if (known.size >= KEPT) known.clear();
      value = read(text);
      known.set(text, value);
    }
    return value as T;
  };
}

/**
 * Forgets every remembered reading: each document starts with none, so that one document's
 * texts are not kept alive by the next, and a document's speed does not depend on the last one.
 */
export function forgetTexts(): void {
  for (const known of memories) known.clear();
}
