import { describe, expect, it } from 'vitest';
import { answer, type EvalQuestion, notFound } from './question-types';
import { formatReport, summarise } from './report';
import type { QuestionResult } from './scoring';
import { targets } from './gate';
import { selectFromSets, selectQuestions } from './select-questions';

const q = (id: string, topic: EvalQuestion['topic'], extra: Partial<EvalQuestion> = {}): EvalQuestion => ({
  id,
  topic,
  packs: ['004'],
  text: `question ${id}`,
  expect: answer(['1']),
  ...extra,
});

const result = (question: EvalQuestion, right: boolean, wrongFigure = false): QuestionResult => ({
  question,
  conversationId: `eval-${question.id}`,
  got: { kind: right ? 'indicator' : 'none', text: right ? 'figure 1' : 'no idea' },
  right,
  wrongFigure,
  missing: right ? [] : ['1'],
  forbidden: [],
  ms: 5,
});

describe('the eval report', () => {
  it('gives shares per kind and in total, and passes at 95% with no wrong figure', () => {
    const results = Array.from({ length: 20 }, (_, i) => result(q(`ind-${String(i).padStart(2, '0')}`, i < 10 ? 'indicator' : 'meeting'), i !== 3));
    const summary = summarise(results);
    expect(summary.total).toEqual({ label: 'all questions', right: 19, total: 20 });
    expect(summary.byTopic).toEqual([
      { label: 'indicator', right: 9, total: 10 },
      { label: 'meeting', right: 10, total: 10 },
    ]);
    expect(summary.passed).toBe(true);
    expect(summary.misses.map((r) => r.question.id)).toEqual(['ind-03']);
  });

  it('fails under 95%, and fails on a single wrong figure whatever the share', () => {
    const some = Array.from({ length: 10 }, (_, i) => result(q(`ind-${String(i).padStart(2, '0')}`, 'indicator'), i > 0));
    expect(summarise(some).passed).toBe(false);
    const many = Array.from({ length: 100 }, (_, i) => result(q(`ind-${String(i).padStart(3, '0')}`, 'indicator'), i > 0, i === 0));
    const summary = summarise(many);
    expect(summary.total.right).toBe(99);
    expect(summary.passed).toBe(false);
    expect(summary.wrongFigures).toHaveLength(1);
  });

  it('prints each miss with what was expected and what came back', () => {
    const miss = result(q('mtg-07', 'meeting', { text: 'question deadline for medway cyp o&s', expect: notFound() }), false);
    const text = formatReport(summarise([miss, result(q('ind-01', 'indicator'), true)]));
    expect(text).toContain('Share right: 50.0% (1/2); needed 95%');
    expect(text).toContain('- mtg-07 "question deadline for medway cyp o&s"');
    expect(text).toContain('expected a not-found');
    expect(text).toContain('got none: no idea');
    expect(text).toContain('Wrong figures: 0');
    expect(text.trim().endsWith('FAIL')).toBe(true);
  });

  it('holds a set to its own target, and titles its report', () => {
    const results = Array.from({ length: 10 }, (_, i) => result(q(`bl-${String(i).padStart(2, '0')}`, 'indicator'), i > 0));
    expect(summarise(results, targets.blind).passed).toBe(true);
    expect(summarise(results).passed).toBe(false);
    const text = formatReport(summarise(results, targets.blind), { title: 'the blind set' });
    expect(text.startsWith('the blind set\n')).toBe(true);
    expect(text).toContain('Share right: 90.0% (9/10); needed 90%');
  });

  it('marks wrong figures in the list of misses', () => {
    const wrong = result(q('ind-05', 'indicator'), false, true);
    expect(formatReport(summarise([wrong]))).toContain('- ind-05 [WRONG FIGURE]');
  });
});

describe('choosing questions with --only', () => {
  const all = [
    q('fu-01', 'indicator', { conversation: 'plo' }),
    q('ind-02', 'indicator'),
    q('fu-02', 'indicator', { conversation: 'plo' }),
    q('fu-03', 'indicator', { conversation: 'plo' }),
  ];

  it('keeps every question when none are named', () => {
    expect(selectQuestions(all)).toHaveLength(4);
  });

  it('brings the earlier turns of a follow-up, not the later ones', () => {
    expect(selectQuestions(all, ['fu-02']).map((x) => x.id)).toEqual(['fu-01', 'fu-02']);
    expect(selectQuestions(all, ['ind-02']).map((x) => x.id)).toEqual(['ind-02']);
  });

  it('says which id does not exist', () => {
    expect(() => selectQuestions(all, ['nope-01'])).toThrow('no such question: nope-01');
  });
});

describe('choosing questions with --only across the blind and development sets', () => {
  const sets = {
    blind: [q('bl-01', 'indicator'), q('bl-02', 'indicator', { conversation: 'x' }), q('bl-03', 'indicator', { conversation: 'x' })],
    dev: [q('ind-01', 'indicator'), q('ind-02', 'indicator')],
  };

  it('keeps both sets whole when none are named', () => {
    expect(selectFromSets(sets)).toEqual(sets);
  });

  it('asks each set its own named questions, and nothing of a set that holds none', () => {
    const chosen = selectFromSets(sets, ['bl-03', 'ind-02']);
    expect(chosen.blind.map((x) => x.id)).toEqual(['bl-02', 'bl-03']);
    expect(chosen.dev.map((x) => x.id)).toEqual(['ind-02']);
    expect(selectFromSets(sets, ['ind-01']).blind).toEqual([]);
  });

  it('says which id is in neither set', () => {
    expect(() => selectFromSets(sets, ['ind-01', 'nope-01'])).toThrow('no such question: nope-01');
  });
});
