// The rule helper: a rule is an id, its ok/not-ok examples and a small function over the
// document tree. defineRule() stamps what the catalog says about the id (default severity,
// description, message wording) and the docs URL, so a rule file holds only what is its own.
import { catalog, diagnostic, type DiagnosticCode } from '../model/diagnostics.js';
import type { Diagnostic, Document, Position, Severity } from '../model/schema.js';

/** A severity a user may set for a rule; "off" turns it off. */
export type Level = 'off' | Severity;

export const DOCS_BASE = 'https://github.com/minutes-tool/minutes/blob/main/docs/rules/';

/** Where the documentation of a diagnostic id lives (docs/rules/<id>.md). */
export const docsUrl = (code: string): string => `${DOCS_BASE}${code}.md`;

type ArgsOf<C extends DiagnosticCode> = Parameters<(typeof catalog)[C]['message']>[0];

/**
 * What a rule found: the arguments of its catalog message, or a message an earlier stage already
 * worded (a reader message carried forward), at a position of the tree (null: the whole file).
 */
export type Finding<C extends DiagnosticCode> = { args: ArgsOf<C>; position: Position | null } | { message: string; position: Position | null };

export interface Examples {
  /** A small document the rule finds nothing in. */
  ok: string;
  /** A small document the rule reports. */
  notOk: string;
  /** The bytes of the examples are in this encoding (for rules about reading); UTF-8 by default. */
  encoding?: 'windows-1252';
}

export interface RuleSpec<C extends DiagnosticCode> {
  id: C;
  examples: Examples;
  check(document: Document): Iterable<Finding<C>>;
}

export interface Rule<C extends DiagnosticCode = DiagnosticCode> {
  id: C;
  severity: Severity;
  description: string;
  url: string;
  examples: Examples;
  /** The rule's messages on `document`, at `severity`. */
  run(document: Document, severity?: Severity): Diagnostic[];
}

export function defineRule<C extends DiagnosticCode>(spec: RuleSpec<C>): Rule<C> {
  const entry = catalog[spec.id];
  return {
    id: spec.id,
    severity: entry.severity,
    description: entry.description,
    url: docsUrl(spec.id),
    examples: spec.examples,
    run(document, severity = entry.severity) {
      return [...spec.check(document)].map((finding) => {
        const stamped =
          'message' in finding
            ? { code: spec.id, severity, message: finding.message, position: finding.position }
            : diagnostic(spec.id, finding.args, finding.position);
        return { ...stamped, severity };
      });
    },
  };
}
