/** What each column of a risk table holds, read from its header row. */
export type RiskColumn = 'name' | 'description' | 'mitigation' | 'rating' | 'likelihood' | 'impact' | 'score' | 'owner';

/** Header words per column, tried in this order on each header cell (the first column is the risk itself). */
const columnWords: [RiskColumn, RegExp][] = [
  ['mitigation', /mitigat|action to avoid|controls?\b/i],
  ['rating', /rating|\brag\b/i],
  ['likelihood', /likelihood|probability/i],
  ['score', /overall|score|factor/i],
  ['impact', /impact/i],
  ['description', /descri|consequence|effect/i],
  ['owner', /owner|lead\b|responsib/i],
];

/** Words that make a column a risk's assessment: a header needs one of them beside the risk column. */
const assessed = new Set<RiskColumn>(['mitigation', 'rating', 'likelihood', 'score', 'impact']);

const RISK_HEAD = /^(?:the\s+)?risks?\b|^there is a risk\b/i;
/** A header cell is a short label, not a sentence. */
const SHORT = 60;

/**
 * The columns of a risk table when `cells` is its header row, else undefined.
 *
 * @remarks
 * The rule: the first cell names the risk ("Risk", "Risk / opportunity", "There is a risk that:"),
 * every cell is a short label, and another cell names a rating, score, likelihood, impact or
 * mitigation. An action plan's header ("Action | Lead | By when | RAG") names no risk first; a
 * glossary row ("Risk of serious harm | Term used in Asset+...") has a sentence for its second cell.
 */
export function riskColumns(cells: readonly string[]): RiskColumn[] | undefined {
  const used = cells.map((c) => c.trim());
  while (used.length > 0 && used[used.length - 1] === '') used.pop();
  if (used.length < 2 || !RISK_HEAD.test(used[0]!) || used.some((c) => c.length > SHORT || c === '')) return undefined;
  const columns: RiskColumn[] = ['name'];
  for (const cell of used.slice(1)) {
    const found = columnWords.find(([, words]) => words.test(cell));
    if (!found) return undefined;
    columns.push(found[0]);
  }
  return columns.some((c) => assessed.has(c)) ? columns : undefined;
}
