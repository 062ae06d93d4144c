import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/services/ask/answer-question';
import type { Answer } from '../../../src/services/ask/answer-types';
import { useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** Figures from the packs' money and count tables, definitions and prose, asked as members ask. */
const seed = useSeedAskCatalogue();
const ask = async (text: string): Promise<Answer> =>
  (await answerQuestion(seed.catalogue, seed.stores, { text, now: new Date('2023-04-01T10:00:00Z'), timeZone: 'Europe/London' }))!;
const fact = (a: Answer, title: string) => a.facts.find((f) => f.title === title)?.value;

describe('money and count tables, asked in chat', () => {
  it.each([
    ['how much does the YJB give Medway YOT', 'Delegated Funds from Partner Agencies: YJB (Medway)', '£304,366'],
    ['how much does probation give the Medway YOT', 'Delegated Funds from Partner Agencies: Probation (Medway)', '£2,500'],
    ['Medway YOT funding from partner agencies', 'Delegated Funds from Partner Agencies: Total (Medway)', '£611,589'],
    ['total delegated funds for Medway YOT', 'Delegated Funds from Partner Agencies: Total (Medway)', '£611,589'],
  ])('"%s" gives the Medway YOT funding figure with its source', async (question, title, figure) => {
    const answer = await ask(question);
    expect(answer.title).toBe(title);
    expect(fact(answer, 'Latest')).toBe(figure);
    expect(answer.sources.join(' ')).toMatch(/HMIP Inspection of Youth Offending Team/);
  });

  it('gives the figure of the period asked about first, then the latest', async () => {
    const answer = await ask('how much ibcf went on fair cost of care fee uplifts in 17/18');
    expect(answer.headline).toMatch(/^2017\/18 expenditure: £1,808,129\. Latest: £2,997,383 \(2018\/19 expenditure\)/);
  });

  it('shows what the Medway total is made up of, row by row', async () => {
    const answer = await ask('Medway YOT funding from partner agencies');
    expect(answer.sections.find((s) => s.heading === 'Made up of')?.facts?.map((f) => `${f.title} ${f.value}`)).toEqual([
      'OPCC £90,353', 'Probation £2,500', 'Health (Public Health) £56,000', 'Local Authority £158,370', 'YJB £304,366',
    ]);
  });

  it.each([
    ['how much does the YJB grant give the YOT', 'YJB – Youth Justice Grant (West Mercia)', '£1,184,541'],
    ['how much do the police put into West Mercia youth justice', 'Income: Police Service (West Mercia)', '£300,892'],
    ['what is the West Mercia youth justice budget total', 'Budget: Total (West Mercia)', '£2,670,988'],
  ])('"%s" gives the West Mercia resources figure', async (question, title, figure) => {
    const answer = await ask(question);
    expect(answer.title).toContain(title);
    expect(fact(answer, 'Latest')).toBe(figure);
    expect(answer.sources.join(' ')).toMatch(/Youth Justice Plan 2019 - 2020/);
  });

  it('asks back between the YJB grant as income and the budget headed by the grant, both West Mercia', async () => {
    const labels = (await ask('YJB grant for West Mercia youth justice')).choices.map((c) => c.label);
    expect(labels).toContain('West Mercia Youth Justice Service - Resources 2019/20 – Income: YJB – Youth Justice Grant (West Mercia)');
    expect(labels.every((l) => l.endsWith('(West Mercia)'))).toBe(true);
  });

  it('says the West Mercia income total does not add up, and keeps it as printed', async () => {
    const answer = await ask('what is the total income of West Mercia youth justice service');
    expect(fact(answer, 'Latest')).toBe('£3,101,773');
    expect(answer.notes.join(' ')).toContain('printed as 430,789, but the rows above add up to 430,785');
  });

  it.each([
    'total estimated cost of the care leavers accommodation service',
    'five year cost of the care leaver accommodation support service',
  ])('"%s" gives the Total of the care-leaver cost table, not a subtotal', async (question) => {
    const answer = await ask(question);
    expect(answer.title).toBe('Estimated cost of five year service for 5 bed unit and 3 self contained flats: Total (Herefordshire)');
    expect(fact(answer, 'Latest')).toBe('£2,260k');
    expect(answer.sources.join(' ')).toMatch(/care leavers/i);
  });

  it('asks back between the two care-leaver totals (cost, cost avoided) and offers no subtotal', async () => {
    const answer = await ask('care leaver accommodation total cost');
    const labels = answer.choices.map((c) => c.label);
    expect(labels).toContain('Estimated cost of five year service for 5 bed unit and 3 self contained flats: Total (Herefordshire)');
    expect(labels.some((l) => /sub total/i.test(l))).toBe(false);
  });
});

describe('what a national indicator measures', () => {
  it.each([
    'what does the reoffending national indicator measure',
    'what does the re-offending measure mean',
    'what do the reoffending measures measure',
  ])('"%s" gives both re-offending measures as the plan defines them, with the source', async (question) => {
    const answer = await ask(question);
    expect(answer.headline).toBe(
      'Re-offending frequency: The average number of re-offences per re-offender. Re-offending rate (binary): The proportion of offenders (%) re-offending within 12 months.',
    );
    expect(answer.sources.join(' ')).toMatch(/Youth Justice Plan 2019 - 2020/);
  });

  it.each([
    ['how is the custody indicator measured', 'The number of custodial sentences per 1,000 youth population'],
    ['how is the first time entrants rate measured', 'The number of first time entrants to the youth justice system per 100,000 youth population'],
    ['what does the national indicator for first time entrants measure', 'The number of first time entrants to the youth justice system per 100,000 youth population'],
  ])('"%s" gives that measure\'s definition', async (question, definition) => {
    expect((await ask(question)).headline).toContain(definition);
  });
});

describe('figures the 2023 Lead Member report states', () => {
  it('answers how many young people the leaving care service supports, as at the report', async () => {
    const answer = await ask('how many young people does the leaving care service support');
    expect(fact(answer, 'Latest')).toBe('181');
    expect(fact(answer, 'As at')).toBe('the papers of 24 February 2023');
  });

  it('offers both the 2023 EET figure and the 2019 plan measure, which may be one measure, and merges neither', async () => {
    const answer = await ask('what % of care leavers are in EET');
    const labels = answer.choices.map((c) => c.label);
    expect(labels).toContain('Percentage of young people who are in Education Training and Employment (Medway)');
    expect(labels).toContain('Available care leavers in employment education, training or parenting (Medway)');
    const eet = await ask('Percentage of young people who are in Education Training and Employment in Medway');
    expect(fact(eet, 'Latest')).toBe('57%');
    expect(fact(eet, 'Trend')).toContain('from 37% (April 2021)');
    expect(eet.notes.join(' ')).toContain('may be the same measure as "Available care leavers in employment education, training or parenting"');
  });
});
