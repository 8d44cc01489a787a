// Splitting minutes prose into sentences, without breaking at abbreviations ("Cllr.", "p.m.",
// "No. 5", initials such as "M. Prest").

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'cllr', 'cr', 'prof', 'rev', 'st', 'no', 'nos', 'cf', 'eg', 'ie', 'etc', 'vs', 'approx',
  'dept', 'inc', 'ltd', 'co', 'jr', 'sr', 'gov', 'sen', 'rep', 'hon', 'p.m', 'a.m', 'e.g', 'i.e', 'para', 'ref', 'fig', 'vol',
]);

export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph text. */
  start: number;
}

/** Sentences of `text`: a break after ".", "!" or "?" followed by spaces and a capital or quote. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '"' || text[j] === '\u201d' || text[j] === '\u2019' || text[j] === ')')) j++;
    if (j >= text.length || text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    const next = text[k];
    if (next === undefined || !/[A-Z\u2018\u201c"'(]/.test(next)) continue;
    if (c === '.') {
      // The word before the full stop: an abbreviation or an initial does not end a sentence.
      let w = i;
      while (w > start && /[A-Z.]/i.test(text[w - 1]!)) w--;
      const before = text.slice(w, i).toLowerCase();
      if (abbreviations.has(before) || /^[a-z]$/i.test(before)) continue;
    }
    out.push({ text: text.slice(start, j).trim(), start });
    start = k;
    i = k - 1;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start).trim(), start });
  return out;
}
