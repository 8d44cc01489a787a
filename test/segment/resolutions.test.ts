// Decisions as a reader of the minutes would record them: the motion, who moved and seconded it
// whatever their title, the outcome as printed beside the outcome it means, and the resolution's
// reference. Each case is a small document with one item, parsed through the public API.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse, parseFile } from '../../src/parse.js';
import type { Resolution } from '../../src/model/schema.js';
import { committedModels } from '../../src/segment/learned/models.js';
import { readHeadingDecision } from '../../src/segment/resolutions.js';

async function resolutionsOf(minutes: string): Promise<Omit<Resolution, 'position'>[]> {
  const doc = await parse(`MINUTES\n\n1. Approval of the agenda\n\n${minutes}\n\n2. Next item\n\nThe clerk read the correspondence.\n`, { name: 'minutes.txt' });
  return doc.items[0]!.resolutions.map(({ position: _position, ...r }) => r);
}

describe('motions, movers and seconders whatever the title', () => {
  it('reads "X moved and Y seconded to …" and a later "Motion passed unanimously."', async () => {
    const [r] = await resolutionsOf('Councilmember Diaz moved and Councilmember Orr seconded to approve the agenda.\n\nMotion passed unanimously.');
    expect(r).toMatchObject({
      text: 'to approve the agenda.',
      outcome: 'approved',
      outcomeText: 'Motion passed unanimously',
      movedBy: { name: 'Councilmember Diaz' },
      secondedBy: { name: 'Councilmember Orr' },
    });
  });
  // heldout17/smfd-board-special-minutes-2023-01-04.md ("**Action:** Moved by …" under "**Recommendation:** …" in one list item).
  it('reads "Moved by X, seconded by Y, and carried unanimously by members present to …" after an "Action:" label', async () => {
    const [r] = await resolutionsOf('Action: Moved by Goold, seconded by Webber, and carried unanimously by members present to adjust the base salary for the position of Fire Chief.');
    expect(r).toMatchObject({ text: 'to adjust the base salary for the position of Fire Chief.', outcome: 'carried', outcomeText: 'carried unanimously by members present', movedBy: { name: 'Goold' }, secondedBy: { name: 'Webber' } });
  });
  it('reads the "**Action:**" field of a Markdown list item apart from the "**Recommendation:**" above it', async () => {
    const doc = await parse(
      '# Minutes\n\n1. **Fire Chief Base Salary Adjustment** (General Counsel Lavra)  \n   **Recommendation:** Approve the adjusted base salary.  \n   **Action:** Moved by Goold, seconded by Webber, and carried unanimously by members present to adjust the base salary.\n\n2. **Adjournment**\n',
      { name: 'minutes.md' },
    );
    expect(doc.items[0]!.title).toBe('Fire Chief Base Salary Adjustment (General Counsel Lavra)');
    expect(doc.items[0]!.resolutions).toMatchObject([{ text: 'to adjust the base salary.', outcome: 'carried', movedBy: { name: 'Goold' } }]);
  });
  // heldout19/licton-springs-cc-minutes-2021-01-27.md ("Board members: M/S/A to elect …").
  it('reads "M/S/A to …" (moved, seconded, approved) as a motion and its outcome, the movers when bracketed', async () => {
    const [r] = await resolutionsOf('Board members: M/S/A to elect Bekah Gautrowski to fill the vacancy of Jan Brucker\u2019s seat.');
    expect(r).toMatchObject({ text: 'to elect Bekah Gautrowski to fill the vacancy of Jan Brucker\u2019s seat.', outcome: 'approved', outcomeText: 'M/S/A' });
    const [c] = await resolutionsOf('M/S/C (Smith/Jones) that the minutes be approved as amended.');
    expect(c).toMatchObject({ text: 'that the minutes be approved as amended.', outcome: 'carried', outcomeText: 'M/S/C', movedBy: { name: 'Smith' }, secondedBy: { name: 'Jones' } });
  });
  // heldout17/hbrc-coastal-hazards-joint-committee-minutes-2019-03-18.txt
  it('reads a motion a numbered point states on to its full stop, across the lines it wraps onto', async () => {
    const [r] = await resolutionsOf('Resolution\n1.     That the Clifton to Tangoio Coastal\nHazards Strategy Joint Committee receives the report.\nBailey/Kerr\nCARRIED');
    expect(r!.text).toMatch(/^1\. That the Clifton to Tangoio Coastal Hazards Strategy Joint Committee receives the report\.$/);
  });
  it('reads a motion printed under a "MOTION:" label sentence by sentence: mover, seconder, outcome', async () => {
    const [r, ...more] = await resolutionsOf('MOTION: Director Jones moved to approve the consent calendar. Director Smith seconded. The motion carried 5-0.');
    expect(more).toEqual([]);
    expect(r).toMatchObject({ text: 'to approve the consent calendar.', outcome: 'carried', movedBy: { name: 'Director Jones' }, secondedBy: { name: 'Director Smith' } });
  });
  it('reads "It was moved by X, seconded by Y, to …" and the outcome in the same paragraph', async () => {
    const [r] = await resolutionsOf('It was moved by Trustee Lee, seconded by Trustee Park, to accept the audit report. Motion carried 4-1.');
    expect(r).toMatchObject({ text: 'to accept the audit report.', outcome: 'carried', outcomeText: 'Motion carried 4-1', movedBy: { name: 'Trustee Lee' }, secondedBy: { name: 'Trustee Park' } });
  });
  it('takes a bare "CARRIED" after a "That …" text as its outcome', async () => {
    const [r, ...more] = await resolutionsOf('That the budget for 2023 be approved.\n\nCARRIED');
    expect(more).toEqual([]);
    expect(r).toMatchObject({ text: 'That the budget for 2023 be approved.', outcome: 'carried', outcomeText: 'CARRIED' });
  });
  it('reads "Motion by X, second by Y, carried unanimously, to …" as motion and outcome', async () => {
    const [r] = await resolutionsOf('Motion by Haskew, second by Mayor Pro Tem Silva, carried unanimously, to APPROVE CONSENT CALENDAR ITEMS 2a-2d.');
    expect(r).toMatchObject({ text: 'to APPROVE CONSENT CALENDAR ITEMS 2a-2d.', outcome: 'carried', outcomeText: 'carried unanimously', movedBy: { name: 'Haskew' }, secondedBy: { name: 'Mayor Pro Tem Silva' } });
  });
  it('names a Trustee and a Director as people, not roles', async () => {
    const [r] = await resolutionsOf('Moved Trustee Jones, seconded Director Lee that the agenda be approved.\n\nMotion Carried Unanimously, By All Members Present');
    expect(r).toMatchObject({ movedBy: { name: 'Trustee Jones', role: null }, secondedBy: { name: 'Director Lee', role: null }, outcome: 'carried' });
    expect(r!.outcomeText).toBe('Motion Carried Unanimously, By All Members Present');
  });
  it('reads "It was proposed by X and resolved, to …" as motion and outcome', async () => {
    const [r] = await resolutionsOf('It was proposed by Cllr Ives and resolved, to invite all staff and Councillors to a meeting on Tuesday 1st September.');
    expect(r).toMatchObject({ text: 'to invite all staff and Councillors to a meeting on Tuesday 1st September.', outcome: 'resolved', outcomeText: 'resolved', movedBy: { name: 'Cllr Ives' } });
  });
  it('reads "It was proposed by X, seconded by Y and unanimously agreed that …" as motion and outcome', async () => {
    const [r] = await resolutionsOf('Copies of the Risk Assessment were circulated. It was proposed by Cllr. J. Davies, seconded by Cllr. P. Harries and unanimously agreed that the document be adopted.');
    expect(r).toMatchObject({ text: 'that the document be adopted.', outcome: 'agreed', outcomeText: 'unanimously agreed', movedBy: { name: 'Cllr. J. Davies' }, secondedBy: { name: 'Cllr. P. Harries' } });
  });
  it('reads "On the proposal of X, seconded by Y, it was agreed to …" as motion and outcome', async () => {
    const [r] = await resolutionsOf('On the proposal of Councillor Ruddle, seconded by Councillor Scanlan, it was agreed to allocate \u20ac1,000 to Dromcollogher Festival.');
    expect(r).toMatchObject({ text: 'to allocate \u20ac1,000 to Dromcollogher Festival.', outcome: 'agreed', outcomeText: 'agreed', movedBy: { name: 'Councillor Ruddle' }, secondedBy: { name: 'Councillor Scanlan' } });
  });
  it('reads "On the proposition of X, <what was done>" as a motion whose text is the clause (heldout12 laois)', async () => {
    const [r] = await resolutionsOf('On the proposition of Councillor Willie Aird, the Members unanimously extended a vote of sympathy to the following:-');
    expect(r).toMatchObject({ text: 'the Members unanimously extended a vote of sympathy to the following:-', movedBy: { name: 'Councillor Willie Aird' }, secondedBy: null });
  });
  it('reads "On the proposal of X and seconded by Y <clause>" with no comma before the clause (heldout12 south-tipperary)', async () => {
    const [r] = await resolutionsOf('On the proposal of Cllr. Roger Kennedy and seconded by Cllr. John Fahey the minutes from the Council Meeting held on 3rd November were adopted.');
    expect(r).toMatchObject({ text: 'the minutes from the Council Meeting held on 3rd November were adopted.', outcome: 'approved', movedBy: { name: 'Cllr. Roger Kennedy' }, secondedBy: { name: 'Cllr. John Fahey' } });
  });
  it('reads "X made a motion to …; the motion was seconded by Y and approved unanimously."', async () => {
    const [r] = await resolutionsOf('Trustee Kane made a motion to approve the vouchers as follows; the motion was seconded by Trustee Brennan and approved unanimously.');
    expect(r).toMatchObject({ text: 'to approve the vouchers as follows', outcome: 'approved', outcomeText: 'approved unanimously', movedBy: { name: 'Trustee Kane' }, secondedBy: { name: 'Trustee Brennan' } });
  });
  it('reads "X made a motion to …", its seconder in a sentence of its own and "Motion carried." (heldout12 pearl-city)', async () => {
    const [r] = await resolutionsOf('Brian made a motion to accept the Supplemental Resolution to the Motor Fuel Tax for $2,883.63 as presented by Fehr-Graham.  Motion second by Todd.  Motion carried.');
    expect(r).toMatchObject({ text: 'to accept the Supplemental Resolution to the Motor Fuel Tax for $2,883.63 as presented by Fehr-Graham.', outcome: 'carried', outcomeText: 'Motion carried', movedBy: { name: 'Brian' }, secondedBy: { name: 'Todd' } });
  });
  it('reads "Motion was made by X to …" with its outcome in the next paragraph (heldout12 pearl-city)', async () => {
    const [r] = await resolutionsOf('Motion was made by Brian to continue with the street light project as proposed by Fehr-Graham in three phases.\n\nMotion second by Larry.  Motion carried.');
    expect(r).toMatchObject({ text: 'to continue with the street light project as proposed by Fehr-Graham in three phases.', outcome: 'carried', movedBy: { name: 'Brian' }, secondedBy: { name: 'Larry' } });
  });
  it('reads "It was moved by Cr. X, seconded by Cr. Y to …" without the motion in the seconder\'s name (questions12 bozeman)', async () => {
    const [r] = await resolutionsOf('It was moved by Cr. Rupp, seconded by Cr. Becker to authorize the Absence of Mayor\nJacobson.\n\nThose voting Aye being Crs. Rupp, Becker, Bryson, and Deputy Mayor Krauss.\nThose voting No being none.\nThe motion passed 4-0.');
    expect(r).toMatchObject({ text: 'to authorize the Absence of Mayor Jacobson.', outcome: 'approved', outcomeText: 'The motion passed 4-0', movedBy: { name: 'Cr. Rupp' }, secondedBy: { name: 'Cr. Becker' } });
  });
  it('reads Trustees titled "Tr." and a motion put in a list point (heldout12 tower-lakes)', async () => {
    const [r] = await resolutionsOf('(I) A motion by Tr. Parro and seconded by Tr. Baggett to approve the monthly expenditures as presented with the change reducing the check to Manhard from $6,049.72 to $4,191. Yeahs: Tr Boger, Merkle P');
    expect(r).toMatchObject({ text: 'to approve the monthly expenditures as presented with the change reducing the check to Manhard from $6,049.72 to $4,191.', movedBy: { name: 'Tr. Parro' }, secondedBy: { name: 'Tr. Baggett' } });
    const [s] = await resolutionsOf('Zoning Regulations. A motion was made by Tr. Parro Seconded by Tr. Bolger to recommend the Plan Commission conduct a public hearing with the change keeping the 2nd strike out. Vote: Yeas; Merkle, Parro, deVries, Bolger, Nays; Tr. Baggett, Absent; Fitzgibbons.');
    expect(s).toMatchObject({ text: 'to recommend the Plan Commission conduct a public hearing with the change keeping the 2nd strike out.', movedBy: { name: 'Tr. Parro' }, secondedBy: { name: 'Tr. Bolger' } });
  });
  it('reads what was proposed after "Proposed by X and seconded by Y", with a dash or none (heldout9 wereham)', async () => {
    const [r] = await resolutionsOf('J. Ratsey - conversion of barn to dwelling; S. Plummer - two storey extension to 1 Stoke Road. Proposed by G. Clere and seconded by P. Markwell - recommend approval.');
    expect(r).toMatchObject({ text: 'recommend approval.', movedBy: { name: 'G. Clere' }, secondedBy: { name: 'P. Markwell' } });
    const [s] = await resolutionsOf('Norfolk R.C.C. £12.50: K. Plant Ltd £1381.47: Methwold High School £50.00. Proposed by G. Clere and seconded by P. Markwell pass for payment.');
    expect(s).toMatchObject({ text: 'pass for payment.', movedBy: { name: 'G. Clere' }, secondedBy: { name: 'P. Markwell' } });
  });
  it('reads "It was agree that …" as typed (heldout3 horsley)', async () => {
    expect(await resolutionsOf('AC advised the group.\n\nIt was agree that Working Groups (WGs) should be set up to research the key content for each key section')).toMatchObject([
      { text: 'that Working Groups (WGs) should be set up to research the key content for each key section', outcome: 'agreed' },
    ]);
  });
  // heldout25/hyndland-primary-parent-council-minutes-2025-10-22.pdf: the decision named as such, in a paragraph and in a list point.
  it('reads what "Decision made that …" names, in a paragraph or a list point (heldout25 hyndland)', async () => {
    const doc = await parseFile(join(import.meta.dirname, '../../fixtures/heldout25/hyndland-primary-parent-council-minutes-2025-10-22.pdf'));
    const texts = doc.items.flatMap((i) => i.resolutions.map((r) => r.text));
    expect(texts).toContain('that the majority of the Parent Council will apply for PVG.');
    expect(texts).toContainEqual(expect.stringMatching(/^that the Parent Council will contribute to the School Leaver hoodies/));
  });
  // heldout3/horsley-np-working-group-2014-10-19.pdf: "It was agree that …" as an item's heading, and in a list the question reader took ("JN wanted to know if …").
  it('reads a decision an item\'s heading names as such, and one among the questions (heldout3 horsley)', async () => {
    const doc = await parseFile(join(import.meta.dirname, '../../fixtures/heldout3/horsley-np-working-group-2014-10-19.pdf'));
    expect(doc.items.find((i) => i.number === '5')!.resolutions).toMatchObject([{ text: expect.stringMatching(/^that Working Groups \(WGs\) should be set up/), outcome: 'agreed' }]);
    const first = doc.items.find((i) => i.number === '1')!;
    expect(first.questions.length).toBeGreaterThan(0);
    expect(first.resolutions).toMatchObject([{ text: expect.stringMatching(/^that JN and AC would investigate feasibility/), outcome: 'agreed' }]);
  });
  it('reads a motion without the subject\'s label run in before a dash (heldout15 sherman)', async () => {
    const [r] = await resolutionsOf('1. Adjournment – Supervisor Kessler made a motion to adjourn. Supervisor Lepper seconded, motion passed. Meeting adjourned at 11:05 AM');
    expect(r).toMatchObject({ text: 'to adjourn.', movedBy: { name: 'Supervisor Kessler' } });
  });
  it('settles a motion with a bare CARRIED on the next line', async () => {
    const [r] = await resolutionsOf('Cr Smith moved that the agenda be approved.\n\nCARRIED');
    expect(r).toMatchObject({ text: 'that the agenda be approved.', outcome: 'carried', outcomeText: 'CARRIED', movedBy: { name: 'Cr Smith' } });
  });
});

