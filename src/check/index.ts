// check: the document's own problems, found by rules over the tree (see rules/). parse() runs
// them at their default severities so that every document carries its messages.
import type { Diagnostic, Document } from '../model/schema.js';

export function check(document: Document): Diagnostic[] {
  return document.diagnostics;
}
