// Is a sentence a decision? The sentences of an item's minutes that no exact construct claimed
// (RESOLVED, mover fields, motions and their outcomes: resolutions.ts) are judged here by a
// logistic model, and so are the item's own heading when it reads as a sentence ("The minutes of
// … were APPROVED."), list points and the agenda's text. The wordings motions.ts knows ("The
// minutes … were approved", "Cabinet agreed to …", "It was agreed that …") are one feature among
// others, not a gate: the model weighs them with the sentence's shape, its place and its words,
// as learned from the annotated documents.
import { readDecision, withoutScene, type Decision } from '../motions.js';
import { carriedWord, noDecisionHeading, personTitles } from '../vocabulary.js';
import { outcomeOf } from '../votes.js';
import { probability, type Features } from './logistic.js';
import type { Learned } from './models.js';
import { gated } from '../cues.js';

/** Where a decision candidate was read. */
export type SentencePlace = 'paragraph' | 'point' | 'heading' | 'purpose';

/** Where a sentence stands in its item. */
export interface SentenceContext {
  /** The item's order in the document (for recording). */
  item: number;
  /** The sentence opens its paragraph. */
  first: boolean;
  /** Index of its paragraph among the item's paragraphs, and how many there are. */
  paragraph: number;
  paragraphs: number;
  /** A "Decision" or "Resolution" heading stands just above. */
  underDecisionHeading: boolean;
  /** The item's title. */
  title: string | null;
  /** A paragraph of the minutes (the default), a list point, the item's heading, the agenda's text of the item. */
  place?: SentencePlace;
  /** The document's header names it an agenda: what it prints is proposed, seldom decided. */
  agenda?: boolean;
}

/** Words whose presence says something about a sentence being a decision (either way). */
const cueWords = new Set(
  (
    'agreed resolved approved noted accepted adopted elected appointed carried decided voted confirmed endorsed received deferred rejected refused ' +
    'withdrawn ratified granted co-opted unanimously unanimous motion moved seconded proposed majority favour vote votes ' +
    'authorised authorized supported objection objections nominated passed declined ' +
    'that to would will should could may might shall be was were is are has have had been it ' +
    'report minutes recommendation recommendations clerk council committee board members cabinet commission ' +
    'asked said commented explained questioned stated thanked reported advised discussed presented informed raised ' +
    'no not none nothing there update information meeting item following signed chairman chair true correct record ' +
    'nem con all resolution action'
  ).split(' '),
);

const cueFeature = new Map([...cueWords].map((w) => [w, `w:${w}`]));
/** First words that often open narrative or a decision, beyond the cue words: "The minutes …", "Cllr Ryves agreed …". */
const openers = new Set('the a an this these those all cllr councillor councillors cr mr mrs ms dr mayor he she they we'.split(' '));
const firstFeature = new Map([...cueWords, ...openers].map((w) => [w, `first:${w}`]));

const participle = gated('decisions.participle', () => /\b(?:was|were|is|are|be|been)\s(?:duly\s|unanimously\s|then\s|formally\s)?[a-z]{3,}ed\b/i);
/** "That the report be noted", "that Council receives …": the form a resolution is printed in. */
const subjunctive = gated('decisions.subjunctive', () => /\b(?:be|are\sto\sbe|is\sto\sbe)\s(?:duly\s|now\s|formally\s)?[a-z]{3,}(?:ed|en|t)\b/i);
/** A body or its members as the subject of what was done: "Members agreed", "Councillors resolved", "The commissioners selected", "Council supports". */
const subjectActs =
  /\b(?:council|committee|board|members|councillors|councilmembers|commissioners|supervisors|directors|aldermen|governors|cabinet|commission|panel|trustees|meeting|it)\s(?:unanimously\s|then\s|also\s|formally\s)?(?:agreed|resolved|decided|approved|noted|voted|accepted|endorsed|adopted|supported|declined|refused|selected|appointed|elected|awarded|authori[sz]ed|agrees|resolves|decides|approves|notes|accepts|endorses|adopts|supports|receives|declines|refuses)\b/i;
/**
 * A body or its members acting, whatever the verb, not talking: "The commissioners selected Mark
 * St. John …", "the commissioners, by consensus, instructed Holbrook to …", "Councillors resolved
 * to pay these invoices". The subject is a body or its members (a group, not a person); the verb is
 * in the past and is no verb of deliberating (discussing, hearing, receiving is not deciding), nor
 * one reporting what was said ("The councillors confirmed that it had not").
 */
