// The wordings of motions and decisions, sentence by sentence. Each reader returns what the
// sentence says (a motion and who moved it, an outcome, a decision) or null; resolutions.ts
// keeps track of which motion an outcome settles.
//
//   It was moved by Councillor Bright and seconded by Councillor Graham that …   ← motion
//   Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to …
//   Trustee Martin made a motion, with Trustee Cookson seconding the motion, to approve …
//   Councillor T Neilson moved that the minutes be amended …
//   Willmus moved, Etten seconded, approval of the agenda as presented.
//   Cllr Mrs Mann proposed acceptance seconded by Cllr Ryves.
//   Councilmember Diaz moved and Councilmember Orr seconded to approve the agenda.
//   It was proposed by Cllr Ives and resolved, to invite all staff and Councillors to a meeting …  ← motion and outcome
//   On the proposal of Councillor Ruddle, seconded by Councillor Scanlan, it was agreed to allocate …
//   On the proposition of Councillor Willie Aird, the Members unanimously extended a vote of sympathy …
//   Brian made a motion to accept the report.  Motion was made by Brian to continue …  Motion second by Todd.
//   Trustee Kane made a motion to approve the vouchers; the motion was seconded by Trustee Brennan and approved unanimously.
//   C-307/15 MOVED BY COUNCILLOR ANNE MARIE PHILIPSEN that the minutes be adopted as presented.
//   Motion by Haskew, second by Mayor Pro Tem Silva, carried unanimously, to APPROVE …  ← motion and outcome
//   A motion to note the report was proposed, seconded, voted on and carried.   ← motion and outcome
//   The substantive motion was then put to the vote and it was AGREED.          ← outcome
//   Motion Carried Unanimously, By All Members Present.  CARRIED  Motion passed unanimously.
//   Cllr Brown was voted in as Vice Chair.                                       ← decision
//   The minutes … were approved and signed.  Cabinet agreed to note the report.  It was agreed that …
import type { Outcome, Person } from '../model/schema.js';
import { memoByText } from './memo.js';
import { parsePerson } from './people.js';
import { personTitles } from './vocabulary.js';
import { outcomeOf, outcomeWording } from './votes.js';
import { gated } from './cues.js';

export interface Motion {
  text: string;
  movedBy: Person | null;
  secondedBy: Person | null;
  amendment: boolean;
  /** Set when the sentence also gives the outcome, with its wording as printed. */
  outcome: Outcome | null;
  outcomeText: string | null;
  /** "X was proposed by Y": a nomination, settled by an election ("… was duly elected"). */
  nomination?: boolean;
}

/** A person named with a title, whatever the title: "Cr Bailey", "Councilmember Diaz", "Trustee Jones", "Ms Lee". */
const PERSON = `(?:${personTitles}|Member)\\.?\\s[^,.]{1,60}`;

const itWasMoved = /^it\swas\s(?:moved|proposed)\sby\s(.{2,80}?),?\s(?:and\s)?seconded\sby\s(.{2,80}?),?\s((?:that|to)\b.*)$/i;
/** "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to …", "Trustee Martin made a motion, with Trustee Cookson seconding the motion, to approve …". */
const madeAMotion = /^(.{2,80}?)\smade\sa\smotion,?\s(?:(?:which\swas\s)?seconded\sby\s(.{2,80}?)|with\s(.{2,80}?)\sseconding(?:\sthe\smotion|\sit)?),?\s((?:to|that)\b.*)$/i;
/** "A motion was made by Member Reid, seconded by Vice Mayor Chang, to Approve as Submitted.", "…, second by Janet Keough to appoint …", "A motion was made by Tr. Parro Seconded by Tr. Bolger to recommend …" */
const motionWasMade = /^a\smotion\swas\s(?:made|moved)\sby\s(.{2,80}?),?\s(?:and\s)?second(?:ed)?\sby\s(.{2,80}?),?\s((?:to|that)\b.*)$/i;
const secondedMoved = gated('motions.secondedMoved', () => new RegExp(`(?:^|,\\s)(${PERSON}),\\sseconded\\sby\\s([^,]{1,80}),\\smoved\\s(an\\samendment|a\\smotion)?\\s?((?:that|to)\\b.*)$`, 'i'));
const nominated = gated('motions.nominated', () => new RegExp(`^(${PERSON})\\swas\\s(?:proposed|nominated)\\sby\\s(${PERSON}?)(?:,?\\s(?:and\\s)?seconded\\sby\\s(${PERSON}))?\\.?$`, 'i'));
/**
 * "Approval of the minutes … was proposed by Mr M. Johnston and seconded by Mrs I. Miller", "These
 * were moved as correct by Robert Preston and Esme Clark": a motion put in the passive, its subject
 * what was moved (the seconder after "and" is a name: checked by the reader).
 */
