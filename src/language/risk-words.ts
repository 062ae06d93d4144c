import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';

const phrase = z.string().trim().min(1).max(80).regex(/^[^A-Z]*$/, 'write phrases in lower case');
const comment = z.string().optional();

/** A sentence of an answer, holding exactly these {placeholders} and no others. */
const sentence = (placeholders: string[]) =>
  z
    .string()
    .trim()
    .min(1)
    .max(300)
    .refine((s) => {
      const found = [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      return found.join() === [...placeholders].sort().join();
    }, `a sentence holding exactly ${placeholders.length > 0 ? placeholders.map((p) => `{${p}}`).join(' and ') : 'no {placeholder}'}`);

/** What a risk is asked about, as members word it. */
export const riskAttributes = ['rating', 'mitigation', 'owner', 'description'] as const;
export type RiskAttribute = (typeof riskAttributes)[number];

export const risksFile = z.object({
  /** Words that say the question is about a risk ("risk", "risk register"). */
  subject: z.array(phrase).min(1),
  /** Words that ask for several risks ("which", "list"). */
  lists: z.array(phrase).min(1),
  /** Words a score asked for follows: "score 12", "with an overall factor of 12". */
  scores: z.array(phrase).min(1),
  /** Each attribute of a risk and its phrasings: adding a phrasing is one row here. */
  attributes: z.object(Object.fromEntries(riskAttributes.map((a) => [a, z.array(phrase).min(1)])) as Record<RiskAttribute, z.ZodArray<typeof phrase>>),
  /** A RAG colour asked of risks, which the papers do not give, and the sentences saying so. */
  colours: z.object({
    comment,
    /** A colour named ("red", "in the red"): the answer says which it cannot say. */
    words: z.array(phrase).min(1),
    /** Colour asked for without naming one ("rag status", "what colour"). */
    asking: z.array(phrase).min(1),
    noColour: sentence(['ways']),
    noColourNamed: sentence(['ways', 'colour']),
    /** How a table rates, by the kind of rating it prints: a letter and a number, a score, words. */
    ways: z.object({ code: sentence([]), score: sentence([]), printed: sentence([]) }),
    noRating: sentence([]),
    highest: sentence([]),
  }),
  /** Words asking for the highest-rated risks ("the top risks", "the most serious risks"). */
  highest: z.array(phrase).min(1),
  /** How letter-and-number ratings rank: each part's letters or digits, highest first. */
  ratingKey: z.object({ comment, likelihood: z.array(phrase).min(1), impact: z.array(phrase).min(1) }),
});

export type RiskWords = z.infer<typeof risksFile>;

/** Loads the risk phrasings from a folder (the bundled one unless a test gives another). */
export function loadRiskWords(dir: string = languageDataDir): RiskWords {
  return readData(dir, 'risks.json', risksFile);
}

/** The bundled risk phrasings, read and checked once. */
export const riskWords: RiskWords = loadRiskWords();
