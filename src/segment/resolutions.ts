// Resolutions and decisions, each with its outcome, mover, seconder and votes where printed:
//
//   RESOLVED that the public and press be excluded …             ← a resolution
//   Resolved (Cr Denise Knight) / That Council: / 1. Calls on …   ← marker, then its text
//   Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved    ← attribution, then its text
//   Moved: Cr Higgins / Seconded: Cr McAllister / That … / The motion was Carried unanimously.
//   Agreed: that …  (outcome labels, as `minutes` writes them in Markdown)
//   RESULT: APPROVED [UNANIMOUS] / MOTION BY: … / AYES: …         ← a vote block
//   and the sentence wordings of motions.ts (motions, outcomes, decisions).
//
// A motion stays open until a later sentence settles it ("Motion carried", "it was AGREED");
// an outcome with no open motion takes the "That …" text next to it. Agenda recommendations
// ("RECOMMENDED that", "TO RESOLVE") are not resolutions.
import type { Outcome, Person, Position, Resolution } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { isBullet, paraPosition, paraText, pointText, spokenText, type Para } from './blocks.js';
import { judgeDecision, LIKELY_DECISION, recordRuled, weighDecision, type SentenceContext, type WeighedDecision } from './learned/decisions.js';
import { defaultLearned, type Learned } from './learned/models.js';
import { readAttribution, readCuedDecision, readDecision, readMotion, readRecordedDecision, readResolvedWithin, readSeconder, readSettlement, type Decision, type Target } from './motions.js';
import { parsePerson } from './people.js';
import { splitSentences } from './sentences.js';
import { readField, trimChars, trimEndChars } from './shape.js';
import { labels, outcomeLabel, recommendationCue, truncationNotice } from './vocabulary.js';
import { countNames, outcomeOf, outcomeWording, readVotes } from './votes.js';
import { gated } from './cues.js';

const resolvedCue =
  gated('resolutions.resolvedCue', () => /^(?:it\swas\s|it\sis\s|and\s|the\s(?:council|committee|board|cabinet|panel|sub-committee|commission|meeting)\s)?(?:unanimously\s|further\s|duly\s)?resolved\b\s?(?:\(([^()]{1,120})\))?\s?(?:unanimously\s?)?[:\-\u2013,]{0,2}\s?/i);
