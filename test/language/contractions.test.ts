import { describe, expect, it } from 'vitest';
import { nowAsWord, writtenOut } from '../../src/language/contractions';

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

describe('a phrase saying now', () => {
  it.each([
    ["what's the custody rate at the moment?", "what's the custody rate now?"],
    ['At present, who leads it', 'now, who leads it'],
    ['who chairs it as it stands', 'who chairs it now'],
    ['what is the rate at the moment in medway', 'what is the rate now in medway'],
  ])('"%s" is read as "%s"', (text, read) => {
    expect(nowAsWord(text)).toBe(read);
  });

  it.each([
    'the present arrangements',
    'a moment of reflection',
    'what happened at the meeting',
    'what support do care leavers get at the moment they turn 18',
    'what was the custody rate at this time last year',
  ])('"%s" keeps its words', (text) => {
    expect(nowAsWord(text)).toBe(text);
  });
});
