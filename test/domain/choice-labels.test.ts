import { describe, expect, it } from 'vitest';
import { leadWithDifference } from '../../src/domain/choice-labels';

describe('ask-back labels lead with what tells them apart', () => {
  it('moves the words every label starts with to the end', () => {
    expect(leadWithDifference(['1.1: Agree metrics (DToC plan)', '1.1: Work with partners (Children plan)'])).toEqual([
      'Agree metrics (DToC plan) · 1.1',
      'Work with partners (Children plan) · 1.1',
    ]);
  });

  it('leaves labels that already differ at the start alone', () => {
    expect(leadWithDifference(['Cabinet (Medway)', 'Council (Medway)'])).toEqual(['Cabinet (Medway)', 'Council (Medway)']);
  });

  it('always keeps a word in front, even when one label is all shared words', () => {
    expect(leadWithDifference(['Children Committee', 'Children Committee extra'])).toEqual(['Committee · Children', 'Committee extra · Children']);
  });
});
