import { type Lexicon, lexicon } from './lexicon';

/** What a message that asks nothing is: a greeting, or thanks (an emoji alone acknowledges). */
export type SmallTalk = 'greeting' | 'thanks';

/** Longer than this, a message is not small talk (and is never scanned as if it were). */
const MAX_CHARS = 100;
/** Words a chat message is read as, lower case, apostrophes kept. */
const wordsOf = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
/** Pictures (emoji), with the joiners and variation marks they are written with. */
const pictures = /^(?:[\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]|\s)+$/u;

/**
 * Whether a message is small talk rather than a question: every word of it is a greeting's or
 * thanks' (grammar.json `smallTalk`) or filler around one, and it holds one. A message of emoji
 * only ("👍") is thanks; punctuation alone is not ("?" is the help command's). Anything else, however
 * short, is a question.
 */
export function smallTalkOf(text: string, data: Lexicon['grammar']['smallTalk'] = lexicon.grammar.smallTalk): SmallTalk | undefined {
  if (text.length > MAX_CHARS) return undefined;
  const words = wordsOf(text);
  if (words.length === 0) return text.trim() && pictures.test(text) ? 'thanks' : undefined;
  const kinds: [SmallTalk, string[]][] = [
    ['greeting', data.greetings],
    ['thanks', data.thanks],
  ];
  const read = readingOf(data);
  for (const [kind, phrases] of kinds) if (readsAs(words, read.phrases.get(phrases)!, read.other)) return kind;
  return undefined;
}

interface Reading {
  /** Each kind's phrases as words, longest first. */
  phrases: Map<string[], string[][]>;
  /** Every word that may stand in small talk without a phrase of the kind. */
  other: Set<string>;
}
/** The phrases split and the words gathered once per data file, not on every message. */
const readings = new WeakMap<Lexicon['grammar']['smallTalk'], Reading>();
function readingOf(data: Lexicon['grammar']['smallTalk']): Reading {
  let read = readings.get(data);
  if (!read) {
    const split = (phrases: string[]) => phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
    const phrases = new Map([data.greetings, data.thanks].map((p) => [p, split(p)]));
    readings.set(data, (read = { phrases, other: new Set([...data.filler, ...data.greetings, ...data.thanks]) }));
  }
  return read;
}

/** The words, left to right, are phrases of the kind (longest first at each place) or filler, with one phrase at least. */
function readsAs(words: string[], split: string[][], other: Set<string>): boolean {
  let found = false;
  for (let i = 0; i < words.length; ) {
    const phrase = split.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      found = true;
      i += phrase.length;
    } else if (other.has(words[i]!)) i += 1;
    else return false;
  }
  return found;
}
