import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText } from '../../src/domain/typed-text';

describe('cleanText', () => {
  it.each([
    ['NUL and other controls', 'a\u0000b\u0007c\u001bd\u007fe\u0085f', 'abcdef'],
    ['line breaks, kept as LF, and tabs', 'one\r\ntwo\rthree\tfour\n', 'one\ntwo\nthree\tfour\n'],
    ['direction overrides, embeddings and isolates', 'invoice\u202Egpj.exe \u202Ax\u202C \u2066y\u2069', 'invoicegpj.exe x y'],
    ['zero-width characters', '\u200B=1+1 \uFEFFa\u2060b\u180Ec so\u00ADft', '=1+1 abc soft'],
    ['joiners at the edges of words', '\u200D=x \u200Cy\u200C', '=x y'],
    ['unpaired surrogates', 'a\ud800b\udc00c', 'a\ufffdb\ufffdc'],
    ['decomposed accents (to NFC)', 'Ynys Mo\u0302n', 'Ynys Môn'],
    ['controls in text already beyond ASCII', '£5\r\n“x”\u0007 Môn\u200B', '£5\n“x” Môn'],
  ])('removes or mends %s', (_name, typed, clean) => {
    expect(cleanText(typed)).toBe(clean);
  });

  it.each([
    ['Welsh, accents and punctuation', 'Cyngor Sir Ynys Môn — “Pwyllgor” (2026): £1,200 & 5%'],
    ['an emoji joined by ZWJ', 'family 👨\u200D👩\u200D👧 here'],
    ['right-to-left text with its marks', 'سلام \u200Fعليكم'],
    ['Markdown and template syntax (escaped where shown, not here)', '${x} **b** [l](http://e.example)'],
  ])('keeps %s as typed', (_name, typed) => {
    expect(cleanText(typed)).toBe(typed);
  });
});

describe('cleanStrings', () => {
  it('cleans every string of card data, and leaves keys and other values alone', () => {
    const data = { verb: 'question.submit', text: 'Q\u0000?', n: 3, ok: true, list: ['\u202Ex', { deep: 'y\u200B' }], none: null };
    expect(cleanStrings(data)).toEqual({ verb: 'question.submit', text: 'Q?', n: 3, ok: true, list: ['x', { deep: 'y' }], none: null });
  });
});