describe('motions in an item\'s heading, and minutes told by their motions', () => {
  // heldout22/disney-ok-fire-department-board-minutes-2018-04-10.txt
  it('reads a motion its heading puts, "with X seconding the motion", settled by the vote below it', async () => {
    const doc = await parseFile(join(import.meta.dirname, '../../fixtures/heldout22/disney-ok-fire-department-board-minutes-2018-04-10.txt'));
    const [approval] = doc.items.find((i) => i.number === '2')!.resolutions;
    expect(approval).toMatchObject({ outcome: 'carried', outcomeText: 'Motion carried', movedBy: { name: 'Trustee Martin' }, secondedBy: { name: 'Trustee Cookson' } });
    expect(approval!.text).toMatch(/^to approve the meeting minutes of the Fire Department Board’s regular session meeting on March 13, 2018\.$/);
    expect(doc.items.find((i) => i.number === '7')!.resolutions).toMatchObject([{ outcome: 'carried', movedBy: { name: 'Mayor Tuter' }, secondedBy: { name: 'Trustee Martin' } }]);
  });
  // heldout22/campton-township-board-special-minutes-2001-12-05.txt: no title word says minutes.
  it('reads a document whose only record is motions moved and carried as minutes, and their decisions', async () => {
    const doc = await parseFile(join(import.meta.dirname, '../../fixtures/heldout22/campton-township-board-special-minutes-2001-12-05.txt'));
    expect(doc.kind).toBe('minutes');
    expect(doc.items.at(-1)!.resolutions).toMatchObject([{ text: 'to adjourn.', outcome: 'carried', movedBy: { name: 'D. Gillen' }, secondedBy: { name: 'J. Kupar' } }]);
  });
  it('reads no decision in a signature block\'s "Approved:" or "Approved By:"', async () => {
    expect(await resolutionsOf('The meeting closed at 8.43 pm.\n\nApproved:\n\n_______________________\n\nMatt Francois, Mayor')).toEqual([]);
    expect(await resolutionsOf('The meeting closed at 8.43 pm.\n\nApproved By:\n\nParks Manager ________ Date ________')).toEqual([]);
  });
});

