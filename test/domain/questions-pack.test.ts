import { describe, expect, it } from 'vitest';
import type { Question, QuestionWindow } from '../../src/domain/questions';
import { buildPack, literalMarkdown, packMarkdown } from '../../src/domain/questions-pack';

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

describe('typed text in the pack is shown literally by a CommonMark reader', () => {
  it.each([
    ['plain words stay as they are', "St George's Centre, 10:30; 1.5% up?", "St George's Centre, 10:30; 1.5% up?"],
    ['emphasis, code and strike-through', '**bold** _it_ `code` ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~'],
    ['a link and an image', '![x](http://e.example) [y](z)', '\\!\\[x\\]\\(http://e.example\\) \\[y\\]\\(z\\)'],
    ['HTML and a table row', '<b>a</b> | b', '\\<b\\>a\\</b\\> \\| b'],
    ['a setext underline of "="', 'Title\n===', 'Title\n\\==='],
    ['a setext underline or rule of "-"', 'Title\n---', 'Title\n\\---'],
    ['numbered list markers', '1. one\n2) two', '1\\. one\n2\\) two'],
    ['bullets', '- a\n+ b\n* c', '\\- a\n\\+ b\n\\* c'],
    ['a block quote and a heading', '> quote\n# heading', '\\> quote\n\\# heading'],
    ['indentation that would make code', '    code\n\tcode', 'code\ncode'],
    ['fenced code', '~~~\n```', '\\~\\~\\~\n\\`\\`\\`'],
    ['character references, not a bare "&"', 'Q&A &amp; &#169; &#xA9;', 'Q&A \\&amp; &\\#169; &\\#xA9;'],
    ['a typed backslash is escaped once', 'a\\b \\*', 'a\\\\b \\\\\\*'],
    ['a dash or number inside a line is left alone', 'Plan 2017 - 2019 costs 1.5m', 'Plan 2017 - 2019 costs 1.5m'],
    ['a reference or decimal at the start of a line is not a list', '1.6 Tracker\n2.5% up\n12.', '1.6 Tracker\n2.5% up\n12\\.'],
    ['each kind of line ending', 'a\r\n- b\r1. c', 'a\n\\- b\n1\\. c'],
  ])('%s', (_what, typed, expected) => {
    expect(literalMarkdown(typed)).toBe(expected);
  });

  /** What a CommonMark reader shows for a line with no Markdown in it: each backslash escape undone. */
  const unescape = (line: string) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const hostile = [
    'Text\n===', 'Text\n- - -', '1. a\n10) b', '  3. c', '1.6 ref\n7.', '- item', '+ item', '* item', '> quote', '~~strike~~', '# h', '<div>',
    '[a](b "t")', '![a](b)', '`x`', '&copy; &#1;', 'a  \nb', 'x\\', '***', '___', '=', '-', '- [ ] task', 'Café “quotes” – naïve',
  ];
  it.each(hostile)('%j: no line starts a block, no active character is left bare, and the text reads back', (typed) => {
    const lines = literalMarkdown(typed).split('\n');
    expect(lines).toHaveLength(typed.split(/\r\n|\r|\n/).length);
    lines.forEach((line, i) => {
      expect(line, line).not.toMatch(/^(?:[ \t]|[-+*=>#~`]|\d+[.)](?:[ \t]|$))/);
      expect(line.replace(/\\[!-/:-@[-`{-~]/g, ''), line).not.toMatch(/[\\`*_[\]#<>|~!()]|&(?:#\w+|[a-z]\w*);/i);
      expect(unescape(line)).toBe(typed.split(/\r\n|\r|\n/)[i]!.replace(/^[ \t]+/, ''));
    });
  });

  it('keeps a line break typed in a heading or the "From" line from starting a block', () => {
    const meeting = { ...window.meeting, venue: 'Hall\n===', agenda: [{ number: '9', title: 'Plans\n- item\n1. one' }] };
    const md = packMarkdown(buildPack({ ...window, meeting }, [q('9', '2023-02-21T09:00:00Z', { askers: [{ name: 'A\n> B' }], putTo: 'C\n# D', text: 'Why?\n---' })]));
    expect(md).toContain('at 18:30, Hall ===\n');
    expect(md).toContain('## Item 9: Plans - item 1. one\n');
    expect(md).toContain('From A \\> B to C \\# D\n');
    expect(md).toContain('Why?\n\\---\n');
  });
});
