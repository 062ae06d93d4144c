import { describe, expect, it } from 'vitest';
import { chunkPage, isHeading } from '../../../src/services/ask/passage-chunks';
import { splitSentences } from '../../../src/services/ask/passage-reading';
import { compactness } from '../../../src/services/ask/passage-score';
import { heaviest } from '../../../src/services/ask/passage-search';
import { amountPositions, dateStrength, holdsAmount, holdsWanted, numbered } from '../../../src/services/ask/passage-wanted';
import { nameTerms } from '../../../src/nlu/text';

/** The pieces of the papers search that need no catalogue: cutting pages, reading figures and dates. */

describe('cutting a page into passages', () => {
  it('groups a table whose column headings come before its first group, and leads each group by both', () => {
    const item = (title: string) =>
      `${title}\tTo consider a report on ${title.toLowerCase()} and make recommendations to the executive on what it finds, having heard from the officers and the cabinet member.\tMatthew Evans`;
    const page = [
      'Item\tDescription\tReport Author',
      'Meeting date: 16 September 2019\tDespatch: 6 September',
      item('Youth Justice Plan'),
      item('Corporate Parenting Strategy annual report'),
      item('Adoption Service and Fostering Service annual reports'),
      'Meeting date: 25 November 2019\tDespatch: 15 November',
      item('Care leavers accommodation'),
      item('Young Carers Service'),
      'Meeting date: 16 March 2020\tDespatch: 6 March',
      item('School Examination Performance'),
    ].join('\n');
    const { chunks } = chunkPage(page);
    const lead = (title: string) => chunks.find((c) => c.text.includes(`${title} |`))!.text.split('\n').slice(0, 2);
    expect(lead('Care leavers accommodation')).toEqual(['Item | Description | Report Author', 'Meeting date: 25 November 2019 | Despatch: 6 November'.replace('6 November', '15 November')]);
    expect(lead('School Examination Performance')[1]).toMatch(/^Meeting date: 16 March 2020/);
  });

  it('reads a note repeated in a table as a note, not as a group of its own', () => {
    const row = (n: number) => `Service ${n}\t${n * 100}\t${n * 110}\tSpending on service ${n} rose with demand over the year, as forecast in the budget agreed by the council in February, and is expected to rise again.`;
    const page = ['Note: figures in £000s\t\t\t', row(1), row(2), row(3), row(4), 'Note: excludes schools\t\t\t', row(5), row(6), row(7), row(8)].join('\n');
    const { chunks } = chunkPage(page);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.text.split('\n')[0]).toBe('Note: figures in £000s');
  });

  it("leads a plan's action rows by their own priority's row, numbered as the plan numbers it", () => {
    // 004:1080-1200: the Medway action plan's table, one priority row (and its lead) above each priority's actions.
    const action = (ref: string, text: string) => `${ref}\t3\t${text}, reviewed each quarter by the improvement board with partners\tHead of Service\tMarch 2020\tAudit of case files`;
    const page = [
      'Priority 1: Quality and effectiveness of our practice\tLead: Assistant Director',
      action('1.1', 'Work with partners to improve quality of referral information'),
      action('1.2', 'Develop a suite of risk assessment tools'),
      action('1.3', 'Refresh and relaunch the expectation for core social work skills'),
      'Priority 2: Capacity and capability of our workforce\tLead: Assistant Director / Lisa Morgan',
      action('2.1', 'Appoint a project team to lead the recruitment campaign'),
      action('2.2', 'Implement a process for exit interviews'),
      action('2.3', 'Develop a career pathway for social workers'),
    ].join('\n');
    const { chunks } = chunkPage(page);
    expect(chunks.length).toBeGreaterThan(1);
    const led = (ref: string) => chunks.find((c) => c.text.includes(`\n${ref} | `))!.text.split('\n')[0];
    expect(led('2.1')).toBe('Priority 2: Capacity and capability of our workforce | Lead: Assistant Director / Lisa Morgan');
    expect(led('2.3')).toMatch(/^Priority 2:/);
    expect(led('1.2')).toMatch(/^Priority 1:/);
  });

  it.each([
    ['a recommendation by its number', (n: number) => `Recommendation No. ${n} | That the executive reviews the way it reports progress on item ${n}`],
    ['a recommendation by its letter', (n: number) => `Recommendation ${'ABC'[n - 1]} (ii) | The T+F group welcomes the approach taken on item ${n}`],
    ['a key and its value alone', (n: number) => `Priority Area | ${['OUR PEOPLE', 'OUR PARTNERSHIPS', 'OUR GOVERNANCE'][n - 1]}`],
  ])('cuts a table at each row opening a group as its first row does: %s', (_, groupRow) => {
    // 002:898-910 and 002:1558-1700: a plan's priority areas, an executive's responses to recommendations.
    const row = (n: number, k: number) => `Executive Response | The executive accepts this in full and officer ${k} will report on group ${n} to the committee within the year.`;
    const page = [1, 2, 3].flatMap((n) => [groupRow(n), row(n, 1), row(n, 2), row(n, 3)]).map((r) => r.replace(/ \| /g, '\t')).join('\n');
    const { chunks } = chunkPage(page);
    expect(chunks.length).toBeGreaterThan(1);
    for (const n of [1, 2, 3]) {
      const of = chunks.filter((c) => c.text.includes(`group ${n} `));
      expect(of.length).toBeGreaterThan(0);
      for (const c of of) expect(c.text.split('\n')[0]).toBe(groupRow(n));
    }
  });

  it('reads a plain line after a colon as what the colon introduces, and a post with the name under it as a signature', () => {
    // 000:2131-2146: the Better Care Fund plan's sign-off, then the next section.
    const page = [
      '### Introduction',
      'The plan has been signed off by:',
      'The Accountable Officer for Medway CCG:',
      'Caroline Selkirk',
      "The Director of Children's and Adults' Services:",
      'Ian Sutherland',
      "The Lead Member for Children's and Adults' Services (Medway Council)",
      'Chair of the Medway Health and Wellbeing Board',
      'Cllr David Brake',
      '## What is the local vision and approach?',
      'Medway Council and Medway CCG have a strong track record of joint working.',
    ].join('\n\n');
    const { chunks } = chunkPage(page);
    expect(chunks.map((c) => c.heading)).toEqual(['Introduction', 'Introduction', 'What is the local vision and approach?']);
    expect(chunks[0]!.text).toContain('The Accountable Officer for Medway CCG:\nCaroline Selkirk');
    expect(chunks[1]!.text).toBe('Chair of the Medway Health and Wellbeing Board\nCllr David Brake');
  });

  it("reads a committee's members, a councillor to a line, as its membership's text, not as headings", () => {
    // 002:1-30: the agenda's front sheet.
    const page = ['### Membership', 'Chairperson Councillor Carole Gandy', 'Councillor Paul Andrews', 'Councillor Kath Hey', 'Councillor Jim Kenyon', 'Co-optees Pat Burbidge Education Representative'].join('\n\n');
    const { chunks } = chunkPage(page);
    expect(chunks.map((c) => c.heading)).toEqual(['Membership']);
    expect(chunks[0]!.text.split('\n')).toContain('Councillor Kath Hey');
  });

  it('keeps a post, a name or a line after a colon as the heading of the prose under it', () => {
    const cut = (lines: string[]) => chunkPage(lines.join('\n\n')).chunks;
    const holding = (lines: string[], text: string) => cut(lines).find((c) => c.text.includes(text));
    expect(holding(['## Report', 'Background papers:', 'Financial Implications', 'The cost of the scheme is £2m, met from reserves.'], '£2m')?.heading).toBe('Financial Implications');
    expect(holding(['## Schools', 'Intro text.', 'Sir John Cass School', 'The school was judged good at its last inspection in March 2019 by Ofsted.'], 'judged good')?.heading).toBe('Sir John Cass School');
    const foreword = holding(['## Annual report', 'Intro text.', 'Director of Public Health', 'Dr Jane Smith', 'This year the health of our residents has improved in many ways and I am pleased to present it.'], 'This year');
    expect(foreword?.text).not.toContain('Intro text.');
  });

  it('keeps a name signed above its post as the text of the section it closes', () => {
    const chunks = chunkPage(['## Plan', 'The plan was agreed by the board at its meeting in September.', 'Cllr David Brake', 'Chair of the Medway Health and Wellbeing Board', '## Next section', 'Text of the next section, in a sentence.'].join('\n\n')).chunks;
    expect(chunks.find((c) => c.text.includes('Chair of the Medway'))?.text).toContain('Cllr David Brake\nChair of the Medway Health and Wellbeing Board');
  });

  it.each(['Cllr D Brake', 'Dr J. Smith', 'Councillor Diana Toynbee (vice-chairperson)'])('reads "%s" as a name', (name) => {
    const chunks = chunkPage(['## Present', 'Councillor Carole Gandy (chairperson)', name, 'Councillor Paul Andrews'].join('\n\n')).chunks;
    expect(chunks.map((c) => c.heading)).toEqual(['Present']);
    expect(chunks[0]!.text).toContain(name);
  });

  it('keeps a short line after a sentence, and a bold line after a colon, as headings', () => {
    const page = ['The committee agreed the report.', 'Background', 'The council consulted in the spring.', 'The options were:', '**Option appraisal**', 'Three options were weighed.'].join('\n\n');
    expect(chunkPage(page).chunks.map((c) => c.heading)).toEqual(['', 'Background', 'Option appraisal']);
  });

  it("leads a grouped table's rows by their own group's row, not the first group's", () => {
    // 002:1522-1544: a committee's work programme, its items grouped under "Meeting date:" rows.
    const item = (title: string, author: string) => `${title}\tTo consider a report on ${title.toLowerCase()} and make recommendations to the executive on what it finds.\t${author}\tPerformance review`;
    const page = [
      '### Work Programme 2019/20',
      'Meeting date: 15 July 2019 – 1.00 p.m.\t\tDespatch: 5 July\t',
      'Item\tDescription\tReport Author\tForm of Scrutiny',
      item('Corporate Parenting Strategy annual report', 'Gill Cox'),
      item('Adoption Service and Fostering Service annual reports', 'Gill Cox'),
      item('Work Programme 2019/20', 'Matthew Evans'),
      item('Accommodation based support service for care leavers', 'Amy Whiles'),
      'Meeting date: 25 November 2019 – 10.15 a.m.\t\tDespatch: 15 November\t',
      item('Update on looked after children cost reduction', 'Liz Elgar'),
      item('Young Carers Service', 'Nicky Turvey'),
      'Meeting date: 16 March 2020 – 10.15 a.m.\t\tDespatch: 6 March\t',
    ].join('\n');
    const { chunks } = chunkPage(page);
    // Longer than one passage holds: cut into runs of rows.
    expect(chunks.length).toBeGreaterThan(1);
    const of = (title: string) => chunks.find((c) => c.text.includes(title))!.text.split('\n')[0];
    expect(of('Update on looked after children cost reduction')).toMatch(/^Meeting date: 25 November 2019/);
    expect(of('Young Carers Service')).toMatch(/^Meeting date: 25 November 2019/);
    expect(of('Corporate Parenting Strategy')).toMatch(/^Meeting date: 15 July 2019/);
    expect(chunks.some((c) => c.text.includes('16 March 2020'))).toBe(true);
    expect(chunks.filter((c) => c.text.includes('15 July 2019') && c.text.includes('cost reduction'))).toEqual([]);
  });

  it('keeps bold lines no text follows (a signature) as the text of the section they close', () => {
    // 002:728-742: the Youth Justice Plan's approval, signed by the board's chair, then the next section.
    const page = [
      '### 1.1 Approval of the Plan',
      'This plan was approved at the West Mercia Youth Justice Service Management Board held on 24th May 2019.',
      'Signed:',
      'Date: 24th May 2019',
      '**Karen Bradshaw**',
      '**Chair – West Mercia Youth Justice Service Management Board**',
      '## 2.0 Review of 2018/19',
      'The service was delivered across four local authorities in 2018/19, as before.',
    ].join('\n');
    const { chunks } = chunkPage(page);
    expect(chunks.map((c) => c.heading)).toEqual(['1.1 Approval of the Plan', '2.0 Review of 2018/19']);
    expect(chunks[0]!.text.split('\n').slice(-2)).toEqual(['Karen Bradshaw', 'Chair – West Mercia Youth Justice Service Management Board']);
  });

  it('keeps a lone bold heading as a heading, and a heading after a signature as one', () => {
    const lone = chunkPage(['## Summary', 'The summary of the report, in a sentence.', '**Recommendations**', '### 2. Background', 'The background, in a sentence.'].join('\n')).chunks;
    expect(lone.map((c) => c.text)).toEqual(['The summary of the report, in a sentence.', 'The background, in a sentence.']);
    const signed = chunkPage(['**Karen Bradshaw**', '**Chair – Youth Justice Board**', 'Introduction', 'The plan sets out our priorities for the year ahead.'].join('\n')).chunks;
    expect(signed.map((c) => [c.heading, c.text])).toEqual([
      ['', 'Karen Bradshaw\nChair – Youth Justice Board'],
      ['Introduction', 'The plan sets out our priorities for the year ahead.'],
    ]);
  });

  it('reads a form\'s bold labels as headings and the short line under each as its value, not a heading of its own', () => {
    // 002:398-420: an equality impact assessment's general information.
    const page = ['### A) General Information', '**Directorate or organisation responsible**', 'Children and Families', '**Date of assessment**', '9th August 2019', '**Page**', '12'].join('\n');
    const { chunks } = chunkPage(page);
    expect(chunks.map((c) => [c.heading, c.text, c.value])).toEqual([
      ['Directorate or organisation responsible', 'Children and Families', true],
      ['Date of assessment', '9th August 2019', true],
      // A bare figure under a bold line is more often a page number: nothing marks it as a value.
      ['Page', '12', undefined],
    ]);
  });

  it('keeps a table whole with the line that introduces it, mending a paragraph the layout broke', () => {
    const page = [
      '#### **1. Budget and policy framework**',
      '',
      '- 1.3. The YOT responsibilities are funded through contributions from the statutory partner agencies. The',
      '',
      'table below outlines the current funding from each of the partner agencies.',
      '',
      '<b>Delegated Funds</b>\t<b>Amount</b>',
      'YJB\t£304,366',
      '<b>Total</b>\t<b>£611,589</b>',
    ].join('\n');
    const { chunks } = chunkPage(page);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.heading).toBe('1. Budget and policy framework');
    expect(chunks[0]!.text).toContain('partner agencies. The table below outlines');
    expect(chunks[0]!.text).toContain('YJB | £304,366');
    expect(chunks[0]!.text).toContain('Total | £611,589');
  });

  it('reads a table past the page footer that splits it, to its Total row (the care-leaver costs, 002:336-348)', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync('seeds/packs/002_c981c68784b9b68c.txt', 'utf8').split('\n').slice(335, 348).join('\n');
    const { chunks } = chunkPage(page);
    const table = chunks.find((c) => c.text.includes('Sub total (potential cost avoidance over 5 years for 5 young people'))!;
    expect(table.text).toContain('TOTAL POTENTIAL COST AVOIDANCE OVER 5 YEARS | 000 | 329 | 329 | 987 | 1,645');
    expect(table.text).not.toContain('Further information');
    expect(chunks.some((c) => c.text.startsWith('Further information on the subject of this report'))).toBe(true);
  });

  it('joins short paragraphs to the next until long enough, keeps a long one alone, and starts again under a heading', () => {
    const long = (n: string) => `- ${n} ${'The inspection found that practice had improved across the service. '.repeat(4).trim()}`;
    const page = ['2. Background', '', '- 1.1 Short one.', '- 1.2 Short two.', '', long('2.1'), '', long('2.2'), '', 'Key data', 'Caseload | 73'].join('\n');
    const { chunks, heading } = chunkPage(page);
    expect(chunks.map((c) => c.text.slice(0, 7))).toEqual(['- 1.1 S', '- 2.2 T', 'Caseloa']);
    expect(chunks[0]!.text).toContain(long('2.1'));
    expect(chunks.map((c) => c.heading)).toEqual(['2. Background', '2. Background', 'Key data']);
    expect(heading).toBe('Key data');
  });

  it('keeps the numbered headings a section sits under, across pages, "3.1" under "3" and an unnumbered one under both', () => {
    const para = (n: string) => `${n} ${'The inspectors looked at a sample of cases across the service. '.repeat(4).trim()}`;
    const first = chunkPage(['### 2. Court disposals', para('A'), '**2.1. Assessment**', para('B')].join('\n'));
    expect(first.chunks.map((c) => c.parents)).toEqual(['', '2. Court disposals']);
    const next = chunkPage(['### **Does assessment keep the child safe?**', para('C'), '### 3. Out-of-court disposals', para('D'), '**3.1. Assessment**', para('E')].join('\n'), first.heading, first.outline);
    expect(next.chunks.map((c) => [c.heading, c.parents])).toEqual([
      ['Does assessment keep the child safe?', '2. Court disposals / 2.1. Assessment'],
      ['3. Out-of-court disposals', ''],
      ['3.1. Assessment', '3. Out-of-court disposals'],
    ]);
    // A page that opens inside a section carries the outline it started under.
    expect(chunkPage(para('F'), next.heading, next.outline).chunks[0]!.parents).toBe('3. Out-of-court disposals');
  });

  it('keeps the marked-up headings a section sits under by level: the area an appendix covers stands over its sections', () => {
    const para = (n: string) => `${n} ${'There were 171 cautions issued for young people in the year. '.repeat(4).trim()}`;
    const first = chunkPage(['## 3. Delivery plan', para('A'), '## Appendix 7', '### Worcestershire Local Information', '#### Out of Court Disposals', para('B')].join('\n'));
    expect(first.chunks.map((c) => [c.heading, c.parents])).toEqual([
      ['3. Delivery plan', ''],
      // An appendix ends the numbered sections before it; the heading straight after it is its title.
      ['Out of Court Disposals', 'Appendix 7 Worcestershire Local Information'],
    ]);
    const next = chunkPage(
      ['## Performance Against the National Indicators', para('C'), '## Appendix 5', '### Shropshire Local Information', para('D')].join('\n'),
      first.heading,
      first.outline,
    );
    expect(next.chunks.map((c) => [c.heading, c.parents])).toEqual([
      // A section the mark-up puts level with the appendix is still in it: its area stands above it.
      ['Performance Against the National Indicators', 'Appendix 7 Worcestershire Local Information'],
      ['Shropshire Local Information', 'Appendix 5 Shropshire Local Information'],
    ]);
  });

  it('reads an appendix opened on its own line as a part, its title lines naming every passage of it, until a blank page', () => {
    const para = (n: string) => `${n} ${'I have visited front line services and talked to staff and partners. '.repeat(3).trim()}`;
    const first = chunkPage(
      ['1. Background', para('A'), 'Appendix 1', 'Report on ways forward for services', 'Report for the Minister by Jo Bloggs, Commissioner for Services', 'December 2019', 'Contents', '3. Process', para('B')].join('\n'),
    );
    const part = 'Appendix 1 Report on ways forward for services Report for the Minister by Jo Bloggs, Commissioner for Services December 2019';
    // The byline is a passage too (who wrote it is asked), read before the title's last line.
    expect(first.chunks.map((c) => c.parents)).toEqual(['', part.replace(' December 2019', ''), part]);
    expect(first.chunks[1]!.text).toContain('by Jo Bloggs');
    // The part's name printed at the top of its next page opens nothing new.
    const next = chunkPage(['Appendix 1', para('C'), 'This page is intentionally left blank', 'STATUTORY DIRECTION', para('D')].join('\n'), first.heading, first.outline);
    expect(next.chunks.map((c) => c.parents)).toEqual([part, '']);
  });

  it('opens no part at a sentence about minutes, and none at a part\'s name repeated in capitals; a blank page ends the section too', () => {
    const para = (n: string) => `${n} ${'The committee noted the report and thanked officers for their work. '.repeat(3).trim()}`;
    const minuted = chunkPage(['## Agenda', 'Minutes of the meeting held on 15 March 2019 were agreed as a correct record.', para('A')].join('\n'));
    expect(minuted.chunks[0]!.text).toContain('were agreed as a correct record');
    const first = chunkPage(['Appendix 2', 'Staffing report', para('B')].join('\n'));
    const next = chunkPage(['APPENDIX 2', para('C'), 'This page is intentionally left blank', para('D')].join('\n'), first.heading, first.outline);
    expect(next.chunks.map((c) => [c.heading, c.parents])).toEqual([
      ['Staffing report', 'Appendix 2 Staffing report'],
      ['', ''],
    ]);
  });

  it.each([
    ['## Background', true],
    ['**Of the 52 court disposals**', true],
    ['5. Consultation', true],
    ['Support to children in our care and care leavers', true],
    ['- 5.1. The improvement plan was signed off on:', false],
    ['The property will be ready for occupation in Spring 2020.', false],
  ])('"%s" heads a section: %s', (line, heads) => {
    expect(isHeading(line)).toBe(heads);
  });

  it('reads a paragraph number with the sentence after it, and a table row as one sentence', () => {
    expect(splitSentences('5.1. The plan was signed off on:\n- 25 June at the Board.')).toEqual(['5.1. The plan was signed off on:', '- 25 June at the Board.']);
    expect(splitSentences('YJB | £304,366. Total | £611,589')).toEqual(['YJB | £304,366. Total | £611,589']);
  });
});