describe('motions printed with a label', () => {
  it('reads "Motion: <number> Moved by X Seconded by Y", its quoted text below and "Disposition Carried"', async () => {
    const [r] = await resolutionsOf('Motion:  494-2011      Moved by Neil Warwick          Seconded by Jason Breckenridge\n\n\u201cThat the agenda be adopted as amended.\u201d\n\nDisposition                        Carried');
    expect(r).toMatchObject({ text: '\u201cThat the agenda be adopted as amended.\u201d', outcome: 'carried', outcomeText: 'Disposition Carried', reference: '494-2011' });
    expect(r).toMatchObject({ movedBy: { name: 'Neil Warwick' }, secondedBy: { name: 'Jason Breckenridge' } });
  });
  it('reads "Motion: (X/Y)" as the movers of the text below it', async () => {
    const [r] = await resolutionsOf('Motion: (Porteous/McKenna OAM)\nTHAT Council note the disclosure of interest.\nMotion Carried');
    expect(r).toMatchObject({ text: 'THAT Council note the disclosure of interest.', outcome: 'carried', outcomeText: 'Motion Carried', movedBy: { name: 'Porteous' }, secondedBy: { name: 'McKenna OAM' } });
  });
  it('reads movers, outcome and reference run on after the motion\'s text', async () => {
    const [r] = await resolutionsOf('MOTION: That Council adopt the Minutes of the Ordinary Meeting held on Wednesday, 8 July 2020. MOVED: CR DAVID VIS SECONDED: CR DARYL WARREN CARRIED. R800/20)');
    expect(r).toMatchObject({ text: 'That Council adopt the Minutes of the Ordinary Meeting held on Wednesday, 8 July 2020.', outcome: 'carried', outcomeText: 'CARRIED', reference: 'R800/20' });
    expect(r).toMatchObject({ movedBy: { name: 'CR DAVID VIS' }, secondedBy: { name: 'CR DARYL WARREN' } });
  });
  it('settles a "Proposal:" with movers and a decision printed after it', async () => {
    const [r] = await resolutionsOf('PROPOSAL: the council makes no comment on the application.\nPROPOSED: Mr Langford\nSECONDED: Mrs Hay\nDECISION:\npassed (all in favour)');
    expect(r).toMatchObject({ text: 'the council makes no comment on the application.', outcome: 'approved', outcomeText: 'passed (all in favour)', movedBy: { name: 'Mr Langford' }, secondedBy: { name: 'Mrs Hay' } });
  });
  it('reads a "RESOLVED:" label set apart from its text by spaces', async () => {
    const rs = await resolutionsOf('The Head of Legal Services introduced the guidance note.\n\nRESOLVED:      That the Head of Legal Services be given delegated authority to make the amendments.');
    expect(rs).toMatchObject([{ text: 'That the Head of Legal Services be given delegated authority to make the amendments.', outcome: 'resolved' }]);
  });
  it('reads a bare outcome line after an application as its decision, not as a heading', async () => {
    const doc = await parse('VOTING MINUTES\n\n1. Third Cliff Bakery, LLC\n\nHas applied for a Common Victualler License.\n\nGRANTED\n\n2. The Bittersweet Shoppe\n\nHas applied for a Common Victualler License.\n\nDENIED\n', { name: 'minutes.txt' });
    expect(doc.sections ?? []).toEqual([]);
    expect(doc.items.map((i) => i.resolutions.map((r) => [r.outcome, r.outcomeText]))).toEqual([[['approved', 'GRANTED']], [['rejected', 'DENIED']]]);
  });
});

