// Resolutions and decisions, each with its outcome, mover, seconder and votes where printed:
//
//   RESOLVED that the public and press be excluded …             ← a resolution
//   Resolved (Cr Denise Knight) / That Council: / 1. Calls on …   ← marker, then its text
//   Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved    ← attribution, then its text
//   It was moved by Councillor Bright and seconded by … that …   ← a motion, its outcome later:
//   The substantive motion was then put to the vote and it was AGREED.
//   The report, which was for information, was noted.            ← an outcome sentence
//   Cabinet agreed to note the report.                           ← a body's decision
//   RESULT: APPROVED [UNANIMOUS] / MOTION BY: … / AYES: …         ← a vote block
//
// Agenda recommendations ("RECOMMENDED that", "TO RESOLVE") are not resolutions.
import type { Outcome, Person, Resolution } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { spanOf } from '../read/source.js';
import { paraPosition, paraText, type Para } from './blocks.js';
import { parsePerson } from './people.js';
import { splitSentences } from './sentences.js';
import { readField } from './shape.js';
import { labels, outcomeLabel, recommendationCue } from './vocabulary.js';
import { countNames, outcomeOf, readVotes } from './votes.js';

const resolvedCue = /^(?:it\swas\s|it\sis\s|and\s)?(?:unanimously\s|further\s|duly\s)?resolved\b\s?(?:\(([^()]{1,120})\))?\s?(?:unanimously\s?)?[:\-\u2013,]?\s?/i;
const movedSeconded =
  /^(?:it\swas\s)?(?:moved|proposed)\s(?:by\s)?(.{2,80}?),?\s(?:and\s)?seconded\s(?:by\s)?(.{2,80}?)(?:,?\s(?:and\s)?(resolved|carried|agreed|approved|adopted)(?:\sunanimously)?)?(?:\s?[:,]\s?|\sthat\s|\.?$)/i;
const itWasMoved = /^it\swas\s(?:moved|proposed)\sby\s(.{2,80}?)\sand\sseconded\sby\s(.{2,80}?),?\s((?:that|to)\b.*)$/i;
const madeAMotion = /^(.{2,80}?)\smade\sa\smotion,?\s(?:which\swas\s)?seconded\sby\s(.{2,80}?),?\s((?:to|that)\b.*)$/i;
const secondedMoved = /(?:^|,\s)((?:Councillor|Cllr|Cr|Commissioner|Supervisor|Mayor|Deputy Mayor|Alderman|Trustee)\s[^,]{1,60}),\sseconded\sby\s([^,]{1,80}),\smoved\s(an\samendment|a\smotion)?\s?((?:that|to)\b.*)$/i;
const proposedBy = /^(?:proposed|moved)\sby\s(.{2,80}?)(?:,?\s(?:and\s)?seconded\sby\s(.{2,80}?))?\.?$/i;
const personAttribution = /^(.{2,60}?)\s?\((?:motion|moved)\),?\s(.{2,60}?)\s?\((?:second|seconded)\)\.?$/i;

const SUBJECT =
  'minutes|report|reports|recommendations?|motion|amendment|substantive motion|item|update|petition|proposal|application|accounts|payments?|apologies|budget|precept|policy|strategy|plan|scheme|request|nominations?|appointments?|agenda|order of business|resolution|decision|matter|bylaw|by-law|ordinance|consent (?:calendar|agenda)|contract|grant|declarations?|information|schedule|financials?|calendar|statement of accounts|terms of reference|action plan|business case';
// The subject may carry a phrase ("of the meeting held on 18 December", ", which was for
// information,") but not a clause: "Motion that the Board find … action is deferred" is no outcome.
const passiveOutcome = new RegExp(
  `^(?:the\\s|these\\s|this\\s|all\\s)?(?:[\\w/-]{1,20}\\s){0,3}?(?:${SUBJECT})\\b([^.]{0,100}?)\\s(?:was|were|is|are|has\\sbeen|have\\sbeen|had\\sbeen)\\s(?:duly\\s|unanimously\\s|then\\s|formally\\s)?(?:noted|received|approved|agreed|adopted|accepted|confirmed|carried|lost|defeated|rejected|deferred|withdrawn|referred|endorsed|ratified|granted|refused|elected|appointed)\\b`,
  'i',
);
const BODY = 'cabinet|council|committee|sub-committee|board|panel|commission|executive|assembly|members|governors|trustees|the meeting';
const activeOutcome = new RegExp(
  `^(?:the\\s)?(?:[A-Z][\\w'-]{1,20}\\s){0,4}?(?:${BODY})\\s(?:unanimously\\s|formally\\s|then\\s|also\\s)?(?:agreed|resolved|approved|noted|decided|endorsed|adopted|accepted|rejected|refused|deferred|received|confirmed|voted)\\s(?:to|that|the|this|a|an)\\b`,
  'i',
);
const standaloneOutcome =
  /^(?:the\s)?(?:substantive\s)?(?:(?:motion|amendment|recommendations?|resolution|proposal)\s)?(?:was\s|is\s)?(?:then\s)?(?:carried|lost|agreed|approved|passed|failed|defeated|withdrawn|adopted)(?:\s(?:unanimously|as amended|nem\.?\s?con\.?|by\s.{1,60}))?[.!]?$/i;