const passiveMotion =
  /^(.{3,200}?)\s(?:was|were)\s(?:duly\s)?(?:proposed|moved)(?:\sas\s[\w-]+)?\sby\s(.{2,60}?)(?:,?\s(?:and\s)?seconded\sby\s(.{2,60}?)|\sand\s(.{2,60}?))?\.?$/i;
const movedThat = gated('motions.movedThat', () => new RegExp(`^(${PERSON})\\smoved\\s(an\\samendment\\s|a\\smotion\\s)?((?:that|to)\\b.*)$`, 'i'));
/**
 * "Power moved to approve the minutes.", "Willmus moved that …": a mover named without a title (a
 * name in capitals, not a body or a pronoun), moving to do something ("moved to the next item",
 * "moved to closed session" move the meeting, not a motion).
 */
const nameMovedThat =
  /^(?!(?:The|This|It|He|She|They|We|Council|Committee|Board|Members|Councillors|Commission|Cabinet|Meeting)\b)([A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){0,2})\smoved\s((?:that\s|to\s(?!(?:the|a|an|item|items|closed|open|public|executive|session|agenda|adjourn\sinto)\b))[a-z].*)$/;
const movedCommaSeconded = /^([A-Z][\w'.-]{1,30}(?:\s[A-Z][\w'.-]{1,30}){0,3})\smoved,\s([A-Z][\w'.-]{1,30}(?:\s[A-Z][\w'.-]{1,30}){0,3})\sseconded,\s(.{3,})$/;
const proposedSeconded = gated('motions.proposedSeconded', () => new RegExp(`^(${PERSON})\\s(proposed\\s.{1,200}?,?\\sseconded\\sby\\s(${PERSON}))\\.?$`, 'i'));
/** "Councilmember Diaz moved and Councilmember Orr seconded to approve the agenda." */
const movedAndSeconded = gated('motions.movedAndSeconded', () => new RegExp(`^(${PERSON})\\smoved,?\\s(?:and\\s)?(${PERSON})\\sseconded,?\\s(?:(?:a|the)\\smotion\\s)?((?:that|to)\\b.*)$`, 'i'));
/** "Motion by Haskew, second by Mayor Pro Tem Silva, carried unanimously, to APPROVE …" */
const motionBy =
  /^(?:a\s)?motion\sby\s(.{2,80}?),?\s(?:and\s)?second(?:ed)?\sby\s(.{2,80}?)(?:,\s?((?:carried|passed|approved|adopted|failed|lost|defeated)(?:\sunanimously|\s\(?\d{1,2}\s?[-\u2013]\s?\d{1,2}\)?)?))?,?\s((?:to|that)\b.*)$/i;
/**
 * "MOVED BY COUNCILLOR ANNE MARIE PHILIPSEN that the minutes be adopted", after a reference ("C-307/15") or not; "Moved by X, Seconded by Y # BE IT RESOLVED THAT …";
 * "Moved by Goold, seconded by Webber, and carried unanimously by members present to adjust …" (the outcome before the text).
 */
