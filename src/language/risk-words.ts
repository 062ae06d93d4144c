import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';

const phrase = z.string().trim().min(1).max(80).regex(/^[^A-Z]*$/, 'write phrases in lower case');

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
});

export type RiskWords = z.infer<typeof risksFile>;

/** Loads the risk phrasings from a folder (the bundled one unless a test gives another). */
export function loadRiskWords(dir: string = languageDataDir): RiskWords {
  return readData(dir, 'risks.json', risksFile);
}

/** The bundled risk phrasings, read and checked once. */
export const riskWords: RiskWords = loadRiskWords();