const bodyActs =
  /\b(?:council|committee|board|members|councillors|cllrs|councilmembers|commissioners|supervisors|directors|aldermen|governors|trustees|cabinet|commission|panel)(?:,?\s(?:by\s(?:general\s)?consensus|unanimously|then|also|formally|jointly|therefore),?)?\s([a-z]{3,}ed|chose|gave|took|made|set)\b(?!\sthat\b)/i;
const deliberating = new Set(
  'discussed considered reviewed heard received thanked asked expressed debated talked welcomed raised questioned commented explained viewed visited attended listened requested wished wanted needed appeared seemed continued started opened closed adjourned reconvened convened met recessed'.split(' '),
);
const actsAsBody = (sentence: string): boolean => {
  const m = bodyActs.exec(sentence);
  return m !== null && !deliberating.has(m[1]!.toLowerCase());
};
/** Agreement of all or most present, however worded: "by consensus", "were in agreement", "No objection was raised to …". */
const consensus = /\b(?:by\s(?:general\s)?consensus|consensus\s(?:was|of)|(?:were|was|all)\s(?:in\s)?agreement|no\sobjections?\b(?!\sto\s(?:the\s)?(?:clerk|chair)))/i;
/** A person (not a body) agreeing to do something: "Cllr Hutchison agreed to follow up these issues.", "PB agreed to attend." (an undertaking, seldom a decision). */
const personAgrees = gated('decisions.personAgrees', () => new RegExp(`^((?:(?:${personTitles})\\.?\\s)?[A-Z][\\w.'\u2019-]*(?:\\s[A-Z][\\w.'\u2019-]*){0,3})\\s(?:has\\s|had\\s|have\\s|kindly\\s)?agreed\\sto\\b`));
const bodySubject = /\b(?:council|committee|board|members|councillors|cabinet|commission|panel|trustees|meeting|it|all)\b/i;
const agreesInPerson = (sentence: string) => {
  const m = personAgrees.exec(sentence);
  return m !== null && !bodySubject.test(m[1]!);
};
/** A decision verb in the passive: "were confirmed", "was duly elected", "be taken as read and adopted", "were read and signed". */
const passiveDecision = gated('decisions.passiveDecision', () => new RegExp(
  String.raw`\b(?:was|were|is|are|be|been|being)\s(?:[a-z]+ly\s|also\s|then\s|not\s|therefore\s|thus\s|hence\s)?(?:[a-z]{3,}\sand\s)?(?:approved|agreed|accepted|confirmed|adopted|${carriedWord}|endorsed|ratified|elected|appointed|co-opted|granted|nominated|authori[sz]ed|supported|passed|resolved|noted|deferred|rejected|refused|declined|withdrawn|signed|taken)\b`,
  'i',
));
/** The decision verb is the sentence's own predicate, within its first words: "Mr Kallaway was elected as Chairman", "All the suggested amendments were approved". */
const predicateDecision = new RegExp(`^[^,;:]{0,60}?${passiveDecision.pattern.source}`, 'i');
/** A decision verb in the past, whoever the subject: "members unanimously passed", "Councillors agreed". */
const pastDecision = new RegExp(String.raw`\b(?:agreed|resolved|approved|decided|accepted|endorsed|adopted|ratified|elected|appointed|co-opted|confirmed|${carriedWord}|passed|granted|authori[sz]ed|deemed)\b`, 'i');
/** A proposal and its seconder in one sentence: "was nominated and seconded", "proposed … seconded by". */
const proposedSeconded = gated('decisions.proposedSeconded', () => /\b(?:proposed|nominated|moved)\b.{1,100}\bseconded\b/i);
/** What says nothing was done: "There were no declarations", "None were declared" ("No objection" states a decision: consensus). */
const nothingDone = gated('decisions.nothingDone', () => /^(?:no|none|nil|nothing|there\s(?:were|was|are|is)\sno)\b/i);
/** A speaker's label opening the sentence: "Cllr T Collins (Ind): This was passed …", "CE: There was …" (a comment). */
const speakerLabel = new RegExp(`^(?:(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}(?:\\s?\\([^()]{1,60}\\))?|[A-Z]{2,4}):\\s`);
/** Words of an item's title that say what kind of business it is (minutes, an election, planning …). */
const titleWords = new Set(
  (
    'minutes confirmation confirm approval approve adoption adopt election elect appointment appoint chair chairman chairperson vice co-option ' +
    'apologies declarations interest planning applications accounts payments finance financial budget motion motions questions reports report ' +
    'correspondence public forum matters arising closure next date consent agenda recommendation recommendations exclude excluded resolution'
  ).split(' '),
);

/**
 * Someone speaking, reporting or giving their view ("Cllr Stubbings considered that the minutes …
 * were incorrect"): narrative, not a decision (a verb, not an adjective: "the suggested amendments"
 * says nothing was said). The word boundary goes before the look behind, so that the look behind
 * is tried only where a word starts (half the time of the pattern with it first, on real minutes).
 */