const movedByThat =
  /^(?:[A-Z]{0,4}-?\d[\w/.-]{1,20}\s)?(?:moved|proposed)\sby\s(.{2,80}?)(?:,?\s(?:and\s)?seconded\sby\s(.{2,80}?))?(?:,?\s(?:and\s)?((?:unanimously\s)?(?:carried|passed|approved|adopted|resolved|agreed)(?:\sunanimously)?(?:\sby\s(?:all\s|the\s)?(?:members|those|directors|trustees|councillors|commissioners)(?:\spresent)?|\s\(?\d{1,2}\s?[-\u2013]\s?\d{1,2}\)?)?))?(?:\s?#)?(?:\sbe\sit\sresolved)?,?\s((?:that|to)\s.*)$/i;
/** A name as printed after "On the proposal of": capitalised words, initials and titles ("Cllr. G. Mc Monagle", "Councillor John V. Farrelly"). */
const PROPOSER = "[A-Z][\\w.'\u2019-]*(?:\\s[A-Z][\\w.'\u2019-]*){0,5}";
/**
 * "Proposed by G. Clere and seconded by P. Markwell - recommend approval.", "… seconded by P. Markwell
 * pass for payment.": the names end where lower case starts, and what was proposed follows them
 * ("… seconded by Councillor Tily and RESOLVED that …" is the motion's outcome, read elsewhere).
 */
const proposedByThenText = gated('motions.proposedByThenText', () => new RegExp(`^(?:[Pp]roposed|[Mm]oved)\\sby\\s(${PROPOSER}),?\\s(?:and\\s)?[Ss]econded\\s(?:by\\s)?(${PROPOSER})(?:\\s?[-\u2013:,]\\s?|\\s)(?!and\\b)([a-z].{3,})$`));
/** "It was proposed by Cllr Ives and resolved, to invite all staff …", "… seconded by Cllr Loynton and unanimously agreed that …": the motion and its outcome. */
const proposedAndResolved =
  /^it\swas\s(?:proposed|moved)\sby\s(.{2,80}?)(?:,?\s(?:and\s)?seconded\sby\s(.{2,80}?))?,?\sand\s((?:unanimously\s)?(?:resolved|agreed|carried|approved)(?:\sunanimously)?),?\s((?:to|that)\b.*)$/i;
/** "On the proposal of Councillor Ruddle, seconded by Councillor Scanlan, it was agreed to allocate …": the motion and its outcome. */
const onTheProposalOf =
  /^(?:on|upon)\s(?:the\s|a\s)?(?:proposal|motion)\s(?:of|by)\s(.{2,80}?),?\s(?:and\s)?seconded\sby\s(.{2,80}?),?\s(?:it\swas\s)?((?:unanimously\s)?(?:resolved|agreed|decided))(?:\sunanimously)?,?\s((?:to|that)\b.*)$/i;
/**
 * "On the proposition of Councillor Willie Aird, the Members unanimously extended a vote of sympathy …",
 * "On the proposal of Cllr. Roger Kennedy and seconded by Cllr. John Fahey the minutes … were adopted",
 * "Upon motion by Commissioner Hall, seconded by Commissioner Ruiz, the Commission voted unanimously to approve …":
 * what was proposed is the sentence's own clause, after the names (which end where lower case starts).
 */
const proposalClause = gated('motions.proposalClause', () => new RegExp(`^(?:[Oo]n|[Uu]pon)\\s(?:the\\s|a\\s)?(?:proposal|proposition|motion)\\s(?:of|by)\\s(${PROPOSER}),?(?:\\s(?:and\\s)?seconded\\s(?:by\\s)?(${PROPOSER}),?)?\\s([a-z].{8,})$`));
/** "Trustee Kane made a motion to approve the vouchers; the motion was seconded by Trustee Brennan and approved unanimously." */
const motionThenSeconded =
  /^(.{2,80}?)\smade\sa\smotion,?\s((?:to|that)\b.{3,}?)[;,]\s(?:and\s)?the\smotion\swas\sseconded\sby\s(.{2,80}?)(?:,?\sand\s((?:approved|carried|passed|adopted|failed|defeated)(?:\sunanimously)?))?\.?$/i;
/** "Brian made a motion to accept the Supplemental Resolution …", "Motion was made by Brian to continue …": the seconder in a sentence of its own, or none. */
const motionMadeBy = /^(?:(.{2,80}?)\s(?:made|moved)\sa\smotion|(?:a\s)?motion\swas\s(?:made|moved)\sby\s(.{2,80}?)),?\s((?:to|that)\b.*)$/i;
/** "Motion to approve the finance report made by Supervisor Miller, seconded by Supervisor Grant.": the motion first, its movers after. */
const motionToMadeBy = /^(?:a\s)?motion\s((?:to|that)\s.{3,300}?),?\s(?:was\s)?(?:made|moved|proposed)\sby\s(.{2,80}?)(?:,?\s(?:and\s)?second(?:ed)?\sby\s(.{2,80}?))?\.?$/i;
const aMotionTo = /^(?:a|the)\smotion\s((?:to|that)\s.{3,300}?)\swas\s(?:moved|proposed)\b.{1,80}?\b(carried|lost|agreed|approved|passed|failed|defeated)\b/i;

/**
 * "M/S/A to create an ad-hoc committee …", "M/S/C (Smith/Jones) that the minutes be approved": moved,
 * seconded and approved (carried, passed, failed) in three letters, the movers in brackets if named.
 */
const movedSecondedLetters = /^(M\s?\/\s?S\s?\/\s?([ACPF]))\.?(?:\s?\(([^()/]{2,40})\/([^()/]{2,40})\))?[,:]?\s((?:to|that)\b.*)$/;
const lettersOutcome: Record<string, string> = { A: 'approved', C: 'carried', P: 'passed', F: 'failed' };

/** A word every wording of a motion or an attribution needs ("moved", "proposed", "motion", "nominated", "M/S/A"): most sentences have none, and skip the patterns. */
const motionWord = /mov|propos|motion|nominat|M\s?\/\s?S\b/i;

/** A subject's label run into the sentence before a dash or a colon: "Adjournment – Supervisor Kessler made a motion to adjourn.", "Action: Moved by Goold, …". */
const labelDash = /^[A-Z][\w&'\u2019,/ ]{2,50}?(?:\s[\u2013\u2014-]|:)\s(?=[A-Z])/;

/**
 * A phrase that sets the scene before the sentence's own clause: "Following a discussion, the
 * Financial Report was accepted.", "After much deliberation, the Councillors agreed that …",
 * "Referring to page 1 of the 1986 Budget Policy Issues /Decisions, dated November 14, 1985, it
 * was MOVED by Foy, …". It opens with a preposition or a participle and ends at the comma before
 * a clause's subject ("it was", "the …", a capitalised name or body).
 */
const scenePhrase =
  /^(?:After|Following|Further\sto|Referring\sto|With\sregard\sto|With\sreference\sto|Having|Upon|On|In|At|During|Regarding|Given|As)\s[^.;:!?]{2,160}?,\s(?=(?:it\s(?:was|is)|the|this|these|all|members|councillors|[A-Z][\w'\u2019.-]*)\s)/;

/** A sentence without the phrase that sets its scene (the sentence itself when none does). */
export function withoutScene(sentence: string): string {
  const scene = /,\s/.test(sentence) ? scenePhrase.exec(sentence) : null;
  return scene ? sentence.slice(scene[0].length) : sentence;
}

/** A motion a sentence puts (and its outcome, when the same sentence gives it), read without a label run into it or a phrase setting its scene. */
export function readMotion(sentence: string): Motion | null {
  if (!motionWord.test(sentence)) return null;
  const label = labelDash.exec(sentence);
  const clause = withoutScene(sentence);
  return (label && motionOf(sentence.slice(label[0].length))) || motionOf(sentence) || (clause !== sentence ? motionOf(clause) : null);
}

function motionOf(sentence: string): Motion | null {
  const open = { amendment: false, outcome: null, outcomeText: null };
  // The motion with its outcome first: "It was proposed by X, seconded by Y and unanimously agreed that …" is also a motion "it was moved by X, seconded by Y".
  let m = proposedAndResolved.exec(sentence) ?? onTheProposalOf.exec(sentence);
  if (m) return { text: m[4]!, movedBy: parsePerson(m[1]!), secondedBy: m[2] ? parsePerson(m[2]) : null, amendment: false, outcome: outcomeOf(m[3]!), outcomeText: m[3]! };
  m = madeAMotion.exec(sentence);
  if (m) return { ...open, text: m[4]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson((m[2] ?? m[3])!) };
  m = itWasMoved.exec(sentence) ?? motionWasMade.exec(sentence) ?? movedAndSeconded.exec(sentence);
  if (m) return { ...open, text: m[3]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[2]!) };
  m = proposalClause.exec(sentence);
  if (m) return { text: m[3]!, movedBy: parsePerson(m[1]!), secondedBy: m[2] ? parsePerson(m[2]) : null, amendment: false, outcome: outcomeOf(m[3]!), outcomeText: outcomeWording(m[3]!) };
  m = motionThenSeconded.exec(sentence);
  if (m) return { text: m[2]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[3]!), amendment: false, outcome: m[4] ? outcomeOf(m[4]) : null, outcomeText: m[4] ?? null };
  m = motionBy.exec(sentence);
  if (m) return { text: m[4]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[2]!), amendment: false, outcome: m[3] ? outcomeOf(m[3]) : null, outcomeText: m[3] ?? null };
  m = secondedMoved.exec(sentence);
  if (m) return { ...open, text: m[4]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[2]!), amendment: /amendment/i.test(m[3] ?? '') };
  // "Cllr Mrs Clements was proposed by Cllr Mrs Leamon seconded by Cllr Ryves": a nomination.
  m = nominated.exec(sentence);
  if (m) return { ...open, text: sentence, movedBy: parsePerson(m[2]!), secondedBy: m[3] ? parsePerson(m[3]) : null, nomination: true };
  // "Approval of the minutes … was proposed by Mr M. Johnston and seconded by Mrs I. Miller.": the subject is the motion.
  m = passiveMotion.exec(sentence);
  const seconder = m?.[3] ?? m?.[4];
  if (m && (m[4] === undefined || /^[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,4}$/.test(m[4]))) return { ...open, text: sentence, movedBy: parsePerson(m[2]!), secondedBy: seconder ? parsePerson(seconder) : null };
  m = movedThat.exec(sentence);
  if (m) return { ...open, text: m[3]!, movedBy: parsePerson(m[1]!), secondedBy: null, amendment: /amendment/i.test(m[2] ?? '') };
  m = nameMovedThat.exec(sentence);
  if (m) return { ...open, text: m[2]!, movedBy: parsePerson(m[1]!), secondedBy: null };
  m = movedCommaSeconded.exec(sentence);
  if (m) return { ...open, text: m[3]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[2]!) };
  // "Cllr X proposed acceptance seconded by Cllr Y": the text is what was proposed, as printed.
  m = proposedSeconded.exec(sentence);
  if (m) return { ...open, text: m[2]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[3]!) };
  m = movedByThat.exec(sentence);
  if (m) return { text: m[4]!, movedBy: parsePerson(m[1]!), secondedBy: m[2] ? parsePerson(m[2]) : null, amendment: false, outcome: m[3] ? outcomeOf(m[3]) : null, outcomeText: m[3] ?? null };
  m = proposedByThenText.exec(sentence);
  if (m) return { ...open, text: m[3]!, movedBy: parsePerson(m[1]!), secondedBy: parsePerson(m[2]!) };
  m = motionMadeBy.exec(sentence);
  if (m) return { ...open, text: m[3]!, movedBy: parsePerson((m[1] ?? m[2])!), secondedBy: null };
  m = movedSecondedLetters.exec(sentence);
  if (m) return { text: m[5]!, movedBy: m[3] ? parsePerson(m[3]) : null, secondedBy: m[4] ? parsePerson(m[4]) : null, amendment: false, outcome: outcomeOf(lettersOutcome[m[2]!]!), outcomeText: m[1]! };
  m = motionToMadeBy.exec(sentence);
  if (m) return { ...open, text: m[1]!, movedBy: parsePerson(m[2]!), secondedBy: m[3] ? parsePerson(m[3]) : null };
  m = aMotionTo.exec(sentence);
  if (m) return { text: m[1]!, movedBy: null, secondedBy: null, amendment: false, outcome: outcomeOf(m[2]!), outcomeText: m[2]! };
  return null;
}

