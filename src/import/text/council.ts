/**
 * Which council a pack is from, read from its own text: the "<Name> Council" it names most and the
 * gov.uk domain its contacts use.
 */

/** Words that precede "Council" without being a council's name. */
const NOT_A_NAME = new Set([
  'the', 'full', 'annual', 'senior', 'people', 'county', 'borough', 'city', 'district', 'parish',
  'town', 'unitary', 'this', 'that', 'each', 'every', 'our', 'local', 'your', 'whole', 'extraordinary',
  'a', 'an', 'and', 'of', 'by', 'to',
]);

/** gov.uk domains that belong to central government, not a council. */
const NOT_A_COUNCIL_DOMAIN = new Set([
  'www', 'gov', 'nationalarchives', 'justiceinspectorates', 'gsi', 'ofsted', 'education', 'dfe',
  'legislation', 'parliament', 'councillors', 'democracy', 'moderngov',
]);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The council's short name ("Medway", "Herefordshire"), or undefined when the text does not say. */
export function detectCouncil(lines: readonly string[]): string | undefined {
  const score = new Map<string, number>();
  const add = (name: string, points: number): void => {
    const key = capitalise(name);
    score.set(key, (score.get(key) ?? 0) + points);
  };
  for (const line of lines) {
    for (const m of line.matchAll(/\b([A-Z][a-z]+)(?: (?:County|Borough|City|District))? Council\b/g)) {
      const name = m[1] ?? '';
      if (!NOT_A_NAME.has(name.toLowerCase())) add(name, 1);
    }
    for (const m of line.matchAll(/[@.]([a-z][a-z-]+)\.gov\.uk\b/gi)) {
      const label = (m[1] ?? '').toLowerCase();
      if (!NOT_A_COUNCIL_DOMAIN.has(label)) add(label, 2);
    }
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [name, points] of score) {
    if (points > bestScore) {
      best = name;
      bestScore = points;
    }
  }
  return best;
}
