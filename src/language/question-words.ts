import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';
import { comment, phrase, word } from './patterns';

/**
 * How a question says what kind of answer it wants ("how many", "when", "why"), its tense, and what
 * each of its words does when it is put to the papers: data in `src/language/data/questions.json`.
 */

const words = z.array(word).min(1);
const phrases = z.array(phrase).min(1);

export const questionsFile = z.object({
  comment,
  counting: z.object({ comment, phrases }),
  sharing: z.object({ comment, phrases }),
  askedBy: z.object({ comment, who: words, when: words }),
  figures: z.object({ comment, words }),
  wanted: z.object({
    comment,
    /** After "how"; after "what is (the) ..."; after "what"; before "of"; and on their own. */
    number: z.object({ how: words, whatIs: words, what: words, of: words, alone: words }),
    /** Rating words; or a judgement beside an inspectorate. */
    rating: z.object({ words, judgements: words, inspections: words }),
    date: phrases,
    /** Words after which "when" opens a clause that asks when ("and when", "by when", "tell me when"); after any other word it joins two ("look at when inspecting"). */
    dateOpens: words,
    reason: phrases,
    /** "How often": a record's card gives no frequency; the papers may ("meets every two months"). */
    frequency: phrases,
    /** "Whats", "what's": question words run together, read written out ("what is") by every reader. */
    contractions: z.object({ comment, forms: z.record(z.string().regex(/^[a-z']+$/), phrase) }),
    /** "What 3 areas", "which are the five priorities": a count after these words (and any of `linking`) asks for a list. */
    list: z.object({ comment, openers: words, linking: words }),
    /** "What outcomes is the grant for": things of a kind asked for, not how much, unless the noun is one of `amounts`. */
    things: z.object({ comment, openers: words, amounts: words }),
    /** "When the supply chains failed, who led...": "when" before one of `subjects`, with one of `questions` later, asks no date. */
    sceneSetting: z.object({ comment, subjects: words, questions: words }),
    /** "How long": a passage must say for how long ("three months", "until March 2021"). */
    duration: phrases,
    money: z.object({ comment, words, unless: words }),
  }),
  tense: z.object({ future: phrases, past: phrases }),
  /** "At the moment", "at present": read as "now". */
  now: z.object({ comment, phrases, notBefore: words }),
  /** "Who's heading up X": read as "leading" after "who" (and one of `auxiliaries`). */
  leading: z.object({ comment, phrases, auxiliaries: phrases }),
  /** "Who leads the improvement board": a lead asked of a board or committee is its chair. */
  chairing: z.object({ comment, verbs: phrases, notBefore: words, bodies: words, after: words }),
  /** "Can you tell me who leads 1.9": a request read away when one of `before` follows it. */
  politeOpenings: z.object({ comment, phrases, leads: words, before: words }),
  /** "Hi all, ... thanks", "quick one - ...": greetings (grammar.json), `openers` and `addressees` before a question, `closings` after it. */
  courtesies: z.object({ comment, openers: phrases, addressees: words, closings: phrases, looseClosings: phrases, keptAfter: words }),
  passage: z.object({
    comment,
    /** Words asking for the papers rather than naming a subject ("what did the report say about"). */
    asking: words,
    /** Words after which the papers are asked about something ("say about", "on"). */
    about: words,
    /** Verbs after "when" before what is dated ("when was the inspection"). */
    auxiliaries: words,
    /** Words before an auxiliary that ask when. */
    dated: words,
    /** What is counted follows "how" and one of `how`, or one of `of` and "of". */
    counted: z.object({ how: words, of: words }),
    /** Verbs that carry no subject ("how much does the YJB put in"): they steer. */
    light: words,
    /** Prepositions and particles the stopword list keeps (part of some names): they steer. */
    particles: words,
    /** Words after "how" that ask for a degree ("how close"), as "how many" does. */
    measures: words,
    /** Words before a time frame ("after lockdown"): they say when, not what. */
    temporal: words,
  }),
});

export type QuestionWords = z.infer<typeof questionsFile>;

/** Loads the question phrasings from a folder (the bundled one unless a test gives another). */
export function loadQuestionWords(dir: string = languageDataDir): QuestionWords {
  return readData(dir, 'questions.json', questionsFile);
}

/** The bundled question phrasings, read and checked once. */
export const questionWords: QuestionWords = loadQuestionWords();
