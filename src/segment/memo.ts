// Recognizers read the same text many times (a paragraph's first sentence by one construct, all
// its sentences by the next, on generated minutes five times each): a pure reading of a text is
// remembered. Bounded, so that a large document does not keep every text; output is unchanged.

/** How many texts a reading remembers before it starts again. */
const KEPT = 4096;

/**
 * `read`, remembering its result for each text. Only for functions of the text alone whose
 * results no caller changes (callers that may change one copy it: see readAsking).
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
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