const putToVote =
  /\bput\sto\sthe\svote,?\s(?:and\s)?(?:it\s|this\s(?:amendment|motion)\s|the\s(?:amendment|motion)\s)?(?:was\s)?(carried|lost|agreed|approved|passed|failed|defeated|rejected)\b/i;

const negative = /^(?:no|none|there\s(?:were|was)\sno|nothing)\b/i;

/** What each outcome label means ("Proposed:" is not decided yet). */
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
};

/** A decision's text without the "Moved by …, seconded by …." and "Votes: …" sentences it ends with. */
export function withoutAttribution(text: string): Pick<Resolution, 'text' | 'movedBy' | 'secondedBy' | 'votes'> {
  const sentences = splitSentences(text).map((s) => s.text);
  let movedBy: Person | null = null;
  let secondedBy: Person | null = null;
  let votes: Resolution['votes'] = null;
  for (let last = sentences[sentences.length - 1]; sentences.length > 1 && last !== undefined; last = sentences[sentences.length - 1]) {
    const attribution = proposedBy.exec(last);
    if (attribution) {
      movedBy = parsePerson(attribution[1]!);
      secondedBy = attribution[2] ? parsePerson(attribution[2]) : null;
    } else if (/^votes?\s?:/i.test(last)) votes = readVotes(last);
    else break;
    sentences.pop();
  }
  return { text: sentences.join(' '), movedBy, secondedBy, votes };
}

interface Open {
  resolution: Resolution;
  amendment: boolean;
}

function people(phrase: string): [Person | null, Person | null] {
  const [a, b] = phrase.split(/\s?\/\s?/);
  return [a ? parsePerson(a) : null, b ? parsePerson(b) : null];
}

const isOpenPara = (p: Para) => p.part === 'minutes' || p.part === undefined;