describe('decisions in so many words', () => {
  it('reads "Members noted the update." as a decision', async () => {
    expect(await resolutionsOf('Members noted the update.')).toMatchObject([{ text: 'Members noted the update.', outcome: 'noted', outcomeText: 'noted' }]);
  });
  it('reads an election with no nomination before it as a decision', async () => {
    expect(await resolutionsOf('Cllr Brown was voted in as Vice Chair.')).toMatchObject([{ text: 'Cllr Brown was voted in as Vice Chair.', outcome: 'other', outcomeText: 'was voted in' }]);
  });
  it('joins a nomination and the election that settles it', async () => {
    const [r] = await resolutionsOf('Cllr. Rosemary Crisp was proposed by Cllr. Alison Muir and seconded by Cllr. Michael Peake. Cllr. Crisp accepted the position of Chairman and was duly elected.');
    expect(r!.text).toBe('Cllr. Rosemary Crisp was proposed by Cllr. Alison Muir and seconded by Cllr. Michael Peake. Cllr. Crisp accepted the position of Chairman and was duly elected.');
    expect(r).toMatchObject({ outcome: 'other', movedBy: { name: 'Cllr. Alison Muir' }, secondedBy: { name: 'Cllr. Michael Peake' } });
  });
  it('reads a motion put in the passive and the "This was approved" that settles it', async () => {
    const [r] = await resolutionsOf('Approval of the minutes of the previous meeting as a true and accurate record was proposed by Mr M. Johnston and seconded by Mrs I. Miller. This was approved as such.');
    expect(r).toMatchObject({ outcome: 'approved', outcomeText: 'This was approved as such', movedBy: { name: 'Mr M. Johnston' }, secondedBy: { name: 'Mrs I. Miller' } });
    expect(r!.text).toMatch(/^Approval of the minutes of the previous meeting/);
  });
  it('reads "These were moved as correct by A and B" as a motion with its mover and seconder', async () => {
    expect(await resolutionsOf('These were moved as correct by Robert Preston and Esme Clark')).toMatchObject([
      { text: 'These were moved as correct by Robert Preston and Esme Clark', movedBy: { name: 'Robert Preston' }, secondedBy: { name: 'Esme Clark' } },
    ]);
  });
  it('reads "It was suggested and AGREED that …" after narrative in its paragraph', async () => {
    const [r] = await resolutionsOf('The constituency had been reconfigured once more. It was suggested and AGREED that we write to the Boundaries Commission.');
    expect(r).toMatchObject({ text: 'that we write to the Boundaries Commission.', outcome: 'agreed', outcomeText: 'AGREED' });
  });
  it('keeps the outcome as printed: the first outcome word and one joined to it', async () => {
    expect(await resolutionsOf('Apologies for absence were received and accepted from Claire Page.')).toMatchObject([{ outcomeText: 'were received and accepted' }]);
    expect(await resolutionsOf('The minutes were agreed as a true record and signed by the Chairman.')).toMatchObject([{ outcomeText: 'were agreed' }]);
  });
  it('keeps the printed cue of a resolution without the mover it names', async () => {
    expect(await resolutionsOf('RESOLVED (Cr Knight) – That the report be noted.')).toMatchObject([{ text: 'That the report be noted.', outcome: 'resolved', outcomeText: 'RESOLVED', movedBy: { name: 'Cr Knight' } }]);
  });
  it('reads a decision a line break cut in two as one sentence', async () => {
    const [r] = await resolutionsOf('Local Authority housing which is of concern to residents. It was agreed that the Meetings\n\nAdministrator would revert to the relevant Directorate on this matter.');
    expect(r).toMatchObject({ text: 'that the Meetings Administrator would revert to the relevant Directorate on this matter.', outcome: 'agreed' });
  });
  it('reads a decision on into a row of columns that goes on with its sentence', async () => {
    const [r] = await resolutionsOf('The Chair reported on the event. It was agreed that\n\nan additional meeting be called if necessary.          Cllr. J. Davies/All');
    expect(r).toMatchObject({ text: 'that an additional meeting be called if necessary.', outcome: 'agreed' });
  });
  it('reads "proposed by X, seconded by Y and unanimously agreed that …" with the seconder alone', async () => {
    const [r] = await resolutionsOf('It was proposed by Cllr. O. Williams, seconded by Cllr. W. Loynton and unanimously agreed that the minutes of the last\n\nmeeting held on the 10th April 2019 were correct.          Signed by the Chair');
    expect(r).toMatchObject({ text: 'that the minutes of the last meeting held on the 10th April 2019 were correct.', outcome: 'agreed', outcomeText: 'unanimously agreed' });
    expect(r).toMatchObject({ movedBy: { name: 'Cllr. O. Williams' }, secondedBy: { name: 'Cllr. W. Loynton' } });
  });
  it('reads no decision from the tail of a sentence a line break cut off', async () => {
    expect(await resolutionsOf('Members thanked Ms McDonnell for the presentation.\n\nCllr Collins spoke on the plan and Cllr. Hickey O’Mara\n\nseconded the proposal.')).toEqual([]);
  });
  it('reads a known wording that opens a list point', async () => {
    expect(await resolutionsOf('• This produced a list of key sections.\n• It was agreed that new sections may be needed in due course')).toMatchObject([{ text: 'that new sections may be needed in due course', outcome: 'agreed' }]);
  });
  it('reads a subject and its outcome printed on one line ("… – agreed")', async () => {
    expect(await resolutionsOf('The order of the agenda was reviewed.\n\nAdd new number 7 item Grounds maintenance contract – agreed')).toMatchObject([{ text: 'Add new number 7 item Grounds maintenance contract', outcome: 'agreed', outcomeText: 'agreed' }]);
  });
  it('reads a bare "Noted." that no motion or text takes as the decision itself', async () => {
    expect(await resolutionsOf('The Chief Executive informed the Council of the disclosure.\n\nNoted.')).toMatchObject([{ text: 'Noted', outcome: 'noted', outcomeText: 'Noted' }]);
  });
  it('reads "A motion was made by X, second by Y to …" with its text', async () => {
    const [r] = await resolutionsOf('A motion was made by Dick Dillon, second by Janet Keough to appoint Ray Barnes as election judge. Motion carried.');
    expect(r).toMatchObject({ text: 'to appoint Ray Barnes as election judge.', outcome: 'carried', movedBy: { name: 'Dick Dillon' }, secondedBy: { name: 'Janet Keough' } });
  });
  it('reads a decision opening an item of minutes that name no kind (not an agenda purpose)', async () => {
    const doc = await parse('Item 1. Confirmation of Minutes\n\nThe Minutes of the meeting held on the 24th January 2011 were confirmed on the proposal of Cllr. B. Reilly.\n\nItem 2. Reports\n\nThe clerk read the correspondence.\n', { name: 'notes.txt' });
    expect(doc.items[0]!.resolutions).toMatchObject([{ text: 'The Minutes of the meeting held on the 24th January 2011 were confirmed on the proposal of Cllr. B. Reilly.' }]);
  });
  it('reads minutes as minutes before their items when a line records a decision in so many words (the first paragraph is no agenda purpose)', async () => {
    // clayhidon (heldout5) and knutsford (heldout8): no header names the kind.
    const doc = await parse(
      '1.\nElection of Chair\nMr Kallaway\nwas nominated by Mr Langford, seconded by Mrs Weekes. There being no other nominations, Mr Kallaway was elected as\nChairman.\n\n2.\nCommittee Service Fees\nIt was RESOLVED to approve the committee service fees as presented.\n',
      { name: 'notes.txt' },
    );
    expect(doc.kind).toBe('minutes');
    expect(doc.items[0]!.purpose).toBeNull();
    expect(doc.items[0]!.resolutions.map((r) => r.text).join(' ')).toContain('Mr Kallaway was elected as Chairman.');
  });
  it('ends an item purpose at a "Committee Resolution" block', async () => {
    const doc = await parse('MINUTES\n\n5.1 Committee Update\n\nPURPOSE\n\nThe purpose of this report is to provide an update.\n\nCommittee Resolution\n\nMoved: Cr Ian Sharp\n\nSeconded: Cr Brent Muggeridge\n\nThat the report be noted.\n\nCarried\n\n5.2 Other Business\n\nThe clerk read the correspondence.\n', { name: 'minutes.txt' });
    expect(doc.items[0]!.resolutions).toMatchObject([{ text: 'That the report be noted.', outcome: 'carried', movedBy: { name: 'Cr Ian Sharp' } }]);
  });
  it('reads nothing from narrative', async () => {
    expect(await resolutionsOf('Councillor Smith asked whether the road would be resurfaced this year.')).toEqual([]);
  });
  it('reads no outcome in work "carried out" (questions6/kirkby-on-bain), while "Motion carried" still settles a motion', async () => {
    expect(await resolutionsOf('Councillor Midgley told her that they have been done but have been damaged again since the repairs have been carried out.')).toEqual([]);
    const [r] = await resolutionsOf('A motion was made by Dick Dillon, second by Janet Keough to appoint Ray Barnes as election judge. Motion carried.');
    expect(r).toMatchObject({ outcome: 'carried' });
  });
  it('reads what "it was decided" introduces in a sentence\'s second clause (heldout8/haresfield)', async () => {
    const [r] = await resolutionsOf('Councillors discussed a proposal to brighten up the bus shelters and it was decided to approaching local groups to create murals in them. Anybody who is interested should contact the Clerk.');
    expect(r).toMatchObject({ text: 'to approaching local groups to create murals in them.', outcome: 'agreed' });
  });
  it('keeps a decision stated in the first clause when the second adds another (heldout10/eversdens)', async () => {
    const [r] = await resolutionsOf('The minutes of the 3rd June were approved unanimously; it was agreed to change the actual names of the applicants to read \u201cthe applicant\u201d and add that Mr Prince recused himself from the meeting.');
    expect(r!.text).toMatch(/^The minutes of the 3rd June were approved unanimously;/);
  });
  it('reads "It was therefore resolved not to …" after the discussion (heldout10/milburn)', async () => {
    const rs = await resolutionsOf('A detailed discussion took place. The telephone box is in need of repair and would be of no practical use to the village. It was therefore resolved not to adopt the telephone box and the Clerk to inform EDC accordingly.');
    expect(rs).toMatchObject([{ text: 'not to adopt the telephone box and the Clerk to inform EDC accordingly.', outcome: 'resolved' }]);
  });
  it('reads a subject and its outcome with how it was approved (heldout17/sjusd)', async () => {
    const [r] = await resolutionsOf('Quarterly investment report and warrants and payroll \u2014 approved as submitted.');
    expect(r).toMatchObject({ text: 'Quarterly investment report and warrants and payroll', outcome: 'approved', outcomeText: 'approved as submitted' });
  });
});

