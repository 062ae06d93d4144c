import { describe, expect, it } from 'vitest';
import { cardKind, readReply, type SentActivity, visibleCardText } from './card-reading';
import { shows } from './matching';
import { answer, askBack, type EvalQuestion, notFound } from './question-types';
import { scoreReply } from './scoring';

/** A reply carrying one hand-made Adaptive Card, as the answering engine would send it. */
function cardReply(kind: string | undefined, lines: string[], extra: Record<string, unknown> = {}): SentActivity[] {
  const body = lines.map((text, i) => ({ type: 'TextBlock', text, ...(i === 0 && kind ? { id: `answer-kind-${kind}` } : {}) }));
  return [{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body, ...extra } }] }];
}

const question = (expect: EvalQuestion['expect']): EvalQuestion => ({ id: 'ind-01', topic: 'indicator', packs: ['004'], text: 'how long are kids stuck in PLO', expect });

describe('reading a reply card', () => {
  it('takes the kind from the first body element id', () => {
    expect(readReply(cardReply('indicator', ['Number of weeks in PLO'])).kind).toBe('indicator');
    expect(readReply(cardReply('ask-back', ['Which one did you mean?'])).kind).toBe('ask-back');
  });

  it("says 'none' for plain text, an unmarked card, or a kind it does not know", () => {
    expect(readReply([{ type: 'message', text: "I didn't recognise that" }]).kind).toBe('none');
    expect(readReply(cardReply(undefined, ['What I can do'])).kind).toBe('none');
    expect(cardKind({ body: [{ id: 'answer-kind-horoscope' }] })).toBe('none');
    expect(readReply([]).kind).toBe('none');
  });

  it('reads what a person sees: text, facts and button titles, but not submit data', () => {
    const card = {
      body: [
        { type: 'TextBlock', id: 'answer-kind-action', text: '1.9 Embed PLO tracking' },
        { type: 'FactSet', facts: [{ title: 'Lead', value: 'Head of Service, Safeguarding' }] },
      ],
      actions: [{ type: 'Action.Submit', title: 'Show the target', data: { verb: 'ask', text: 'secret 999 weeks' } }],
    };
    const text = visibleCardText(card).join(' | ');
    expect(text).toContain('Head of Service, Safeguarding');
    expect(text).toContain('Show the target');
    expect(text).not.toContain('999');
    expect(text).not.toContain('answer-kind');
  });

  it('ignores typing indicators and joins the text of every message', () => {
    const sent: SentActivity[] = [{ type: 'typing' }, { type: 'message', text: 'first' }, ...cardReply('list', ['second'])];
    const reply = readReply(sent);
    expect(reply.kind).toBe('list');
    expect(reply.text).toBe('first | second');
  });
});

describe('matching what a reply must show', () => {
  it('matches case, spacing and typography loosely', () => {
    expect(shows('Current: 38  WEEKS', '38 weeks')).toBe(true);
    expect(shows("Head of Children’s Commissioning", "Head of Children's Commissioning")).toBe(true);
    expect(shows('aged 14–17', '14-17')).toBe(true);
  });

  it('matches figures whole', () => {
    expect(shows('116 weeks', '16 weeks')).toBe(false);
    expect(shows('action 11.9', '1.9')).toBe(false);
    expect(shows('action 1.95', '1.9')).toBe(false);
    expect(shows('rate 10.12', '0.12')).toBe(false);
    expect(shows('rate 0.12 per 1,000', '0.12')).toBe(true);
    expect(shows('£24,350,408.00', '24,350,408')).toBe(true);
    expect(shows('16,000 people', '16')).toBe(false);
    expect(shows('41.0% (national 40.6%)', '41.0%')).toBe(true);
    expect(shows('41% (national 40.6%)', '41.0%')).toBe(true);
    expect(shows('0 custodial sentences per 1,000', '0.00')).toBe(true);
    expect(shows('3.9 re-offences', '3.90')).toBe(true);
    expect(shows('0.05 per 1,000', '0.00')).toBe(false);
    expect(shows('1.9', '1.90')).toBe(true);
    expect(shows('19', '1.90')).toBe(false);
  });

  it('matches words whole, and any one of a list', () => {
    expect(shows('Completed', 'complete')).toBe(false);
    expect(shows('Completed', ['complete', 'completed'])).toBe(true);
    expect(shows('no date', ['20 January 2020', '20/01/2020'])).toBe(false);
  });
});

