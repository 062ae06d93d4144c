/**
 * How alike two questions are: TF-IDF cosine over normalised word tokens. Pure.
 *
 * @remarks
 * The standard vector-space method, kept small and explainable:
 * - tokens: lower case, accents and apostrophes folded ("children's" = "childrens" = "children"),
 *   common English function words dropped, a light suffix stemmer ("placements" = "placement");
 * - weights: sublinear term frequency (1 + ln tf) times smoothed inverse document frequency,
 *   ln((1 + N) / (1 + df)) + 1, over the questions in for the meeting, so words every question on
 *   an agenda item uses ("sufficiency strategy") count for less than distinctive ones;
 * - score: cosine of the two weight vectors, 0 (nothing shared) to 1 (same words).
 * Word bigrams were tried and left out: a member rewording a question reorders its words, so
 * bigrams lowered near-duplicates more than non-duplicates (lowest near-duplicate 0.44 against
 * highest non-duplicate 0.56 with them; 0.62 against 0.58 without). The threshold was chosen on the
 * near-duplicates and non-duplicates written for the seed meetings (test/domain/questions-similarity-cases.ts).
 */

/** Score at or above which a question is pointed out as very like another. */
export const DUPLICATE_THRESHOLD = 0.55;

const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers him his how ' +
    'i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over ' +
    'own please same she should so some such than that the their theirs them then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'ask asked asking question questions tell could would may might shall us'
  ).split(/\s+/),
);

/** A light English stemmer: folds plurals and common verb endings, enough for questions to line up. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && /(.)\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Normalised content tokens of a text, in order. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOPWORDS.has(t))
    .map(stem);
}

const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, ReadonlyMap<string, number>>();

/**
 * Token counts of a text. Remembered for the most recent texts: every submission compares against
 * every question in for the meeting, whose texts rarely change. (A cache of a pure function: the
 * same text always gives the same counts.)
 */
export function features(text: string): ReadonlyMap<string, number> {
  const known = remembered.get(text);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const t of tokens(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(text, counts);
  return counts;
}

/** Compares texts with weights learned from a set of documents (the questions in for a meeting). */
export class SimilarityModel {
  private readonly df = new Map<string, number>();
  private readonly n: number;
  /** Each feature's inverse document frequency, worked out once per model. */
  private readonly idfs = new Map<string, number>();

  constructor(documents: readonly string[]) {
    this.n = documents.length;
    for (const doc of documents) for (const f of features(doc).keys()) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  private weight(f: string, tf: number): number {
    let idf = this.idfs.get(f);
    if (idf === undefined) {
      idf = Math.log((1 + this.n) / (1 + (this.df.get(f) ?? 0))) + 1;
      this.idfs.set(f, idf);
    }
    // NOTE: (1 + ln 1) * idf is idf: most words come once in a question.
    return tf === 1 ? idf : (1 + Math.log(tf)) * idf;
  }

  /** Cosine similarity of two texts, 0 to 1. */
  score(a: string, b: string): number {
    return this.scores(a, [b])[0]!;
  }

  /**
   * Cosine similarity of `text` with each of `others`, in order. The text is weighed once; each
   * other is read from its remembered counts, with no vector built for it (one text is scored
   * against every question in for a meeting, on every submission).
   */
  scores(text: string, others: readonly string[]): number[] {
    const weights: [string, number][] = [];
    let squares = 0;
    for (const [f, tf] of features(text)) {
      const w = this.weight(f, tf);
      weights.push([f, w]);
      squares += w * w;
    }
    const norm = Math.sqrt(squares);
    return others.map((other) => {
      const counts = features(other);
      let otherSquares = 0;
      for (const [f, tf] of counts) {
        const w = this.weight(f, tf);
        otherSquares += w * w;
      }
      let dot = 0;
      for (const [f, w] of weights) {
        const tf = counts.get(f);
        dot += w * (tf === undefined ? 0 : this.weight(f, tf));
      }
      const denominator = norm * Math.sqrt(otherSquares);
      return denominator === 0 ? 0 : dot / denominator;
    });
  }
}

export interface SimilarMatch<T> {
  item: T;
  score: number;
}

/**
 * The items whose text is very like `text` (score at or above `threshold`), most alike first.
 * Weights come from the items and `text` together.
 */
export function findSimilar<T>(
  text: string,
  items: readonly T[],
  textOf: (item: T) => string,
  threshold = DUPLICATE_THRESHOLD,
): SimilarMatch<T>[] {
  const texts = items.map(textOf);
  return similarIn(new SimilarityModel([text, ...texts]), text, items, textOf, threshold);
}

/**
 * As {@link findSimilar}, with weights from a model already built: for scoring each of a set of
 * questions against the rest, where every text's model is the same (the set's own texts).
 */
export function similarIn<T>(model: SimilarityModel, text: string, items: readonly T[], textOf: (item: T) => string, threshold = DUPLICATE_THRESHOLD): SimilarMatch<T>[] {
  const scores = model.scores(text, items.map(textOf));
  return items
    .map((item, i) => ({ item, score: scores[i]! }))
    .filter((m) => m.score >= threshold)
    .sort((a, b) => b.score - a.score);
}