const movedSeconded =
  gated('resolutions.movedSeconded', () => /^(?:it\swas\s)?(?:moved|proposed)\s(?:by\s)?(.{2,80}?),?\s(?:and\s)?seconded\s(?:by\s)?(.{2,80}?)(?:\s?#)?(?:\sbe\sit)?(?:,?\s(?:and\s)?((?:unanimously\s)?(?:resolved|carried|agreed|approved|adopted))(?:\sunanimously)?)?(?:\s?[:,]\s?|(?=\s(?:that|to)\b)|\.?$)/i);
/** "Resolution 2020/21", "Council resolution": what follows is a decision. */
const resolutionHeading = gated('resolutions.resolutionHeading', () => /^(?:(?:council|committee|board)\s)?resolution(?:\s(?:no\.?\s)?([\w/.-]{1,12}))?$/i);
/** A name as printed after "Moved:": "Mayor John Carter", "Councillor S. Martin (Chair)", "His Worship the Mayor Craig Little", "Cr Charles (Charlie) Lambert". */
const personName = /^[A-Z][\w'\u2019.-]{0,30}(?:\s(?:the\s|of\s)?(?:[A-Z][\w'\u2019.-]{0,30}|\([^()]{1,30}\))){0,5}(?:\s?\([^()]{1,80}\))?$/;
const NAME = "(?:Cr|Cllr|Councillor|Mayor|Deputy Mayor|Member|Mr|Mrs|Ms|Dr)\\.?\\s[A-Z][\\w.'\u2019-]{0,30}(?:\\s[A-Z][\\w.'\u2019-]{0,30})?";
const inlineMovers = gated('resolutions.inlineMovers', () => new RegExp(`^moved:\\s?(${NAME})\\s{1,3}seconded:\\s?(${NAME})[.:,]?\\s(\\S.{2,})$`, 'i'));
/** A resolution's reference printed before it: "Resolution number KT/2022/234", "Resolution 449/2019:", "Resolution CR2021-017 –". */
const resolutionReference = gated('resolutions.resolutionReference', () => /^resolution\s(?:number\s|no\.?\s)?([A-Z]{0,4}[\d/.-]{2,20}?)(?:\s?[:\u2013-])?\s(?=\S)/i);
/** A reference names a number: "449/2019", "CR2021-017", "22-23" (not "Resolution Text"). */
const isReference = (ref: string | undefined): ref is string => ref !== undefined && /\d/.test(ref);
/** The cue as printed, without the movers it names: "RESOLVED (Cr Knight) –" → "RESOLVED". */
const cueWording = (cue: string) => trimEndChars(cue.replace(/\s?\([^()]*\)/, ''), ' :-\u2013,');
/** The text of a motion: "That Council …", "THAT the Regular Council Meeting …", "To note …". */
const motionText = /^["\u201c\u2018']?(?:that|to)\b/i;

/**
 * A form to fill in, which records nothing yet: a blank to write on ("at ___pm") or the outcomes
 * to choose from ("Motion (Carried/Failed) __to__.", an agenda's motion template).
 */
const blankForm = /_{3,}|\((?:carried|passed|approved|adopted)\s?\/\s?(?:failed|lost|defeated|denied|rejected)\)/i;

/** What each outcome label means ("Proposed:" is not decided yet, "Resolution:" does not say). */
const labelOutcome: Record<string, Outcome | null> = {
  resolved: 'resolved',
  agreed: 'agreed',
  carried: 'carried',
  lost: 'lost',
  noted: 'noted',
  approved: 'approved',
  adopted: 'approved',
  deferred: 'deferred',
  withdrawn: 'withdrawn',
  referred: 'referred',
  rejected: 'rejected',
  decision: 'other',
  decided: 'other',
  proposed: null,
  resolution: null,
  motion: null,
  proposal: null,
};

/**
 * What a motion's label prints before its text, or instead of it: a reference and the movers,
 * "Motion: 494-2011 Moved by Neil Warwick Seconded by Jason Breckenridge", "Motion: (Porteous/McKenna OAM)".
 */
const motionHeader = /^(?:(?:no\.?\s?)?([A-Z]{0,4}-?\d[\w/.-]{1,20})\s*)?(?:\(([^()]{2,80})\)\s*)?(?:(?:moved|proposed)\sby\s(.{2,60}?)\s*)?(?:seconded\sby\s(.{2,60}?)\s*)?$/i;

/**
 * Movers, outcome, reference and count run on after a decision's text: "… 8 July 2020. MOVED: CR
 * DAVID VIS SECONDED: CR DARYL WARREN CARRIED. R800/20)", "… be confirmed. MOVED: Cr Barnes
 * SECONDED: Cr Bethel CARRIED RESOLUTION NO.2017/GM2012 5/0".
 */
const runInTail =
  gated('resolutions.runInTail', () => /(?:^|\s)(?:moved|proposed)(?:\sby)?\s?:\s?(.{2,60}?)\sseconded(?:\sby)?\s?:\s?(.{2,60}?)(?:\s(carried|lost|defeated|resolved|agreed|approved)(?:\sunanimously)?\.?)?(?:\s\(?(?:resolution\sno\.?\s?)?([A-Z]{0,4}\d[\w/.-]{1,20}?)\)?)?(?:\s(\d{1,2})\/(\d{1,2}))?\.?$/i);

interface RunIn {
  text: string;
  movedBy: Person;
  secondedBy: Person;
  outcomeText: string | null;
  reference: string | null;
  votes: Resolution['votes'];
}

/** A decision's text and what runs on after it (runInTail), or null when nothing does. */
function readRunInTail(text: string): RunIn | null {
  const m = runInTail.exec(text);
  return m && m.index >= 3 ? runInOf(text, m) : null;
}

/** A sentence that is nothing but such a tail, after the decision's own: "MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED RESOLUTION NO.2017/GM2012 5/0". */
function readMoversSentence(sentence: string): RunIn | null {
  const m = /^(?:moved|proposed)/i.test(sentence) ? runInTail.exec(sentence) : null;
  return m?.index === 0 ? runInOf(sentence, m) : null;
}

function runInOf(text: string, m: RegExpExecArray): RunIn {
  return {
    text: text.slice(0, m.index),
    movedBy: parsePerson(m[1]!),
    secondedBy: parsePerson(m[2]!),
    outcomeText: m[3] ?? null,
    reference: isReference(m[4]) ? m[4] : null,
    votes: m[5] !== undefined ? { for: Number(m[5]), against: Number(m[6]), abstain: null } : null,
  };
}

/** A decision's text without the "Moved by …, seconded by …." and "Votes: …" sentences it ends with. */
export function withoutAttribution(text: string): Pick<Resolution, 'text' | 'movedBy' | 'secondedBy' | 'votes'> {
  const sentences = splitSentences(text).map((s) => s.text);
  let movedBy: Person | null = null;
  let secondedBy: Person | null = null;
  let votes: Resolution['votes'] = null;
  for (let last = sentences[sentences.length - 1]; sentences.length > 1 && last !== undefined; last = sentences[sentences.length - 1]) {
    const attribution = readAttribution(last);
    if (attribution) [movedBy, secondedBy] = attribution;
    else if (/^votes?\s?:/i.test(last)) votes = readVotes(last);
    else break;
    sentences.pop();
  }
  return { text: sentences.join(' '), movedBy, secondedBy, votes };
}

interface Open {
  resolution: Resolution;
  amendment: boolean;
  /** A nomination: the election that settles it is the decision, and joins its text. */
  nomination: boolean;
}

function people(phrase: string): [Person | null, Person | null] {
  const [a, b] = phrase.split(/\s?\/\s?/);
  return [a ? parsePerson(a) : null, b ? parsePerson(b) : null];
}

const isOpenPara = (p: Para) => p.part === 'minutes' || p.part === undefined;

interface Movers {
  movedBy: Person | null;
  secondedBy: Person | null;
}

/** A word every mover's or seconder's field name below holds. */
const moverName = /mov|propos|second|motion/i;
/** Mover fields as read: the people they name, and the field printed empty, whose name a later line gives. */
interface MoverFields extends Movers {
  unnamed: keyof Movers | null;
}

/**
 * "Moved: Cr Higgins", "Seconded by:Councillor S. Cressman" (also as list points); "Moved:" printed
 * empty where two columns put its name on a line of its own below ("Moved:" / "Seconded: Cr Harker"
 * / "His Worship the Mayor Craig Little").
 */
function moverFields(para: Para): MoverFields | null {
  const lines = para.points ? para.points.map((p) => p.first) : para.lines.map((l) => l.text);
  // Every field must name a mover or a seconder, the first line's first one too: most paragraphs
  // fail here, before their lines are split and read.
  if (lines.length === 0 || !moverName.test(lines[0]!)) return null;
  // "Proposed by: Cllr Taylor      Seconded by: Cllr Gradwell" holds two fields on one line.
  const texts = lines.flatMap((t) => t.split(/\s(?=(?:seconded|proposed|moved)(?:\sby)?\s?:)/i));
  const found: MoverFields = { movedBy: null, secondedBy: null, unnamed: null };
  for (const raw of texts) {
    const text = raw.replace(/^((?:moved|proposed|seconded)\sby)\s(?=[A-Z])/i, '$1: ');
    const field = readField(text);
    // The value names a person: "Proposed: That …" is a decision's text, not its mover.
    if (!field || (field.value !== '' && !personName.test(field.value))) return null;
    const key = /^(?:moved|moved by|proposed|proposed by|mover|motion by)$/i.test(field.name) ? 'movedBy' : /^(?:seconded|seconded by|second|seconder)$/i.test(field.name) ? 'secondedBy' : null;
    if (key === null) return null;
    if (field.value === '') found.unnamed = key;
    else found[key] = parsePerson(field.value);
  }
  return found.movedBy || found.secondedBy || found.unnamed ? found : null;
}

/** The item whose resolutions are read: its order and title, and its heading as printed when it is a block of its own. */
export interface ItemContext {
  order: number;
  title: string | null;
  heading?: { text: string; position: Position };
  /** The document's header names it an agenda. */
  agenda?: boolean;
}

/** A decision an item's heading records, with what it prints beside it. */
export type HeadingDecision = Decision & Pick<Resolution, 'outcomeText' | 'movedBy' | 'secondedBy'>;

/**
 * The decision an item's heading records: "Minutes … approved – Z. Maiorca (motion), T. Feinberg
 * (second)", or a heading run into its minute ("6. Approval of Minutes The minutes of the meeting
 * held on 04.03.19 were confirmed as a true record."), judged by the decision model.
 */
export function readHeadingDecision(title: string, item: ItemContext, learned: Learned = defaultLearned): HeadingDecision | null {
  const recorded = readRecordedDecision(title);
  if (recorded) return recorded;
  // A motion put in the heading is read with the minutes below it, which settle it (readResolutions).
  if (readMotion(title)) return null;
  // "5. It was agreed that Working Groups (WGs) should be set up …": a heading that names its decision as such.
  const cued = readCuedDecision(title);
  if (cued) return { ...cued, outcomeText: outcomeWording(title), movedBy: null, secondedBy: null };
  // "Apologies for absence and reasons given – Apologies received and accepted from …": the minute
  // run in after a dash, in a known wording.
  const dash = /\s[\u2013\u2014-]\s(?=[A-Z])/.exec(title);
  const runIn = dash ? title.slice(dash.index + dash[0].length) : null;
  const known = runIn ? readDecision(runIn) : null;
  if (known) return { ...known, outcomeText: outcomeWording(runIn!), movedBy: null, secondedBy: null };
  // A title of a few words names a subject; a decision takes a sentence.
  if (title.trim().split(/\s+/).length < 4) return null;
  const context: SentenceContext = { item: item.order, first: true, paragraph: -1, paragraphs: 1, underDecisionHeading: false, title, place: 'heading', agenda: item.agenda ?? false };
  const judged = judgeDecision(learned, title, context);
  return judged && { ...judged, outcomeText: outcomeWording(title), movedBy: null, secondedBy: null };
}

/**
 * Paragraphs a line or page break split mid-sentence, read as one: "Cllr Collins proposed that
 * the Plan be recommended … Cllr. Hickey O'Mara" / "seconded the proposal." (text that leaves a
 * blank line after every printed line), and prose tables (isProseTable) as paragraphs. Each joined
 * paragraph lists the paragraphs it holds.
 */
const brokenAt = (before: string, after: string) =>
  // Lower case goes on a sentence; a long line ending in a word was wrapped ("… It was agreed that the Meetings" / "Administrator would revert …").
  /[\p{L}\d,]$/u.test(before) && (/^\p{Ll}/u.test(after) || (before.length >= 60 && /\p{Ll}$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(after)));

/**
 * A table whose every row break falls mid-sentence is a paragraph of prose a PDF spaced widely
 * ("The minutes of the meeting held on the 3rd September 2019 had been" / "circulated prior to this
 * meeting. All agreed this was a true record and were" / "signed and approved."): read as one.
 */
const isProseTable = (para: Para) =>
  para.type === 'table' && para.lines.length > 1 && para.lines.every((line, k) => k === 0 || brokenAt(para.lines[k - 1]!.text, line.text));

function joinBroken(paras: readonly Para[]): { para: Para; held: Para[] }[] {
  const out: { para: Para; held: Para[] }[] = [];
  for (const printed of paras) {
    const para: Para = isProseTable(printed) ? { type: 'paragraph', lines: printed.lines, part: printed.part } : printed;
    const last = out[out.length - 1];
    const continues =
      last !== undefined &&
      para.type === 'paragraph' &&
      last.para.type === 'paragraph' &&
      isOpenPara(para) &&
      isOpenPara(last.para) &&
      brokenAt(paraText(last.para), paraText(para));
    if (continues) {
      last.para = { type: 'paragraph', lines: [...last.para.lines, ...para.lines], part: last.para.part };
      last.held.push(printed);
    } else out.push({ para, held: [printed] });
  }
  return out;
}

/** The resolutions of an item; the paragraphs they are read from become part "resolution". */
export function readResolutions(source: Source, printed: readonly Para[], item: ItemContext = { order: 0, title: null }, learned: Learned = defaultLearned): Resolution[] {
  const joined = joinBroken(printed);
  const out = readJoined(source, joined.map((j) => j.para), item, learned);
  for (const { para, held } of joined) if (held.length > 1 || held[0] !== para) for (const p of held) p.part = para.part;
  return out;
}

/** The sentence an item's minutes found likeliest to be a decision without judging it one. */
interface RunnerUp {
  weighed: WeighedDecision;
  sentence: string;
  para: Para;
}

function readJoined(source: Source, paras: readonly Para[], item: ItemContext, learned: Learned): Resolution[] {
  const out: Resolution[] = [];
  const motions: Open[] = [];
  let decisionHeading = false;
  // Mover fields waiting for the motion's text, and an outcome waiting for its decided text.
  const waiting: { movers: Movers | null; outcome: Outcome | null | undefined; printed: string | null } = { movers: null, outcome: undefined, printed: null };
  /** A mover field printed empty ("Moved:"), waiting for the line that names it. */
  let unnamedMover: keyof Movers | null = null;
  /** The paragraphs that gave the waiting movers, with the part they had. */
  const moverParas: { para: Para; part: Para['part'] }[] = [];

  /** The paragraph of an outcome waiting for its decided text. */
  let waitingAt: Para | null = null;
  /** A reference printed before a decision ("Resolution 449/2019"), and the paragraph it was printed in. */
  let reference: { value: string; at: number } | null = null;
  /** The paragraph the last decision was read up to (an outcome printed after it may be its own). */
  let decidedAt = -1;
  /** Where paragraph `i` stands, for the decision model. */
  const contextAt = (i: number, first: boolean, place: SentenceContext['place'] = 'paragraph'): SentenceContext => ({
    item: item.order,
    first,
    paragraph: i,
    paragraphs: paras.length,
    underDecisionHeading: decisionHeading,
    title: item.title,
    place,
    agenda: item.agenda ?? false,
  });
  const add = (r: Resolution, from: Para, to: Para = from, amendment = false, nomination = false, judged = false) => {
    // What a construct read teaches the model what decided text looks like ("that the agenda be
    // adopted as presented"), except a bare infinitive ("RESOLVED to accept …"): agendas print
    // their items so ("To receive the report"), and those are no decisions.
    if (!judged && !/^to\s/i.test(r.text)) recordRuled(learned, r.text, contextAt(paras.indexOf(from), true));
    // Texts joined from several lines or points read as one line.
    r.text = r.text.split('\n').map((part) => part.trim()).join(' ');
    r.outcomeText = r.outcomeText ? r.outcomeText.trim() : null;
    // The reference names the decision of its own paragraph or of the one after it (below a "Resolution 2021/197" heading).
    r.reference = reference && paras.indexOf(from) - reference.at <= 1 ? reference.value : null;
    reference = null;
    r.position = paraPosition(source, from, to);
    decidedAt = paras.indexOf(to);
    out.push(r);
    if (r.outcome === null) motions.push({ resolution: r, amendment, nomination });
    return r;
  };
  /** Settles the open motion `target` names; a nomination's election joins its text. */
  const settle = (outcome: Outcome | null, target: Target, votes: Resolution['votes'] = null, printed: string | null = null, decision = false) => {
    const open =
      target === 'amendment'
        ? motions.findLast((m) => m.amendment && m.resolution.outcome === null)
        : target === 'substantive'
          ? motions.find((m) => !m.amendment && m.resolution.outcome === null)
          : motions.findLast((m) => m.resolution.outcome === null);
    if (!open) return false;
    // "That …" / "Moved: X" / "Seconded: Y" / "Carried": movers printed between a motion and its outcome are its own.
    if (waiting.movers && !open.resolution.movedBy && !open.resolution.secondedBy) {
      Object.assign(open.resolution, waiting.movers);
      waiting.movers = null;
      moverParas.length = 0;
    }
    open.resolution.outcome = outcome;
    open.resolution.outcomeText = printed;
    if (open.nomination && decision && printed) open.resolution.text = `${open.resolution.text} ${printed}.`;
    if (votes) open.resolution.votes = votes;
    return true;
  };
  /**
   * The sentence the model found likeliest to be a decision without judging it one: an item
   * whose minutes record no decision at all takes it when it is likely enough (most items that
   * discuss something decide it; the likeliest sentence is where).
   */
  let runnerUp: RunnerUp | null = null;
  const consider = (weighed: WeighedDecision | null, sentence: string, para: Para) => {
    if (weighed === null) return null;
    if (weighed.accepted) return weighed.decision;
    if (weighed.namesDecision && (runnerUp === null || weighed.probability > runnerUp.weighed.probability)) runnerUp = { weighed, sentence, para };
    return null;
  };
  /** A sentence naming the seconder of the open motion ("Supervisor Lepper seconded, motion passed."): read into it, with the outcome it gives. */
  const second = (sentence: string): boolean => {
    const seconding = readSeconder(sentence);
    const open = seconding && motions.findLast((m) => m.resolution.outcome === null);
    if (!seconding || !open) return false;
    open.resolution.secondedBy ??= seconding.secondedBy;
    if (seconding.settled) settle(outcomeOf(seconding.settled), 'last', null, seconding.settled);
    return true;
  };
  /** Paragraphs after `i` that continue a resolution's text: "That Council:", its points. */
  const absorb = (i: number, opener: string): { text: string; last: number } => {
    let text = opener;
    let j = i + 1;
    while (j < paras.length) {
      const p = paras[j]!;
      if (!isOpenPara(p) || p.type === 'heading') break;
      const t = spokenText(p);
      const continues = p.type === 'list' || /^that\b/i.test(t) || text === '' || /:$/.test(text) || /^that$/i.test(text);
      if (!continues) break;
      text = `${text} ${t.replaceAll('\n', ' ')}`.trim();
      p.part = 'resolution';
      j++;
    }
    return { text, last: j - 1 };
  };

  /**
   * A decision's text that ends paragraph `i` mid-sentence ("… that the August 6, 2015 Council" /
   * "Meeting minutes be adopted as presented.") goes on in the next lines, to its full stop; a row
   * of a PDF's columns goes on with it when it opens in lower case ("be adopted. | Signed by the
   * Chair"). Returns the whole text and the last paragraph it took, as absorb does.
   */
  const readOn = (i: number, opened: string): { text: string; last: number } => {
    let text = opened;
    let to = i;
    if (!/[a-z0-9,]$/i.test(text)) return { text, last: to };
    while (to + 1 < paras.length && to - i < 4) {
      const p = paras[to + 1]!;
      const more = paraText(p).replaceAll('\n', ' ');
      const goesOn = p.type === 'paragraph' || (p.type === 'table' && /^\p{Ll}/u.test(more));
      if (!goesOn || !isOpenPara(p) || truncationNotice.test(more) || readSettlement(more) || /^(?:moved|seconded|proposed|carried|resolved)\b/i.test(more)) break;
      // The text ends at its full stop: what follows it is the next sentence, not its text.
      const [upTo, ...after] = splitSentences(more);
      text = `${text} ${after.length > 0 ? upTo!.text : more}`;
      p.part = 'resolution';
      to++;
      if (after.length > 0 || /[.!?;:]$/.test(more)) break;
    }
    return { text, last: to };
  };

  // "2. Trustee Martin made a motion, with Trustee Cookson seconding the motion, to approve the
  // minutes …" / "Voting: Tuter, yes; … Motion carried.": a motion put in the item's heading is
  // open for the minutes below, which settle it.
  const headingMotion = item.heading ? readMotion(item.heading.text) : null;
  if (headingMotion && item.heading) {
    const { text, outcome, outcomeText, movedBy, secondedBy } = headingMotion;
    const r: Resolution = { text, outcome, outcomeText, movedBy, secondedBy, votes: null, reference: null, position: item.heading.position };
    out.push(r);
    if (outcome === null) motions.push({ resolution: r, amendment: headingMotion.amendment, nomination: headingMotion.nomination ?? false });
  }

  /**
   * A decision recorded among the questions, in a paragraph or list the question reader took ("The
   * Council resolved:- to note the details.", "• It was agreed that JN and AC would investigate
   * …"): read where a sentence opens with a cue that names it ("RESOLVED", "It was agreed"), not
   * weighed (what is asked and answered there is seldom decided). The paragraph stays the questions'.
   */
  const readAmongQuestions = (para: Para) => {
    for (const said of para.points ? para.points.map(pointText) : [paraText(para)]) {
      for (const { text: sentence } of splitSentences(said)) {
        const resolved = resolvedCue.exec(sentence);
        const rest = resolved ? sentence.slice(resolved[0].length).trim() : '';
        const cued = resolved ? null : readCuedDecision(sentence);
        if (resolved && /[a-z]{3}/i.test(rest)) add({ text: rest, outcome: 'resolved', outcomeText: cueWording(resolved[0]), movedBy: null, secondedBy: null, votes: readVotes(rest) }, para);
        else if (cued) add({ text: cued.text, outcome: cued.outcome, outcomeText: outcomeWording(sentence), movedBy: null, secondedBy: null, votes: null }, para);
      }
    }
  };

  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (para.part === 'question') readAmongQuestions(para);
    if (!isOpenPara(para)) continue;
    // "Resolution number KT/2022/234 MOVED by …": the reference is not part of the decision.
    // A bullet of its own reads without its bullet ("o Resolved that …" as "- Resolved that …" in Markdown).
    const bulleted = para.type === 'list' && para.points?.length === 1 && isBullet(para.points[0]!.label);
    const printed = trimEndChars(bulleted ? pointText(para.points![0]!) : paraText(para), ' |');
    const referenced = resolutionReference.exec(printed);
    if (isReference(referenced?.[1])) reference = { value: referenced[1], at: i };
    const text = referenced ? printed.replace(resolutionReference.pattern, '') : printed;

    if (para.type === 'heading' || resolutionHeading.test(text)) {
      const headingReference = resolutionHeading.exec(text)?.[1];
      if (isReference(headingReference)) reference = { value: headingReference, at: i };
      decisionHeading = labels.decision.test(text) || resolutionHeading.test(text);
      if (decisionHeading) para.part = 'resolution';
      continue;
    }
    if (recommendationCue.test(text) || truncationNotice.test(text) || blankForm.test(text)) continue;

    // "Moved by …, seconded by …. Votes: for 5, against 2." on its own, after a decision.
    const previous = out[out.length - 1];
    const sentences = splitSentences(text).map((s) => s.text);
    // ("Vote: Carried unanimously" states the outcome: read below, as the outcome of the open motion.)
    if (previous && para.type === 'paragraph' && sentences.every((s) => readAttribution(s) || (/^votes?\s?:/i.test(s) && !readSettlement(s)))) {
      for (const s of sentences) {
        const attribution = readAttribution(s);
        if (attribution) [previous.movedBy, previous.secondedBy] = attribution;
        else previous.votes = readVotes(s);
      }
      para.part = 'resolution';
      continue;
    }

    // A vote block: "RESULT: APPROVED [UNANIMOUS]", "MOTION BY: …", "AYES: …".
    const fields = para.lines.map((l) => readField(l.text));
    if (fields[0] && /^result$/i.test(fields[0].name)) {
      const value = fields[0].value;
      const votes = readVotes(value) ?? { for: null, against: null, abstain: null };
      let movedBy: Person | null = null;
      let secondedBy: Person | null = null;
      for (const f of fields.slice(1)) {
        if (!f) continue;
        const name = f.name.toLowerCase();
        if (name === 'motion by' || name === 'moved by') movedBy = parsePerson(f.value);
        else if (name === 'second' || name === 'seconded by') secondedBy = parsePerson(f.value);
        else if (name === 'ayes' && votes.for === null) votes.for = countNames(f.value);
        else if ((name === 'nays' || name === 'noes') && votes.against === null) votes.against = countNames(f.value);
        else if ((name === 'abstain' || name === 'abstentions') && votes.abstain === null) votes.abstain = countNames(f.value);
      }
      const hasCounts = votes.for !== null || votes.against !== null || votes.abstain !== null;
      const outcome = outcomeOf(value) ?? 'other';
      const open = motions.findLast((m) => m.resolution.outcome === null);
      para.part = 'resolution';
      if (open) {
        Object.assign(open.resolution, { outcome, outcomeText: value, votes: hasCounts ? votes : open.resolution.votes });
        open.resolution.movedBy ??= movedBy;
        open.resolution.secondedBy ??= secondedBy;
      } else add({ text: value, outcome, outcomeText: value, movedBy, secondedBy, votes: hasCounts ? votes : null }, para);
      continue;
    }

    // "Moved: Cr Higgins" / "Seconded: Cr McAllister": the motion's text follows.
    const fieldMovers = moverFields(para);
    if (fieldMovers) {
      waiting.movers = { movedBy: fieldMovers.movedBy ?? waiting.movers?.movedBy ?? null, secondedBy: fieldMovers.secondedBy ?? waiting.movers?.secondedBy ?? null };
      unnamedMover = fieldMovers.unnamed ?? unnamedMover;
      // A reference printed above the mover fields ("RESOLUTION 2019/17") names the motion below them.
      if (reference?.at === i - 1) reference.at = i;
      moverParas.push({ para, part: para.part });
      para.part = 'resolution';
      continue;
    }
    // The name of a mover field printed empty: a line that is a name and nothing else.
    if (unnamedMover && waiting.movers && para.type === 'paragraph' && para.lines.length === 1 && /\s/.test(text) && personName.test(text) && !motionText.test(text)) {
      waiting.movers[unnamedMover] = parsePerson(text);
      unnamedMover = null;
      if (reference?.at === i - 1) reference.at = i;
      moverParas.push({ para, part: para.part });
      para.part = 'resolution';
      continue;
    }

    // "Agreed: that …", "Noted: …": the outcome printed as a label; "Motion: …", "Proposal: …" a motion.
    // A row of cells set apart by spaces reads as a line ("Motion:  494-2011      Moved by …", "Disposition      Carried").
    const line = para.type === 'paragraph' || (para.type === 'table' && para.lines.length === 1);
    const label = line ? outcomeLabel.exec(text) : null;
    // "MOTION: Director Jones moved to approve … Director Smith seconded. The motion carried 5-0.": a
    // label that names no outcome, over a motion put in sentences, is read with the sentences below.
    const labelled = label && (labelOutcome[label[1]!.toLowerCase()] !== null || !readMotion(splitSentences(text.slice(label[0].length))[0]?.text ?? '')) ? label : null;
    if (labelled) {
      const after = text.slice(labelled[0].length);
      let outcome = labelOutcome[labelled[1]!.toLowerCase()] ?? null;
      // "Motion: 494-2011 Moved by X Seconded by Y" with the text below: the label announces it, as mover fields do.
      const header = outcome === null ? motionHeader.exec(after.trim()) : null;
      if (header) {
        if (isReference(header[1])) reference = { value: header[1], at: i };
        const [movedBy, secondedBy] = header[2] ? people(header[2]) : [header[3] ? parsePerson(header[3]) : null, header[4] ? parsePerson(header[4]) : null];
        waiting.movers = { movedBy, secondedBy };
        moverParas.push({ para, part: para.part });
        para.part = 'resolution';
        continue;
      }
      para.part = 'resolution';
      const runIn = readRunInTail(after);
      const { text: decided, movedBy, secondedBy, votes } = withoutAttribution(runIn?.text ?? after);
      let outcomeText = outcome ? labelled[1]! : null;
      if (runIn?.outcomeText) [outcome, outcomeText] = [outcomeOf(runIn.outcomeText), runIn.outcomeText];
      if (runIn?.reference) reference = { value: runIn.reference, at: i };
      const by = waiting.movers;
      add({ text: decided, outcome, outcomeText, movedBy: runIn?.movedBy ?? movedBy ?? by?.movedBy ?? null, secondedBy: runIn?.secondedBy ?? secondedBy ?? by?.secondedBy ?? null, votes: runIn?.votes ?? votes }, para);
      waiting.movers = null;
      moverParas.length = 0;
      continue;
    }

    // "RESOLVED that …", "Resolved (Cr Knight)" then its text.
    const resolved = resolvedCue.exec(text);
    if (resolved && para.type !== 'table') {
      const [movedBy, secondedBy] = resolved[1] ? people(resolved[1]) : [waiting.movers?.movedBy ?? null, waiting.movers?.secondedBy ?? null];
      const rest = text.slice(resolved[0].length).trim();
      para.part = 'resolution';
      // "RESOLVED that" with the decided text in the next paragraph reads on, as "RESOLVED:" does.
      const { text: full, last } = rest === '' || /:$/.test(rest) || /^that$/i.test(rest) ? absorb(i, rest) : { text: rest, last: i };
      add({ text: full || text, outcome: 'resolved', outcomeText: cueWording(resolved[0]), movedBy, secondedBy, votes: readVotes(full) }, para, paras[last]);
      i = last;
      decisionHeading = false;
      waiting.movers = null;
      moverParas.length = 0;
      continue;
    }

    // "Moved: Cr Dennis Palmer Seconded: Cr Leigh Bowden Council adjourn for Open Forum." in one line.
    const inline = inlineMovers.exec(text);
    if (inline) {
      para.part = 'resolution';
      add({ text: inline[3]!, outcome: null, outcomeText: null, movedBy: parsePerson(inline[1]!), secondedBy: parsePerson(inline[2]!), votes: null }, para);
      continue;
    }

    // "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved" then "That Council …".
    // A paragraph of several sentences after the movers ("It was moved by X, seconded by Y, to accept
    // the report. Motion carried 4-1.") is read sentence by sentence below, as a motion and its outcome.
    const moved = movedSeconded.exec(text);
    const movedRest = moved ? text.slice(moved[0].length).trim() : '';
    if (moved && (movedRest === '' || splitSentences(movedRest).length === 1 || !readMotion(sentences[0]!))) {
      para.part = 'resolution';
      const rest = movedRest;
      const outcome = moved[3] ? outcomeOf(moved[3]) : null;
      const { text: full, last } = rest === '' ? absorb(i, '') : readOn(i, rest);
      add({ text: full || text, outcome, outcomeText: moved[3] ?? null, movedBy: parsePerson(moved[1]!), secondedBy: parsePerson(moved[2]!), votes: readVotes(text) }, para, paras[last]);
      i = last;
      continue;
    }

    // The text of a motion announced by mover fields, a "Resolution" heading, or an outcome
    // stated before it ("put to the vote and carried" then "(1) that …").
    if ((waiting.movers !== null || decisionHeading || waiting.outcome !== undefined) && motionText.test(para.points?.[0]?.first ?? text)) {
      para.part = 'resolution';
      const { text: full, last } = absorb(i, text);
      const by = waiting.movers;
      add({ text: full, outcome: waiting.outcome ?? null, outcomeText: waiting.printed, movedBy: by?.movedBy ?? null, secondedBy: by?.secondedBy ?? null, votes: null }, para, paras[last]);
      i = last;
      waiting.movers = null;
      moverParas.length = 0;
      waiting.outcome = undefined;
      waiting.printed = null;
      decisionHeading = false;
      continue;
    }

    // Points that record decisions: "APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)".
    if (para.type === 'list' && para.points) {
      for (const [k, point] of para.points.entries()) {
        const decision = readRecordedDecision(pointText(point));
        if (decision) add({ text: decision.text, outcome: decision.outcome, outcomeText: decision.outcomeText, movedBy: decision.movedBy, secondedBy: decision.secondedBy, votes: null }, para);
        else {
          // A point stating a decision in so many words ("• It was agreed that …", "iii) Code of
          // Conduct Training. It was agreed that …"): each sentence judged by the model, the first
          // as the point's opening, the others as sentences of a paragraph.
          let any = false;
          for (const [n, { text: sentence }] of splitSentences(pointText(point)).entries()) {
            // "(I) A motion by Tr. Parro and seconded by Tr. Baggett to approve …": a motion put in a point.
            const motion = readMotion(sentence);
            if (motion) {
              add({ text: motion.text, outcome: motion.outcome, outcomeText: motion.outcomeText, movedBy: motion.movedBy, secondedBy: motion.secondedBy, votes: null }, para, para, motion.amendment, motion.nomination);
              any = true;
              continue;
            }
            if (second(sentence)) continue;
            const weighed = /[a-z]{3}/i.test(sentence) ? weighDecision(learned, sentence, n === 0 ? contextAt(i, k === 0, 'point') : contextAt(i, false)) : null;
            const judged = consider(weighed, sentence, para);
            if (!judged) continue;
            add({ text: judged.text, outcome: judged.outcome, outcomeText: outcomeWording(sentence), movedBy: null, secondedBy: null, votes: readVotes(sentence) }, para, para, false, false, true);
            any = true;
          }
          if (!any) continue;
        }
        para.part = 'resolution';
      }
      continue;
    }
    if (para.type !== 'paragraph') {
      const settlement = line ? readSettlement(text) : null;
      if (settlement && settle(settlement.outcome, settlement.target, readVotes(text), settlement.printed)) para.part = 'resolution';
      continue;
    }
    // "add new number 7 item Grounds maintenance contract – agreed": a subject and its outcome on one line.
    const recorded = readRecordedDecision(text);
    if (recorded) {
      add({ text: recorded.text, outcome: recorded.outcome, outcomeText: recorded.outcomeText, movedBy: recorded.movedBy, secondedBy: recorded.secondedBy, votes: null }, para);
      para.part = 'resolution';
      continue;
    }
    let found = false;
    for (const [k, { text: sentence }] of splitSentences(text).entries()) {
      const motion = readMotion(sentence) ?? readResolvedWithin(sentence);
      if (motion) {
        // "… seconded by Vice Mayor Chang, to" / "*Approve as Submitted.": the text is on the next line.
        const next = paras.slice(i + 1).find((p) => /[a-z]{3}/i.test(paraText(p)));
        if (!/[a-z]{3}/i.test(motion.text) && next) motion.text = trimChars(splitSentences(paraText(next))[0]?.text ?? '', ' |*');
        const lastSentence = k === sentences.length - 1;
        const { text: motionRead, last: to } = lastSentence ? readOn(i, motion.text) : { text: motion.text, last: i };
        motion.text = motionRead;
        add({ text: motion.text, outcome: motion.outcome, outcomeText: motion.outcomeText, movedBy: motion.movedBy, secondedBy: motion.secondedBy, votes: null }, para, paras[to], motion.amendment, motion.nomination);
        found = true;
        if (to > i) {
          para.part = 'resolution';
          i = to;
          break;
        }
        continue;
      }
      if (second(sentence)) continue;
      // "… RESOLUTION: That the Minutes … be confirmed." / "MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED RESOLUTION NO.2017/GM2012 5/0".
      const tail = readMoversSentence(sentence);
      const open = tail && motions.findLast((m) => m.resolution.outcome === null);
      if (tail && open) {
        open.resolution.movedBy ??= tail.movedBy;
        open.resolution.secondedBy ??= tail.secondedBy;
        open.resolution.reference ??= tail.reference;
        if (tail.outcomeText) settle(outcomeOf(tail.outcomeText), 'last', tail.votes, tail.outcomeText);
        continue;
      }
      const settlement = readSettlement(sentence);
      if (settlement && !(settlement.ofOpenMotion && !motions.some((m) => m.resolution.outcome === null))) {
        if (!settle(settlement.outcome, settlement.target, readVotes(sentence), settlement.printed, settlement.decision)) {
          // No motion open: the decided text is the "That …" paragraph before, or the one after.
          const before = paras[i - 1];
          // "Cllr Brown was voted in as Vice Chair.": an election with no nomination before it is a decision of its own.
          const previous = out[out.length - 1];
          if (k === 0 && !settlement.decision && previous && decidedAt === i - 1 && motionText.test(previous.text)) {
            // "That the budget be approved." / "CARRIED": the outcome as printed is the motion's, though the text was read as a decision.
            previous.outcome = settlement.outcome;
            previous.outcomeText = settlement.printed;
            previous.votes ??= readVotes(sentence);
          } else if (settlement.decision) add({ text: sentence, outcome: settlement.outcome, outcomeText: outcomeWording(sentence), movedBy: null, secondedBy: null, votes: null }, para);
          else if (k === 0 && before && isOpenPara(before) && motionText.test(paraText(before))) {
            before.part = 'resolution';
            add({ text: paraText(before), outcome: settlement.outcome, outcomeText: settlement.printed, movedBy: null, secondedBy: null, votes: readVotes(sentence) }, before, para);
          } else {
            waiting.outcome = settlement.outcome;
            waiting.printed = settlement.printed;
            waitingAt = para;
          }
        }
        found = true;
        continue;
      }
      const attribution = readAttribution(sentence);
      const previous = out[out.length - 1];
      if (attribution && previous && found) {
        previous.movedBy ??= attribution[0];
        previous.secondedBy ??= attribution[1];
        continue;
      }
      // Decisions stated in so many words: judged by the learned model (decisions.ts).
      const decision = consider(weighDecision(learned, sentence, contextAt(i, k === 0)), sentence, para);
      if (decision) {
        // "Committee resolved to:" and its points below; a text a line break cut goes on.
        const lastSentence = k === sentences.length - 1;
        const { text: decided, last: to } = lastSentence ? (/:$/.test(decision.text) ? absorb(i, decision.text) : readOn(i, decision.text)) : { text: decision.text, last: i };
        add({ text: decided, outcome: decision.outcome, outcomeText: outcomeWording(sentence), movedBy: null, secondedBy: null, votes: readVotes(text) }, para, paras[to], false, false, true);
        found = true;
        if (to > i) {
          para.part = 'resolution';
          i = to;
          break;
        }
        continue;
      }
      if (k === 0 && decisionHeading && /[a-z]{3}/i.test(text)) {
        add({ text, outcome: outcomeOf(text), outcomeText: outcomeWording(text), movedBy: null, secondedBy: null, votes: readVotes(text) }, para);
        found = true;
        break;
      }
    }
    if (found) para.part = 'resolution';
    decisionHeading = false;
  }
  // Movers of a motion whose text never came ("Proposed by Counc" where the copy breaks off) are
  // the item's text, not part of a decision.
  // An outcome no motion or text took ("Noted.", "Agreed" closing the item's discussion) records the decision itself.
  // ("Approved:" over a signature line announces what never came.)
  if (waiting.outcome !== undefined && waitingAt && out.length === 0 && !waiting.printed?.endsWith(':')) add({ text: waiting.printed ?? paraText(waitingAt), outcome: waiting.outcome, outcomeText: waiting.printed, movedBy: null, secondedBy: null, votes: null }, waitingAt);
  // (Set inside `consider`, which the compiler does not follow.)
  const likeliest = runnerUp as RunnerUp | null;
  if (out.length === 0 && likeliest && likeliest.weighed.probability >= LIKELY_DECISION) {
    const { weighed, sentence, para } = likeliest;
    add({ text: weighed.decision.text, outcome: weighed.decision.outcome, outcomeText: outcomeWording(sentence), movedBy: null, secondedBy: null, votes: readVotes(sentence) }, para, para, false, false, true);
    para.part = 'resolution';
  }
  if (waiting.movers !== null) for (const { para, part } of moverParas.filter((m) => m.para.part === 'resolution')) para.part = part;
  return out;
}