const speech = /\b(?<!\b(?:the|all|any|these|those|its|their|his|her)\s)(?:asked|said|commented|explained|questioned|stated|reported|advised|informed|raised|highlighted|suggested|queried|replied|responded|mentioned|(?:noted|considered|felt|believed|thought)\sthat)\b/i;

/** The features an item's title gives each of its sentences, read once for all of them (the title last read is kept). */
let lastTitle: { title: string | null; names: string[] } = { title: null, names: [] };
function titleFeatures(title: string | null): string[] {
  if (title === lastTitle.title) return lastTitle.names;
  const names = title && noDecisionHeading.test(title) ? ['proceduralTitle'] : [];
  for (const w of new Set(title?.toLowerCase().match(/[a-z][a-z-]*/g) ?? [])) if (titleWords.has(w)) names.push(`title:${w}`);
  lastTitle = { title, names };
  return names;
}

/** The features of a sentence as a decision candidate. */
export function decisionFeatures(sentence: string, context: SentenceContext, rule: boolean): Features {
  const f: Features = rule ? { rule: 1 } : {};
  const words = sentence.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  // Each cue word once, in the order of first use (the feature's name made once per word).
  for (const w of words) {
    const name = cueFeature.get(w);
    if (name !== undefined) f[name] = 1;
  }
  const first = words[0] ?? '';
  const place = context.place ?? 'paragraph';
  // A first word no list names: a name or a noun in capitals ("David Llewellyn was …",
  // "Payments to …"), or a sentence's tail in lower case ("seconded the proposal.").
  f[firstFeature.get(first) ?? (/^[a-z]/.test(sentence.trimStart()) ? 'first:lower' : 'first:other')] = 1;
  f[`place:${place}`] = 1;
  if (context.agenda) f.agendaDocument = 1;
  if (context.first) f.opensParagraph = 1;
  // An item's heading that is a sentence ("The minutes of the previous meeting were read and signed as a correct record.") reads as one.
  if (place === 'heading' && words.length >= 6 && /[.!]$/.test(sentence.trim())) f.headingSentence = 1;
  if (agreesInPerson(sentence)) f.personAgrees = 1;
  if (rule && context.first) f.ruleOpensParagraph = 1;
  if (context.paragraph === 0) f.firstParagraph = 1;
  if (context.paragraph === context.paragraphs - 1) f.lastParagraph = 1;
  if (context.underDecisionHeading) f.underDecisionHeading = 1;
  for (const name of titleFeatures(context.title)) f[name] = 1;
  const passive = passiveDecision.test(sentence);
  if (passive) f.passiveDecision = 1;
  if (pastDecision.test(sentence)) f.pastDecision = 1;
  // The predicate is a passive decision among the first words: without one anywhere, not looked for.
  if (passive && predicateDecision.test(sentence)) f.predicateDecision = 1;
  if (proposedSeconded.test(sentence)) f.proposedSeconded = 1;
  if (nothingDone.test(sentence) && !/^no\sobjections?\b/i.test(sentence)) f.nothingDone = 1;
  if (participle.test(sentence)) f.passive = 1;
  if (subjunctive.test(sentence)) f.subjunctive = 1;
  if (subjectActs.test(sentence) || actsAsBody(sentence)) f.subjectActs = 1;
  if (consensus.test(sentence)) f.consensus = 1;
  // Someone speaking after the decision is recorded ("… was noted and the Town Clerk responded to
  // questions") says less against it than speech that the sentence is about.
  const spoken = speech.exec(sentence);
  if (spoken) {
    const decided = pastDecision.exec(sentence) ?? passiveDecision.exec(sentence);
    f[decided && decided.index < spoken.index ? 'speechAfterDecision' : 'speech'] = 1;
  }
  if (/^that\b/i.test(sentence)) {
    f.opensThat = 1;
    if (subjunctive.test(sentence)) f.thatBe = 1;
  }
  if (/\bagreed\sto\b|\bagreed\sthat\b/i.test(sentence)) f.agreedTo = 1;
  if (/\bnem\.?\s?con\b|\bunanimous/i.test(sentence)) f.unanimous = 1;
  if (outcomeOf(sentence)) f.outcomeWord = 1;
  if (/^[A-Z][a-z]+ed\b/.test(sentence)) f.opensWithParticiple = 1;
  if (/[.!]$/.test(sentence.trim())) f.endsStop = 1;
  if (/\?/.test(sentence)) f.question = 1;
  if (/\d/.test(sentence)) f.number = 1;
  if (!/[a-z]/.test(sentence)) f.caps = 1;
  if (/\b[A-Z]{4,}\b/.test(sentence) && /[a-z]/.test(sentence)) f.capsWord = 1;
  const length = words.length;
  f[length <= 2 ? 'tiny' : length <= 6 ? 'short' : length <= 25 ? 'medium' : 'long'] = 1;
  return f;
}

