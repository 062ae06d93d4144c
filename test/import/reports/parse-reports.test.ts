import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/domain/model';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { parseReports } from '../../../src/import/packs/reports/parse-reports';
import { readReportContacts } from '../../../src/import/packs/reports/report-contacts';
import type { PackText } from '../../../src/import/packs/types';
import { seedPack } from '../text/seed-packs';

function reportsOf(prefix: string): Report[] {
  return parseReports(seedPack(prefix)).reports ?? [];
}

function reportTitled(prefix: string, title: string): Report {
  const found = reportsOf(prefix).find((r) => r.title.startsWith(title));
  if (!found) throw new Error(`no report "${title}" in pack ${prefix}`);
  return found;
}

/** A made-up report's first lines: its meeting, date and title. */
const madeUpHeader = ['CABINET', '', '14 JANUARY 2020', '', 'FOSTERING ALLOWANCES REVIEW', ''];
/** Its summary, after the people its header names. */
const madeUpSummary = ['', 'Summary', '', 'This report sets out the review of fostering allowances.', ''];

describe('parseReports on the seed packs', () => {
  it('finds one report per report header, not the minutes, each with its meeting', () => {
    expect(reportsOf('004').map((r) => [r.title, r.body, r.date])).toEqual([
      ["Review of the Old Vicarage Children's Home Provision – Addendum Report", 'Cabinet', '2020-01-14'],
      ['Kent, Bexley and Medway Regional Adoption Agency (RAA) – Addendum Report', 'Cabinet', '2020-01-14'],
      ["Report from the Minister of State for Children and Families on Ways Forward for Children's Services in Medway", 'Cabinet', '2020-01-14'],
    ]);
    expect(reportsOf('002').map((r) => r.title)).not.toContain('Minutes');
    expect(reportTitled('004', 'Review of the Old Vicarage').meetingId).toBe('medway/cabinet/2020-01-14');
  });

  it('gives each person of a Medway header the part the header gives them, in order', () => {
    const report = reportTitled('004', 'Review of the Old Vicarage');
    expect(report.people.map((p) => [p.as, p.name, p.role, p.line])).toEqual([
      ['portfolio-holder', 'Josie Iles', "Portfolio Holder for Children's Services (Lead Member)", 49],
      ['report-from', 'Ian Sutherland', 'Director of People – Children & Adults Services', 50],
      ['report-from', 'Jean Imray', "Interim Assistant Director, Children's Social Care", 51],
      ['report-from', 'James Williams', 'Director of Public Health', 52],
      ['author', 'Jackie Brown', 'Head of Business Change (People) and ICT', 53],
      ['author', 'Andrew Willetts', "Head of Children's Partnership Commissioning", 54],
    ]);
  });

  it('reads "Report from/ Author" as both, and a Herefordshire "Report by" row that gives only a job title', () => {
    const exclusion = reportTitled('000', 'Exclusion of the Press');
    expect(exclusion.people.filter((p) => p.name === 'Perry Holmes').map((p) => p.as)).toEqual(['report-from', 'author']);
    const care = reportTitled('002', 'Accommodation based support service');
    expect(care.people).toEqual([{ name: 'Senior Commissioning Officer', as: 'author', line: 198 }]);
  });

  it("reads who to contact about a report from its contact block, with the phone and e-mail it gives", () => {
    expect(reportTitled('000', 'COVID-19 Response').contacts).toEqual([
      { name: 'Ruth Du-Lieu', role: 'Assistant Director Front Line Services', phone: '01634 333163', email: 'ruth.dulieu@medway.gov.uk', line: 372 },
    ]);
    // Name, role and address on lines of their own; details after blank lines; two people in one block.
    expect(reportTitled('000', 'HMIP Inspection').contacts?.map((c) => [c.name, c.role, c.phone])).toEqual([
      ['Andrew Willetts', 'Head of Partnership Commissioning, Resources and Youth Justice', '01634 338197'],
    ]);
    expect(reportTitled('000', 'Exclusion of the Press').contacts?.map((c) => [c.name, c.phone, c.email])).toEqual([['Perry Holmes', '01634 332133', 'perry.holmes@medway.gov.uk']]);
    expect(reportTitled('004', 'Review of the Old Vicarage').contacts?.map((c) => [c.name, c.email, c.phone])).toEqual([
      ['Jackie Brown', 'jackie.brown@medway.gov.uk', undefined],
      ['Andrew Willetts', 'andrew.willetts@medway.gov.uk', undefined],
    ]);
  });

  it("reads Herefordshire's page footer as the contact, once, and gives none where a report names none", () => {
    expect(reportTitled('002', 'Accommodation based support service').contacts).toEqual([{ name: 'Amy Whiles', phone: '01432 261920', email: 'awhiles@herefordshire.gov.uk', line: 343 }]);
    expect(reportTitled('002', 'Youth Justice Plan').contacts).toBeUndefined();
    expect(reportTitled('004', 'Report from the Minister').contacts).toBeUndefined();
  });

  it('does not take a title that starts "Report from" for a header label', () => {
    const ways = reportTitled('004', 'Report from the Minister');
    expect(ways.people.map((p) => p.name)).toEqual(['Josie Iles', 'Ian Sutherland', 'Jackie Brown', 'Sue Brunton-Reed']);
  });

  it('keeps the summary verbatim, under "Summary" or "Purpose and summary"', () => {
    expect(reportTitled('004', 'Review of the Old Vicarage').purpose?.text).toMatch(
      /^This report was considered by the Children and Young People Overview and Scrutiny Committee on 9 January 2020\. This addendum report sets out the draft comments/,
    );
    const plan = reportTitled('002', 'Youth Justice Plan');
    expect(plan.purpose?.text).toMatch(/^To /);
  });

  it('reads each recommendation, joining one a page break cut to the rest of it on the next page', () => {
    const work = reportTitled('002', 'Work programme 2019 - 2020');
    expect(work.recommendations.map((r) => r.text.slice(0, 4))).toEqual(['(a) ', '(b) ', '(c) ']);
    const last = work.recommendations[2]!;
    expect(last.text).toBe(
      '(c) the committee approves the draft terms of reference (appendix f) for the child exploitation task and finish group, its membership (including any co-optees) and the appointment of a chairperson',
    );
    expect(last.lineEnd).toBeGreaterThan(last.lineStart);
  });

  it('stops the recommendations at the next section and at a table after them', () => {
    expect(reportTitled('000', 'COVID-19 Response').recommendations.map((r) => r.text.slice(0, 4))).toEqual(['17.1', '17.2']);
    expect(reportTitled('000', 'Exclusion of the Press').recommendations.every((r) => /^1\.\d/.test(r.text))).toBe(true);
  });

  it('reads whose decision a report is: the first items of its budget and policy framework, verbatim', () => {
    const hif = reportTitled('000', 'Housing Infrastructure Fund');
    expect(hif.framework?.map((f) => f.text.slice(0, 4))).toEqual(['1.1 ', '1.2 ']);
    expect(hif.framework?.[0]?.text).toContain('are for Cabinet determination');
    // Why it is urgent, a page break or not: the item whole, to its last sentence.
    expect(hif.framework?.[1]?.text).toMatch(/The next scheduled Cabinet meeting is due to take place on 7 July 2020\.$/);
    // A funding table under an item is passed over: the item after it, saying why the report is urgent, is read.
    const hmip = reportTitled('000', 'HMIP Inspection');
    expect(hmip.framework?.map((f) => f.text.slice(0, 5))).toEqual(['1.1. ', '1.2. ', '1.3. ', '1.4. ']);
    expect(hmip.framework?.[3]?.text).toContain('accept this report as urgent');
    expect(hmip.framework?.some((f) => /£|OPCC/.test(f.text))).toBe(false);
  });

  it('reads a framework section across a page break, with items indented under one, to the section after it', () => {
    const text = [
      ...madeUpHeader,
      'Report from: John Brown, Director of People',
      ...madeUpSummary,
      '## 1. Budget and policy framework',
      '',
      '- 1.1 The allowances are a matter for Cabinet, which',
      '',
      '---',
      'Page 12',
      '',
      'may agree them within the budget.',
      '- 1.2 The review covered:',
      '  - carers of children under 5',
      '  - carers of children over 11',
      'Agency\tAmount',
      'Health\t£5,000',
      '- 1.3 This report is urgent because the new rates start in April.',
      '2. Background:',
      '- 2.1 Allowances were last reviewed in 2015.',
    ].join('\n');
    const [report] = parseReports(buildPackText('900_test.txt', text)).reports!;
    expect(report!.framework?.map((f) => f.text)).toEqual([
      '1.1 The allowances are a matter for Cabinet, which may agree them within the budget.',
      '1.2 The review covered: carers of children under 5 carers of children over 11',
      '1.3 This report is urgent because the new rates start in April.',
    ]);
  });

  it("reads a Herefordshire report's classification and decision type, each with its heading", () => {
    expect(reportTitled('002', 'Accommodation based support service').framework?.map((f) => f.text)).toEqual([
      'Classification: Open',
      'Decision type: This is not an executive decision.',
    ]);
    // A report with neither section has none.
    expect(reportTitled('004', 'Review of the Old Vicarage').framework).toBeUndefined();
  });

  it("gives a report its agenda item's pages, and the headings its contents table gives with their pages", () => {
    const hmip = reportTitled('000', 'HMIP Inspection');
    expect(hmip.pages).toEqual({ from: 23, to: 98 });
    const section = hmip.sections.find((s) => s.heading === '2.3. Implementation and delivery');
    expect(section).toMatchObject({ parent: '2. Court disposals', page: 30 });
    expect(hmip.sections.find((s) => s.heading === '1.4. Information and facilities')?.page).toBe(23);
  });

  it('reads a contents table set out with tabs under its "Contents" heading, dot leaders dropped', () => {
    const ways = reportTitled('004', 'Report from the Minister');
    expect(ways.sections.find((s) => s.heading === '14. Staffing')).toMatchObject({ page: 33, line: 308 });
    const bcf = reportTitled('000', 'S75 Update');
    expect(bcf.sections.find((s) => s.page === 8)?.heading).toBe('Progress to date');
  });

  it('reads a pack of its own the same way (a header, its people, a recommendation)', () => {
    const text = [
      ...madeUpHeader,
      'Portfolio Holder: Councillor Jane Smith, Portfolio Holder for Children',
      'Report from: John Brown, Director of People',
      'Author: Sam Green, Head of Fostering',
      ...madeUpSummary,
      '## 1. Budget and policy framework',
      '',
      '- 1.1 This is a matter for Cabinet.',
      '',
      '## 2. Recommendations',
      '',
      '- 2.1 The Cabinet is asked to agree the new allowances.',
      '',
      '## 3. Suggested reasons for decisions',
    ].join('\n');
    const [report] = parseReports(buildPackText('900_test.txt', text)).reports!;
    expect(report).toMatchObject({ title: 'Fostering Allowances Review', body: 'Cabinet', date: '2020-01-14' });
    expect(report!.people.map((p) => `${p.as}: ${p.name}`)).toEqual(['portfolio-holder: Jane Smith', 'report-from: John Brown', 'author: Sam Green']);
    expect(report!.purpose?.text).toBe('This report sets out the review of fostering allowances.');
    expect(report!.recommendations.map((r) => r.text)).toEqual(['2.1 The Cabinet is asked to agree the new allowances.']);
    expect(report!.framework?.map((f) => f.text)).toEqual(['1.1 This is a matter for Cabinet.']);
  });
});

describe('readReportContacts on a made-up block', () => {
  const packOf = (text: string): PackText => ({ documentId: 'd', fileName: 'd.txt', lines: text.split('\n'), council: 'Medway', pageOfLine: () => undefined });

  it('takes no name-like heading without a phone or e-mail for a contact, and no sentence for a role', () => {
    const lines = [
      'Lead officer contact',
      '',
      'Jo Bloggs',
      'Head of Widgets',
      'Tel: 01634 333000',
      '',
      'Background Papers',
      '',
      'Further information on the subject of this report is available from',
      'Sam Smith',
      'The committee will consider the wider programme of work in the next municipal year and beyond it.',
      'email: sam.smith@example.gov.uk',
    ];
    expect(readReportContacts(packOf(lines.join('\n')), 1, lines.length)).toEqual([
      { name: 'Jo Bloggs', role: 'Head of Widgets', phone: '01634 333000', line: 3 },
      { name: 'Sam Smith', email: 'sam.smith@example.gov.uk', line: 10 },
    ]);
  });
});
