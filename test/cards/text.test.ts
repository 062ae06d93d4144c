import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/cards/text';

/**
 * plainText is what typed or imported text goes through before a card TextBlock, where Teams renders
 * a subset of Markdown (emphasis, links, bulleted and numbered lists).
 */
describe('plainText', () => {
  it.each([
    ['words and ordinary punctuation', "St George's Centre, 10:30; 1.5% up?", "St George's Centre, 10:30; 1.5% up?"],
    ['emphasis, code and strike-through', '**b** _i_ `c` ~~s~~', '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~'],
    ['a link and an image', '![x](u) [y](z)', '\\!\\[x\\]\\(u\\) \\[y\\]\\(z\\)'],
    ['a heading, a quote and HTML', '# h > q <b>', '\\# h \\> q \\<b\\>'],
    ['a numbered list at the start of the text', '1. one', '1\\. one'],
    ['a numbered list on later lines, indented or not (CR ends a line too)', 'Intro\n2. two\n  10. ten\r3. three', 'Intro\n2\\. two\n  10\\. ten\n3\\. three'],
    ['control, direction-override and zero-width characters are removed', 'a\u0000b\u202Ec\u202C\u200Bd', 'abcd'],
    ['"1)" numbering', '1) one', '1\\) one'],
    ['bullets', '- a\n* b\n+ c', '\\- a\n\\* b\n\\+ c'],
    ['a heading underline', 'Title\n===\nTitle\n---', 'Title\n\\===\nTitle\n\\-\\-\\-'],
    ['a number or "=" inside a line is left alone', 'Up 1.5. Total = 7', 'Up 1.5. Total = 7'],
    ['a reference or decimal at the start of a line is not a list', '1.6 Tracker\n2.5% up', '1.6 Tracker\n2.5% up'],
    ['a number ending a line is', 'Total:\n12.', 'Total:\n12\\.'],
    ['a dash inside a line is escaped, as before', 'Plan 2017 - 2019', 'Plan 2017 \\- 2019'],
    ['a typed backslash is escaped once', 'a\\b', 'a\\\\b'],
    ['a template expression is shown, not evaluated', '${secret}', '$\u200b{secret}'],
  ])('%s', (_what, typed, expected) => {
    expect(plainText(typed)).toBe(expected);
  });

  it.each(['1. item', '- item', '* item', '+ item', '> quote', '# heading', 'Title\n===', '  12. twelve', 'a\n\n1. b\n- c'])(
    '%j: no line starts a list, quote or heading',
    (typed) => {
      for (const line of plainText(typed).split(/\r\n|\r|\n/)) expect(line, line).not.toMatch(/^[ \t]*(?:[-+*>#=]|\d+[.)](?:[ \t]|$))/);
    },
  );
});
