// check: the document's own problems, found by rules over the tree (see rules/). parse() runs
// them at their default severities so that every document carries its messages; validate runs
// them with the user's levels. Messages recorded by earlier stages that no rule owns (reader
// messages) are kept as they are, so checking a document twice gives the same messages.
import type { Diagnostic, Document } from '../model/schema.js';
import type { Level } from './rule.js';
import { isRuleId, rules, type RuleId } from './rules/index.js';

/** Levels set by the user, by rule id; unset rules run at their default severity. */
export type Levels = Partial<Record<RuleId, Level>>;

/** File-level messages first, then by line and column; the sort is stable, so rule order breaks ties. */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  if (!a.position || !b.position) return (a.position ? 1 : 0) - (b.position ? 1 : 0);
  return a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column;
}

export function lint(document: Document, levels: Levels = {}): Diagnostic[] {
  const recorded = document.diagnostics.filter((d) => !isRuleId(d.code));
  const found = rules.flatMap((rule) => {
    const level = levels[rule.id] ?? rule.severity;
    return level === 'off' ? [] : rule.run(document, level);
  });
  return [...recorded, ...found].sort(byPosition);
}

/** Every message of the document at default severities (what parse() records). */
export function check(document: Document): Diagnostic[] {
  return lint(document);
}
