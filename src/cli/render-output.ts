// The one place a parsed document becomes output text, for a single file, a batch worker and
// the ndjson stream alike. The text comes in pieces, written as they are made (a large
// document's JSON is several times its size: it is never held whole). The Markdown renderer (and
// remark-stringify behind it) is imported only when asked for, so JSON runs do not pay for loading it.
import type { Document } from '../model/schema.js';
import { jsonPieces } from '../render/json.js';

export type OutputFormat = 'json' | 'markdown' | 'ndjson';

export interface OutputOptions {
  /** Markdown: meeting details in YAML front matter. */
  frontMatter: boolean;
}

/** An output text in pieces, to be written one after the other. */
export type Pieces = Iterable<string>;

export type Renderer = (document: Document) => Pieces;

/** The renderer of a format. */
export async function outputRenderer(format: OutputFormat, options: OutputOptions): Promise<Renderer> {
  switch (format) {
    case 'json':
      return jsonPieces;
    case 'ndjson':
      return (document) => [`${JSON.stringify(document)}\n`];
    case 'markdown': {
      const { renderMarkdown } = await import('../render/markdown.js');
      return (document) => [renderMarkdown(document, { frontMatter: options.frontMatter })];
    }
  }
}

/** How the texts of several documents are put together in one stream. */
export interface Framing {
  start: string;
  separator: string;
  end: string;
  item(text: Pieces): Pieces;
}

/** Texts one after the other: one document, or ndjson lines. */
export const concatenated: Framing = { start: '', separator: '', end: '', item: (text) => text };

/**
 * Several JSON documents as one array, exactly as JSON.stringify(documents, null, 2) would print
 * it, built from each document's own rendering so that none waits for the others: every line
 * moves two spaces in (JSON strings hold no raw newline, so lines are safe to indent).
 */
export const jsonArray: Framing = {
  start: '[\n',
  separator: ',\n',
  end: '\n]\n',
  *item(text) {
    yield '  ';
    // Trailing white space is held back until more text follows it: the item's own is dropped.
    let held = '';
    for (const piece of text) {
      const moved = held + piece.replaceAll('\n', '\n  ');
      const kept = moved.trimEnd();
      held = moved.slice(kept.length);
      if (kept.length > 0) yield kept;
    }
  },
};

/** The file extension of the output of a format, for --out-dir. */
export function outputExtension(format: OutputFormat): string {
  return format === 'markdown' ? 'md' : 'json';
}
