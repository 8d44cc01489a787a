// Types for score.mjs, so that the tests' gold measuring (test/helpers/gold.ts) shares its
// normalisation and alignment instead of keeping a copy.
export function norm(s: string | null | undefined): string;
export function align(gold: readonly { number: string | null; title: string | null }[], pred: readonly { number: string | null; title: string | null }[]): [number, number][];
