// JSON output: the document as it is, two-space indented, one trailing newline.
import type { Document } from '../model/schema.js';

export function renderJson(document: Document): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
