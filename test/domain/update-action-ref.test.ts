import { describe, expect, it } from 'vitest';
import { findActionsByRef, looksLikeRef, parseRefQuery } from '../../src/domain/update-action-ref';
import { sampleDataset } from '../helpers/sample-dataset';

describe('finding the action an officer names', () => {
  it.each([
    ['1.9', { ref: '1.9', planWords: [] }],
    ['1a', { ref: '1A', planWords: [] }],
    ['A.1', { ref: 'A.1', planWords: [] }],
    ['1.1 in the DToC plan', { ref: '1.1', planWords: ['dtoc'] }],
    ["medway children's 1.1", { ref: '1.1', planWords: ['medway', 'childrens'] }],
    ['2.3.1 (delivery plan)', { ref: '2.3.1', planWords: ['delivery'] }],
    ['the plo thing', undefined],
  ])('reads "%s"', (text, query) => {
    expect(parseRefQuery(text)).toEqual(query);
  });

  it('tells a ref from a word', () => {
    expect(['1.9', '2.3.1', '1A', 'A.1'].every(looksLikeRef)).toBe(true);
    expect(['A', 'plan', '1.9.', 'https://x.test'].some(looksLikeRef)).toBe(false);
  });

  it('finds every plan with the ref, and only the named plan when words are given', () => {
    const data = sampleDataset();
    const other = { ...data.plans[0]!, id: 'other/dtoc', name: 'DToC Plan', aliases: [] };
    const plans = [...data.plans, other];
    const actions = [...data.actions, { ...data.actions[0]!, id: 'other/dtoc#1.1', planId: other.id }];
    expect(findActionsByRef(actions, plans, { ref: '1.1', planWords: [] }).map((a) => a.id)).toEqual(['sample/plan#1.1', 'other/dtoc#1.1']);
    expect(findActionsByRef(actions, plans, { ref: '1.1', planWords: ['dtoc'] }).map((a) => a.id)).toEqual(['other/dtoc#1.1']);
    expect(findActionsByRef(actions, plans, { ref: '1.1', planWords: ['sample', 'improvement'] }).map((a) => a.id)).toEqual(['sample/plan#1.1']);
    expect(findActionsByRef(actions, plans, { ref: '9.9', planWords: [] })).toEqual([]);
  });
});
