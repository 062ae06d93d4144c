import type { Needle } from './question-types';

/**
 * Case- and typography-insensitive matching of what a reply must (not) show.
 *
 * @remarks
 * Figures match whole: "16 weeks" is not found in "116 weeks", "1.9" not in "11.9" or "1.95", "0.12"
 * not in "10.12". Trailing decimal zeros do not change a figure: "£24,350,408" matches
 * "£24,350,408.00", and "41.0%" matches "41%". Words match whole too ("Complete" is not found in
 * "Completed").
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isDigit = (c: string | undefined) => !!c && /\p{N}/u.test(c);

function pattern(needle: string): RegExp {
  const n = normalise(needle);
  const first = n[0];
  const last = n[n.length - 1];
  let before = '';
  if (isDigit(first)) before = '(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])';
  else if (isWordChar(first)) before = '(?<![\\p{L}\\p{N}])';
  let after = '';
  if (isDigit(last)) after = '(?:\\.0+)?(?![\\p{N}])(?![.,]\\p{N})';
  else if (isWordChar(last)) after = '(?![\\p{L}\\p{N}])';
  return new RegExp(`${before}${escape(n)}${after}`, 'u');
}

/** A figure as written, and without trailing decimal zeros ("41.0%" and "41%"; "0.00" and "0"). */
function spellings(needle: string): string[] {
  const trimmed = needle.replace(/(\d)\.(\d*?)0+(?!\d)/g, (_, unit: string, kept: string) => (kept ? `${unit}.${kept}` : unit));
  return trimmed === needle ? [needle] : [needle, trimmed];
}

/** True when `text` shows `needle` (or, for a list, any one of its strings). */
export function shows(text: string, needle: Needle): boolean {
  const haystack = normalise(text);
  const options = (Array.isArray(needle) ? needle : [needle]).flatMap(spellings);
  return options.some((option) => pattern(option).test(haystack));
}

/** How a needle is printed in a report: `a` or `a | b | c` for "any of". */
export function describeNeedle(needle: Needle): string {
  return Array.isArray(needle) ? `(${needle.join(' | ')})` : needle;
}
