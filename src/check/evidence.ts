// What the text itself shows when the parsed tree has missed it: the "…-not-recorded" and
// "…-missing-…" rules read the tree first (resolutions, attendance.recorded,
// declarations.recorded) and, before reporting an absence, ask here whether the wording records
// it anyway, so that a rule fires only on evidence. Patterns are the common wordings of minutes
// in English, not any publisher's layout; each test is over one text node (a paragraph, a list
// point or a heading).
import type { Document, Item } from '../model/schema.js';
import { noDecisionHeading } from '../segment/vocabulary.js';
import { blockNodes, documentNodes, itemBlocks, type TextNode } from './nodes.js';
import { gated } from '../segment/cues.js';

// ---- Outcomes -----------------------------------------------------------------------------------

/** Sentences that record what was decided (text is whitespace-collapsed, so one space stands between words). */
const outcomeSentences = [
  // "CARRIED", "Motion passed unanimously.", "Carried 5-2", "AGREED."
  /^(?:the )?(?:(?:motion|amendment|resolution|recommendations?) )?(?:carried|passed|approved|adopted|agreed|lost|defeated|rejected|withdrawn|deferred|noted)(?: (?:unanimously|nem\. ?con\.?|\d+ ?[-–:] ?\d+))?[.!]?$/i,
  // "the motion was carried", "the minutes were approved as a true record", "the item be deferred"
  /\b(?:was|were|be|been|is|are) (?:(?:unanimously|duly|formally) )?(?:carried|passed|approved|adopted|agreed|accepted|confirmed|ratified|endorsed|noted|received|deferred|withdrawn|rejected|defeated|lost|refused|elected|appointed|signed)\b/i,
  // "Motion passed", "the amendment lost"
  /\b(?:motion|amendment|resolution) (?:was )?(?:carried|passed|lost|defeated|adopted|approved)\b/i,
  // "It was agreed that", "Members resolved to", "unanimously AGREED to recommend"
  /\b(?:it was|council|committee|board|members|cabinet|the group|unanimously|duly) (?:[a-z]+ )?(?:agreed?|resolved|decided|noted|approved)\b/i,
  // "No objection", "Support" on a planning consultation; "Recommend approval"
  /^(?:no objections?|(?:recommend(?:ed)? )?(?:approval|refusal)|supported|support|objection)(?![a-z])/i,
];

/** Text that says there was nothing to decide: "There were no petitions.", "None.", "No matters arising." */
const nothingToDecide = /^(?:there (?:were|was|are|is) (?:no|none)\b|none\b|nil\b|n\/a|no (?:[a-z]+ ){0,3}(?:received|made|raised|declared|arising|reported|submitted|tabled)\b)/i;

const isOutcome = (text: string) => outcomeSentences.some((re) => re.test(text));

/** "Apologies", and an agenda's "To receive and consider accepting apologies": the heading after a leading "To" and up to four words. */
function isProceduralPart(part: string): boolean {
  const words = part.trim().split(' ');
  const starts = /^to$/i.test(words[0] ?? '') ? [0, 1, 2, 3, 4, 5] : [0];
  return starts.some((k) => noDecisionHeading.test(words.slice(k).join(' ')));
}

/** A heading that decides nothing, in any of the languages printed side by side ("Ngā Tamōtanga | Apologies"). */
export function isProceduralTitle(title: string): boolean {
  // "PUBLIC HEARINGS - NONE": the title itself says there was nothing.
  return title.split(/ [|/–—-] /).some((part) => isProceduralPart(part) || /^(?:none|nil)\.?$/i.test(part.trim()));
}

/**
 * The item's own text records an outcome (its heading included: a heading line may run into the
 * minute, "5 It was agreed that …"), or says that there was nothing to decide.
 */
export function itemRecordsOutcome(item: Item): boolean {
  if ([...blockNodes(itemBlocks(item), item)].some((node) => isOutcome(node.text))) return true;
  const nodes = [...blockNodes(item.minutes, item)];
  return nodes.length > 0 && nodes.every((node) => nothingToDecide.test(node.text));
}

