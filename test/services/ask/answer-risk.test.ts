import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/services/ask/answer-compound';
import type { Answer } from '../../../src/services/ask/answer-types';
import { useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** Risk questions over the five seed packs, through the whole answering path (compound splitting included). */
const seed = useSeedAskCatalogue();
const now = new Date('2021-01-04T10:00:00Z');

const ask = async (text: string, memory?: Answer['memory']): Promise<Answer> => {
  const { answers } = await answerMessage(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London', ...(memory ? { memory } : {}) });
  expect(answers).toHaveLength(1);
  return answers[0]!;
};
const fact = (answer: Answer, title: string) => answer.facts.find((f) => f.title === title)?.value;

describe('one risk: its rating, however asked', () => {
  it.each(['yot budget reduction risk rating?', 'how is the yot budget reduction risk rated', 'risk rating - yot budget reduction'])('"%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.title).toBe('Risk: Reduction in budget from Medway or partnership arrangements.');
    expect(answer.headline).toBe('Rated C2.');
    // The same row printed to cabinet and to scrutiny: one answer citing both, with the lines.
    expect(answer.sources).toHaveLength(2);
    expect(answer.sources[0]).toMatch(/Outcome of HMIP Inspection of Youth Offending Team, lines 489$/);
  });

  it.each(['s75 not agreed risk - what rating?', 'risk if the s75 isnt agreed - rating'])('"%s" gives the BCF report risk E2', async (text) => {
    expect((await ask(text)).headline).toBe('Rated E2.');
  });

  it.each(['sustainabilty of financial planning assumptions risk - score?', 'overall risk factor for sustainability of financial planning assumptions'])('"%s" gives the register score with its factors', async (text) => {
    const answer = await ask(text);
    expect(answer.headline).toBe('Scored: overall score 12 (likelihood 3 x impact 4).');
    expect(fact(answer, 'Likelihood')).toBe('3');
  });

  it('says a rating printed in look-alike letters as its code and as printed', async () => {
    const answer = await ask('social worker recruitment & retention risk - rating');
    expect(answer.headline).toBe('Rated C3 (printed "СЗ").');
    expect(answer.notes.join(' ')).toContain('read as C3');
  });
});

describe('one risk: its mitigation, however asked', () => {
  it.each([
    'risk of yot dropping to inadequate - whats the mitigation',
    'how is the risk of the yot moving to inadequate being mitigated',
    'mitigation for the risk the yot declines to inadequate',
  ])('"%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.title).toMatch(/^Risk: Decline in judgement seeing the YOT/);
    expect(answer.headline).toBe('Mitigation: Improvement plan. National standards audit. Agreed 3 year strategic plan.');
  });

  it.each(["what's being done about the recruitment & retention risk", 'recruitment and retention risk mitigation'])('"%s"', async (text) => {
    expect((await ask(text)).headline).toMatch(/^Mitigation: An engagement forum has been introduced/);
  });

  it('gives a mitigation carried over several printed rows whole', async () => {
    const answer = await ask('risk the council loses control of csc - mitigation and rating?');
    expect(answer.headline).toMatch(/^Rated C3 \(printed "СЗ"\)\. Mitigation: The leadership of the Council/);
    expect(fact(answer, 'Mitigation')).toContain('Cafcass and the family courts');
  });
});

describe('one risk: who owns it, however asked', () => {
  it.each([
    ['who owns the bcf risk about operational pressures on providers', 'Owned by APC JCMG.'],
    ['owner of the mft overheads risk', 'Owned by AEDB.'],
    ['who is responsible for the risk of breakdown in partnership working', 'Owned by JCMG UCOG AEDB.'],
  ])('"%s"', async (text, headline) => {
    expect((await ask(text)).headline).toBe(headline);
  });

  it('says so when the paper names no owner, rather than guessing', async () => {
    expect((await ask('who owns the yot budget reduction risk')).headline).toBe('The paper names no owner for this risk.');
  });
});

describe('a follow-up naming no risk keeps the last risk as its subject', () => {
  it.each([
    ['and the mitigation?', /^Mitigation: 3 year strategy identifying budget/],
    ['who owns it?', /^The paper names no owner for this risk\.$/],
    ['and the rating?', /^Rated C2\.$/],
    ['and the mitigation and the owner?', /^Mitigation: 3 year strategy.*The paper names no owner for this risk\.$/],
  ])('"%s" after the yot budget reduction risk\'s rating', async (text, headline) => {
    const first = await ask("what's the rating of the yot budget reduction risk");
    expect(first.memory?.subject).toEqual({ kind: 'risk', id: expect.any(String) });
    const answer = await ask(text, first.memory);
    expect(answer.title).toBe('Risk: Reduction in budget from Medway or partnership arrangements.');
    expect(answer.headline).toMatch(headline);
    // Still the row both papers print: both cited.
    expect(answer.sources).toHaveLength(2);
  });

  it('follows the risk named last, and gives an owner the paper names', async () => {
    const first = await ask('who owns the bcf risk about operational pressures on providers');
    const score = await ask('and its score?', first.memory);
    expect(score.headline).toBe('Scored: overall score 9 (likelihood 3 x impact 3).');
    const other = await ask('what about the s75 not agreed risk', score.memory);
    expect(other.title).toBe('Risk: S75 is not agreed');
    expect((await ask('and who owns it?', other.memory)).title).toBe('Risk: S75 is not agreed');
  });

  it('leaves a question naming another subject to it', async () => {
    const first = await ask("what's the rating of the yot budget reduction risk");
    expect((await ask('what was the hmip overall rating', first.memory)).title).toMatch(/^HMIP overall rating/);
    expect((await ask('who is responsible for action 1.9 in the childrens plan', first.memory)).title).toMatch(/^Action 1\.9/);
  });
});

