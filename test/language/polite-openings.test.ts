import { describe, expect, it } from 'vitest';
import { withoutPoliteOpening } from '../../src/language/polite-openings';

describe('a polite opening', () => {
  it.each([
    ['can you tell me who leads action 1.9', 'who leads action 1.9'],
    ['Could you tell me, when is it due?', 'when is it due?'],
    ['do you know whats the target', 'whats the target'],
    ['i was wondering - has the plan been signed off', 'has the plan been signed off'],
    ['quick q: how many care leavers are there', 'how many care leavers are there'],
  ])('"%s" is read as "%s"', (text, question) => {
    expect(withoutPoliteOpening(text)).toBe(question);
  });

  it.each([
    'can you tell me about the yot plan',
    'do you know if the plan was signed off',
    'tell me the target for 1.9',
    'who leads 1.9? can you tell me who it is',
    'can you tell me',
    'tell mewho leads it',
  ])('"%s" is kept as it is: no question follows the opening, or none opens it', (text) => {
    expect(withoutPoliteOpening(text)).toBe(text);
  });
});