describe('decisions wherever the minutes print them', () => {
  const itemsOf = async (text: string) => (await parse(text, { name: 'minutes.txt' })).items;
  it('reads a heading run into its minute as the item\'s decision', async () => {
    const items = await itemsOf('MINUTES\n\n1. The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED.\n\nNo matters arising.\n\n2. Correspondence\n\nThe clerk read a letter.\n');
    expect(items[0]!.resolutions.map((r) => r.text)).toEqual(['The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED.']);
    expect(items[1]!.resolutions).toEqual([]);
  });
  it('reads a minute run into its heading after a dash, in a known wording', () => {
    // (As printed, with its typing slip: "revived".)
    const title = 'Apologies for absence and reasons given \u2013 Apologies revived and accepted from councillor Stones.';
    expect(readHeadingDecision(title, { order: 1, title })).toMatchObject({ text: 'Apologies revived and accepted from councillor Stones.', outcomeText: 'accepted' });
    expect(readHeadingDecision('Chairman\u2019s remarks \u2013 The chairman welcomed all present.', { order: 0, title: null })).toBeNull();
  });
  it('reads no decision from a heading that names a subject', async () => {
    const items = await itemsOf('MINUTES\n\n1. To approve the minutes of the last meeting\n\nThe clerk read them out.\n\n2. Correspondence\n\nThe clerk read a letter.\n');
    expect(items.map((i) => i.resolutions.length)).toEqual([0, 0]);
  });
  it('reads a decision stated in a list point', async () => {
    const [r] = await resolutionsOf('- The clerk reported on the repairs.\n- It was agreed that the contractor be paid in full.');
    expect(r).toMatchObject({ text: 'that the contractor be paid in full.', outcome: 'agreed' });
  });
  it('reads a decision stated after the first sentence of a list point', async () => {
    const rs = await resolutionsOf('i) County Council remittance advice. Noted\nii) Code of Conduct Training. It was agreed that Cllrs. Davies and Gwynne would attend.');
    expect(rs.map((r) => r.text)).toEqual(['that Cllrs. Davies and Gwynne would attend.']);
  });
  it('reads the points a decision announces with a colon ("Committee resolved to:")', async () => {
    const [r] = await resolutionsOf('The Assistant Town Clerk presented the report. Committee resolved to:\n\ni) Approve the outlined proposals in section 4 of the report;\nii) Note the budget.');
    expect(r!.text).toMatch(/^Committee resolved to: i\) Approve the outlined proposals in section 4/);
  });
  it('reads the decided text printed below a "RESOLVED that" line', async () => {
    const [r] = await resolutionsOf('Decision:\n\nRESOLVED that\n\nThe Director of Resources be authorised to sign the documentation.');
    expect(r).toMatchObject({ outcome: 'resolved', outcomeText: 'RESOLVED' });
    expect(r!.text).toBe('that The Director of Resources be authorised to sign the documentation.');
  });
  it('reads "that … be adopted" after a motion line as the decided text', async () => {
    const [r] = await resolutionsOf('Moved by Councillor Short that the agenda be adopted as presented.\n\nCARRIED.');
    expect(r).toMatchObject({ outcome: 'carried' });
    expect(r!.text).toMatch(/^that the agenda be adopted as presented/);
  });
});