// ---- Attendance ---------------------------------------------------------------------------------

/** "Present:", "o Commissioners Present:", "In attendance", "Roll Call", "Apologies for absence", "Te Hunga kua Tae mai | present". */
const attendanceLabel =
  /^(?:[o•·*-] )?(?:[^|:\n]{0,40}\| ?)?(?:(?:councillors?|members?|commissioners?|directors?|trustees?|officers?|others?|staff|board members?) )?(?:present|in attendance|attending|attendees|absent|apologies(?: for absence)?|roll call|attendance)\b/i;

/** "Councillors D Risk (Chairman), P Summers and K Churchill": a list of members opening with its title. */
const memberList = /^(?:councillors?|cllrs?\.?|members?|commissioners?|trustees?)\s+([^,]{1,60})(?:,[^,]{1,60}){2,}/i;

const isMemberList = (text: string) => {
  const first = memberList.exec(text)?.[1];
  return first !== undefined && first[0] !== first[0]!.toLowerCase();
};

/** The attendance label's node must be followed by names: its own text after the label, or the next node. */
function introducesNames(node: TextNode, next: TextNode | undefined): boolean {
  const match = attendanceLabel.exec(node.text);
  if (!match) return false;
  const rest = node.text.slice(match[0].length).replace(/^[\s:|–—-]+/, '');
  return /[A-Z]/.test(rest) || (next !== undefined && /[A-Z]/.test(next.text));
}

/**
 * The document records who attended: in the tree, in a labelled list or member list the parser
 * missed, or under an item such as "Apologies for Absence" or "Roll Call" with text under it
 * ("There were none." records that there were none).
 */
export function recordsAttendance(document: Document): boolean {
  if (document.attendance.recorded !== 'notRecorded') return true;
  const nodes = [...documentNodes(document)];
  if (nodes.some((node, i) => introducesNames(node, nodes[i + 1]) || isMemberList(node.text))) return true;
  return document.items.some((item) => item.title !== null && attendanceLabel.test(item.title) && item.minutes.length > 0);
}

// ---- Declarations -------------------------------------------------------------------------------

const declarationSentences = [
  // "Cllr Smith declared a pecuniary interest", "declared a conflict of interest"
  gated('evidence.declarationSentences.1', () => /\bdeclared [^.]{0,120}?\b(?:interests?|conflicts?)\b/i),
  // "There were no declarations of interest", "no conflict of interest declarations", "No interests were declared"
  gated('evidence.declarationSentences.2', () => /\b(?:no|nil|none|not any)(?: [\w-]+){0,4}? (?:declarations?|disclosures?|conflicts? of interests?|interests? (?:were |was )?declared)(?![a-z])/i),
  // "Declarations of interest: None", "Interests declared – nil"
  gated('evidence.declarationSentences.3', () => /\b(?:declarations?|disclosures?|conflicts?|interests?)[^.]{1,40}?\b(?:none|nil)\b/i),
];

/** A heading of declarations: "Declarations of Interest", "Disclosures of Interests", "Conflicts of interest". */
const declarationHeading = gated('evidence.declarationHeading', () => /\b(?:declarations?|disclosures?|conflicts?) of (?:[\w-]+ ){0,3}?interests?(?![a-z])/i);

/** The document records declarations, or that there were none, in the tree or in its wording. */
export function recordsDeclarations(document: Document): boolean {
  if (document.declarations.recorded !== 'notRecorded') return true;
  for (const node of documentNodes(document)) {
    if (declarationSentences.some((re) => re.test(node.text))) return true;
  }
  // "Declarations of interest" as an item, with "None." or a member's declaration under it.
  return document.items.some(
    (item) => item.title !== null && declarationHeading.test(item.title) && item.minutes.some((block) => nothingToDecide.test(block.text) || /\bdeclared\b/i.test(block.text)),
  );
}
