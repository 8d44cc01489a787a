// Questions recorded in prose, read sentence by sentence. Councils word them in many ways
//
//   In respect of question 1, Councillor Hilton asked if the reason …. Councillor Norman advised that …
//   In response to a question from Councillor Sashi Mylvaganam, the Leader referred to …
//   The Leader received a question from Councillor Victoria Wheeler regarding …. In response, he advised …
//   A member of the public drew …. He asked which …. The Leader of the Council answered that …
//   An update was sought on the cleaning of …. In replying, the Executive Engineer stated that …
//   Mr Mayor, how many disputes … in 2012? / The mayor advised that he would take this on notice.
//
// so a sentence is scored on features, not matched against a list of phrasings: an asking verb
// that is not a request ("asked if", not "asked that" or "asked officers to"), a question mark,
// a person as its subject, an answer in the sentence after it, an item about questions, a question
// told without its asker ("An update was sought on …"). The
// weights are learned from the gold questions (`npm run train`, task "question" in
// src/segment/learned/); a sentence the model rates at least even is a question. Its answer is the first sentence after it that opens with who
// answered ("Councillor Cook stated …", "In response, he advised …"), up to the next question.
import type { Person } from '../model/schema.js';
import { paraText, pointText, type Para } from './blocks.js';
import { probability, type Features } from './learned/logistic.js';
import { defaultLearned, type Learned } from './learned/models.js';
import { memoByText } from './memo.js';
import { readDecision } from './motions.js';
import { isRole, nameParticle, namesPerson, parsePerson, reportsNow, subjectAt, subjectEndingAt } from './people.js';
import type { QuestionClaim } from './questions.js';
import { splitSentences } from './sentences.js';
import { labels, paperReference, personTitles, roleNouns, speechVerbs, truncationNotice } from './vocabulary.js';
import { gated } from './cues.js';

// Verbs are found after a letter-less character too: PDF line numbers glue onto words ("36questioned").
const askVerb =
  /(?<![A-Za-z])(?:asked|asks|did ask(?=\s(?:if|whether|how|what|why|when|where|which|who|about)\b)|asking(?=\s(?:if|whether|how|what|why|when|where|which|who|about)\b)|enquired|enquires|inquired|inquires|queried|questioned|wonder(?:ed|s)(?=\s(?:if|whether|how|what|why|when|where|which|who)\b)|wished to know|wanted to know|(?:sought|requested) (?:clarification|confirmation|assurance|reassurance|an update|(?:further )?information|details)|(?:put|addressed|posed|directed|raised) (?:a|the|his|her|their|two|three|four|several|some|a number of) (?:further |supplementary |written )?(?:questions?|quer(?:y|ies))(?: (?:to|of|with)(?= the\s| [A-Z])|(?!\s(?:and|but|which|that)\b|[.;]|,(?!\s(?:the first|firstly|one|namely|regarding|about|concerning|relating to|in relation to)\b))))(?![A-Za-z])/;
// "Concern was expressed regarding … and whether …": a doubt told with what it asks is a question. What
// it was about keeps its preposition ("regarding the potential licensing …"), as a question after "asked" does.
const passive = gated('question-sentences.passive', () => /(?<![a-z])(?:(?:a|the|one|another) (?:further |supplementary )?(?:question|query) was (?:raised|asked|put)|(?:an )?(?:update|clarification|confirmation) was (?:sought|requested)|^(?:an )?(?:update|clarification|confirmation) (?:sought|requested)|(?:queries|questions) were raised|(?:concerns?|doubts?) (?:was|were) (?:expressed|raised|voiced)(?=[^.;]{0,120}\s(?:whether|if)\s)|it was (?:also |further )?(?:asked|enquired|inquired|queried)(?= (?:as to |about )?(?:whether|if|how|what|why|when|where|which|who)\b))(?:\sas to)?\s?/i);
/** "had been asked", "the sustainability of the project was questioned": something asked of or doubted, no one asking. */
const passiveAsked = gated('question-sentences.passiveAsked', () => /\b(?:(?:been|be|being|was|were|is|are|had) asked|(?:been|be|being|was|were|is|are) (?:questioned|queried|enquired|inquired))\b/);
/**
 * "asked that …", "asked officers to …", "asked for a vote", "asked if everyone was happy with the
 * accounts": requests and calls for agreement, not questions. Asking for information ("asked for
 * an update on …") is a question.
 */
