import { describe, expect, it } from 'vitest';
import { buildSpeller } from '../../src/language/spelling';

const papers = [
  'Number of weeks in PLO. Target 16 weeks. Head of Service, Safeguarding leads the action.',
  'Foster carers approved for teenagers. Placement stability for children in care.',
  'The Old Vicarage children’s home is closing. Cases held by social workers.',
];

describe('putting a misspelt question right', () => {
  const speller = buildSpeller(papers);

  it.each([
    ['who lwads 1.9', 'who leads 1.9'],
    ['and the tsrget?', 'and the target?'],
    ['and the targt?', 'and the target?'],
    ['foster carers for teennagers', 'foster carers for teenagers'],
    ['placment stabilty', 'placement stability'],
    ['why is the vicarage colsing', 'why is the vicarage closing'],
    // A slip sharing a stem with a word ("wherre", "where": "wher") is no form of it.
    ['wherre is the foster carers report', 'where is the foster carers report'],
    // "placementt" shares "placement"'s stem (a doubled last letter goes) with no ending: a slip.
    ['placementt stability', 'placement stability'],
    // A stopword's slip ("waht") makes no other word known: "wahts" is a slip of "whats".
    ['wahts the target', 'whats the target'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(speller.correct(typed)).toBe(meant);
  });

  it('leaves known words, words whose stem is known, short words, numbers and acronyms typed in capitals alone', () => {
    for (const text of ['weeks in PLO', 'the carer approving', 'who is the lwd', '1.21 and 2018-19', 'what did HMIPX say']) {
      expect(speller.correct(text)).toBe(text);
    }
  });

  it('leaves a known word\'s base form with its final "e" as typed ("reprioritise" where the papers write "reprioritised")', () => {
    const speller = buildSpeller(['The plan was reprioritised by the board.']);
    expect(speller.correct('when will they reprioritise the plan')).toBe('when will they reprioritise the plan');
  });

  it('leaves English words, names, accented words, addresses and paths as typed', () => {
    for (const text of [
      'what about the ports',
      'what about parole',
      'ask Jane Cole about it',
      'réport on Gráinne',
      'see https://example.org/cabinte/paperz',
      'open C:\\docs\\reprot.docx',
      'email scrutiny@herefordshire.gov.uk',
    ]) {
      expect(speller.correct(text)).toBe(text);
    }
  });

  it('leaves a word longer than any slip of the keyboard alone, quickly', () => {
    const long = 'x'.repeat(28_000);
    const started = performance.now();
    expect(speller.correct(long)).toBe(long);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leaves a word with no near spelling as typed, so the question can still be found unanswerable', () => {
    expect(speller.correct('what is the weather in medway')).toBe('what is the weather in medway');
  });

  it('prefers the commoner spelling, and chooses the same way every time', () => {
    const common = buildSpeller(['cases cases cases', 'cates']);
    expect(common.correct('caees')).toBe('cases');
    expect(buildSpeller(papers).correct('who lwads 1.9')).toBe(speller.correct('who lwads 1.9'));
  });
});

describe('spelling out chat shorthand', () => {
  const speller = buildSpeller(papers);

  it.each([
    ['how much did we spend last financial yr', 'how much did we spend last financial year'],
    ['funding from govt', 'funding from government'],
    ['deadline for a q to the cttee', 'deadline for a question to the committee'],
    ['Cllr Smith mtg w/c 6 Jan', 'councillor Smith meeting week commencing 6 Jan'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(speller.correct(typed)).toBe(meant);
  });

  it('leaves shorthand inside an address, a year range or a quarter alone', () => {
    for (const text of ['email scrutiny@herefordshire.gov.uk', 'spend in 19/20', 'q2 figures', 'yrs2', 'the PCT budget', 'INFO team']) {
      expect(speller.correct(text)).toBe(text);
    }
  });
});

describe('hyphenated idioms typed as separate words', () => {
  const speller = buildSpeller([
    'Case managers do not have access to up-to-date interventions.',
    'Plans are kept up-to-date by the team.',
    'Out-of-court disposals were good; out-of-court work was assessed.',
    'Peer on Peer Abuse in schools Spotlight Review',
    'Peer on Peer Abuse: scoping',
    'a note on peer-on-peer abuse',
  ]);

  it.each([
    ['do case managers have up to date interventions', 'do case managers have up-to-date interventions'],
    ['Out of court disposals rating', 'out-of-court disposals rating'],
  ])('writes "%s" as the papers do', (typed, written) => {
    expect(speller.correct(typed)).toBe(written);
  });

  it('leaves words the papers write apart more often than joined ("peer on peer abuse")', () => {
    expect(speller.correct('peer on peer abuse review')).toBe('peer on peer abuse review');
  });

  it('joins only words typed apart by single spaces, and only the whole idiom', () => {
    expect(speller.correct('up, to date')).toBe('up, to date');
    expect(speller.correct('up to the date')).toBe('up to the date');
  });
});