describe('what a passage holds', () => {
  it.each([
    ['In Medway, 51 schools (68 per cent) have reopened.', true],
    ['Medway received an initial £6.628million of emergency grant.', true],
    ['will provide accommodation for five care leavers', true],
    ['- 7.1 Government advice was followed around the closure of libraries.', false],
    ['The inspection took place in July 2019.', false],
    ['The data returns on Covid-19 were made monthly.', false],
    ['as set out in paragraph 1.3 of the report', false],
  ])('"%s" holds an amount: %s', (text, amount) => {
    expect(holdsAmount(text)).toBe(amount);
  });

  it.each([
    ['from 15 to 26 July 2019', 3],
    ['on 27/08/2019', 3],
    ['in September 2019', 2],
    ['since the ILACS in 2019', 1],
    ['in Spring 2020', 1],
    ['An interim Assistant Director started in October.', 1],
    ['In March the board agreed its plan.', 1],
    ['to be finished by December', 1],
    ['The board may decide.', 0],
    ['the October half term', 0],
    ['no date here', 0],
  ])('"%s" dates it with precision %i', (text, strength) => {
    expect(dateStrength(text)).toBe(strength);
  });

  it.each([
    ['reason', 'which was why the provision had been running under capacity', true],
    ['reason', 'He raised concerns about closing the facility', false],
    ['rating', "only 1 point away from a 'good' judgement", true],
    ['rating', 'in response to the June 2018 ILACS inspection judgement', false],
    ['person', 'This inspection was led by HM Inspector Vivienne Raine, supported by a team.', true],
    ['person', 'Medway Council, Kent Police and NHS Kent and Medway are the three safeguarding partners', true],
    ['person', 'Report from: Ian Sutherland, Director of People', true],
    ['person', 'The plan was submitted to the Department of Health and Social Care', true],
    // A role in lower case names nobody; a sentence with no one in it answers no "who".
    ['person', 'the manager agreed to look again', false],
    ['person', 'We found little evidence of meaningful planning for work in custody.', false],
    ['frequency', 'The Management Board meets every two months and monitors performance.', true],
    ['frequency', 'Meeting every six weeks, the JCMG has enabled us to ensure', true],
    ['frequency', "Each partner's contributions are reviewed annually.", true],
    ['frequency', 'CAMHS nurses visit the YOT once a week', true],
    ['frequency', 'the board met three times a year', true],
    ['frequency', 'convened weekly meetings with trade unions', true],
    ['frequency', 'The Management Board approved the plan in 2019 after two months of work.', false],
    ['frequency', 'Every child has a named worker.', false],
    ['duration', 'with effect from 27 March 2020 for a period of three months', true],
    ['duration', 'has been operating for 8 or more years', true],
    ['duration', 'meetings would last 2.5 hours, split between two themes', true],
    ['duration', 'the direction stays in force until March 2021', true],
    ['duration', 'a few weeks after the inspection', true],
    ['duration', 'we conducted 22 interviews with case managers', false],
    ['duration', 'The plan was agreed in 2019.', false],
    ['duration', 'until 31 March 2021', true],
    ['duration', 'for a year', true],
    ['duration', 'reviewed once a year', false],
    ['duration', 'two year olds and three year olds', false],
    ['duration', 'young people aged 16 years', false],
    ['duration', 'a day centre for older people', false],
    ['frequency', '£12,000 per annum for the post', false],
    ['frequency', 'at £50 per day', false],
    ['frequency', 'visits every 6-8 weeks', true],
    ['frequency', 'every three to four months', true],
    ['frequency', 'reviewed biennially', true],
  ] as const)('wanting a %s: "%s" -> %s', (wanted, text, holds) => {
    expect(holdsWanted(wanted, text)).toBe(holds);
  });

  it('finds amounts among a sentence\'s words, not years, days of a month or a leading paragraph number', () => {
    const sentence = '4. In 2019, 101 children were seen by 26 July and five more later';
    const words = nameTerms(sentence);
    expect(numbered(sentence)).toBe(true);
    expect(amountPositions(words, true).map((p) => words[p])).toEqual(['101', 'five']);
    expect(numbered('51 schools have reopened')).toBe(false);
  });

  it.each([
    [[{ pos: 3, slot: 0 }], 1],
    [[{ pos: 3, slot: 0 }, { pos: 4, slot: 1 }], 1],
    [[{ pos: 0, slot: 0 }, { pos: 9, slot: 1 }, { pos: 10, slot: 0 }], 1],
    [[{ pos: 0, slot: 0 }, { pos: 5, slot: 1 }, { pos: 9, slot: 2 }], 0.3],
  ])('compactness of %j is %d', (hits, expected) => {
    expect(compactness(hits)).toBeCloseTo(expected, 5);
  });
});

describe('the first cut of passages', () => {
  it('keeps the heaviest, heaviest first and equals in the order they came in, as a full sort would', () => {
    const rough = new Map<number, number>();
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 20) / 4;
    for (let id = 0; id < 500; id++) rough.set((id * 37) % 1009, next());
    const full = [...rough].sort((a, b) => b[1] - a[1]);
    for (const count of [1, 10, 150, 499, 500, 600]) expect(heaviest(rough, count)).toEqual(full.slice(0, count));
  });
});
