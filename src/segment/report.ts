// Committee reports: a cover block of fields, then numbered sections and paragraphs.
//
//   Title of meeting: Cabinet                ← meeting body
//   Date of meeting: 6 February 2024         ← meeting date
//   Subject: Corporate Parenting Strategy …  ← the one item's title
//   Report by: … / Wards affected: … / Key decision: Yes/No
//   2. Recommendations                       ← what follows are proposed resolutions
//   2.1 For the strategy to be adopted …
import type { Line } from '../extract/line.js';
import type { Resolution } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { paraPosition, paraText, pointText, type Para } from './blocks.js';
import { readField } from './shape.js';
import { gated } from './cues.js';

const coverField =
  gated('report.coverField', () => /^(?:title of meeting|date of meeting|subject|title of report|report title|report by|report of|report author|cabinet member|portfolio holder|wards? affected|key decision|full council decision|report to|decision maker|classification|lead officer|contact officer)$/i);
const titleField = /^(?:subject|title of report|report title)$/i;

export interface Cover {
  /** Index of the first line after the cover. */
  end: number;
  /** Index of the line giving the report's title. */
  titleLine: number;
  title: string;
  body: string | null;
  date: string | null;
}

/** The cover block of a committee report, when the document starts with one. */
export function readCover(lines: readonly Line[]): Cover | null {
  let fields = 0;
  let last = -1;
  let titleLine = -1;
  let body: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    // The cover is one block: its fields follow one another, a wrapped value aside.
    if (last >= 0 && i - last > 2) break;
    const field = lines[i]!.md?.heading === undefined ? readField(lines[i]!.text) : null;
    if (!field || !coverField.test(field.name)) continue;
    fields++;
    last = i;
    if (titleField.test(field.name) && titleLine < 0) titleLine = i;
    if (/^(?:title of meeting|report to)$/i.test(field.name)) body ??= field.value || null;
    if (/^date of meeting$/i.test(field.name)) date ??= field.value || null;
  }
  if (fields < 3 || titleLine < 0) return null;
  return { end: last + 1, titleLine, title: readField(lines[titleLine]!.text)!.value, body, date };
}

const recommendationsHeading = /^(?:\d{1,2}\.?\s)?recommendations?\b/i;
const sectionHeading = /^\d{1,2}\.?\s[A-Z]/;

/** Recommendations of a report: proposed resolutions, with no outcome yet. */
export function readRecommendations(source: Source, paras: readonly Para[]): Resolution[] {
  const out: Resolution[] = [];
  const start = paras.findIndex((p) => p.type === 'heading' && recommendationsHeading.test(paraText(p)));
  if (start < 0) return out;
  for (let j = start + 1; j < paras.length; j++) {
    const para = paras[j]!;
    if (para.type === 'heading' && sectionHeading.test(paraText(para))) break;
    para.part = 'resolution';
    const texts = para.points ? para.points.map(pointText) : [paraText(para)];
    for (const text of texts) {
      out.push({ text, outcome: null, movedBy: null, secondedBy: null, votes: null, position: paraPosition(source, para) });
    }
  }
  return out;
}