describe('what records no decision', () => {
  // heldout21/omaha-city-council-agenda-2012-10-16.pdf: the clerk's instructions in an agenda.
  it('reads no decision in an agenda\'s "((MOTION NEEDED THAT … BE PASSED))"', async () => {
    const doc = await parseFile(join(import.meta.dirname, '../../fixtures/heldout21/omaha-city-council-agenda-2012-10-16.pdf'));
    expect(doc.kind).toBe('agenda');
    expect(doc.items.filter((i) => ['17', '35', '38'].includes(i.number ?? '')).flatMap((i) => i.resolutions)).toEqual([]);
  });
  // heldout20/boardbook-965-special-agenda-2014-10-29.txt: an agenda's motion templates.
  it('reads a form to fill in (blanks, the outcomes to choose from) as no decision', async () => {
    expect(await resolutionsOf('Motion by__, support by__, "that the Board of Education adjourn into open session at ___pm".\n\nMotion (Carried/Failed) __to__.')).toEqual([]);
    // Filled in, the same motion is one.
    expect(await resolutionsOf('Motion by Smith, support by Jones, that the Board of Education adjourn into open session at 8pm.\n\nMotion carried 5-0.')).toMatchObject([{ outcome: 'carried' }]);
  });
});

describe('the likeliest sentence of an item that records no decision', () => {
  // A model that gives every sentence the same probability, and one more to a sentence saying "accepted".
  const model = (bias: number) => ({ models: { ...committedModels, decision: { bias, weights: { 'w:accepted': 0.4 } } } });
  const items = async (bias: number) =>
    (
      await parse('MINUTES\n\n1. Challenge\n\nThe Board discussed the draft.\n\nThe newly drafted challenge was accepted.\n\n2. Budget\n\nRESOLVED that the budget be approved.\n\nThe Board discussed the figures.\n', {
        name: 'minutes.txt',
        learned: model(bias),
      })
    ).items.map((i) => i.resolutions.map((r) => r.text));
  it('is the decision when it is likely enough, and only in an item that records none', async () => {
    // logit(0.33) + 0.4: the accepted sentence is above LIKELY_DECISION, the other below.
    expect(await items(Math.log(0.33 / 0.67))).toEqual([['The newly drafted challenge was accepted.'], ['that the budget be approved.']]);
  });
  it('is no decision when it is unlikely', async () => {
    expect(await items(Math.log(0.2 / 0.8))).toEqual([[], ['that the budget be approved.']]);
  });
});

