import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/services/ask/answer-question';
import type { Answer } from '../../../src/services/ask/answer-types';
import { useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/**
 * Questions about a report (paper) in the seed packs, each attribute asked several ways, through the
 * real understanding and answering path over the real stores.
 */
const seed = useSeedAskCatalogue();
const now = new Date('2020-01-02T10:00:00Z');

const ask = (text: string, memory?: Answer['memory']): Promise<Answer> =>
  answerQuestion(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London', ...(memory ? { memory } : {}) });
const all = (a: Answer) => [a.title, a.headline, ...a.facts.map((f) => `${f.title}: ${f.value}`), ...a.sections.flatMap((s) => [s.heading, ...(s.lines ?? [])]), ...a.sources].join('\n');

/** Each phrasing must give a report card whose headline holds every wanted text. */
async function expectHeadline(phrasings: string[], wanted: string[]): Promise<void> {
  for (const text of phrasings) {
    const a = await ask(text);
    expect(a.kind, text).toBe('passage');
    for (const w of wanted) expect(a.headline, `${text}\n${all(a)}`).toContain(w);
    expect(a.sources.join(' '), text).toMatch(/line \d+/);
  }
}

describe('report answers', () => {
  it('says who wrote a report, however it is asked', async () => {
    await expectHeadline(
      ['who wrote the HIF new routes to good growth report', 'who is the author of the HIF new routes to good growth report', 'HIF good growth report - author?', 'housing infrastructure fund report written by who'],
      ['was written by Dawn Hudd'],
    );
  });

  it('says who a report is from, apart from its authors', async () => {
    await expectHeadline(
      ['old vicarage addendum report - who is it from?', 'who is the old vicarage addendum report from', 'whose report is the old vicarage addendum'],
      ['is from Ian Sutherland', 'Jean Imray', 'James Williams'],
    );
    const a = await ask('who is the old vicarage addendum report from');
    expect(a.headline).not.toContain('Jackie Brown');
    expect(all(a)).toContain("Author: Jackie Brown, Head of Business Change (People) and ICT");
  });

  it('says who a report is from when the question ends in "from", however it names who', async () => {
    await expectHeadline(
      ['which director is the old vicarage addendum report from', 'old vicarage addendum report - which directors is it from?', 'what officers is the old vicarage addendum report from'],
      ['is from Ian Sutherland'],
    );
    // Chat after the "from" ("atm", "now", "pls") leaves it at the end.
    await expectHeadline(
      ['who is the old vicarage addendum report from atm', 'old vicarage addendum report - who is it from now?', 'who is the covid-19 response report to cabinet from pls'],
      ['is from'],
    );
  });

  it('knows a report by the title of the agenda item it stands under, not only its own heading', async () => {
    // Headed "HMIP Inspection of Youth Offending Team (YOT)"; Cabinet's agenda calls it "Outcome of HMIP Inspection of Youth Offending Team".
    await expectHeadline(['who wrote the yot inspection outcome report', 'outcome of the hmip inspection of the yot report - author?'], ['was written by Andrew Willetts']);
    expect(all(await ask('who wrote the yot inspection outcome report'))).toContain('Meeting: Cabinet, 9 June 2020');
  });

  it('gives who to contact about a report, with the phone and e-mail its contact block gives', async () => {
    await expectHeadline(
      ['lead officer contact for the covid-19 response report, phone number?', 'lead officer for the covid response report', "covid response report - who's the contact", 'who do i contact about the covid-19 response report', 'covid 19 response paper: email?'],
      ['Ruth Du-Lieu', '01634 333163', 'ruth.dulieu@medway.gov.uk'],
    );
    await expectHeadline(['phone number for the old vicarage addendum report', 'who do i ask about the old vicarage addendum report'], ['Jackie Brown', 'Andrew Willetts']);
    // "Contact officer" is the papers' own name for it, asked of a paper named loosely.
    await expectHeadline(["who's the contact officer on the yot inspection paper at cabinet in june", 'covid response report contact officer?'], ['The contact for']);
    // Asking whom to speak to is asking for the contact; who will speak to a report at a meeting is not.
    await expectHeadline(['who should i speak to about the covid response report', 'who can i talk to about the covid-19 response paper'], ['Ruth Du-Lieu', '01634 333163']);
    for (const text of ['who will speak to the covid-19 response report at cabinet', 'who did the yot speak to in the hmip inspection report']) {
      expect((await ask(text)).headline, text).not.toMatch(/^The contact for/);
    }
    // Any answer about the report shows its contact too.
    expect(all(await ask('who wrote the covid-19 response report'))).toContain('Contact: Ruth Du-Lieu, Assistant Director Front Line Services, tel 01634 333163');
  });

  it('says a report gives no contact where it gives none, and who it is by instead', async () => {
    await expectHeadline(['who is the contact for the youth justice plan 2019 - 2020 report'], ['gives no contact']);
  });

  it("gives a report's job-title-only author as the header gives it", async () => {
    await expectHeadline(['who wrote the care leavers accommodation report for the sept scrutiny', 'care leavers accommodation report - who is the author'], ['Senior Commissioning Officer']);
  });

  it("names a report's portfolio holder", async () => {
    await expectHeadline(
      ['who is the portfolio holder for the S75 better care fund report', 's75 bcf report - which cllr is the portfolio holder', 'better care fund report: portfolio holder?'],
      ['David Brake'],
    );
  });

  it('says whose decision a report is, and why it is taken as urgent, in its own words', async () => {
    await expectHeadline(
      ['better care fund s75 pooled budget - whose decision is it, exec or full council?', 'who decides on the s75 better care fund report', 'bcf s75 report: why was it treated as urgent?'],
      ['are a matter for Cabinet', 'Section 11 (Cases of Special Urgency)'],
    );
    await expectHeadline(['hif item taken in private - why couldn\'t it wait?', 'why was the HIF report taken as urgent'], ['for Cabinet determination', 'The next scheduled Cabinet meeting is due to take place on 7 July 2020']);
    await expectHeadline(['is the care leavers accommodation report open or exempt? is it an exec decision'], ['Classification: Open', 'This is not an executive decision']);
  });

  it('leaves whose decision a report is to the papers when the report says nothing of it', async () => {
    const a = await ask('whose decision is the old vicarage addendum report');
    // Not the report's card (titled with the report): the papers' answer, or an honest not-found.
    expect(['From the papers', 'Not found in the papers']).toContain(a.title);
  });

  // Words of the framework's subject, asked about in other senses, are not a question of whose decision it is.
  it.each([
    'what does the youth justice plan report say about full council',
    'what did the youth justice plan report say about the budget and policy framework',
    'when does the youth justice plan go to full council',
    'when is the new better care fund policy framework expected',
    'why is the exclusion of the press and public report exempt',
    'what does the covid-19 response report say about people who are exempt from shielding',
    'how many urgent cases does the covid-19 response report mention',
    'what is the classification of risks in the covid-19 response report',
    "who decides on placements at the old vicarage children's home",
    'what did the cabinet discuss in private about the hif report',
  ])('does not read "%s" as asking whose decision a report is', async (text) => {
    const a = await ask(text);
    expect(a.headline, text).not.toMatch(/Decision type:|is a matter for Cabinet|for Cabinet determination|does not say whose decision/);
  });

  it('says when and where a committee considers a report', async () => {
    await expectHeadline(['when will cyp o&s consider the HMIP yot inspection report', 'when is the hmip yot report going to cyp o&s'], ['23 July 2020']);
    await expectHeadline(['when did cabinet consider the covid-19 response report', 'which meeting is the covid-19 response report going to'], ['Cabinet', '9 June 2020']);
  });

  it('gives what the meeting is asked to do, the recommendation the question names first', async () => {
    await expectHeadline(
      ['what is the committee asked to approve for the child exploitation task and finish group', 'committee being asked to approve what for the child exploitation task & finish group?'],
      ['terms of reference', 'child exploitation task and finish group', 'chairperson'],
    );
    await expectHeadline(['what is cabinet asked to agree in the better care fund s75 report', 'recommendations of the better care fund report'], ['S75']);
    const a = await ask('recommendations of the HIF report');
    expect(a.sections.find((s) => s.heading === 'Recommendations')?.lines).toHaveLength(2);
  });

  it('says what a report is about, in its own words', async () => {
    await expectHeadline(
      ['what is the s75 better care fund report about', "what's the better care fund s75 report about?", 'summary of the better care fund s75 report', 'purpose of the s75 bcf report'],
      ['This report seeks approval for the Better Care Fund S75 agreement'],
    );
  });

  it('leaves "what did the report say about X" to the papers: X is what is asked about, not the report', async () => {
    const a = await ask('what did the s75 better care fund report say about the coronavirus funding');
    expect(a.headline).not.toContain('This report seeks approval for the Better Care Fund S75 agreement');
  });

  it('gives the page a heading of a report is on, as its contents table numbers it', async () => {
    await expectHeadline(['what page of the hmip report is the information and facilities section on', 'hmip report - which page is information and facilities on?'], ['page 23']);
    await expectHeadline(['hmip report - which page is 2.3 implementation and delivery (court disposals) on?', 'what page is 2.3 implementation and delivery on in the hmip report'], ['page 30']);
  });

  it("leaves a whole report's pages to its agenda item, even when a heading shares the title's words", async () => {
    const a = await ask("agenda pages for the 'ways forward for children's services' report at cabinet jan 2020");
    expect(all(a)).toMatch(/9[–-]102/);
    expect(a.kind).not.toBe('ask-back');
    const staffing = await ask('ways forward for childrens services report - which page is the staffing section on');
    expect(staffing.headline).toContain('page 33');
  });

  it("gives a report's pages when the report, not the agenda, is asked about", async () => {
    await expectHeadline(['what pages is the covid response report on', 'covid-19 response report pages', 'covid response paper - which pages?'], ['pages 3–22']);
  });

  // The item is the agenda's own number for the report: the item of its meeting starting on its first page.
  it("says which agenda item a report is, with its pages, however the agenda is named", async () => {
    await expectHeadline(
      ['which item is the hoo peninsula HIF report at cabinet', 'what item number is the HIF report on the cabinet agenda', 'HIF new routes to good growth paper - which agenda item?'],
      ['is item 8 on the agenda of the Cabinet, 9 June 2020', 'pages 129–134'],
    );
    await expectHeadline(['which agenda item is the s75 report', 'what pages is the s75 better care fund report on'], ['item 7 on the agenda of the Cabinet', 'pages 99–128']);
  });

  // "Item" is also a part of a report or a numbered point, and "items" the agenda's list: not where a report stands.
  it.each(['which item in the covid response report is about PPE', 'item number 3 of the covid response report', 'what items on the cabinet agenda are about covid'])(
    'does not read "%s" as asking which agenda item a report is',
    async (text) => {
      expect((await ask(text)).headline).not.toMatch(/is item \d+ on the agenda/);
    },
  );

  // "In the cabinet pack", "in the papers" say where the report is, not that the papers are to be searched.
  it("gives a report's pages when the question says which pack it is in", async () => {
    await expectHeadline(
      ['what pages is the yot report on in the cabinet pack', 'which pages in the cabinet papers is the hmip yot report', 'pages for the yot inspection report in the pack pls'],
      ['pages 23–98'],
    );
  });

  it('asks back when two headings of a report are named equally', async () => {
    const a = await ask('hmip report - which page is assessment on');
    expect(a.kind).toBe('ask-back');
    expect(a.choices.map((c) => c.label).join(' | ')).toMatch(/2\.1\. Assessment.*\| .*3\.1\. Assessment|3\.1\. Assessment.*\| .*2\.1\. Assessment/);
  });

  // A subsection is named with its heading ("1.2. Staff (1. Organisational delivery)"): the heading's
  // words name the heading, not a choice between it and each section under it.
  it('gives the heading a question names, not a choice between it and the sections under it', async () => {
    await expectHeadline(
      ['which page of the hmip report is the organisational delivery section on', 'hmip report - what page is organisational delivery on?'],
      ['"1. Organisational delivery" is on page 14'],
    );
  });

  it('keeps the report as the subject of a follow-up that names none', async () => {
    const first = await ask('who wrote the HIF new routes to good growth report');
    expect(first.memory?.subject).toEqual({ kind: 'report', id: expect.stringContaining('housing-infrastructure-fund') });
    const follow = async (text: string) => (await ask(text, first.memory)).headline;
    expect(await follow('and who is the portfolio holder?')).toContain('Alan Jarrett');
    expect(await follow('who wrote it')).toContain('Dawn Hudd');
    expect(await follow('and what is the purpose of it?')).toContain("This report provides an update on the progress of Medway's Housing Infrastructure Fund");
    expect(await follow('what is cabinet asked to agree')).toContain('compulsory acquisition powers');
  });

  it('names a report by the role of who it is by, as its header gives it', async () => {
    const a = await ask('what is the senior commissioning officer report about');
    expect(a.kind).toBe('passage');
    expect(a.title).toBe('Accommodation based support service for care leavers');
    // A portfolio holder's own report (its header names no one else) is theirs: "the lead member's report".
    for (const text of ['who is the lead member report from', "who is the lead member's report from"]) {
      expect((await ask(text)).title, text).toBe("Attendance of the Portfolio Holder for Children's Services (Lead Member)");
    }
  });

  it('asks which report when several are from the role named, offering each', async () => {
    const a = await ask('who wrote the director of public health report');
    expect(a.kind).toBe('ask-back');
    const fromDph = (seed.catalogue.index.data.reports ?? []).filter((r) => r.people.some((p) => p.as === 'report-from' && p.role === 'Director of Public Health'));
    expect(fromDph.length).toBeGreaterThan(1);
    for (const report of fromDph) expect(a.choices.map((c) => c.label)).toContain(`${report.title} (${report.body}, ${report.date})`);
  });

  it("takes a role no report's header gives for no report, however like a header's word it is", async () => {
    // "Commissioning" (the care leavers report's author) is not "commissioner".
    for (const text of ["who wrote the commissioner's report", 'what is the commissioner report about']) {
      expect((await ask(text)).title, text).not.toBe('Accommodation based support service for care leavers');
    }
  });

  it('leaves common question words to other answers when no report is meant', async () => {
    for (const text of ['when did the regional adoption agency launch', "who's the lead member for childrens services in medway", 'could hereford council just decline to endorse the youth justice plan?']) {
      const a = await ask(text);
      expect(a.title, text).not.toMatch(/Addendum Report|Youth Justice Plan 2019 - 2020$/);
    }
  });
});