/** The resolutions of an item; the paragraphs they are read from become part "resolution". */
export function readResolutions(source: Source, paras: readonly Para[]): Resolution[] {
  const out: Resolution[] = [];
  const motions: Open[] = [];
  let decisionHeading = false;

  const add = (r: Resolution, from: Para, to: Para = from, amendment = false) => {
    r.position = spanOf(paraPosition(source, from), paraPosition(source, to));
    out.push(r);
    if (r.outcome === null) motions.push({ resolution: r, amendment });
    return r;
  };
  const settle = (outcome: ReturnType<typeof outcomeOf>, target: 'amendment' | 'substantive' | 'last', votes = null as Resolution['votes']) => {
    const open =
      target === 'amendment'
        ? motions.findLast((m) => m.amendment && m.resolution.outcome === null)
        : target === 'substantive'
          ? motions.find((m) => !m.amendment && m.resolution.outcome === null)
          : motions.findLast((m) => m.resolution.outcome === null);
    if (!open) return false;
    open.resolution.outcome = outcome;
    if (votes) open.resolution.votes = votes;
    return true;
  };
  /** Paragraphs after `i` that continue a resolution's text: "That Council:", its points. */
  const absorb = (i: number, opener: string): { text: string; last: number } => {
    let text = opener;
    let j = i + 1;
    while (j < paras.length) {
      const p = paras[j]!;
      if (!isOpenPara(p) || p.type === 'heading') break;
      const t = paraText(p);
      const continues = p.type === 'list' || /^that\b/i.test(t) || text === '' || /:$/.test(text);
      if (!continues) break;
      text = `${text} ${t}`.trim();
      p.part = 'resolution';
      j++;
    }
    return { text, last: j - 1 };
  };

  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (!isOpenPara(para)) continue;
    const text = paraText(para);

    if (para.type === 'heading') {
      decisionHeading = labels.decision.test(text);
      if (decisionHeading) para.part = 'resolution';
      continue;
    }
    if (recommendationCue.test(text)) continue;

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
        Object.assign(open.resolution, { outcome, votes: hasCounts ? votes : open.resolution.votes });
        open.resolution.movedBy ??= movedBy;
        open.resolution.secondedBy ??= secondedBy;
      } else add({ text: value, outcome, movedBy, secondedBy, votes: hasCounts ? votes : null }, para);
      continue;
    }

    // "Agreed: that …", "Noted: …": the outcome printed as a label.
    const labelled = para.type === 'paragraph' ? outcomeLabel.exec(text) : null;
    if (labelled) {
      para.part = 'resolution';
      const { text: decided, movedBy, secondedBy, votes } = withoutAttribution(text.slice(labelled[0].length));
      add({ text: decided, outcome: labelOutcome[labelled[1]!.toLowerCase()] ?? null, movedBy, secondedBy, votes }, para);
      continue;
    }

    // "RESOLVED that …", "Resolved (Cr Knight)" then its text.
    const resolved = resolvedCue.exec(text);
    if (resolved && para.type !== 'table') {
      const [movedBy, secondedBy] = resolved[1] ? people(resolved[1]) : [null, null];
      const rest = text.slice(resolved[0].length).trim();
      para.part = 'resolution';
      const { text: full, last } = rest === '' || /:$/.test(rest) ? absorb(i, rest) : { text: rest, last: i };
      add({ text: full || text, outcome: 'resolved', movedBy, secondedBy, votes: readVotes(full) }, para, paras[last]);
      i = last;
      decisionHeading = false;
      continue;
    }

    // "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved" then "That Council …".
    const moved = movedSeconded.exec(text);
    if (moved && !itWasMoved.test(text)) {
      para.part = 'resolution';
      const rest = text.slice(moved[0].length).trim();
      const outcome = moved[3] ? outcomeOf(moved[3]) : null;
      const { text: full, last } = rest === '' ? absorb(i, '') : { text: rest, last: i };
      add({ text: full || text, outcome, movedBy: parsePerson(moved[1]!), secondedBy: parsePerson(moved[2]!), votes: readVotes(text) }, para, paras[last]);
      i = last;
      continue;
    }

    if (para.type !== 'paragraph') continue;
    const sentences = splitSentences(text);
    let found = false;
    for (const [k, sentence] of sentences.entries()) {
      const s = sentence.text;
      const motion = itWasMoved.exec(s) ?? madeAMotion.exec(s);
      if (motion) {
        add({ text: motion[3]!, outcome: null, movedBy: parsePerson(motion[1]!), secondedBy: parsePerson(motion[2]!), votes: null }, para);
        found = true;
        continue;
      }
      const amendment = secondedMoved.exec(s);
      if (amendment) {
        add({ text: amendment[4]!, outcome: null, movedBy: parsePerson(amendment[1]!), secondedBy: parsePerson(amendment[2]!), votes: null }, para, para, /amendment/i.test(amendment[3] ?? ''));
        found = true;
      }
      const vote = putToVote.exec(s);
      if (vote) {
        const target = /amendment/i.test(s) ? 'amendment' : /substantive|original/i.test(s) ? 'substantive' : 'last';
        found = settle(outcomeOf(vote[1]!), target, readVotes(s)) || found;
        continue;
      }
      if (standaloneOutcome.test(s) && motions.some((m) => m.resolution.outcome === null)) {
        settle(outcomeOf(s), /amendment/i.test(s) ? 'amendment' : 'last', readVotes(s));
        found = true;
        continue;
      }
      const attribution = proposedBy.exec(s) ?? personAttribution.exec(s);
      const previous = out[out.length - 1];
      if (attribution && previous && found) {
        previous.movedBy ??= parsePerson(attribution[1]!);
        if (attribution[2]) previous.secondedBy ??= parsePerson(attribution[2]);
        continue;
      }
      // Outcome sentences count at the start of a paragraph, not in the middle of narrative,
      // and never in the negative ("No apologies had been received").
      const passive = passiveOutcome.exec(s);
      const phrase = passive?.[1] ?? '';
      if (k === 0 && !negative.test(s) && ((passive && !/\bthat\b|["\u201c]/.test(phrase)) || activeOutcome.test(s))) {
        add({ text: s, outcome: outcomeOf(s) ?? 'other', movedBy: null, secondedBy: null, votes: readVotes(text) }, para);
        found = true;
        continue;
      }
      if (k === 0 && decisionHeading) {
        add({ text, outcome: outcomeOf(text), movedBy: null, secondedBy: null, votes: readVotes(text) }, para);
        found = true;
        break;
      }
    }
    if (found) para.part = 'resolution';
    decisionHeading = false;
  }
  return out;
}
