import { describe, expect, it } from 'vitest';
import type { Question, QuestionWindow } from '../../src/domain/questions';
import { buildPack, packMarkdown } from '../../src/domain/questions-pack';

const window: QuestionWindow = {
  id: 'w1',
  meeting: {
    id: 'm1',
    origin: 'catalogue',
    body: 'Children and Young People Overview and Scrutiny Committee',
    date: '2023-03-02',
    time: '18:30',
    venue: "St George's Centre",
    agenda: [
      { number: '8', title: 'Attendance of the Portfolio Holder' },
      { number: '9', title: 'Sufficiency Strategy' },
      { number: '11', title: 'Work programme' },
    ],
  },
  rule: { kind: 'fixed', date: '2023-02-27', time: '12:00' },
  deadline: '2023-02-27T12:00:00.000Z',
  maxPerMember: 2,
  maxLength: 1000,
  openedBy: { name: 'Chair' },
  openedAt: '2023-02-20T10:00:00.000Z',
  version: 1,
};
let n = 0;
const q = (agendaItem: string, receivedAt: string, over: Partial<Question> = {}): Question => ({
  id: `q${++n}`,
  windowId: 'w1',
  number: n,
  agendaItem,
  text: `Question ${n} text`,
  askers: [{ name: `Cllr ${n}` }],
  status: 'accepted',
  late: false,
  receivedAt,
  updatedAt: receivedAt,
  similar: [],
  version: 1,
  ...over,
});

describe('the question pack', () => {
  const questions = [
    q('9', '2023-02-21T09:00:00Z'),
    q('11', '2023-02-21T10:00:00Z', { status: 'rejected' }),
    q('8', '2023-02-22T09:00:00Z', { putTo: 'the Portfolio Holder' }),
    q('9', '2023-02-23T09:00:00Z', { status: 'withdrawn' }),
    q('9', '2023-02-24T09:00:00Z', { askers: [{ name: 'Cllr A' }, { name: 'Cllr B' }, { name: 'Cllr C' }], answer: { officer: { name: 'Sam' }, due: '2023-03-01', status: 'approved', text: 'The *answer*.' } }),
    q('9', '2023-02-27T13:00:00Z', { late: true, answer: { officer: { name: 'Sam' }, due: '2023-03-01', status: 'drafted', text: 'Not approved yet.' } }),
    q('8', '2023-02-25T09:00:00Z', { status: 'merged' }),
  ];

  it('groups accepted questions by agenda item in agenda order and numbers them in order of receipt', () => {
    const pack = buildPack(window, questions);
    expect(pack.count).toBe(4);
    expect(pack.groups.map((g) => [g.item.number, g.entries.map((e) => `${e.number}:${e.ref}`)])).toEqual([
      ['8', ['1:Q3']],
      ['9', ['2:Q1', '3:Q5', '4:Q6']],
    ]);
  });

  it('carries approved answers only, the late mark, and every asker', () => {
    const entries = buildPack(window, questions).groups.flatMap((g) => g.entries);
    expect(entries.find((e) => e.ref === 'Q5')).toMatchObject({ answer: 'The *answer*.', askers: ['Cllr A', 'Cllr B', 'Cllr C'] });
    expect(entries.find((e) => e.ref === 'Q6')).toMatchObject({ late: true });
    expect(entries.find((e) => e.ref === 'Q6')?.answer).toBeUndefined();
  });

  it('writes Markdown with headings per item, escaping what people typed', () => {
    const md = packMarkdown(buildPack(window, questions));
    expect(md).toContain('# Questions: Children and Young People Overview and Scrutiny Committee, Thursday 2 March 2023');
    expect(md).toContain("at 18:30, St George's Centre");
    expect(md).toContain('## Item 8: Attendance of the Portfolio Holder\n\n### Question 1 (Q3)\n\nFrom Cllr 3 to the Portfolio Holder');
    expect(md).toContain('From Cllr A, Cllr B and Cllr C');
    expect(md).toContain('**Answer**\n\nThe \\*answer\\*.');
    expect(md).toContain('(received after the deadline, accepted by the chair)');
    expect(md).not.toContain('Not approved yet');
    expect(md.indexOf('## Item 8')).toBeLessThan(md.indexOf('## Item 9'));
  });

  it('says so when nothing is accepted', () => {
    expect(packMarkdown(buildPack(window, []))).toContain('No questions have been accepted for this meeting.');
  });
});
