// Comments and their speakers, from two layouts:
//
//   Members' comments                                   ← heading: each sentence that starts
//   The Cabinet Member noted that … Councillor Hannah      with a speaker begins a comment
//   Brent commented that …
//
//   Councillor Evans (Leader of the Council) added:     ← a speaker label, then its points;
//   j)    There was a large national variation …          lettered points run on across speakers
import type { Comment, Point } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { spanOf } from '../read/source.js';
import { linesPosition } from '../extract/line.js';
import { paraPosition, paraText, pointText, type Para } from './blocks.js';
import { parsePerson, speakerAt } from './people.js';
import { splitSentences } from './sentences.js';
import { labels, personTitles, truncationLink, truncationNotice } from './vocabulary.js';

/** "Councillor Elmslie:" or "David Haley (Director of Children's Services) added:". */
const bareLabel = /^((?:Councillor|Cllr|Cr|Mayor|Deputy Mayor|Commissioner|Supervisor|Mr|Mrs|Ms|Dr)\.?\s[A-Z][\w'\u2019.-]{0,30}(?:\s[A-Z][\w'\u2019.-]{0,30}){0,3})(?:\s?\(([^()]{1,200})\))?\s?:$/;

/**
 * A speaker's label and what they said on one line: "Cllr Mullane (SF): Then would like to reject
 * this proposed sale." An officer's initials ("CE: There was a similar issue …") label a speaker
 * only in an item where named speakers are labelled so too.
 */
const inlineLabel = new RegExp(`^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]{0,30}(?:\\s[A-Z][\\w'\u2019.-]{0,30}){0,3})(?:\\s?\\(([^()]{1,60})\\))?:\\s+(\\S.*)$`);
const initialsLabel = /^([A-Z]{2,4}):\s+(\S.*)$/;

function inlineSpeaker(text: string, initials: boolean): Comment['speaker'] | undefined {
  const named = inlineLabel.exec(text);
  if (named) return { name: named[1]!, role: named[2]?.trim() ?? null };
  const short = initials ? initialsLabel.exec(text) : null;
  return short ? { name: null, role: short[1]! } : undefined;
}

const isOpen = (para: Para) => para.part === 'minutes' || para.part === undefined;

function pointsOf(source: Source, para: Para, comment: Comment): Point[] {
  return (para.points ?? []).map((p) => {
    const point: Point = {
      label: p.label,
      text: pointText(p),
      position: linesPosition(source, p.lines[0]!, p.lines[p.lines.length - 1]!),
    };
    if (comment.speaker) point.speaker = comment.speaker;
    return point;
  });
}

/** The comments of an item; the paragraphs they are read from become part "comment". */
export function readComments(source: Source, paras: readonly Para[]): Comment[] {
  const comments: Comment[] = [];
  const namedLabels = paras.some((p) => p.type === 'paragraph' && inlineLabel.test(paraText(p)));
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    const text = paraText(para);

    if (para.type === 'heading' && labels.comments.test(text)) {
      para.part = 'comment';
      let current: Comment | null = null;
      let j = i + 1;
      for (; j < paras.length; j++) {
        const p = paras[j]!;
        if (p.type === 'heading' || !isOpen(p) || truncationNotice.test(paraText(p))) break;
        p.part = 'comment';
        // A list's points belong to the comment before it; its sentences are not new comments.
        if (p.type === 'list') {
          if (current) current.points.push(...pointsOf(source, p, current));
          continue;
        }
        // Text after a comment's points is a comment of its own, speaker or not.
        const afterPoints = (current?.points.length ?? 0) > 0;
        for (const [k, sentence] of splitSentences(paraText(p)).entries()) {
          const speaker = speakerAt(sentence.text);
          const clean = sentence.text.replace(truncationLink, '').trim();
          if (speaker || !current || (afterPoints && k === 0)) {
            current = { speaker: speaker?.person ?? null, text: clean, points: [], position: paraPosition(source, p) };
            comments.push(current);
          } else {
            current.text = `${current.text} ${clean}`.trim();
            current.position = spanOf(current.position!, paraPosition(source, p));
            // A speaker cut from the rest of the sentence ("The" / "Cabinet Member noted …") is
            // found in the comment's text, as it reads back from the Markdown.
            if (current.speaker === null) current.speaker = speakerAt(current.text)?.person ?? null;
          }
        }
      }
      i = j - 1;
      continue;
    }

    const inline = para.type === 'paragraph' && isOpen(para) ? inlineSpeaker(text, namedLabels) : undefined;
    if (inline !== undefined) {
      comments.push({ speaker: inline, text, points: [], position: paraPosition(source, para) });
      para.part = 'comment';
      continue;
    }
    if (para.type !== 'paragraph' || !isOpen(para) || !/:$/.test(text)) continue;
    const labelled = bareLabel.exec(text);
    const speaker = labelled ? { person: parsePerson(labelled[2] ? `${labelled[1]} (${labelled[2]})` : labelled[1]!) } : speakerAt(text);
    if (!speaker) continue;
    const comment: Comment = { speaker: speaker.person, text, points: [], position: paraPosition(source, para) };
    para.part = 'comment';
    let j = i + 1;
    while (j < paras.length && paras[j]!.type === 'list' && isOpen(paras[j]!)) {
      const list = paras[j]!;
      list.part = 'comment';
      comment.points.push(...pointsOf(source, list, comment));
      comment.position = spanOf(comment.position!, paraPosition(source, list));
      j++;
    }
    comments.push(comment);
    i = j - 1;
  }
  return comments;
}