/**
 * How likely the likeliest sentence of an item's minutes must be for it to be taken as the
 * decision when no sentence was judged one (probability 0.5) and nothing else records one:
 * chosen by leave-one-publisher-out evaluation (0.25 costs presence more than it gains text,
 * 0.45 gains little text).
 */
export const LIKELY_DECISION = 0.35;

/** A sentence weighed as a decision: what it would record, the model's probability, and whether it is one. */
export interface WeighedDecision {
  decision: Decision;
  probability: number;
  accepted: boolean;
  /** A known wording or a decision verb ("agreed", "was accepted"): only such a sentence may stand in as an item's likeliest. */
  namesDecision: boolean;
}

/**
 * A subject's label run into the sentence it heads: "Payments for authorisation: Resolved to pay
 * …", "Correspondence:- Agreed to …". A few words, no verb of deciding (a "RESOLVED:" or
 * "Decision:" label says what follows is decided, and stays).
 */
const runInLabel = /^[A-Z][\w&'\u2019,/ -]{2,50}:-?\s(?=[A-Z])/;
const decidingLabel = /\b(?:resol|agree|decision|decided|motion|carried|approved|recommend|moved|proposed|seconded|vot(?:e|ed|ing)\b)/i;

/** A sentence without the subject's label run into it, or the phrase that sets its scene ("Following a discussion, …"). */
const statementOf = (sentence: string): string => {
  const label = runInLabel.exec(sentence)?.[0];
  if (label && !decidingLabel.test(label) && !speakerLabel.test(sentence)) return sentence.slice(label.length);
  // "Specifically, the commissioners, by consensus, instructed …": an adverb opening the sentence says how, not what.
  const adverb = /^[A-Z][a-z]{3,}ly,\s(?=[a-z])/.exec(sentence)?.[0];
  return withoutScene(adverb ? sentence.slice(adverb.length) : sentence);
};

/**
 * A field of a form left to fill in, a signature block's "Approved By:", "Approved: ______": a
 * label of a few capitalised words that records nothing ("Committee resolved to:" announces what follows).
 */
const emptyField = (sentence: string) => {
  const end = sentence.trimEnd();
  // The ending first: every sentence weighed comes here, few end so (the words cost ~1 % of a parse).
  if (!end.endsWith(':') && !end.endsWith('___')) return false;
  const words = sentence.split(' ').filter((w) => /[a-z]/i.test(w));
  return words.length <= 3 && words.every((w) => /^[A-Z]/.test(w));
};

/** A sentence weighed by the model (null for what a speaker's label opens: their comment, whatever it says). */
export function weighDecision(learned: Learned, printed: string, context: SentenceContext): WeighedDecision | null {
  const sentence = statementOf(printed);
  const rule = readDecision(sentence);
  const features = decisionFeatures(sentence, context, rule !== null);
  learned.record?.({ task: 'decision', item: context.item, value: sentence, features });
  // A known wording opening its paragraph stands (it reads the same back from Markdown, where
  // the sentence's place may differ); the model adds the decisions no wording names.
  // A list point is read from its first sentence, so a known wording there opens it too.
  const place = context.place ?? 'paragraph';
  const known = rule !== null && ((context.first && place === 'paragraph') || place === 'point');
  if (speakerLabel.test(sentence) || emptyField(sentence)) return null;
  const p = probability(learned.models.decision, features);
  const decision = rule ?? { text: sentence, outcome: outcomeOf(sentence) ?? 'other' };
  const namesDecision = rule !== null || features.pastDecision === 1 || features.passiveDecision === 1;
  return { decision, probability: p, accepted: known || p >= 0.5, namesDecision };
}

/** The decision a sentence records, if the model judges it one. */
export function judgeDecision(learned: Learned, sentence: string, context: SentenceContext): Decision | null {
  const weighed = weighDecision(learned, sentence, context);
  return weighed?.accepted ? weighed.decision : null;
}

/**
 * Records a decision an exact construct read ("RESOLVED that …", a motion and its outcome) as a
 * training example: the model learns what decided text looks like from every decision the
 * annotations name, not only from those no construct reads. Nothing is judged.
 */
export function recordRuled(learned: Learned, text: string, context: SentenceContext): void {
  if (learned.record) learned.record({ task: 'decision', item: context.item, value: text, features: decisionFeatures(text, context, readDecision(text) !== null) });
}