describe('resolution references', () => {
  it('keeps the reference printed before the movers', async () => {
    const [r] = await resolutionsOf('Resolution 449/2019 Moved: Cr Dennis Palmer Seconded: Cr Leigh Bowden Council adjourn for Open Forum.');
    expect(r).toMatchObject({ reference: '449/2019', text: 'Council adjourn for Open Forum.', movedBy: { name: 'Cr Dennis Palmer' }, secondedBy: { name: 'Cr Leigh Bowden' } });
  });
  it('gives a "Resolution CR2021-017" heading to the decision below it, and to no other', async () => {
    const rs = await resolutionsOf('Resolution CR2021-017\n\nThat Council adopt the plan.\n\nCARRIED\n\nThe Mayor thanked staff.\n\nIt was agreed that the depot be sold.');
    expect(rs.map((r) => [r.reference, r.outcome])).toEqual([
      ['CR2021-017', 'carried'],
      [null, 'agreed'],
    ]);
  });
  it('reads a "Moved:" printed empty with its name on a line below, and keeps the reference above the fields', async () => {
    const rs = await resolutionsOf('RESOLUTION  2019/15\n\nMoved:\nSeconded:  Cr Jeremy Harker\n\nHis Worship the Mayor Craig Little\n\nThat Council receives this report.\n\nCARRIED');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ text: 'That Council receives this report.', reference: '2019/15', outcome: 'carried', secondedBy: { name: 'Cr Jeremy Harker' } });
    expect(rs[0]!.movedBy?.name).toMatch(/Craig Little$/);
  });
  it('keeps a reference printed with a colon, and the outcome printed after the text as it is', async () => {
    const [r, ...more] = await resolutionsOf('Resolution 449/2019: That the council adopts the plan.\n\nCarried Unanimously, By All Members Present.');
    expect(more).toEqual([]);
    expect(r).toMatchObject({ reference: '449/2019', text: 'That the council adopts the plan.', outcome: 'carried', outcomeText: 'Carried Unanimously, By All Members Present' });
  });
  it('has no reference when none is printed', async () => {
    expect((await resolutionsOf('RESOLVED that the minutes be approved.'))[0]!.reference).toBeNull();
  });
});

