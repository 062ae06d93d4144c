import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, findSimilar, SimilarityModel, similarIn, stem, tokens } from '../../src/domain/similarity';
import { nearDuplicates, nonDuplicates, type SimilarityCase } from './questions-similarity-cases';

/** Scores each case with weights from every question written for its meeting (a busy window). */
function scores(cases: SimilarityCase[]): number[] {
  const all = [...nearDuplicates, ...nonDuplicates];
  return cases.map((c) => {
    const corpus = [...new Set(all.filter((x) => x.meeting === c.meeting).flatMap((x) => [x.a, x.b]))];
    return new SimilarityModel(corpus).score(c.a, c.b);
  });
}

describe('question similarity', () => {
  it('folds case, apostrophes, plurals and function words', () => {
    expect(tokens("What is the Children's Services' plan for placements?")).toEqual(['children', 'service', 'plan', 'placement']);
    expect(stem('carers')).toBe('carer');
    expect(stem('policies')).toBe('policy');
    expect(stem('planning')).toBe('plan');
    expect(stem('focus')).toBe('focus');
  });

  it('scores the same text 1 and texts with nothing in common 0', () => {
    const model = new SimilarityModel(['How many foster carers?', 'When is the next meeting?']);
    expect(model.score('How many foster carers?', 'How many foster carers?')).toBeCloseTo(1, 10);
    expect(model.score('How many foster carers?', 'When is the next meeting?')).toBe(0);
    expect(model.score('', 'anything')).toBe(0);
  });

  it('flags every near-duplicate written for the seed meetings', () => {
    const found = scores(nearDuplicates);
    found.forEach((score, i) => expect(score, nearDuplicates[i]?.a).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD));
  });

  it('keeps apart all but one of the non-duplicates (the closest shares a long phrase on one agenda item)', () => {
    const found = scores(nonDuplicates);
    const flagged = found.filter((score) => score >= DUPLICATE_THRESHOLD);
    // Measured: 1 of 12 at 0.58 ("reoffending rate" against "in suitable education", both "for young
    // people supervised by the youth offending service"); the rest at 0.52 or below.
    expect(flagged.length).toBeLessThanOrEqual(1);
    expect(Math.min(...scores(nearDuplicates))).toBeGreaterThan(Math.max(...found));
  });

  it('separates the two sets on average by a wide margin', () => {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(scores(nearDuplicates)) - mean(scores(nonDuplicates))).toBeGreaterThan(0.35);
  });

  it('finds the most alike of the questions in, most alike first, and only those over the threshold', () => {
    const inAlready = [
      { n: 1, text: 'How many of our children in care are currently placed over 20 miles away from Medway?' },
      { n: 2, text: 'Will the Portfolio Holder say when the new children’s home at the Old Vicarage will open?' },
      { n: 3, text: 'How many children in care are placed more than 20 miles from Medway, and why?' },
    ];
    const matches = findSimilar(
      'Will the Portfolio Holder say how many children in care are placed more than 20 miles from Medway?',
      inAlready,
      (q) => q.text,
    );
    expect(matches.map((m) => m.item.n)).toEqual([3, 1]);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
  });

  it('scores each of a set against the rest with one model as it does with a model each', () => {
    const texts = [...new Set([...nearDuplicates, ...nonDuplicates].flatMap((c) => [c.a, c.b]))];
    const model = new SimilarityModel(texts);
    for (const text of texts) {
      const others = texts.filter((t) => t !== text);
      expect(similarIn(model, text, others, (t) => t, 0)).toEqual(findSimilar(text, others, (t) => t, 0));
    }
    expect(model.scores(texts[0]!, [texts[0]!, '', texts[1]!])).toEqual([model.score(texts[0]!, texts[0]!), 0, model.score(texts[0]!, texts[1]!)]);
  });
});