describe('scoring a reply', () => {
  const plo = question(answer(['38 weeks', '16 weeks'], ['52 weeks']));

  it('is right when an answer kind shows every required figure and no ruled-out one', () => {
    const got = readReply(cardReply('indicator', ['Number of weeks in PLO', '38 weeks', 'Target 16 weeks']));
    expect(scoreReply(plo, got)).toEqual({ right: true, wrongFigure: false, missing: [], forbidden: [] });
  });

  it('accepts any answer kind for an answer expectation', () => {
    const got = readReply(cardReply('passage', ['38 weeks against a target of 16 weeks']));
    expect(scoreReply(plo, got).right).toBe(true);
  });

  it('counts a wrong figure when an answer misses a required figure', () => {
    const got = readReply(cardReply('indicator', ['Number of weeks in PLO', '38 weeks', 'Target 15 weeks']));
    expect(scoreReply(plo, got)).toEqual({ right: false, wrongFigure: true, missing: ['16 weeks'], forbidden: [] });
  });

  it('counts a wrong figure when an answer shows a ruled-out figure', () => {
    const got = readReply(cardReply('indicator', ['38 weeks', '16 weeks', 'was 52 weeks']));
    expect(scoreReply(plo, got)).toMatchObject({ right: false, wrongFigure: true, forbidden: ['52 weeks'] });
  });

  it('treats an ask-back or a not-found as an honest miss, never a wrong figure', () => {
    for (const kind of ['ask-back', 'not-found']) {
      const got = readReply(cardReply(kind, ['Which one did you mean?', 'Option 1']));
      expect(scoreReply(plo, got)).toMatchObject({ right: false, wrongFigure: false });
    }
  });

  it('treats plain text (no ask route yet) as a miss, not a wrong figure', () => {
    const got = readReply([{ type: 'message', text: "I didn't recognise that as something I can do yet." }]);
    expect(scoreReply(plo, got)).toMatchObject({ right: false, wrongFigure: false, missing: ['38 weeks', '16 weeks'] });
  });

  it('is right for an ask-back only when the bot asks back', () => {
    const q = question(askBack());
    expect(scoreReply(q, readReply(cardReply('ask-back', ['Which plan?']))).right).toBe(true);
    expect(scoreReply(q, readReply(cardReply('indicator', ['338']))).right).toBe(false);
    expect(scoreReply(q, readReply(cardReply('indicator', ['338']))).wrongFigure).toBe(false);
  });

  it('checks the choices an ask-back must offer, when the question lists them', () => {
    const q = question(askBack(['Shropshire']));
    expect(scoreReply(q, readReply(cardReply('ask-back', ['Which area?', 'Shropshire', 'Worcestershire']))).right).toBe(true);
    expect(scoreReply(q, readReply(cardReply('ask-back', ['Which area?', 'Worcestershire']))).right).toBe(false);
  });

  it('is right for a not-found that says so, and counts an invented figure as wrong', () => {
    const q = question(notFound(['10 September 2019']));
    expect(scoreReply(q, readReply(cardReply('not-found', ["The papers don't give a question deadline for that meeting"])))).toMatchObject({
      right: true,
      wrongFigure: false,
    });
    expect(scoreReply(q, readReply(cardReply('meeting', ['Deadline: 5pm, 10 September 2019'])))).toMatchObject({
      right: false,
      wrongFigure: true,
    });
    expect(scoreReply(q, readReply(cardReply('not-found', ['Last time it was 10 September 2019'])))).toMatchObject({
      right: false,
      wrongFigure: false,
    });
  });

  it('counts an answer to an unanswerable question as a miss, and as a wrong figure only when it shows a ruled-out one', () => {
    const q = question(notFound(['226']));
    expect(scoreReply(q, readReply(cardReply('meeting', ['No deadline is given; ask Jade Milnes, 01634 332008'])))).toMatchObject({
      right: false,
      wrongFigure: false,
    });
    expect(scoreReply(q, readReply(cardReply('indicator', ['First time entrants rate', '226 per 100,000'])))).toMatchObject({
      right: false,
      wrongFigure: true,
    });
  });
});