describe('a subject\'s label run into the decision it heads', () => {
  it('is no part of the decision: "Payments for authorisation: Resolved to pay: …" (glentham)', async () => {
    const doc = await parseFile(join(import.meta.dirname, '..', '..', 'fixtures', 'questions11', 'glentham-pc-2023-01-26.txt'));
    const finance = doc.items.find((i) => i.number === '11')!;
    expect(finance.resolutions[0]?.text).toMatch(/^Resolved to pay: salary costs/);
  });
});

describe('decisions in prose a PDF laid out as a table', () => {
  it('reads a table whose every row break falls mid-sentence as a paragraph (heldout10 milburn)', async () => {
    const doc = await parseFile(join(import.meta.dirname, '..', '..', 'fixtures', 'heldout10', 'milburn-pc-2019-11-12.pdf'));
    const minutes = doc.items.find((i) => i.number === '19.11.03')!;
    expect(minutes.resolutions.map((r) => r.text)).toEqual(['All agreed this was a true record and were signed and approved.']);
  });
});

describe('motions whose parts the copy printed apart or ran together', () => {
  it('reads "X seconded, motion passed." as the seconder and outcome of the motion before it (heldout15 sherman)', async () => {
    const [r] = await resolutionsOf('Supervisor Kessler made a motion to add Clarke Lane to the town snowplowing route for the 2018-2019 season. Supervisor Lepper seconded, motion passed.');
    expect(r).toMatchObject({ text: 'to add Clarke Lane to the town snowplowing route for the 2018-2019 season.', movedBy: { name: 'Supervisor Kessler' }, secondedBy: { name: 'Supervisor Lepper' }, outcomeText: 'motion passed' });
  });
  it('reads the same in a list point (heldout15 sherman)', async () => {
    const [r] = await resolutionsOf('1. Adjournment – Supervisor Kessler made a motion to adjourn. Supervisor Lepper seconded, motion passed. Meeting adjourned at 11:05 AM');
    expect(r).toMatchObject({ text: 'to adjourn.', secondedBy: { name: 'Supervisor Lepper' }, outcomeText: 'motion passed' });
  });
  it('reads a motion after the phrase that sets its scene (heldout13 yakima)', async () => {
    const [r] = await resolutionsOf(
      'Referring to page 1 of the 1986 Budget Policy Issues /Decisions, dated November 14, 1985, it was MOVED by Foy, seconded by Buchanan, to adopt Item A to call for a RFP only for a fire station relocation study. Unanimously carried by voice vote.',
    );
    expect(r).toMatchObject({ text: 'to adopt Item A to call for a RFP only for a fire station relocation study.', movedBy: { name: 'Foy' }, secondedBy: { name: 'Buchanan' } });
  });
  it('reads "RESOLVED that" inside a run-together resolution block, with the movers before it (heldout13 south-west-oxford)', async () => {
    const [r] = await resolutionsOf('Resolution No. 2 Moved by Jim Pickard Seconded by George Klosler RESOLVED that Council adjourn in order that a Public Meeting may be held for a zone change application at 9:09 a.m.');
    expect(r).toMatchObject({ text: 'that Council adjourn in order that a Public Meeting may be held for a zone change application at 9:09 a.m.', outcome: 'resolved', outcomeText: 'RESOLVED', movedBy: { name: 'Jim Pickard' }, secondedBy: { name: 'George Klosler' } });
  });
  it('reads "RESOLUTION: That …" inside a sentence and the movers, outcome, reference and count run on after it (heldout4 etheridge)', async () => {
    const [r, ...rest] = await resolutionsOf(
      'General Meeting – Wednesday 19 April 2017 RESOLUTION: That the Minutes of the General Council Meeting held at Georgetown on Wednesday 19 April 2017 be confirmed. MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED RESOLUTION NO.2017/GM2012 5/0',
    );
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      text: 'That the Minutes of the General Council Meeting held at Georgetown on Wednesday 19 April 2017 be confirmed.',
      outcome: 'carried',
      outcomeText: 'CARRIED',
      reference: '2017/GM2012',
      movedBy: { name: 'Cr Barnes' },
      secondedBy: { name: 'Cr Bethel' },
      votes: { for: 5, against: 0, abstain: null },
    });
  });
  it('reads a mover named without a title moving to do something, and the outcome after (heldout17 port-of-alsea)', async () => {
    const [r] = await resolutionsOf('Power moved to approve the Consent Calendar. The motion passed 4-0.');
    expect(r).toMatchObject({ text: 'to approve the Consent Calendar.', movedBy: { name: 'Power' }, outcomeText: 'The motion passed 4-0' });
    expect(await resolutionsOf('The Chair moved to the next item.')).toEqual([]);
  });
  it('takes no title in capitals for a resolution\'s cue (heldout5 rolling-hills-estates)', async () => {
    expect(await resolutionsOf('M. ADOPTION OF RESOLUTION TO AUTHORIZE THE CONTINUED USE OF')).toEqual([]);
  });
});

describe('decisions after the phrase that sets their scene', () => {
  it('reads "Following a discussion, the Financial Report was accepted." as the decision, in minutes read as an agenda too (questions8 wheldrake)', async () => {
    const doc = await parseFile(join(import.meta.dirname, '..', '..', 'fixtures', 'questions8', 'wheldrake-pc-annual-parish-meeting-2016-05-17.txt'));
    const report = doc.items.find((i) => i.title === 'Financial Report')!;
    expect(report.resolutions.map((r) => r.text)).toEqual(['the Financial Report was accepted.']);
  });
});
