import type { Risk, RiskRating } from './model';

export type { Risk, RiskRating } from './model';

/** Rules for risk ratings: pure, no I/O. The records themselves are in model.ts. */

/** Cyrillic and Greek capitals (and the Cyrillic Ze for 3) that print like Latin letters and digits. */
const lookAlikes: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', З: '3',
  а: 'A', в: 'B', с: 'C', е: 'E', о: 'O', р: 'P', х: 'X', з: '3',
  Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Κ: 'K', Μ: 'M', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
};

/** A rating cell as printed, with its Latin code when it is a letter and a digit ("B2"). */
export function readRating(raw: string): RiskRating | undefined {
  const printed = raw.trim();
  if (!printed) return undefined;
  const latin = [...printed].map((c) => lookAlikes[c] ?? c).join('').toUpperCase().replace(/\s+/g, '');
  return /^[A-F][1-6]$/.test(latin) ? { raw: printed, code: latin } : { raw: printed };
}

/** A rating written in a question ("b2", "с3"), as the code it is matched on. */
export function ratingCode(text: string): string | undefined {
  return readRating(text)?.code;
}

/** What a risk is rated, said as the paper says it: 'C3 (printed "СЗ")', "overall score 12 (likelihood 3 x impact 4)". */
export function ratingText(risk: Risk): string | undefined {
  const parts: string[] = [];
  if (risk.rating) parts.push(risk.rating.code && risk.rating.code !== risk.rating.raw ? `${risk.rating.code} (printed "${risk.rating.raw}")` : risk.rating.raw);
  if (risk.score !== undefined) {
    const factors = risk.likelihood !== undefined && risk.impact !== undefined ? ` (likelihood ${risk.likelihood} x impact ${risk.impact})` : '';
    parts.push(`overall score ${risk.score}${factors}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** How letter-and-number ratings rank: the likelihood letters and the impact digits, highest first. */
export interface RatingKey {
  likelihood: readonly string[];
  impact: readonly string[];
}

/** A code's place on each part of the key (0 highest), or undefined when the key does not hold it. */
function placeOf(code: string, key: RatingKey): [number, number] | undefined {
  const l = key.likelihood.indexOf(code[0]!.toLowerCase());
  const i = key.impact.indexOf(code.slice(1));
  return l < 0 || i < 0 ? undefined : [l, i];
}

/** `a` is at least as high as `b` on both parts of the key, and higher on one. */
function outranks(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[0] && a[1] <= b[1] && (a[0] < b[0] || a[1] < b[1]);
}

/**
 * The risks of one table no other risk of it outranks: the highest scores, and the letter-and-number
 * ratings no other is at least as high as on both parts (B3 and C2 can both be highest; B2 outranks
 * both). A rating the key cannot place (printed in words, a letter beyond it) is kept: nothing says
 * it is lower. Risks with no rating or score are left out.
 */
export function highestRated(risks: readonly Risk[], key: RatingKey): Risk[] {
  const scores = risks.flatMap((r) => (r.score !== undefined && !r.rating ? [r.score] : []));
  const top = scores.length > 0 ? Math.max(...scores) : undefined;
  const placed = new Map(risks.flatMap((r) => (r.rating?.code ? [[r, placeOf(r.rating.code, key)] as const] : [])));
  return risks.filter((r) => {
    if (!r.rating) return r.score !== undefined && r.score === top;
    const place = placed.get(r);
    return !place || ![...placed.values()].some((other) => other && outranks(other, place));
  });
}
