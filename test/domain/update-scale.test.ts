import { describe, expect, it } from 'vitest';
import type { StatusScale } from '../../src/domain/model';
import { bottomLabels, choicesOf, completeLevel, levelsNeedingExplanation, statusChange, statusLabel } from '../../src/domain/update-scale';

const level = (code: string, label: string, rank: number, complete = false) => ({ code, label, meaning: label, colour: '#000000', rank, ...(complete ? { complete } : {}) });
const bgar: StatusScale = { id: 'rag', name: 'RAG', levels: [level('R', 'Red', 0), level('A', 'Amber', 1), level('G', 'Green', 2), level('B', 'Blue', 3, true)] };
const progress: StatusScale = {
  id: 'yot',
  name: 'Progress',
  levels: [level('no-improvement', 'No improvement', 0), level('some-progress', 'Some progress', 1), level('good-progress', 'Good progress', 2), level('complete', 'Complete', 3, true)],
};
const twoLevel: StatusScale = { id: 'two', name: 'Two', levels: [level('off', 'Off track', 0), level('on', 'On track', 1)] };
const empty: StatusScale = { id: 'none', name: 'None', levels: [] };

describe("reading a plan's own scale", () => {
  it.each([
    ['B/G/A/R', bgar, ['R', 'A'], 'Red or Amber', 'B'],
    ['No improvement ... Complete', progress, ['no-improvement', 'some-progress'], 'No improvement or Some progress', 'complete'],
    ['a two-level scale', twoLevel, ['off'], 'Off track', undefined],
    ['a plan with no scale', empty, [], '', undefined],
  ] as const)('%s: bottom levels need an explanation; the complete level is found', (_name, scale, bottom, labels, complete) => {
    expect(levelsNeedingExplanation(scale).map((l) => l.code)).toEqual(bottom);
    expect(bottomLabels(scale)).toBe(labels);
    expect(completeLevel(scale)?.code).toBe(complete);
  });

  it('offers the levels best first and names codes it does not know as they are', () => {
    expect(choicesOf(bgar).map((l) => l.code)).toEqual(['B', 'G', 'A', 'R']);
    expect(statusLabel(bgar, 'a')).toBe('Amber');
    expect(statusLabel(bgar, 'X')).toBe('X');
    expect(statusLabel(bgar, undefined)).toBe('no status');
  });

  it.each([
    ['a change', 'A', 'G', 'from Amber to Green'],
    ['the first status', undefined, 'A', 'set to Amber (no status before)'],
    ['the same status again', 'A', 'A', 'kept at Amber'],
    ['a code the scale no longer has', 'X', 'R', 'from X to Red'],
  ] as const)('words %s', (_name, from, to, expected) => {
    expect(statusChange(bgar, from, to)).toBe(expected);
  });
});