/**
 * A resolution's cue in capitals inside a sentence, its text after it: "Resolution No. 2 Moved by
 * Jim Pickard Seconded by George Klosler RESOLVED that Council adjourn …", "General Meeting –
 * Wednesday 19 April 2017 RESOLUTION: That the Minutes … be confirmed." (a copy that ran the lines
 * of a resolution block together). "RESOLVED" records the outcome, "RESOLUTION" only the motion;
 * a title in capitals ("ADOPTION OF RESOLUTION TO AUTHORIZE …") is none.
 */
const cueWithin = /\s(RESOLVED|RESOLUTION)(\s?:)?\s(?=([Tt]hat|THAT|[Tt]o|TO)\s)/;
const moversBefore = /(?:moved|proposed)\s(?:by\s)?:?\s?(.{2,60}?),?\s(?:and\s)?seconded\s(?:by\s)?:?\s?(.{2,60}?)(?:\s?#)?(?:\sbe\sit)?\s?$/i;

export function readResolvedWithin(sentence: string): Motion | null {
  const m = sentence.includes('RESOLUTION') || sentence.includes('RESOLVED') ? cueWithin.exec(sentence) : null;
  // Without a colon, only "RESOLVED that" is a cue: "ADOPTION OF RESOLUTION TO AUTHORIZE …" is a title in capitals.
  if (!m || (!m[2] && (m[1] === 'RESOLUTION' || m[3] === 'TO'))) return null;
  const movers = moversBefore.exec(sentence.slice(0, m.index));
  const resolved = m[1] === 'RESOLVED';
  return {
    text: sentence.slice(m.index + m[0].length),
    movedBy: movers ? parsePerson(movers[1]!) : null,
    secondedBy: movers ? parsePerson(movers[2]!) : null,
    amendment: false,
    outcome: resolved ? 'resolved' : null,
    outcomeText: resolved ? m[1]! : null,
  };
}

/** "The motion was seconded by Councillor J Legrys.", "Motion second by Todd." */
const secondedBy = /^(?:the\s)?(?:motion|amendment|proposal)\s(?:was\s)?second(?:ed)?\sby\s(.{2,80}?)\.?$/i;
/** "Supervisor Lepper seconded, motion passed.", "Etten seconded the motion.": the seconder as the subject, and the outcome when the sentence gives it. */
const personSeconded = new RegExp(`^((?:(?:${personTitles})\\.?\\s)?[A-Z][\\w.'\u2019-]*(?:\\s[A-Z][\\w.'\u2019-]*){0,3})\\sseconded(?:\\sthe\\smotion)?(.*)$`);
const secondingTail = /^(?:[,;]?\s(?:and\s)?((?:the\s)?(?:motion\s)?(?:was\s)?(?:carried|passed|approved|adopted|failed|defeated|lost)(?:\sunanimously)?))?\.?$/i;

/** Who seconded the motion put before, and the outcome the same sentence gives ("motion passed"), printed as it is. */
export interface Seconding {
  secondedBy: Person;
  settled: string | null;
}

export function readSeconder(sentence: string): Seconding | null {
  if (!/second/i.test(sentence)) return null;
  const m = secondedBy.exec(sentence);
  if (m) return { secondedBy: parsePerson(m[1]!), settled: null };
  const s = personSeconded.exec(sentence);
  const tail = s ? secondingTail.exec(s[2]!) : null;
  return s && tail ? { secondedBy: parsePerson(s[1]!), settled: tail[1] ?? null } : null;
}

/** "Proposed by Cllr B Alldred and seconded by Cllr V Allen." or "M. Prest (motion), C. Dallas (second)". */
const proposedBy = /^(?:proposed|moved)\sby\s(.{2,80}?)(?:,?\s(?:and\s)?seconded\sby\s(.{2,80}?))?\.?$/i;
const personAttribution = /^(.{2,60}?)\s?\((?:motion|moved)\),?\s(.{2,60}?)\s?\((?:second|seconded)\)\.?$/i;
export function readAttribution(sentence: string): [Person, Person | null] | null {
  if (!motionWord.test(sentence)) return null;
  const m = proposedBy.exec(sentence) ?? personAttribution.exec(sentence);
  return m ? [parsePerson(m[1]!), m[2] ? parsePerson(m[2]) : null] : null;
}

const elected = gated('motions.elected', () => /\b(?:was|were)\s(?:duly\s|unanimously\s)?(?:elected|appointed|co-opted|voted\sin(?:to)?)\b/i);

export type Target = 'amendment' | 'substantive' | 'last';

export interface Settlement {
  outcome: Outcome | null;
  target: Target;
  /** The outcome as printed: the sentence that states it. */
  printed: string;
  /** The sentence records the decision itself ("… accepted the position of Chairman and was duly elected"). */
  decision: boolean;
  /** "This was approved": an outcome only of a motion put before it; with none open it is a sentence like any other. */
  ofOpenMotion?: boolean;
}

/** "This was approved as such.", "It was carried unanimously." (not "It was agreed that …", a decision of its own). */
const pronounOutcome = gated('motions.pronounOutcome', () => /^(?:this|it)\s(?:was|were)\s(?:then\s|duly\s|unanimously\s)?(carried|agreed|approved|accepted|adopted|passed|confirmed|seconded\sand\scarried)\b(?!\s(?:that|to|by)\b)/i);

const subjectOutcome =
  gated('motions.subjectOutcome', () => /^(?:the\s)?(?:substantive\s|original\s)?(?:motion|amendment|recommendations?|resolution|proposal)\s(?:was\s|is\s)?(?:then\s)?(?:declared\s)?(carried|lost|agreed|approved|passed|failed|defeated|withdrawn|adopted)\b/i);
/** "CARRIED", "Carried (5-2)", "CARRIED 7/0", "Carried Unanimously, By All Members Present." */
const bareOutcome =
  gated('motions.bareOutcome', () => /^(?:carried|lost|agreed|approved|passed|failed|defeated|withdrawn|adopted|noted|granted|denied|refused|rejected)(?:,?\s(?:unanimously|as amended|nem\.?\s?con\.?|by\s.{1,60}|\([^()]{1,60}\)|\d{1,2}\s?[-\u2013/]\s?\d{1,2}(?:\s?[-\u2013/]\s?\d{1,2})?)){0,2}[.!]?$/i);
/** An outcome printed as a field's value: "Disposition Carried", "Decision: passed", "Outcome – Lost", "Vote: Carried unanimously". */
const outcomeField = gated('motions.outcomeField', () => /^(?:disposition|decision|outcome|result|vote)\s?[:\u2013-]?\s+(carried|lost|agreed|approved|passed|failed|defeated|withdrawn|adopted|granted|denied|refused|rejected)\b/i);
/** A line that is an outcome and nothing else ("CARRIED", "GRANTED", "Approved unanimously."): the vote on what precedes it, never a heading. */
export const isBareOutcome = (line: string): boolean => bareOutcome.test(line.trim());
const putToVote =
  gated('motions.putToVote', () => /\bput\sto\sthe\svote,?\s(?:and\s)?(?:it\s|this\s(?:amendment|motion)\s|the\s(?:amendment|motion)\s)?(?:was\s)?(?:declared\s)?(carried|lost|agreed|approved|passed|failed|defeated|rejected)\b/i);

/** An outcome a sentence states for a motion put earlier ("Motion Carried", "it was AGREED"). */
export function readSettlement(sentence: string): Settlement | null {
  const target: Target = /amendment/i.test(sentence) ? 'amendment' : /substantive|original/i.test(sentence) ? 'substantive' : 'last';
  const printed = sentence.trim().replace(/[.!]$/, '');
  const m = putToVote.exec(sentence) ?? subjectOutcome.exec(sentence) ?? outcomeField.exec(sentence);
  if (m) return { outcome: outcomeOf(m[1]!), target, printed, decision: false };
  if (bareOutcome.test(sentence)) return { outcome: outcomeOf(sentence), target, printed, decision: false };
  const pronoun = pronounOutcome.exec(sentence);
  if (pronoun) return { outcome: outcomeOf(pronoun[1]!), target: 'last', printed, decision: false, ofOpenMotion: true };
  // "… accepted the position of Chairman and was duly elected": the proposal succeeded.
  if (elected.test(sentence)) return { outcome: 'other', target: 'last', printed, decision: true };
  return null;
}

const SUBJECT =
  'minutes|report|reports|recommendations?|motion|amendment|substantive motion|item|update|petition|proposal|application|accounts|payments?|invoices|budget|precept|policy|strategy|plan|scheme|request|nominations?|appointments?|agenda|order of business|resolution|decision|matter|bylaw|by-law|ordinance|consent (?:calendar|agenda)|contract|grant|declarations?|information|schedule|financials?|calendar|statement of accounts|terms of reference|action plan|business case|vote|dates?|arrangements|quotes?|quotations?|tenders?';
// The subject may carry a phrase ("of the meeting held on 18 December", ", which was for
// information,"), and the outcome a step before it ("were submitted for information and noted"), but not a clause: "Motion that the Board find … action is deferred" is no outcome.
const passiveOutcome = gated('motions.passiveOutcome', () => new RegExp(
  `(?:^|[,;]\\s)(?:the\\s|these\\s|this\\s|all\\s)?(?:[\\w/-]{1,20}\\s){0,3}?(?:${SUBJECT})\\b([^.]{0,100}?)\\s(?:was|were|is|are|has\\sbeen|have\\sbeen|had\\sbeen)\\s(?:duly\\s|unanimously\\s|then\\s|formally\\s)?(?:(?:submitted|presented|tabled|circulated|received)(?:\\sfor\\s(?:information|noting))?\\sand\\s)?(?:noted|received|approved|agreed|adopted|accepted|confirmed|carried|lost|defeated|rejected|deferred|withdrawn|referred|endorsed|ratified|granted|refused|elected|appointed)\\b`,
  'i',
));
/** The verb every passive outcome holds, tested first: most sentences have none, and the full pattern tries its subjects after every comma. */
const passiveVerb = /\s(?:was|were|is|are|been)\s/i;
/** Apologies are a decision only once accepted ("Apologies were received" records no decision). */
const apologiesAccepted = gated('motions.apologiesAccepted', () => /^apologies\b.{1,120}\b(?:accepted|approved)\b/i);
const BODY = 'cabinet|council|committee|sub-committee|board|panel|commission|executive|assembly|members|councillors|governors|trustees|the meeting';
const activeOutcome = gated('motions.activeOutcome', () => new RegExp(
  `^(?:the\\s|all\\s)?(?:[A-Z][\\w'-]{1,20}\\s){0,4}?(?:${BODY})[\u2019']?\\s(?:unanimously\\s|formally\\s|then\\s|also\\s)?(?:agreed|resolved|approved|noted|decided|endorsed|adopted|accepted|rejected|refused|deferred|received|confirmed|voted)\\s(?:to|that|the|this|a|an|no)\\b`,
  'i',
));
// "It was noted that …" records information, not a decision. The decided text keeps its "that".
// "It was suggested and AGREED that …", "It was agreed by Councillors that …": what was decided follows
// (also as typed in haste: "It was agree that Working Groups (WGs) should be set up").
const itWasAgreed = gated('motions.itWasAgreed', () => /^it\swas\s(?:unanimously\s|further\s|then\s|therefore\s|also\s|[a-z]{3,}ed\sand\s)?(agreed?|decided|resolved)\b(?:\sby\s[\w\s'\u2019-]{2,40}?(?=\s(?:that|to)\b)|,)?\s?/i);
/**
 * The decision named as such, what was decided following: "Decision made that the Parent Council
 * will contribute …", "A decision was taken to defer …" (the noun of "It was decided that …").
 */
const decisionMade = gated('motions.decisionMade', () => /^(?:a\s|the\s)?decision\s(?:was\s)?(?:made|taken|reached)\s(?=(?:that|to|not\sto)\s)/i);
/**
 * The same decision stated in a sentence's second clause: "Councillors discussed a proposal to
 * brighten up the bus shelters and it was decided to approach local groups …", "…, and it was
 * therefore resolved that …". What was decided follows the cue.
 */
const agreedWithin = /(?:,\s|\sand\s|;\s)(?:so\s)?it\swas\s(?:unanimously\s|therefore\s|then\s|also\s)?(agreed|decided|resolved)\s(?=(?:that|to|not\sto)\s)/i;
const negative = gated('motions.negative', () => /^(?:no|none|there\s(?:were|was)\sno|nothing)\b/i);

export interface Decision {
  text: string;
  outcome: Outcome;
}

/**
 * A decision a paragraph's first sentence records in so many words. Remembered by text: the
 * questions, the decisions and the parts of an item ask it of the same sentences.
 */
export const readDecision: (sentence: string) => Readonly<Decision> | null = memoByText(decisionIn);

/**
 * A decision a sentence opens by naming it as such: "It was agreed that …", "It was RESOLVED to …",
 * "Decision made that …". What was decided follows the cue.
 */
export function readCuedDecision(sentence: string): Decision | null {
  const agreed = itWasAgreed.exec(sentence);
  if (agreed) return { text: sentence.slice(agreed[0].length) || sentence, outcome: outcomeOf(agreed[1]!) ?? 'agreed' };
  const made = decisionMade.exec(sentence);
  return made && { text: sentence.slice(made[0].length), outcome: 'agreed' };
}

function decisionIn(sentence: string): Decision | null {
  if (negative.test(sentence)) return null;
  const cued = readCuedDecision(sentence);
  if (cued) return cued;
  const passive = passiveVerb.test(sentence) ? passiveOutcome.exec(sentence) : null;
  const passiveOk = passive !== null && !/\bthat\b|["\u201c]/.test(passive[1] ?? '');
  if (passiveOk || apologiesAccepted.test(sentence) || activeOutcome.test(sentence) || elected.test(sentence)) {
    return { text: sentence, outcome: outcomeOf(sentence) ?? 'other' };
  }
  // A decision the sentence's first clause does not state, its second does ("… and it was decided to …").
  const within = /\bit\swas\b/i.test(sentence) ? agreedWithin.exec(sentence) : null;
  return within && { text: sentence.slice(within.index + within[0].length), outcome: outcomeOf(within[1]!) ?? 'agreed' };
}

/** "Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)". */
const attributedDecision = gated('motions.attributedDecision', () => /^(.{3,200}?)\s[\u2013\u2014-]\s(.{2,60}?)\s?\((?:motion|moved)\),?\s(.{2,60}?)\s?\((?:second|seconded)\)\.?$/i);
/** "APPROVED – 2018 Meetings Calendar": a decision printed as an outcome and its subject. */
const outcomeFirst = gated('motions.outcomeFirst', () => /^(approved|adopted|carried|passed|agreed|rejected|denied|deferred|tabled)\s?[\u2013\u2014:-]\s\S/i);

/** "Confirmation of the minutes of the Council Meeting on 6th August 2019 – Agreed", "Quarterly investment report and warrants and payroll — approved as submitted.": the outcome after its subject. */
const outcomeLast = /^(.{3,300}?)(?:\s[\u2013\u2014-]|[\u2013\u2014])\s?((?:agreed|approved|adopted|carried|accepted|noted|resolved)(?:\s(?:as\s(?:submitted|presented|printed|circulated|amended)|unanimously))?)\.?$/i;
/** "Confirmation of the Minutes … 2023– RESOLVED that the minutes of the meeting held on …": a resolution run into the heading. */
const resolvedInLine = /(?:\s[\u2013\u2014-]|[\u2013\u2014])\s?(RESOLVED|Resolved):?\s(\S.*)$/;

/** A decision a line records with its mover and seconder, or with its outcome first or last. */
export function readRecordedDecision(text: string): (Decision & { outcomeText: string | null; movedBy: Person | null; secondedBy: Person | null }) | null {
  // Cues the patterns need, tested first: most lines hold no bracket, and no dash (a pattern that
  // opens with a lazy run of characters tries it at every length before it fails).
  const attributed = text.includes(')') ? attributedDecision.exec(text) : null;
  if (attributed) {
    return { text: attributed[1]!, outcome: outcomeOf(attributed[1]!) ?? 'other', outcomeText: outcomeWording(attributed[1]!), movedBy: parsePerson(attributed[2]!), secondedBy: parsePerson(attributed[3]!) };
  }
  const first = outcomeFirst.exec(text);
  if (first) return { text, outcome: outcomeOf(first[1]!) ?? 'other', outcomeText: first[1]!, movedBy: null, secondedBy: null };
  const dashed = /[-\u2013\u2014]/.test(text);
  const last = dashed ? outcomeLast.exec(text) : null;
  if (last) return { text: last[1]!, outcome: outcomeOf(last[2]!) ?? 'other', outcomeText: last[2]!, movedBy: null, secondedBy: null };
  const resolved = dashed ? resolvedInLine.exec(text) : null;
  if (resolved) return { text: resolved[2]!, outcome: 'resolved', outcomeText: resolved[1]!, movedBy: null, secondedBy: null };
  return null;
}
