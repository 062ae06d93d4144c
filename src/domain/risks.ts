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
