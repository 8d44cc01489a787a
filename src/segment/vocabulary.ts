import { gated, type Gated } from './cues.js';
// The cue phrases of meeting documents, in one place. Every recognizer matches through these,
// so supporting another publisher's wording is a change here, not in the recognizers.
// All patterns are linear: no nested quantifiers, bounded repetition (eslint-plugin-regexp).

/** Structural labels of ModernGov-style pages and minutes. Each matches a whole cleaned line. */
export const labels = {
  /** "Minutes:" introduces the minutes text of an item (the colon tells it from a title "Minutes"). */
  minutes: gated('vocabulary.labels.minutes', () => /^minutes\s?:$/i),
  /** "Purpose", "Purpose of report:". */
  purpose: gated('vocabulary.labels.purpose', () => /^(?:\d{1,2}\.?\s)?purpose(?: of (?:the )?report)?\s?:?$/i),
  /** "Additional documents:", "Supporting documents:", "Background papers:" (and what follows). */
  documents: gated('vocabulary.labels.documents', () => /^(?:(?:additional|supporting|background|related) )?(?:documents?|papers?|attachments?)\s?:/i),
  /** "Members' questions", "Questions from members". */
  questions: gated('vocabulary.labels.questions', () => /^(?:members[\u2019']? questions|questions (?:from|by) members)\s?:?$/i),
  /** "Members' comments". */
  comments: gated('vocabulary.labels.comments', () => /^members[\u2019']? comments\s?:?$/i),
  /** "Decision:", "Decisions:", "Resolution", "Resolutions:" heading a decision block. */
  decision: gated('vocabulary.labels.decision', () => /^(?:decisions?|resolutions?|outcome)\s?:?$/i),
  /** "No. Item", "Item No. Item", "Items": the header of a ModernGov list of items. */
  itemsHeader: gated('vocabulary.labels.itemsHeader', () => /^(?:items?|(?:item )?no\.?\s?\|?\s?item(?:\s?\|)?|no\.?\s+title)$/i),
} as const;

/**
 * Procedural items that agendas and minutes print without numbers (and that are items even
 * when no text follows them). Matched at the start of a heading.
 */
export const proceduralHeading = new RegExp(
  '^(?:' +
    [
      'apologies',
      'declarations?',
      'disclosures?',
      'conflicts? of interest',
      'interests',
      // "Minutes", "Minutes of the previous meeting", not a document's title ("Minutes Ordinary Council Meeting").
      'minutes(?=$|\\s(?:of|from)\\s(?:the\\s)?(?:previous|last|preceding|meeting))',
      'confirmation of (?:the )?minutes',
      'approval of (?:the )?(?:meeting )?minutes',
      'matters arising',
      'communications',
      'announcements?',
      'chair(?:man|person)?[\u2019\']?s? (?:announcements|communications|report)',
      'mayor[\u2019\']?s? (?:announcements|communications)',
      'deputations?',
      'petitions?',
      'public (?:forum|comments?|questions|participation|speaking|hearings?)',
      'questions (?:from|by) (?:the )?(?:public|members|councillors)',
      'urgent (?:business|items)',
      'any other (?:business|urgent business)',
      'exclusion of (?:the )?(?:press|public)',
      'date (?:and time )?of (?:the )?next meeting',
      'roll call',
      'call to order',
      'pledge of allegiance',
      'invocation',
      'prayers?',
      'opening',
      'acknowledge?ment of country',
      'welcome',
      'leave of absence',
      'agenda changes',
      'changes to the agenda',
      'approval of (?:the )?agenda',
      'adoption of (?:the )?agenda',
      'presentations?',
      'proclamations?',
      'recognitions?',
      'commendations?',
      'adjourn(?:ment|ed)?',
      'closed session',
      'close of meeting',
      'notices? of motions?',
      'statement',
      'open forum',
      'election of',
      'appointment of',
      'adoption of',
      'co-option',
      'approve (?:the )?agenda',
    ].join('|') +
    ')\\b',
  'i',
);

/** Procedural items that record no decision: `item-missing-resolution` does not apply to them. */
export const noDecisionHeading =
  gated('vocabulary.noDecisionHeading', () => /^(?:apologies|declarations?|disclosures?|conflicts? of interest|interests|prayers?|opening|welcome|acknowledge?ment of country|roll call|call to order|pledge of allegiance|invocation|announcements?|communications|public (?:forum|comments?|questions|participation|speaking)|questions|deputations?|date (?:and time )?of (?:the )?next meeting|adjourn|close of meeting|leave of absence|statement|presentations?|matters arising|any other business|urgent business)\b/i);

/** Words that name a document type rather than a heading when printed alone in capitals. */
export const documentTypeWord = /^(?:AGENDA|MINUTES|OPEN MINUTES|DRAFT MINUTES|NOTICE OF MEETING|DECISIONS)$/;

/**
 * A decision printed with its outcome as a label: "Agreed: that …", "Carried: …", "Noted: …",
 * "Decision: …" ("Proposed:", "Motion:" and "Proposal:" put a motion not yet decided).
 */
export const outcomeLabel = /^(resolved|agreed|carried|lost|noted|approved|adopted|deferred|withdrawn|referred|rejected|decision|decided|proposed|resolution|motion|proposal)\s?:\s/i;

/** A document listed under "Documents:": "Annual report (PDF, 125 KB)", "Appendix A pdf icon PDF 1 MB", "plan.pdf". */
export const documentEntry = /\(([a-z]{2,5})(?:,\s(\d{1,6}(?:\.\d{1,3})?\s?[kmg]b))?\)$|\((pdf|word|excel|docx?)\s(?:file|document)\b[^)]{0,60}\)$|\.(?:pdf|docx?|xlsx?|pptx?|odt|csv|rtf)$/i;

/** The notice of an item whose text is cut off (what `minutes` writes in Markdown). */
export const truncationNotice = /^text cut off in the source\.?$/i;

/** Headings of the parts of a preamble, as `minutes` writes them in Markdown. */
export const preambleHeading = {
  attendance: /^attendance$/i,
  declarations: /^declarations? of interests?$/i,
  unclassified: /^unclassified(?: text)?$/i,
} as const;

/** ModernGov truncation link: "... view the full minutes text for item 15." */
export const truncationLink = /(?:\.{3}|\u2026)\s*view the full (?:minutes|decision) text for item\s+([\w./-]{1,12}?)\.?$/i;

/** A ModernGov decision register entry: "20/08/2020 - TITLE ref: 3185    For Determination". */
export const decisionRegister = /^\d{1,2}\/\d{1,2}\/\d{4}\s[-\u2013]\s(.{2,400}?)(?:\sref:\s?(\d{1,8})(?:\s.{0,80})?)?$/i;

/** Attachment artefacts of ModernGov titles: "pdf icon PDF 125 KB". */
export const attachmentArtefact = /(?:\b([a-z]{2,5}) icon\s|\s)(pdf|docx?|xlsx?|pptx?|[a-z]{2,5}(?=\s\d))\s(\d{1,6}(?:\.\d{1,3})?\s?[kmg]b)$/i;

/**
 * What follows an entry's title and is no part of it: a pointer to the papers ("… for an
 * effective date – see attached.") and a clerk's instruction in double brackets ("((PUBLIC
 * HEARING TODAY))").
 */
export const attachedMarker = /\s[-\u2013\u2014]\s?see attached\b|\s\(\(/i;

/** Link text of copied pages that is not part of the value: "View directions", "View the webcast". */
export const linkDebris = /\bview (?:directions|the webcast|map)\.?$/i;

/** Speech verbs that make "Councillor X …" or "The Leader …" a speaker. */
export const speechVerbs =
  'noted|commented|added|said|stated|explained|asked|expressed|highlighted|welcomed|thanked|reported|advised|confirmed|responded|replied|suggested|questioned|queried|clarified|informed|emphasi[sz]ed|stressed|acknowledged|requested|raised|remarked|observed|agreed|felt|considered|indicated|echoed|praised|congratulated|introduced|presented|summari[sz]ed|outlined|proposed|paid tribute|sought|urged|expressed concern|wished|believed|recogni[sz]ed|supported|referred|mentioned|pointed out|spoke';

/** Titles that begin a person's name as printed in minutes; an OCR copy may space an abbreviation's stop off ("Mr . Hogan"). */
export const personTitles =
  'Councilmembers?|Council Members?|Council(?:wo)?man|Councillors?|Vice Mayor|Mayor Pro Tem|Select(?:wo)?man|Selectmen|Directors?|Board Members?|Cllrs?(?: ?\\.)?|Cr(?: ?\\.)?|Crs(?: ?\\.)?|Mayor|Deputy Mayor|Lord Mayor|Alderman|Aldermen|Commissioners?|Supervisors?|Trustees?|Trs?(?: ?\\.)?|Governors?|Mr(?: ?\\.)?|Mrs(?: ?\\.)?|Ms(?: ?\\.)?|Miss|Dr(?: ?\\.)?|Prof(?:essor)?(?: ?\\.)?|Sir|Dame|Lord|Lady|Rabbi|Reverend|Rev(?: ?\\.)?|Father|Chair(?:man|woman|person)?|Vice[- ]Chair|President|Vice[- ]President|Senator|Representative|Judge|Sheriff';

/**
 * Where in another paper a remark is about, before the remark: "Page 9 (Item 6) – ", "Page 10 – ",
 * "Minute 42 – ", "Item 6: " (matters arising from minutes are recorded so).
 */
export const paperReference = /^(?:page|item|minute|para(?:graph)?)\s\d{1,4}[a-z]?(?:\s\((?:page|item|minute|para(?:graph)?)\s\d{1,4}[a-z]?\))?\s?[-\u2013\u2014:]\s+/i;

/** Roles that minutes name instead of a person: "The Cabinet Member", "The Director of …". */
export const roleNouns =
  'Chief|Cabinet Member|Leader|Deputy Leader|Chair(?:man|woman|person)?|Vice[- ]Chair|Mayor|Deputy Mayor|Director|Assistant Director|Deputy Director|Head|Chief Executive|Chief Officer|Monitoring Officer|Clerk|Town Clerk|Deputy Clerk|Treasurer|Solicitor|Officer|Manager|Service Lead|Lead Member|Portfolio Holder|Member|Committee|Secretary|Commissioner|Administrator|Attorney|Engineer|Planner|Auditor|Controller|President|Representative|Adviser|Advisor';

/** Agenda recommendations are not decisions ("RECOMMENDED that", "TO RESOLVE", "Suggested Action"). */
export const recommendationCue = /^(?:it is )?recommended\b|^recommendations?\s?:|^(?:to resolve|suggested action|proposed resolution|staff recommendation)\b/i;

/** "Carried" as an outcome, not the verb of work done or money moved ("the repairs have been carried out", "£500 carried forward"). */
export const carriedWord = String.raw`carried(?!\s(?:out|forward|over)\b)`;

/** Outcome words, as printed, and the outcome each means. */
export const outcomeWords: readonly (readonly [Gated, import('../model/schema.js').Outcome])[] = [
  [gated('vocabulary.outcomeWords.lost', () => /\b(?:not (?:carried|agreed|approved|passed)|lost|failed|defeated|fell)\b/i), 'lost'],
  [gated('vocabulary.outcomeWords.rejected', () => /\b(?:rejected|refused|declined|denied)\b/i), 'rejected'],
  [gated('vocabulary.outcomeWords.withdrawn', () => /\bwithdrawn\b/i), 'withdrawn'],
  [gated('vocabulary.outcomeWords.deferred', () => /\b(?:deferred|postponed|continued|adjourned|tabled)\b/i), 'deferred'],
  [gated('vocabulary.outcomeWords.referred', () => /\b(?:referred|remitted)\b/i), 'referred'],
  [gated('vocabulary.outcomeWords.carried', () => new RegExp(String.raw`\b${carriedWord}\b`, 'i')), 'carried'],
  [gated('vocabulary.outcomeWords.noted', () => /\b(?:noted|received|note)\b/i), 'noted'],
  [gated('vocabulary.outcomeWords.approved', () => /\b(?:approved|adopted|passed|granted|confirmed|ratified|endorsed|accepted|signed)\b/i), 'approved'],
  [gated('vocabulary.outcomeWords.agreed', () => /\b(?:agreed|consented|concurred)\b/i), 'agreed'],
  [gated('vocabulary.outcomeWords.resolved', () => /\bresolved\b/i), 'resolved'],
  [gated('vocabulary.outcomeWords.other', () => /\b(?:elected|appointed|nominated|voted in)\b/i), 'other'],
];