describe('asking back between two risks', () => {
  it('offers each risk by name and report, and a button gets the risk it names', async () => {
    const back = await ask('risk improvement actions not done in time - mitigation and rating');
    expect(back.kind).toBe('ask-back');
    const choice = back.choices.find((c) => c.label.startsWith('Actions are not implemented in a timely manner'))!;
    const answer = await ask(choice.text);
    expect(answer.title).toBe('Risk: Actions are not implemented in a timely manner');
    expect(fact(answer, 'Rating')).toBe('B2');
    expect(fact(answer, 'Mitigation')).toContain('Regular management oversight');
  });
});

describe('lists of risks', () => {
  it.each(['childrens improvement cabinet report - which risks are rated b2', 'which risks are rated B2 in the childrens services cabinet report'])('"%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('list');
    expect(answer.items?.map((i) => i.title)).toEqual(['Actions are not implemented in a timely manner', 'Financial Implications']);
  });

  it.each(['bcf risk log - which risks score 12?', 'bcf risks scoring 12', 'which bcf risks have an overall factor of 12'])('"%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.items?.map((i) => i.title.slice(0, 30))).toEqual([
      'Shifting of resources to fund ',
      'Inability within the timeframe',
      'Preventative services will fai',
      'Sustainability of financial pl',
    ]);
    expect(answer.headline).toBe('4 risks with an overall score of 12 in S75 Update: Better Care Fund, Cabinet 2020-06-09.');
  });

  it('lists a report\'s register once when two papers print it, each with its rating', async () => {
    const answer = await ask('yot hmip report risk register - list the risks and their ratings');
    expect(answer.items?.map((i) => i.detail.split(' · ')[0])).toEqual(['Rating: D2', 'Rating: C2', 'Rating: D2']);
  });

  it('says no risk has a score none has', async () => {
    expect((await ask('bcf risks scoring 20')).headline).toBe('No risk in S75 Update: Better Care Fund, Cabinet 2020-06-09 has an overall score of 20.');
  });
});

describe('a RAG colour asked of risks, which the papers rate otherwise', () => {
  const noColour = /^The papers rate these risks by a letter and a number \(likelihood, then impact\) or a score \(likelihood x impact\), not by a red, amber or green colour, so I can't say which are red\./;

  it.each(['which risks are red', 'any red risks?', 'red rated risks'])('"%s" says so, and lists the highest-rated of each report as printed', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('list');
    expect(answer.headline).toMatch(noColour);
    const details = answer.items!.map((i) => i.detail);
    // Every item is a rating or score as printed, never a colour.
    for (const detail of details) expect(detail).toMatch(/^Rating: ([A-F][1-6]|overall score \d+)/);
    expect(details.join(' ')).not.toMatch(/\b(red|amber|green)\b/i);
    // The YOT register's C2 outranks its two D2s; the commissioner's report's B2s outrank its C2 and C3s.
    expect(answer.items!.find((i) => i.title.startsWith('Reduction in budget'))?.detail).toMatch(/^Rating: C2/);
    expect(answer.items!.some((i) => i.title.startsWith('Decline in judgement'))).toBe(false);
    expect(answer.items!.filter((i) => /^Rating: B2 · Report from the Minister/.test(i.detail)).map((i) => i.title)).toEqual(['Actions are not implemented in a timely manner', 'Financial Implications']);
    expect(answer.items!.some((i) => i.detail.startsWith('Rating: C3'))).toBe(false);
  });

  it('gives the highest score of a scored register, with its factors', async () => {
    const answer = await ask('which bcf risks are red');
    const scored = answer.items!.filter((i) => i.detail.includes('overall score'));
    expect(scored.map((i) => i.detail.split(' · ')[0])).toEqual(Array(4).fill(expect.stringMatching(/^Rating: overall score 12 \(likelihood \d x impact \d\)$/)));
  });

  it('says a register that rates nothing gives no rating, score or colour', async () => {
    expect((await ask('which risks are red in the care leavers accommodation report')).headline).toBe('The papers give these risks no rating, score or colour.');
  });

  it('answers a colour asked of one risk with its rating as printed, and why that is no colour', async () => {
    const answer = await ask('is the yot budget reduction risk red?');
    expect(answer.title).toBe('Risk: Reduction in budget from Medway or partnership arrangements.');
    expect(answer.headline).toMatch(/^Rated C2\. The papers rate these risks by a letter and a number \(likelihood, then impact\), not by a red, amber or green colour/);
  });

  it('lists the highest-rated when asked for them, without a word on colour', async () => {
    const answer = await ask('what are the highest risks');
    expect(answer.headline).toBe('The highest-rated risks of each report, with their ratings as printed.');
    expect(answer.items!.length).toBeGreaterThan(0);
  });
});

describe('questions that are not about a register risk', () => {
  it.each(['risk of flooding at the depot - rating?', 'how many children did the ofsted inspectors flag as at risk'])('"%s" gets no risk card', async (text) => {
    const answer = await ask(text);
    expect(answer.title.startsWith('Risk')).toBe(false);
  });
});
