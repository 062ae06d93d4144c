/** One figure read from a measure cell, with what the cell says about it. */
export interface ValueToken {
  raw: string;
  value: number | null;
  /** "%", "weeks", "per month"... as written after the figure. */
  unit?: string;
  /** Text in brackets after the figure, or "in 2018-19": the period or basis. */
  qualifier?: string;
  /** "CP" in "CP: 87". */
  label?: string;
}

/** What a measure cell holds. */
export type CellValues =
  | { kind: 'empty' }
  | { kind: 'not-applicable' }
  | { kind: 'placeholder'; raw: string }
  | { kind: 'values'; tokens: ValueToken[] }
  /** Text that is not a list of figures ("Project team in place"): kept raw, never read as a figure. */
  | { kind: 'text'; raw: string };

const PLACEHOLDER = /^(to be (agreed|set|confirmed|determined|decided)|tbc|tba|tbd)\.?$/i;
const LABELLED = /^([A-Z]{2,6})\s*:\s*([-+]?\s?\d[\d,]*(?:\.\d+)?)\s?(%?)$/;
// sign, number, %, lower-case unit words, "in <year>", then a bracketed basis (the bracket may be cut off)
const VALUE = /\s*([-+])?\s?(\d[\d,]*(?:\.\d+)?)(?![\d/-])(?:\s?(%))?((?:\s+(?!in\b)[a-z]+)*)(?:\s+in\s+((?:19|20)\d{2}(?:\s*[-/]\s*\d{2,4})?))?(?:\s*\(([^()]*)(?:\)|$))?/y;

function toNumber(sign: string | undefined, digits: string): number {
  const n = Number(digits.replace(/,/g, ''));
  return sign === '-' ? -n : n;
}

/** "CP: 87 IRO: 75": each figure carries its own label. */
function readLabelled(text: string): ValueToken[] | undefined {
  const parts = text.split(/\s+(?=[A-Z]{2,6}\s*:)/);
  if (parts.length < 2) return undefined;
  const tokens: ValueToken[] = [];
  for (const part of parts) {
    const m = LABELLED.exec(part.trim());
    if (!m) return undefined;
    tokens.push({ raw: part.trim(), value: toNumber(undefined, m[2].replace(/\s/g, '')), label: m[1], ...(m[3] ? { unit: '%' } : {}) });
  }
  return tokens;
}

/**
 * Splits a measure cell into its figures: "51% (Year to date October 2019) 93% (…)" gives two,
 * "-2 (last 12 months) 73%" two, "+ 10 75%" two, "110 5" two. A cell that is not wholly figures
 * comes back as text and is never mined for numbers.
 */
export function readCellValues(cell: string): CellValues {
  const text = cell.trim();
  if (!text) return { kind: 'empty' };
  if (/^n\/?a$/i.test(text)) return { kind: 'not-applicable' };
  if (PLACEHOLDER.test(text)) return { kind: 'placeholder', raw: text };
  const labelled = readLabelled(text);
  if (labelled) return { kind: 'values', tokens: labelled };
  const tokens: ValueToken[] = [];
  VALUE.lastIndex = 0;
  while (VALUE.lastIndex < text.length) {
    const start = VALUE.lastIndex;
    const m = VALUE.exec(text);
    if (!m || m[0].trim() === '') return { kind: 'text', raw: text };
    const token: ValueToken = { raw: text.slice(start, VALUE.lastIndex).trim(), value: toNumber(m[1], m[2]) };
    const unit = m[3] ?? m[4]?.trim();
    if (unit) token.unit = unit;
    const qualifier = m[5] ?? m[6]?.trim();
    if (qualifier) token.qualifier = qualifier;
    tokens.push(token);
  }
  return { kind: 'values', tokens };
}

/**
 * A target cell that also carries the current figure: "80% (59% year to date)",
 * "95% (current performance 85%)". Only those two certain shapes are separated.
 */
export function splitEmbeddedCurrent(token: ValueToken): { target: ValueToken; current?: ValueToken } {
  const q = token.qualifier;
  if (!q) return { target: token };
  const m = /^(current(?: performance)?:?\s*)?([-+]?\d[\d,]*(?:\.\d+)?)\s?(%)?\s*(.*)$/i.exec(q);
  if (!m) return { target: token };
  const period = m[4].trim();
  const saysCurrent = !!m[1] || /^(year to date|ytd)\b/i.test(period);
  if (!saysCurrent || /\d/.test(period)) return { target: token };
  const current: ValueToken = { raw: q, value: toNumber(undefined, m[2]) };
  if (m[3]) current.unit = '%';
  if (period) current.qualifier = period;
  const target: ValueToken = { raw: token.raw.replace(/\s*\([^()]*\)?$/, ''), value: token.value };
  if (token.unit) target.unit = token.unit;
  return { target, current };
}
