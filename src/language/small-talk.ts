import { type Lexicon, lexicon } from './lexicon';

/** What a message that asks nothing is: a greeting, or thanks (an emoji alone acknowledges). */
export type SmallTalk = 'greeting' | 'thanks';

/** Words a chat message is read as, lower case, apostrophes kept. */
const wordsOf = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];

/**
 * Whether a message is small talk rather than a question: every word of it is a greeting's or
 * thanks' (grammar.json `smallTalk`) or filler around one, and it holds one. A message of symbols or
 * emoji only ("👍") is thanks; "?" is the help command's. Anything else, however short, is a question.
 */
export function smallTalkOf(text: string, data: Lexicon['grammar']['smallTalk'] = lexicon.grammar.smallTalk): SmallTalk | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return /[\p{L}\p{N}?]/u.test(text) || !text.trim() ? undefined : 'thanks';
  const phrased = words.join(' ');
  const kinds: [SmallTalk, string[]][] = [
    ['greeting', data.greetings],
    ['thanks', data.thanks],
  ];
  for (const [kind, phrases] of kinds) {
    let rest = ` ${phrased} `;
    let found = false;
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
      const at = ` ${phrase} `;
      while (rest.includes(at)) {
        rest = rest.replace(at, ' ');
        found = true;
      }
    }
    const left = rest.trim() ? rest.trim().split(' ') : [];
    if (found && left.every((w) => data.filler.includes(w) || data.greetings.includes(w) || data.thanks.includes(w))) return kind;
  }
  return undefined;
}
