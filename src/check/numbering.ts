// The numbered things rules compare: item numbers in document order, and the decimal labels of
// numbered paragraphs ("3.1", "3.2") inside an item. numbering-duplicate and numbering-gap read
// the same sequences.
import type { Document, Item, Point, Position } from '../model/schema.js';
import { readItemNumbers, readPointLabel, type ItemNumber } from '../segment/numbering.js';

export interface Numbered {
  number: string;
  position: Position;
  what: 'item' | 'paragraph';
}

/** A key under which two numbers are the same: "4.a" and "4.A", "15" and "15.". */
export const numberKey = (number: string): string => number.toLowerCase().replace(/\.$/, '');

export interface ReadItem extends Numbered {
  reading: ItemNumber | null;
}

/**
 * The numbered items with how their numbers read. Items store the number without its
 * separator, so a "." is put back for the reader ("B" reads as a letter only as "B.").
 * An ambiguous token ("I." a letter or a roman numeral) reads in the family of the item before.
 */
export function numberedItems(document: Document): ReadItem[] {
  const out: ReadItem[] = [];
  for (const item of document.items) {
    if (item.number === null) continue;
    const readings = readItemNumbers(`${item.number}.`).filter((r) => r.number === item.number);
    const family = out[out.length - 1]?.reading?.family;
    const reading = readings.find((r) => r.family === family) ?? readings[0] ?? null;
    out.push({ number: item.number, position: item.heading?.position ?? item.position, what: 'item', reading });
  }
  return out;
}

export interface DecimalLabel extends Numbered {
  /** "3" of "3.2": the paragraph numbers that count together. */
  parent: string;
  value: number;
}

const pointsOf = (item: Item): Point[] => item.minutes.flatMap((block) => block.points ?? []);

/** The numbered paragraphs of an item ("3.1", "4.10"), in order. */
export function decimalLabels(item: Item): DecimalLabel[] {
  const out: DecimalLabel[] = [];
  for (const point of pointsOf(item)) {
    if (point.label === null) continue;
    const label = readPointLabel(`${point.label} x`);
    if (label?.kind !== 'decimal') continue;
    const number = label.label.replace(/\.$/, '');
    out.push({ number, parent: number.slice(0, number.lastIndexOf('.')), value: label.value, position: point.position ?? item.position, what: 'paragraph' });
  }
  return out;
}

/** The numbered things of a document, one sequence per scope: the items, then each item's paragraphs. */
export function sequences(document: Document): Numbered[][] {
  return [numberedItems(document), ...document.items.map(decimalLabels)];
}
