import type { Abbreviation } from './lexicon';

/**
 * Shorthand any councillor types in a chat, whatever the papers: general English and UK council
 * usage, not taken from any pack or any question the engine misses. The packs' own abbreviations
 * come from their glossaries (lexicon.ts), never from the bot's synonym list, which would make the
 * test agree with the engine by construction.
 */
const pairs: [short: string, long: string][] = [
  ['info', 'information'],
  ['yr', 'year'],
  ['no.', 'number'],
  ['dept', 'department'],
  ['govt', 'government'],
  ['mtg', 'meeting'],
  ['cttee', 'committee'],
  ['q', 'question'],
  ['&', 'and'],
  ['mgmt', 'management'],
  ['approx', 'approximately'],
];

export const generalAbbreviations: Abbreviation[] = pairs.map(([short, long]) => ({ short, long, expands: true, exactCase: false }));

/**
 * Everyday words that council abbreviations also spell ("where do I send a question" is not about
 * SEND). The packs rarely print them in lower case, being formal, so the lexicon cannot learn them
 * there: an abbreviation spelling one is expanded only when typed in capitals.
 */
export const everydayWords: readonly string[] = [
  'send', 'ace', 'aim', 'hash', 'mash', 'pip', 'hops', 'cap', 'care', 'lead', 'mind', 'pen', 'sen', 'fit',
];
