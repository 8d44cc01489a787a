// Types for case-fold.mjs, for its test (test/case-fold.test.ts).
export function caseSensitive(source: string, flags: string): { source: string; flags: string } | null;
export function regularExpressionLiterals(text: string, fileName: string): { start: number; end: number; source: string; flags: string }[];
export function withCaseSensitiveLiterals(text: string, fileName: string): string;
export function caseFoldPlugin(root: string): { name: string; setup(build: unknown): void };