const request =
  /^,?\s(?:that\b|to\b|(?:(?:the|a|an|all|him|her|them|members|officers|council|[A-Z][\w'\u2019.-]*)\s){1,5}to\s(?!what|whether|how|why|when)\w|for\s(?!(?:an?\s|the\s|further\s|more\s)?(?:update|clarification|information|details|summary|overview|confirmation|explanation|assurance|reassurance|indication|reason|status|timescale|timetable|position|breakdown|progress|figures|answer|response)\b)|(?:if|whether)\s(?:everyone|everybody|all|members|councillors|the (?:council|committee|meeting))\s(?:was|were|is|are)\s(?:happy|content|in agreement|agreed|in favour))/;
/** Who asks, named with where they come from: "Iain Example from Sandbank Community Council asked …". */
const nameFromPlace = /^([A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){1,3})\s(?:from|of)\s(?:the\s)?[A-Z][\w'\u2019&-]*(?:\s(?:[A-Z][\w'\u2019&-]*|and|of|the)){0,6}\s?$/;
const askerFrom = (prefix: string): Person | null => {
  const m = nameFromPlace.exec(prefix.trim());
  return m ? parsePerson(m[1]!) : null;
};
/** "the questions I asked at the January meeting": where or when it was asked, nothing it asks. */
const askedWhere = (rest: string) => /^,?\s(?:at|during|in|on|earlier|previously|before|last)\b/.test(rest) && !/\b(?:if|whether|how|what|why|when|where|which|who)\b/.test(rest);
const personName = `(?:(?:the )?(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}|(?:a|an|another) (?:member of the public|local resident|resident|elector|[Mm]ember|[Cc]ouncillor)|[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){1,3})`;
/** "Question from …", "Three questions had been received from Mr X" (counted: "any questions from Elected Members" announces none). */
const questionFrom = gated('question-sentences.questionFrom', () => new RegExp(`\\b(?:([Ss]upplementary)\\s)?(?:[Qq]uestion|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\\d{1,2}) questions|[Qq]uer(?:y|ies))(?:\\squestion)?(?:\\s(?:was|were|had been|have been|has been)\\s(?:received|put|asked|raised|submitted))? from (${personName})`));
/**
 * A question recorded by who put it and who answered, its text elsewhere: "Received from Mrs J
 * Brand and answered by Mr M Pate, the Leader, regarding the total cost of …".
 */
const questionRecord = /^(?:(?:a |the )?(?:supplementary )?(?:question|query) (?:was )?)?(?:received|submitted) (?:from|by) (.{3,120}?)(?: (?:and|&) (?:was )?answered by (.{3,160}?))?,? (?:regarding|in relation to|relating to|concerning|about|on the subject of|in respect of) (.+)$/i;
/**
 * An answer's lead before who gives it: "In response, …", "In reply to the question from X, …",
 * "By way of reply, …"; with no comma only right before who answers ("In response the Chief
 * Executive advised that …").
 */
const inResponse = new RegExp(
  `^(?:in (?:response|reply)\\s(?=the\\s[A-Z]|(?:${personTitles})\\.?\\s[A-Z])|(?:in (?:response|reply|replying|answer)|responding|replying|by way of (?:reply|response|answer))\\b[^,]{0,100},\\s*)`,
  'i',
);
/** A question told by who takes it up, not who asked: "Cllr Firmin would look into a question about …". */
const takesQuestion =
  /^(.{3,120}?)\s(?:would|will|undertook to|agreed to|offered to|promised to)\s(?:also\s)?(?:look into|respond to|reply to|answer|follow up)\s(?:a|the)\s(?:further\s)?(?:question|query)\s(?:about|on|regarding|concerning|relating to|in relation to|as to)\s(.{3,})$/i;
const answeredQuestionFrom = /^(.+?)\s(?:responded|replied) to (?:a |the )?(?:supplementary )?question from /;
const receivedQuestion = /^(.+?)\s(?:received|was asked|took) (?:a |the )?(?:supplementary )?question from /;
/** Leading words that are not the subject: "- ", "ii) ", "62.1", "In respect of question 4,", "Cemeteries - ", "In his supplementary", "During consideration of this item,", a marker "(ACTION)" or a note in brackets "(August plans discussion)". */
const lead = /^(?:[-\u2013\u2014]\s+|\([^()]{2,60}\)\s+|\(?(?:[ivx]{1,5}|[a-z])\)\s+|(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)+(?=[A-Z])|(?:in|with) (?:respect|regard|relation|reference) (?:of|to) [^,]{1,80},\s?|(?:in|for) (?:his|her|their|a|the) supplementary(?: question)?,?\s|(?:during|following|after|in) (?:the )?(?:consideration|discussion|debate)\b[^,]{0,60},\s?|[A-Z][\w ,&/'\u2019-]{0,40}\s[-\u2013\u2014]\s?)/i;
const addressee = /^(?:(?:the|a)\s(?:[A-Z&][\w'\u2019&-]*|of|for|and|the|\([^()]*\))(?:\s(?:[A-Z&][\w'\u2019&-]*|of|for|and|the|\([^()]*\)))*?\s|[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,3}\s|(?:staff|officers|members|councillors|the council)\s)(?=(?:if|whether|how|what|why|when|where|which|who|about|regarding|as to|for (?:an?|the|further|more)\s(?:update|report|progress|clarification|information|details|confirmation|explanation|assurance|breakdown))\b)/;

/** A run-in label before the sentence: "Questions: LCC Cllr Hill asked if …" (a speaker's label is not one). */
const runInLabel = new RegExp(`^(?!(?:${personTitles})\\b)[A-Z][A-Za-z'\u2019&/-]*(?:\\s[A-Za-z'\u2019&/-]+){0,3}:\\s+(?=[A-Z])`);

/** A line break a copy kept as markup between who speaks and their verb: "Councilmember Pust <br /> opined that …". */
const breakAfterSubject = /^([A-Z][^<.,;:]{2,60}?)\s?<br\s?\/?>\s?(?=[a-z])/;

const stripLead = (s: string): string => {
  let t = s;
  for (let k = 0; k < 3; k++) {
    const m = paperReference.exec(t) ?? lead.exec(t) ?? runInLabel.exec(t);
    if (!m || m[0].length === 0) break;
    t = t.slice(m[0].length);
  }
  return t.includes('<') ? t.replace(breakAfterSubject, '$1 ') : t;
};

interface Unit {
  /** The paragraph the sentence starts in, and the one it ends in (a line-per-paragraph copy breaks sentences). */
  para: number;
  last: number;
  text: string;
  /** Offset in the item's text, for ordering. */
  at: number;
}

interface Reading {
  asks: boolean;
  askedBy: Person | null;
  /** The asker is a pronoun ("He asked …"), to be read from the sentence before. */
  pronoun: boolean;
  question: string | null;
  /** Who the question was put to, when the sentence says ("asked the Cabinet Member if"). */
  addressee: Person | null;
  /** The answer given in the same sentence ("In response to a question from X, the Leader referred …"). */
  answer: { by: Person | null; text: string } | null;
  /** Who answered, when the sentence says so without the answer ("… and answered by Mr M Pate, the Leader, regarding …"). */
  answeredBy?: Person | null;
  supplementary: boolean;
  /**
   * A question told without its asker: in the passive ("An update was sought on …", "It was also
   * enquired as to whether …") or by who takes it up ("Cllr Firmin would look into a question about …").
   */
  told?: boolean;
}

/** What a sentence asks, if it asks (a copy: callers may fill in its fields). */
export const readAsking = (sentence: string): Reading => ({ ...askingIn(sentence) });
const askingIn = memoByText(readingOf);

/**
 * "In response to a (supplementary) question …", "To Commissioner Hall's query whether …", "In
 * respect of the second question about …": an answer that names the question it answers (and whose
 * it was).
 */
const responseOpen = new RegExp(
  `^(?:(?:(?:[Ii]n (?:response|reply|answer) to|[Rr]esponding to|[Rr]eplying to)\\s(?:(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]his)\\s)?|[Tt]o\\s(?=${personName}['\u2019]s?\\s)|(?:[Ii]n (?:respect|regard|relation) (?:of|to)|[Ww]ith (?:regard|respect|reference) to)\\s(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s(?=(?:first|second|third|fourth|fifth|next|last|final|other|further|supplementary)\\s))(?:(?<owner>${personName})['\u2019]s?\\s)?(?:(?:[Ff]urther|[Ss]upplementary|[Ff]ollow[- ]up|[Rr]elated|[Ww]ritten|[Oo]ral|first|second|third|fourth|fifth|next|last|final|other)\\s)*(?:[Qq]uestions?|[Qq]uer(?:y|ies)|[EeIi]nquir(?:y|ies))\\b|(?:[Ww]hen\\s|[Oo]n being\\s)?[Aa]sked(?=\\s(?:(?:about|whether|if|how|what|why|when|where|which|who|regarding|as to)\\b|by\\s[A-Z])))`,
);
/**
 * A question told by what its asker learned: "Ms. Solomon determined from Ms. Medary that the issue
 * was raised in part due to resource concerns" (who asked, who answered and the answer; the
 * question itself unrecorded).
 */
const learnedFrom = gated('question-sentences.learnedFrom', () => /\s(?:determined|learned|learnt|ascertained|established)\sfrom\s((?:the\s)?[A-Z][^,;]{1,78}?)\sthat\s/);
const ownedQuestion = gated('question-sentences.ownedQuestion', () => new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}?)(?:['\u2019]s?)?\\s(?:supplementary\\s)?(?:question|query)\\s(?=(?:was\\s)?(?:related to|relating to|concerned|about|regarding|on)\\s)`,
));
/** Who a question was put to, then who put it if said: "The Mayor was asked whether …", "Councillor Ahmed was asked by Mr Lowe if …". */
const askedOf = new RegExp(`^(.{2,80}?)\\s(?:was|were|had been|has been)\\sasked\\s(?:by\\s(${personName})\\s)?(?=(?:whether|if|how|what|why|when|where|which|who|about|regarding|as to)\\b)`);
/** A question opening in the passive, who asked it not said: "Asked if this was accurate …". */
const askedPassively = /^(?:when\s|on being\s)?asked\s(?!by\s)/i;
/** Who asked, after a passive "asked", before what they asked: "by Cllr Gordon why …" → "Cllr Gordon". */
const askerBy = gated('question-sentences.askerBy', () => new RegExp(`^by\\s(${personName})\\s(?=(?:whether|if|how|what|why|when|where|which|who|about|regarding|as to)\\b)`));
/** What the question was about, after who asked it: "from Councillor X regarding …" → "regarding …". */
const aboutAfterAsker = /^from\s.{3,120}?\s(?=(?:regarding|about|on|concerning|relating to|related to|in relation to|as to|whether|if|asking)\b)/i;

/**
 * "In response to a question regarding the potential cost …, Councillor Mrs Reynolds reported
 * that …", "In response to a supplementary question relating to question 1, Councillor Nunn
 * advised that …": the question as the sentence tells it, up to the comma after which someone
 * answers, and the answer; "Asked about the 'safe and well' visits …, Cllr Firmin replied that …"
 * likewise (who asked is not said). Null when no one is named answering after a comma.
 */
function responseTo(s: string): { question: string | null; asker: string | null; rest: string; by: Person | null } | null {
  const open = responseOpen.exec(s);
  if (!open) return null;
  const after = s.slice(open[0].length);
  for (const m of after.matchAll(/,\s+/g)) {
    if (m.index! > 400) break;
    const rest = after.slice(m.index! + m[0].length);
    const answering = answeringIn(rest);
    if (!answering?.by) continue;
    let told = after.slice(0, m.index!).trim();
    // "Asked by Cllr Gordon why these 6 homes … were being paid for …, Cllr Ibrahim said that …".
    const by = /^by\s/.test(told) ? askerBy.exec(told) : null;
    if (by) told = told.slice(by[0].length);
    const from = /^from\s/i.test(told) ? aboutAfterAsker.exec(told) : null;
    // "In response to Council Member Case's question, …": who asked, whose the question was.
    const asker = open.groups?.owner ?? (by ? by[1]! : from ? from[0].slice(5).trim() : null);
    if (from) told = told.slice(from[0].length);
    else if (/^from\s/i.test(told)) told = '';
    return { question: told || null, asker, rest, by: answering.by };
  }
  return null;
}

/** How an answer names what it answers: "in response to", "replied to". */
const respondsTo = String.raw`(?:in (?:response|reply|answer) to|responding to|replying to|responded to|replied to)`;
/**
 * An answer told by who gave it, the asker after "in response to": "Councillor Blunt, in response to
 * Councillor Ryves question on whether Parkway grant money would have to be repaid …, explained that
 * …", "Councillor Kunes in response to Councillor Devereux confirmed that …" (the question not told),
 * "Councillor Lawrence responded to Councillor Howman's question asking whether buy back clauses would
 * be added …" (answered in the sentence after).
 */
const answererFirst = new RegExp(
  `^(.{3,120}?),?\\s${respondsTo}\\s(${personName})(?:['\u2019]s?)?(\\s(?:supplementary\\s)?(?:question|query|enquiry))?(?:\\s(?:on|about|regarding|concerning|asking|as to|in relation to)(?=\\s))?,?\\s(.+)$`,
);
const answerVerbAt = new RegExp(`(?:^|,\\s)((?:also\\s|then\\s)?(?:${speechVerbs}|undertook|referred)\\b.*)$`);
const asksWhat = /^(?:whether|if|how|what|why|when|where|which|who|about|regarding)\b/;
/** The words an answer told after who gave it needs: answererFirst tries every length of its subject, so a sentence without them is not tried. */
const respondsToCue = new RegExp(`\\s${respondsTo}\\s`);
function answeredFor(s: string): { by: Person; asker: Person; question: string | null; answer: string | null } | null {
  const m = respondsToCue.test(s) ? answererFirst.exec(s) : null;
  if (!m || !(namesPerson(m[1]!) || isRole(m[1]!))) return null;
  const rest = m[4]!;
  const answer = answerVerbAt.exec(rest);
  const question = (answer ? rest.slice(0, answer.index) : rest).trim().replace(/[,.]$/, '') || null;
  // What was answered: a question named as such, one told by what it asks, or none told at all.
  if (!m[3] && question && !asksWhat.test(question)) return null;
  return { by: parsePerson(m[1]!), asker: parsePerson(m[2]!.replace(/['\u2019]s$/, '')), question, answer: answer ? answer[1]! : null };
}

function readingOf(sentence: string): Reading {
  const s = stripLead(sentence);
  const supplementary = /\bsupplementary\b/i.test(sentence);
  const none: Reading = { asks: false, askedBy: null, pronoun: false, question: null, addressee: null, answer: null, supplementary };
  // "In respect of the second question about …, the Deputy Leader said …": a lead stripped as a
  // reference names the question its answer is to.
  const response = responseTo(s) ?? (s === sentence ? null : responseTo(sentence.trim()));
  if (response && (response.question || response.asker)) {
    return { ...none, asks: true, askedBy: response.asker ? parsePerson(response.asker) : null, question: response.question, answer: { by: response.by, text: response.rest } };
  }
  const answered = answeredFor(s);
  if (answered) {
    const { by, asker, question, answer } = answered;
    return { ...none, asks: true, askedBy: asker, addressee: answer ? null : by, question, answer: answer ? { by, text: answer } : null };
  }
  const from = questionFrom.exec(s);
  if (from) {
    const askedBy = parsePerson(from[2]!);
    const after = s.slice(from.index + from[0].length);
    const responder = answeredQuestionFrom.exec(s);
    if (responder) {
      const by = parsePerson(responder[1]!.split(/,\s|\sand\s/)[0]!);
      return { ...none, asks: true, askedBy, answer: { by, text: after.trim() } };
    }
    if (inResponse.test(s)) {
      const rest = s.replace(inResponse, '');
      return { ...none, asks: true, askedBy, answer: { by: subjectAt(rest)?.person ?? null, text: rest } };
    }
    const receiver = receivedQuestion.exec(s);
    const regarding = /^\s?,?\s?(?:who\s(?:asked|enquired|queried)\s|regarding\s|about\s|concerning\s|on\s|as to\s)/i.exec(after);
    return { ...none, asks: true, askedBy, addressee: receiver ? parsePerson(receiver[1]!) : null, question: regarding ? after.slice(regarding[0].length).trim() : null };
  }
  if (inResponse.test(s) && /\b(?:supplementary|question|query)\b/i.test(s.slice(0, s.length - s.replace(inResponse, '').length))) {
    const rest = s.replace(inResponse, '');
    // "In response to a question regarding the Procurement Hub …, the Director of Resources ad": what
    // the question asked, told in the lead, though the answer after it reads as none (cut short).
    const lead = s.slice(0, s.length - rest.length).replace(/,\s*$/, '');
    const open = responseOpen.exec(lead);
    const told = open ? lead.slice(open[0].length).trim() : '';
    const question = /^(?:regarding|about|on|concerning|as to|whether|if|in relation to|relating to)\s/i.test(told) ? told : null;
    return { ...none, asks: true, supplementary, question, answer: { by: subjectAt(rest)?.person ?? null, text: rest } };
  }
  // takesQuestion tries every length of its subject: a sentence that names no question or query is not tried.
  const taken = /question|query/i.test(s) ? takesQuestion.exec(s) : null;
  const taker = taken ? (subjectAt(s)?.person ?? subjectEndingAt(taken[1]!)) : null;
  if (taken && taker) return { ...none, asks: true, told: true, answeredBy: taker, question: taken[2]!.trim() };
  const record = questionRecord.exec(s);
  if (record) return { ...none, asks: true, askedBy: parsePerson(record[1]!), answeredBy: record[2] ? parsePerson(record[2]) : null, question: record[3]!.trim() };
  const learnt = learnedFrom.exec(s);
  const learner = learnt ? subjectAt(s) : null;
  if (learnt && learner && learner.length >= learnt.index) {
    return { ...none, asks: true, askedBy: learner.person, pronoun: learner.person === null, answer: { by: parsePerson(learnt[1]!), text: s.slice(learnt.index + learnt[0].length) } };
  }
  // "Councillor Stone question related to an individual planning matter …", "Cllr Hill's question
  // was about …": a question recorded by its subject, with who put it.
  const owned = ownedQuestion.exec(s);
  if (owned) return { ...none, asks: true, askedBy: parsePerson(owned[1]!), question: s.slice(owned[0].length).trim() || null };
  const passiveAsk = passive.exec(s);
  if (passiveAsk) return { ...none, asks: true, told: true, question: s.slice(passiveAsk.index + passiveAsk[0].length).trim() || null };
  // "The Mayor was asked whether …": a question put to someone; who put it said or not ("… was asked by Mr Lowe if …").
  const put = s.includes(' asked ') ? askedOf.exec(s) : null;
  // Put to a person or a role, not to the meeting ("Members were asked if they had any interests to declare").
  const putTo = put && (namesPerson(put[1]!) || isRole(put[1]!)) ? parsePerson(put[1]!) : null;
  if (put && putTo) {
    return { ...none, asks: true, told: !put[2], askedBy: put[2] ? parsePerson(put[2]) : null, addressee: putTo, question: s.slice(put[0].length).replace(/^as to\s/, '').trim() || null };
  }
  const verb = askVerb.exec(s);
  // "the questions asked of Council": a participle after the thing asked, not someone asking.
  const participle = verb ? /\b(?:questions?|quer(?:y|ies)|matters|points|issues)\s$/i.test(s.slice(0, verb.index)) : false;
  if (verb && !participle && !passiveAsked.test(s.slice(0, verb.index + verb[0].length))) {
    // A kept line break after the verb is no word of the sentence: "have asked <br />to speak to him".
    // "sought an update on …": what was sought is the question.
    let rest = s.slice(verb.index + (/^(?:sought|requested)\s/.test(verb[0]) ? verb[0].indexOf(' ') : verb[0].length)).replace(/^\s?<br\s?\/?>\s?/i, ' ');
    // "sought an update on …": what was sought says what was asked; "on" opens its subject, not where.
    if (!request.test(rest) && (/^(?:sought|requested)\s/.test(verb[0]) || !askedWhere(rest))) {
      // "asked: \"When …?\"", "asked the following question: …": the question is what follows.
      rest = rest.replace(/^,\s[^,]{1,80},\s?/, ' ').replace(/^\s?(?:the\s(?:following\s)?(?:supplementary\s)?question\s?)?[:,]\s*/i, ' ').trim();
      // "enquired as to whether …", "asked questions about …": the question is what it asks.
      rest = rest.replace(/^(?:as to|questions)\s(?=(?:whether|if|how|what|why|when|where|which|who|about|regarding|concerning)\b)/, '');
      const to = addressee.exec(rest);
      const subject = subjectAt(s);
      return {
        ...none,
        asks: true,
        // "Ms. Solomon was unsure of her position, and asked if …": a titled name opening the sentence, whatever its verb.
        askedBy: subject?.person ?? (subject ? null : (subjectEndingAt(s.slice(0, verb.index)) ?? askerFrom(s.slice(0, verb.index)) ?? titledAt(s))),
        pronoun: subject !== null && subject.person === null,
        addressee: to ? parsePerson(to[0]) : null,
        question: (to ? rest.slice(to[0].length) : rest).trim() || null,
      };
    }
  }
  if (/\?["\u201d\u2019]?$/.test(s)) return { ...none, question: s.replace(/^(?:mr|madam|mrs|ms)\.? (?:mayor|chair(?:man|person)?|president),\s/i, '') };
  return none;
}

// Several people answering together: "Cllrs J Rhodes Portfolio Holder for Public Health, and Cllr A
// Stott, Portfolio Holder for Finance undertook to …": the first is credited (as the gold convention).
const answererList = new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:,?\\s(?:[A-Z][\\w'\u2019.&-]*|of|for|and|the|&)){0,24}),?\\s(?=(?:also\\s|then\\s)?(?:[a-z]+ed|said|told|gave|undertook)\\b)`,
);
const roleStart = new RegExp(`\\s(?=(?:${roleNouns})\\b)`);

function answerersAt(sentence: string): { person: Person; length: number } | null {
  const m = answererList.exec(sentence);
  if (!m) return null;
  const first = m[1]!.split(/,\s|\sand\s(?=(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\b)/)[0]!.replace(/^(Cllr|Councillor|Cr)s\b/, '$1');
  const role = roleStart.exec(first);
  const person = role ? parsePerson(`${first.slice(0, role.index)}, ${first.slice(role.index + 1)}`) : parsePerson(first);
  return { person, length: m[0].length - 1 };
}

/**
 * A speaker's name as a label, a dash after it, what they said after the dash, maybe under a
 * heading run in before: "Privilege of the Floor : Ames Brown - the County is gradually taking over …".
 */
const speakerLabel = new RegExp(
  `^(?:[A-Z][\\w'\u2019]*(?:\\s[\\w'\u2019]+){0,5}\\s?:\\s)?((?:(?:${personTitles})\\.?\\s)?[A-Z][a-z'\u2019-]+(?:\\s(?:[A-Z]\\.|[A-Z][a-z'\u2019-]+)){1,3})\\s[-\u2013\u2014]\\s`,
);
const labelledSpeaker = (sentence: string): Person | null => {
  const m = speakerLabel.exec(sentence);
  return m && !isRole(m[1]!) ? parsePerson(m[1]!) : null;
};

/** A titled name opening a sentence, whatever its verb: "Councillor Peter Williamson withdrew his question …". */
const titledSubject = gated('question-sentences.titledSubject', () => new RegExp(`^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s(?=[a-z])`));
const titledAt = (sentence: string): Person | null => {
  const m = titledSubject.exec(sentence);
  return m ? parsePerson(m[1]!) : null;
};

/** The text up to the first space (the whole text without one); no split of the whole sentence. */
const firstWord = (text: string) => {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
};

/** A body answering as one: "The councillors confirmed that …", "The community council agreed to …". */
const collective = gated('question-sentences.collective', () => /^the (?:[a-z]+ )?(?:councillors|members|officers|council|committee|board|panel|trustees)\b/i);
function collectiveAt(sentence: string): { person: Person; length: number } | null {
  const m = collective.exec(sentence);
  return m ? { person: { name: null, role: m[0].replace(/^the\s/i, '') }, length: m[0].length } : null;
}

const sameName = (a: Person, b: Person) => {
  const x = [a.name, a.role].filter(Boolean).join(' ').toLowerCase();
  const y = [b.name, b.role].filter(Boolean).join(' ').toLowerCase();
  return Boolean(x && y) && (x.includes(y) || y.includes(x));
};

/**
 * An answer told without its subject: "It was confirmed that …" (by whom, when it says: "It was
 * explained by the Clerk that …"), and "… with Councilmember Pust responding affirmatively", the
 * clause after a question that names who answered.
 */
/** A named person or a role in a state that answers: "Councillor X was pleased to …", "The Clerk was of the view that …", "The CC was sympathetic to …". */
const stateAnswer = new RegExp(
  `^((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}|[Tt]he\\s[A-Z][\\w'\u2019&-]*(?:\\s[A-Z][\\w'\u2019&-]*){0,3})\\s(?=(?:was|were)\\s(?:not\\s)?[a-z]+\\s(?:to|that|of|with)\\b)`,
);
const roleHolder = gated('question-sentences.roleHolder', () => new RegExp(
  `^((?:,\\s[^,]{1,60}?)*),\\s((?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s(?:${nameParticle}\\s)?[A-Z][\\w'\u2019.-]*){0,3}),?\\s(?=(?:also\\s|then\\s)?(?:[a-z]+ed|said|told|gave|undertook)\\b)`,
));
const passiveAnswer = gated('question-sentences.passiveAnswer', () => /^(?:it|that|this) was (?:confirmed|advised|explained|clarified|stated|reported|indicated|responded|replied)(?:\sby\s(.{3,80}?))?(?=\s(?:that|to)\b|[,.]|$)/i);
/**
 * The body or the member that asked, told the answer in the passive: "The Board was advised that …",
 * "Members were informed by the Clerk that …", "Cllr. Walsh was advised that …", "He was told that …"
 * (who was told is no answerer).
 */
const toldBody = new RegExp(
  `^(?:(?:[Hh]e|[Ss]he|[Tt]hey)|(?:[Tt]he\\s)?(?:[Bb]oard|[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Cc]ouncil|[Pp]anel|[Mm]eeting|[Mm]embers|[Ff]orum|[Gg]roup|[Cc]ommission)|(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3})\\s(?:was|were)\\s(?:advised|informed|told|assured)(?:\\sby\\s(.{3,80}?))?\\sthat\\s(?=\\S)`,
);
const participleAnswer = gated('question-sentences.participleAnswer', () => /^with\s(.{3,80}?)\s(?=(?:responding|replying|answering|confirming|advising|indicating|stating|explaining)\b)/);

/** The verb an answer opens with after who gave it: "advised", "stated that", "Councillor Norman that …", "Ritchie says …". */
const answerVerb = new RegExp(`^(?:(?:also|then|further|again|briefly|however)\\s)?(?:[a-z]+ed|said|told|gave|undertook|that|${reportsNow})\\b`);
/** Who answers in a sentence that opens an answer, and the answer; null when it does not open one. */
export const readAnswering = (sentence: string): Answering | null => {
  const answering = answeringIn(sentence);
  return answering && { ...answering };
};
const answeringIn = memoByText(answeringOf);

interface Answering {
  by: Person | null;
  pronoun: boolean;
  text: string;
}

/** An answer's label run in before it: "Response: The road will be fixed in May.", "Reply – The Clerk said …". */
const answerLead = /^(?:(?:written|officer|council)\s)?(?:response|reply|answer)\s?[:\u2013-]\s*(?=\S)/i;

function answeringOf(sentence: string): Answering | null {
  // Labelled, it answers, whoever it names: who answered when its words say ("Reply: The Clerk said …").
  const labelled = answerLead.exec(sentence);
  if (labelled) {
    const rest = sentence.slice(labelled[0].length);
    return answeringIn(rest) ?? { by: null, pronoun: false, text: rest };
  }
  const s = stripLead(sentence);
  const passive = passiveAnswer.exec(s);
  const told = toldBody.exec(s);
  if (told) return { by: told[1] ? parsePerson(told[1]) : null, pronoun: false, text: s.slice(told[0].length) };
  // "That was confirmed.": all the answer says is that it was confirmed.
  if (passive) return { by: passive[1] ? parsePerson(passive[1]) : null, pronoun: false, text: /[a-z]/i.test(s.slice(passive[0].length)) ? s.slice(passive[0].length).trim() : s };
  const participle = participleAnswer.exec(s);
  const participant = participle ? subjectEndingAt(participle[1]!) : null;
  if (participant) return { by: participant, pronoun: false, text: s.slice(participle![0].length).trim() };
  const rest = inResponse.test(s) ? s.replace(inResponse, '') : null;
  const subject = subjectAt(rest ?? s) ?? answerersAt(rest ?? s) ?? collectiveAt(rest ?? s);
  if (!subject) {
    // "Councillor Phil North was disappointed to hear of … and confirmed that …": who answered, in a state.
    const state = stateAnswer.exec(rest ?? s);
    if (state) return { by: parsePerson(state[1]!), pronoun: false, text: (rest ?? s).slice(state[0].length) };
    return rest ? { by: null, pronoun: false, text: rest } : null;
  }
  // An aside between the subject and its verb: "The Acting Chief Executive, in responding, stated that …".
  let after = (rest ?? s).slice(subject.length).trim().replace(/^,\s[^,]{1,60},\s(?=[a-z])/, '');
  let by = subject.person;
  // A role, then who holds it: "The Lead Member for Finance, Performance and Strategic Assets, Councillor Julian Thompson-Hill confirmed …".
  const holds = by?.role && !by.name ? roleHolder.exec(after) : null;
  if (holds && by) {
    by = { name: holds[2]!, role: `${by.role}${holds[1]}` };
    after = after.slice(holds[0].length);
  }
  // A role's qualifier in capitals, with no "of": "The Director Infrastructure advised that …".
  const qualifier = by?.role && !by.name ? /^(?:[A-Z][\w&'\u2019-]*\s){1,4}(?=(?:also\s|then\s)?(?:[a-z]+ed|said|told|gave|undertook)\b)/.exec(after) : null;
  if (qualifier && by) {
    by = { ...by, role: `${by.role} ${qualifier[0].trim()}` };
    after = after.slice(qualifier[0].length);
  }
  // "Cllr Mrs Mann proposed acceptance seconded by …" records a decision, not an answer.
  if (/^(?:(?:also|then)\s)?(?:proposed|seconded|moved|resolved)\b/.test(after)) return null;
  // The subject answers with a verb that does not ask: "advised", "stated that", "Councillor Norman that …".
  // A role or a body may answer with what it will do: "The clerk will contact the Safety Partnership …".
  const undertakes = subject.person !== null && /^the\s/i.test(rest ?? s) && /^(?:will|would|is to|are to|has|have|had)\s/.test(after);
  if (!rest && !undertakes && (askVerb.test(firstWord(after)) || !answerVerb.test(after))) return null;
  return { by, pronoun: subject.person === null, text: after };
}

/** What a sentence is judged a question on (each feature 0 or 1; absent is 0). */
export function questionFeatures(sentence: string, reading: Reading, answered: boolean, aboutQuestions: boolean): Features {
  const features: Features = {};
  if (reading.asks) features.asks = 1;
  if (/\?["\u201d\u2019]?$/.test(sentence)) features.questionMark = 1;
  if (reading.askedBy || reading.pronoun) features.personSubject = 1;
  if (answered) features.answered = 1;
  if (aboutQuestions) features.questionItem = 1;
  if (reading.told) features.toldQuestion = 1;
  return features;
}

/**
 * What a sentence after a question is judged its answer on (each feature 0 or 1; absent is 0):
 * where it is (the question's paragraph, the next, right after the question), whether it opens
 * with who answered and how (named, a pronoun, the asker going on, a verb that gives an answer),
 * and what else it is (a question, a decision, a turn to a supplementary). The rules read answers
 * that name who gave them; the model also takes those that do not ("The potential costs had been
 * discussed at the time …" after "An individual asked about the potential costs …").
 */
export function answerFeatures(question: { text: string; reading: Reading }, candidate: { text: string; reading: Reading; answering: Answering | null }, where: { samePara: boolean; adjacent: boolean }, aboutQuestions: boolean): Features {
  const features: Features = {};
  const { answering } = candidate;
  features[where.samePara ? 'samePara' : 'nextPara'] = 1;
  if (where.adjacent) features.adjacent = 1;
  if (answering) {
    const byAsker = Boolean(answering.by && question.reading.askedBy && sameName(answering.by, question.reading.askedBy));
    features[byAsker ? 'byAsker' : answering.pronoun ? 'pronounAnswers' : answering.by ? 'namedAnswers' : 'unnamedAnswers'] = 1;
    if (givesAnswer.test(answering.text)) features.givesAnswer = 1;
  } else if (subjectAt(stripLead(candidate.text))) features.otherSubject = 1;
  if (candidate.reading.asks) features.asks = 1;
  if (/\?["\u201d\u2019]?$/.test(candidate.text)) features.questionMark = 1;
  if (/\?["\u201d\u2019]?$/.test(question.text)) features.afterQuestionMark = 1;
  // A question told by its subject alone ("JG asked about lunch provision."): what was said about it comes next.
  if (topicOnly.test(question.reading.question ?? '')) features.afterTopic = 1;
  if (/\bsupplementary\b/i.test(candidate.text)) features.supplementary = 1;
  if (readDecision(candidate.text) !== null) features.decision = 1;
  if (aboutQuestions) features.questionItem = 1;
  // An answer takes up what was asked in its words ("… asked about the potential costs …" / "The
  // potential costs had been discussed …"), tells what is or will be done, or says yes or no.
  if (sharedWords(question.text, candidate.text) >= 2) features.sharesWords = 1;
  if (/\b(?:had|has|have) been\b|\b(?:would|will|could|can|cannot|is being|are being)\b/i.test(candidate.text)) features.tellsState = 1;
  if (/^(?:yes|no)\b/i.test(candidate.text)) features.yesNo = 1;
  return features;
}

/** A subject and no more: "about lunch provision.", "regarding the car park" (six words at most). */
const topicOnly = /^(?:about|regarding|on|concerning|re)\s(?:\S+\s){0,4}\S+$/i;
/**
 * Words of four letters or more that are not capitalised in `text` (names are who, not what), each
 * cut to its first five letters so that forms of one word meet ("lunch" / "lunches"); a hyphened
 * compound is its words ("outdoor learning" / "outdoor-learning").
 */
const contentWords = (text: string): Set<string> =>
  new Set(
    (text.match(/(?<![\w'\u2019])[a-z][a-z'\u2019]{3,}/g) ?? [])
      .filter((w) => !/^(?:that|this|with|from|were|what|when|which|there|their|they|have|been|would|could|about|asked|whether|being|also|some|will|into|than|then|them|said)$/.test(w))
      .map((w) => w.slice(0, 5)),
  );
/** How many content words of the question the candidate repeats. */
function sharedWords(question: string, candidate: string): number {
  const asked = contentWords(question);
  let shared = 0;
  for (const w of contentWords(candidate)) if (asked.has(w)) shared++;
  return shared;
}

/**
 * Paragraphs prose questions are read from: the minutes, and the purpose, which on a page read as
 * an agenda (or under a "Purpose" label that runs on) may hold what the meeting said.
 */
const isOpenPara = (p: Para) => p.part === 'minutes' || p.part === 'purpose' || p.part === undefined;
/**
 * A "row" that is prose: a line whose runs of spaces come after full stops ("… was proving
 * difficult.   A new approach …"), not between cells. One line, a sentence at least for each run,
 * six words at least for each.
 */
function proseRow(para: Para): boolean {
  const line = para.lines[0];
  if (para.lines.length !== 1 || !line) return false;
  const words = line.text.split(/\s+/).length;
  return splitSentences(line.text).length >= line.cells && words >= 6 * line.cells;
}
/**
 * A paragraph that stops mid-sentence: prose (five words at least) ending in a lowercase word or
 * a comma, not a label's line ("Public Question 1", "Ref 19/048") nor a finished sentence.
 */
const stopsMidSentence = (text: string) => /[a-z,]$/.test(text) && text.slice(-200).trim().split(/\s+/).length >= 5;
const titledStart = gated('question-sentences.titledStart', () => new RegExp(`^(?:${personTitles})\\.?\\s[A-Z]`));
/** A paragraph whose first sentence opens with a titled name answering: "Councillor Sizwe James, Cabinet Member for … thanked …". */
const opensNamedAnswer = (text: string): boolean => {
  if (!titledStart.test(text)) return false;
  const answering = readAnswering(splitSentences(text)[0]?.text ?? text);
  return Boolean(answering?.by?.name);
};
const dashSentence = /(?<=[.?!]["\u201d\u2019)]?)\s+(?=[-\u2013\u2014]\s)/;
/**
 * A sentence cut where a clause that says who answered begins: after a semicolon ("… asked whether
 * …; the Chair replied that …"), or after "and" once the sentence has asked ("… asked for
 * confirmation on … and the Area Governance Manager confirmed …", "An update was sought on … and in
 * replying, the Director stated …", "… asked if there is a government specific element … and he
 * also asked about the one seat …": a second question, or its answer).
 */
function answerClauses(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/;\s+|,?\s(?:and|whereupon)\s(?=in\s|the\s|(?:he|she|they)\s|[A-Z])/g)) {
    const semicolon = m[0].startsWith(';');
    if (!semicolon && !(askVerb.test(sentence.slice(start, m.index)) || passive.test(sentence.slice(start, m.index)))) continue;
    const clause = sentence.slice(m.index! + m[0].length);
    // "… the Cabinet Member for Air Quality, Sustainability and Transport that …": one capitalised
    // word after "and", no title or role, ends a name or a role; it does not start who answers.
    const answering = readAnswering(clause);
    const tail = !semicolon && answering?.by?.name && !answering.by.role && !/\s/.test(answering.by.name) && !isRole(answering.by.name);
    if (answering && !tail) {
      parts.push(sentence.slice(start, m.index! + (semicolon ? 1 : 0)));
      start = m.index! + m[0].length;
    }
  }
  parts.push(sentence.slice(start));
  return parts;
}
/**
 * What "asked a question in relation to the minutes of …" asks: nothing yet, it names what the
 * question is about; the asker's next sentence asks it.
 */
const announces = (question: string | null) =>
  question !== null && /^(?:a|the|one|two|three|several|some)\s(?:further\s|supplementary\s|brief\s)?(?:questions?|quer(?:y|ies))\s(?:regarding|in relation to|relating to|about|on|concerning|in respect of|with regard to|with reference to)\b/i.test(question);
/** A sentence whose question is printed below it: "… the question regarding X, as follows:", "… the following question:". */
const followsBelow = /(?:as follows|following (?:supplementary )?question|in the following terms)\s?[:\u2013-]{1,2}\s*$/i;
/** The verbs an answer is given in, as opposed to a view or a request ("recommended", "requested"). */
const givesAnswer =
  /^(?:(?:also|then|further|again)\s)?(?:replied|responded|answered|advised|explained|confirmed|stated|said|says|clarified|informed|indicated|assured|agreed|undertook|added|reported|acknowledged|accepted|outlined|noted that)\b/;
/**
 * A sentence whose subject is someone other than who answered: the answer has ended and another
 * turn begins ("City Attorney Light stated … Councilor Keany recommended staff prepare …"), on a
 * page that keeps a whole discussion in one paragraph.
 */
const speaksAnew = (sentence: string, answerer: Person | null): boolean => {
  const speaker = answerer ? subjectAt(stripLead(sentence))?.person : null;
  return Boolean(speaker && answerer && !sameName(speaker, answerer));
};
/**
 * Paragraphs with a decision stay where the decision reads them: a motion's wording, or a sentence
 * the decision reader takes for one ("It was agreed that the committee formally consider …").
 */
const decides = (para: Para): boolean => {
  const text = paraText(para);
  return /\b(?:resolved|carried|seconded|moved|declared|motion)\b/i.test(text) || splitSentences(text).some((s) => readDecision(s.text) !== null);
};

/**
 * A reply that points back at what it answers: "The Legal Advisor … read out the following statement
 * in response to this query", "The Leader responded to these comments, saying …".
 */
const answersBack = gated('question-sentences.answersBack', () => /\b(?:in (?:response|reply|answer) to|respond(?:ed|ing) to|repl(?:ied|ying) to) (?:this|that|these|those) (?:quer(?:y|ies)|questions?|comments?|points?|concerns?|remarks?)\b/i);
/**
 * Comments answered by a reply that points back at them: a named member's turn ("During consideration
 * of this item, Councillor S. Nock commented - that he felt …. He stated …") and, in the paragraph
 * after it or the same one, who replied "in response to this query". The comment's first sentence
 * reads as the question (its asker the member, its text what they said), the reply as its answer;
 * the map is from the comment's sentence to the reply's.
 */
function repliesBack(units: readonly Unit[], readings: Reading[], answerings: (Answering | null)[]): Map<number, number> {
  const replied = new Map<number, number>();
  units.forEach((unit, j) => {
    if (!answersBack.test(unit.text)) return;
    const replier = subjectAt(stripLead(unit.text))?.person;
    if (!replier) return;
    // The turn before: back over the speaker's own sentences ("He stated …") to the one that names them.
    for (let i = j - 1; i >= 0 && units[i]!.para >= units[j]!.para - 1 && !readings[i]!.asks; i--) {
      const text = stripLead(units[i]!.text);
      const subject = subjectAt(text);
      if (subject?.person === null) continue;
      if (!subject?.person?.name || sameName(subject.person, replier)) return;
      const said = text.slice(subject.length).replace(/^\s*(?:[a-z]+\s){1,2}[-\u2013\u2014:]\s*|^\s*(?:commented|stated|said|felt|remarked|observed|noted)\s/, '').trim();
      readings[i] = { ...readings[i]!, asks: true, askedBy: subject.person, question: said || null };
      answerings[j] = { by: replier, pronoun: false, text: stripLead(unit.text) };
      replied.set(i, j);
      return;
    }
  });
  return replied;
}

/**
 * The prose questions of an item's open paragraphs (not under a "Members' comments" heading).
 * `item` is the item's order in the document, for the record `learned` may keep.
 */
export function sentenceQuestions(paras: readonly Para[], itemTitle: string | null, learned: Learned = defaultLearned, item = 0): QuestionClaim[] {
  const units: Unit[] = [];
  let underComments = false;
  let at = 0;
  // Paragraphs read as one text while one stops mid-sentence and the next goes on: a copy that
  // keeps every printed line as a paragraph ("Cr Sharp asked when it was likely that the" /
  // "Tukituki Taskforce would reconvene. It was confirmed that …").
  let run: { text: string; starts: { offset: number; para: number }[] } | null = null;
  const flush = () => {
    if (!run) return;
    const paraAt = (offset: number) => run!.starts.findLast((s) => s.offset <= offset)!.para;
    // A dash after a full stop opens a sentence too: "… comments made by staff. - The Leader responded …".
    // So does a clause after a semicolon that says who answered: "… asked whether …; the Chair replied that …".
    let cursor = 0;
    for (const s of splitSentences(run.text))
      // Split only where a dash is (most sentences have none: the pattern looks behind at every space).
      for (const part of /[-\u2013\u2014]/.test(s.text) ? s.text.split(dashSentence) : [s.text])
        for (const clause of answerClauses(part)) {
          const start = Math.max(cursor, run.text.indexOf(clause, cursor));
          cursor = start + clause.length;
          units.push({ para: paraAt(start), last: paraAt(Math.max(start, cursor - 1)), text: clause, at: at++ });
        }
    run = null;
  };
  paras.forEach((para, i) => {
    if (para.type === 'heading') underComments = labels.comments.test(paraText(para));
    if (underComments || !isOpenPara(para) || para.type === 'heading' || (para.type === 'table' && !proseRow(para)) || truncationNotice.test(paraText(para))) return flush();
    if (para.type === 'list' && para.points) {
      flush();
      for (const text of para.points.map(pointText)) {
        run = { text, starts: [{ offset: 0, para: i }] };
        flush();
      }
      return;
    }
    const text = paraText(para);
    // A paragraph that opens with a named person answering starts anew, whatever the last one lacked:
    // "… two years on from the Grenfell tragedy" / "Councillor Sizwe James, Cabinet Member for … thanked …".
    const goesOn = run !== null && run.starts[run.starts.length - 1]!.para === i - 1 && stopsMidSentence(run.text) && !opensNamedAnswer(text);
    if (!goesOn) flush();
    if (run) {
      run.starts.push({ offset: run.text.length + 1, para: i });
      run.text += ` ${text}`;
    } else run = { text, starts: [{ offset: 0, para: i }] };
  });
  flush();
  const readings = units.map((u) => readAsking(u.text));
  // Speakers labelled by name, a dash and what they said, when the text lists two at least (one such
  // label may head a topic: "Cemeteries - the Clerk reported …").
  const labelled = units.map((u) => labelledSpeaker(u.text));
  const speakers = labelled.filter(Boolean).length >= 2 ? labelled : units.map(() => null);
  const answerings = units.map((u) => readAnswering(u.text));
  const repliedAt = repliesBack(units, readings, answerings);
  const aboutQuestions = itemTitle !== null && /\bquestion|\bquer(?:y|ies)\b|\bpublic (?:forum|participation|comment)/i.test(itemTitle);
  // A paragraph that ends asking, and the next paragraph, which does not ask: its answer, whoever
  // gave it ("Has any funding been applied for?" / "No, there have not been any applications.").
  const bareAnswer = (k: number): boolean => {
    const [unit, next] = [units[k]!, units[k + 1]];
    return Boolean(next) && next!.para === unit.last + 1 && /\?["\u201d\u2019]?$/.test(unit.text) && !readings[k + 1]!.asks && !/\?["\u201d\u2019]?$/.test(next!.text);
  };
  const isQuestion = readings.map((r, k) => {
    const text = units[k]!.text;
    const features = questionFeatures(text, r, Boolean(r.answer || answerings[k + 1] || bareAnswer(k)), aboutQuestions);
    learned.record?.({ task: 'question', item, value: text, features });
    return probability(learned.models.question, features) >= 0.5;
  });

  // The sentences after each sentence that asks, in its paragraph and the next, up to the next that
  // asks: an answer's candidates, each recorded for training whatever the question model says of
  // the sentence before (the examples must not depend on the weights).
  const answerRating = (k: number, j: number) =>
    answerFeatures(
      { text: units[k]!.text, reading: readings[k]! },
      { text: units[j]!.text, reading: readings[j]!, answering: answerings[j]! },
      { samePara: units[j]!.para === units[k]!.last, adjacent: j === k + 1 },
      aboutQuestions,
    );
  if (learned.record)
    units.forEach((unit, k) => {
      if (!readings[k]!.asks && !/\?["\u201d\u2019]?$/.test(unit.text)) return;
      for (let j = k + 1; j < units.length && units[j]!.para <= unit.last + 1 && !readings[j]!.asks; j++) learned.record!({ task: 'answer', item, value: units[j]!.text, features: answerRating(k, j) });
    });
  const opensAnswer = (k: number, j: number) => units[j]!.para <= units[k]!.last + 1 && probability(learned.models.answer, answerRating(k, j)) >= 0.5;

  const claims: QuestionClaim[] = [];
  /** Sentences read as an answer: who spoke them answered, and is not who "she" asks next. */
  const answerUnits = new Set<number>();
  /** "Councillor X asked a question in relation to the minutes of …", announcing the question the next sentence asks. */
  let announced = null as { askedBy: Person | null; unit: Unit } | null;
  let lastAsker: Person | null = null;
  /** Sentences read into a question told below its opening sentence ("… as follows:"). */
  const consumed = new Set<number>();
  for (let k = 0; k < units.length; k++) {
    if (!isQuestion[k] || consumed.has(k)) continue;
    const r = readings[k]!;
    const unit = units[k]!;
    let askedBy = r.askedBy ?? (r.pronoun ? null : speakers[k]!);
    // "He asked …": the person the paragraph's sentences just before are about (the sentences of
    // one text, though a copy breaks its lines into paragraphs), passing over those who answered
    // ("Councillor Midgley told her that … She also asked …"), those whose subject is the pronoun
    // again ("Council Member Stigney stated … He stated … He asked …") and those about no one ("The
    // taxable value of the property is …"); in a list of speakers, the one whose label the
    // sentences are under ("Ames Brown - the County is … He asked if …").
    let named = k;
    for (let j = k - 1, looked = 0; !askedBy && r.pronoun && j >= 0 && looked < 3 && units[j]!.last === units[j + 1]!.para; j--) {
      const text = stripLead(units[j]!.text);
      const subject = answerUnits.has(j) ? undefined : subjectAt(text);
      if (subject && subject.person === null) continue;
      if (subject === null && speakers[j]) askedBy = speakers[j]!;
      else if (subject === null && !titledAt(text)) continue;
      looked++;
      if (subject !== undefined) askedBy ??= subject?.person ?? titledAt(text);
      if (askedBy) named = j;
    }
    const fromAnnouncement = announced && (!askedBy || r.pronoun || sameName(askedBy, announced.askedBy ?? askedBy)) ? announced : null;
    if (fromAnnouncement && !askedBy) askedBy = fromAnnouncement.askedBy;
    announced = null;
    // "She also asked …" opening a paragraph: the asker of the question before.
    if (!askedBy && r.pronoun) askedBy = lastAsker;
    // "Cllr Brabazon said that, according to the report, … . Asked if this was accurate …, Cllr Ibrahim
    // said that …": asked in the passive straight after what a named member said, in one paragraph,
    // by that member (not by who answers).
    if (!askedBy && !r.pronoun && k > 0 && askedPassively.test(stripLead(unit.text)) && units[k - 1]!.last === unit.para && !answerUnits.has(k - 1)) {
      const said = subjectAt(stripLead(units[k - 1]!.text))?.person;
      if (said?.name && !(r.answer?.by && sameName(said, r.answer.by))) askedBy = said;
    }
    // The question it names, printed under it with no asker of its own, asks it ("Clr Bradley asked
    // a question on Item 12.1 relating to …" / "· Is it possible to have a briefing …?").
    const under = units[k + 1];
    if (announces(r.question) && under && under.para === unit.last + 1 && !readings[k + 1]!.askedBy && /\?["\u201d\u2019]?$/.test(under.text)) {
      isQuestion[k + 1] = true;
      announced = { askedBy, unit };
      continue;
    }
    const following = isQuestion.indexOf(true, k + 1);
    if (announces(r.question) && following > k && units[following]!.para <= unit.last + 1 && !answerings.slice(k + 1, following).some(Boolean)) {
      const nextReading = readings[following]!;
      if (nextReading.pronoun || (nextReading.askedBy && askedBy && sameName(nextReading.askedBy, askedBy))) {
        announced = { askedBy, unit };
        continue;
      }
    }
    lastAsker = askedBy;
    const supplementary = r.supplementary || (k > 0 && !isQuestion[k - 1] && /\bsupplementary\b/i.test(units[k - 1]!.text) && units[k - 1]!.para === unit.para);
    const touched = new Set<number>();
    const touch = (u: Unit) => {
      for (let p = u.para; p <= u.last; p++) touched.add(p);
    };
    if (fromAnnouncement) touch(fromAnnouncement.unit);
    // The sentences from the one that names who "he" is: the question is read from them (its
    // header in the Markdown stands above the name, so the name is read back with it).
    for (let j = named; j <= k; j++) touch(units[j]!);
    // A question put with no one named asking opens with the statement before it in its paragraph
    // ("‘A walkway cannot function if the lifts are not working; … Can Officers provide an update
    // please?’", "I was in the minority last year when … Why …?"): sentences that neither ask, answer
    // nor name who speaks.
    const preamble: string[] = [];
    let opens = unit.at;
    for (let j = k - 1; !r.asks && !askedBy && j >= 0 && units[j]!.last === unit.para && units[j]!.para === unit.para && !isQuestion[j] && !readings[j]!.asks && !answerings[j] && !answerUnits.has(j) && !consumed.has(j) && !subjectAt(stripLead(units[j]!.text))?.person; j--) {
      preamble.unshift(units[j]!.text);
      opens = units[j]!.at;
    }
    let answeredBy: Person | null = r.answer?.by ?? r.answeredBy ?? null;
    const answer: string[] = r.answer ? [r.answer.text] : [];
    // The answer: from the first sentence after the question that says who answered, to the end
    // of its paragraph (of its sentence, when the paragraph breaks mid-sentence), and never past
    // the next question or a sentence that turns to a supplementary.
    let answerPara = answer.length > 0 ? unit.last : -1;
    // "He asked Councillor B the question …, as follows:": the question is what the paragraphs after
    // it print, up to a sentence that says who answered.
    const told: string[] = [];
    let from = k + 1;
    // A comment answered by a reply that points back at it: what its speaker said up to the reply is the question.
    for (const reply = repliedAt.get(k); reply !== undefined && from < reply; from++) {
      told.push(units[from]!.text);
      consumed.add(from);
      touch(units[from]!);
    }
    // "… he queried why there was no mention of it in the report. What impact had … and what was the
    // Council doing to recruit to the 2 posts?": a sentence after it in its paragraph that asks, with
    // no asker of its own, goes on with the question.
    for (; !r.answer && from < units.length && !isQuestion[from] && units[from]!.para === unit.last && !readings[from]!.askedBy && !answerings[from] && /\?["\u201d\u2019]?$/.test(units[from]!.text); from++) {
      told.push(units[from]!.text);
      consumed.add(from);
    }
    if (!r.answer && followsBelow.test(unit.text)) {
      for (; from < units.length && units[from]!.para > unit.last && !answerings[from] && !readings[from]!.askedBy; from++) {
        told.push(units[from]!.text);
        consumed.add(from);
        touch(units[from]!);
      }
    }
    for (let j = from; j < units.length && !isQuestion[j]; j++) {
      const next = units[j]!;
      // Another speaker's label: their turn, not an answer ("… He asked if … Ronda Roaring - the Board talked about …").
      // A sentence that turns to a supplementary ends the answer, unless someone else answers in it
      // ("Councillor Sizwe James … thanked Councillor Khan for his supplementary question and stated …").
      const answersSupplementary = answerPara < 0 && answerings[j]?.by?.name && !(askedBy && sameName(answerings[j]!.by!, askedBy));
      if ((/\bsupplementary\b/i.test(next.text) && !answersSupplementary) || (speakers[j] && !(askedBy && sameName(speakers[j]!, askedBy)))) break;
      if (answerPara < 0) {
        const a = answerings[j];
        // The asker going on ("Cllr Hill said that …", "She encouraged … and asked for …") does not answer their own question.
        // So does "He recommended …" straight after a question put to no one named, in a verb that
        // gives no answer: the asker goes on ("He replied that …" would be the answer).
        // A pronoun after a question whose asker was the pronoun, put to no one named, is the asker
        // going on too ("He asked why … He noted … He voted for the board members …").
        const own =
          (a?.by && askedBy && sameName(a.by, askedBy)) ||
          (a?.pronoun && r.pronoun && !r.addressee && !inResponse.test(stripLead(next.text))) ||
          (a?.pronoun && next.para === unit.last && (askVerb.test(next.text) || (j === k + 1 && !r.addressee && !inResponse.test(stripLead(next.text)) && !givesAnswer.test(a.text))));
        if (j === k + 1 && (!a || own) && bareAnswer(k)) {
          answerPara = next.last;
          answer.push(next.text);
          answerUnits.add(j);
          touch(next);
          continue;
        }
        // The asker going on is no answer; a sentence that names no one answering is one when the model says so.
        if (own) continue;
        if (!a) {
          if (!opensAnswer(k, j)) continue;
          answerPara = next.last;
          answer.push(next.text);
        } else {
          answerPara = next.last;
          answeredBy = a.pronoun ? (r.addressee ?? null) : a.by;
          answer.push(a.text);
        }
      } else if (speaksAnew(next.text, answeredBy)) break;
      else if (next.para === answerPara || (next.para === answerPara + 1 && !/[.!?]["\u201d\u2019)]?$/.test(units[j - 1]!.text))) {
        answerPara = next.last;
        answer.push(next.text);
      } else break;
      answerUnits.add(j);
      touch(next);
    }
    if (!answeredBy && answer.length && r.addressee) answeredBy = r.addressee;
    if (!r.question && !answer.length) continue;
    // A purpose keeps its part (an agenda's text stays where it is read back): only minutes become "question".
    const marks = [...touched].filter((i) => paras[i]!.part !== 'purpose' && !decides(paras[i]!));
    claims.push({
      part: 'question',
      paras: [...touched].sort((a, b) => a - b),
      marks,
      at: opens,
      value: { askedBy, answeredBy: answeredBy ? [answeredBy] : [], question: [...preamble, r.question, ...told].filter(Boolean).join(' ') || null, answer: answer.join(' ') || null, supplementary },
    });
  }
  // "X enquired as to whether …? He also queried if …?" and one reply: questions one asker put in a
  // row, in one paragraph, are answered by the reply that follows the last of them.
  for (let c = claims.length - 2; c >= 0; c--) {
    const [question, next] = [claims[c]!.value, claims[c + 1]!.value];
    const together = claims[c + 1]!.paras[0] === claims[c]!.paras[claims[c]!.paras.length - 1];
    if (!question.answer && next.answer && together && question.askedBy && next.askedBy && sameName(question.askedBy, next.askedBy)) {
      question.answer = next.answer;
      question.answeredBy = next.answeredBy;
    }
  }
  return claims;
}
