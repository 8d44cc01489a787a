// What every reporter needs: the shape of the results, and how a file and a place are named.
import { relative, sep } from 'node:path';
import type { FileResult } from '../../check/validate.js';
import type { Position } from '../../model/schema.js';

export type { FileResult };

export interface ReportOptions {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Colour the stylish report (never the machine formats). */
  color: boolean;
  /** The tool version, for SARIF. */
  version: string;
}

export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;

/**
 * The reporters' names, for the command line's choices without loading the reporters (the
 * stylish one loads chalk, which loads node:tty and node:net): index.ts maps each to its reporter.
 */
export const reporterNames = ['stylish', 'json', 'github', 'sarif'] as const;

export type ReporterName = (typeof reporterNames)[number];

/** A file as shown to people and CI: relative to the cwd, with "/" separators; stdin as "<stdin>". */
export const displayPath = (filePath: string, cwd: string): string => (filePath === '-' ? '<stdin>' : relative(cwd, filePath).split(sep).join('/') || '.');

/** " (page 3)" for a position in a PDF, where the page is what a reader can find. */
export const pageNote = (position: Position | null): string => (position?.page === undefined ? '' : ` (page ${position.page})`);

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
