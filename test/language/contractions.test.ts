import { describe, expect, it } from 'vitest';
import { writtenOut } from '../../src/language/contractions';

describe('question words run together', () => {
  it.each([
    ['whats due in february', 'what is due in february'],
    ["What's the target?", 'what is the target?'],
    ['what’s the target', 'what is the target'],
    ['whys it late', 'why is it late'],
    ['and whens it due', 'and when is it due'],
  ])('"%s" is read as "%s"', (text, read) => {
    expect(writtenOut(text)).toBe(read);
  });

  it.each(['what shows the trend', 'somewhats', "what'sup"])('"%s" keeps its words', (text) => {
    expect(writtenOut(text)).toBe(text);
  });
});
