import type { ComparatorKind } from '../../../domain/model';
import { areaPattern } from './areas';
import type { Family, MeasureKey } from './measures';
import { sinceYear } from './periods';

/** A figure read from a sentence, and what it is. */
export interface Figure {
  value: number;
  raw: string;
  measure: MeasureKey;
  /** The area the figure is for (a comparator's own area is in `label`). */
  area: string;
  role: 'value' | { kind: ComparatorKind; label: string };
  /** For a previous-period comparator: the period it names ("2013/14", "previous year"). */
  previousPeriod?: string;
  /** The figure opens a "from X to Y" change. */
  fromTo?: 'from' | 'to';
}

export interface SentenceContext {
  family: Family;
  /** The area the section is about. */
  area: string;
  region?: string;
  areas: string[];
}

interface Token { value: number; raw: string; percent: boolean; index: number; end: number }

const NUMBER = /(?<![\w.\/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?%)?(?![\w\/]|-\d|\.\d)/g;
const MONTH_AFTER = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[1] ?? '';
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const isYear = !m[2] && /^(?:19|20)\d{2}$/.test(digits);
    if (isYear || MONTH_AFTER.test(text.slice(end))) continue;
    out.push({ value: Number(digits.replace(/,/g, '')), raw: m[0].trim(), percent: Boolean(m[2]), index, end });
  }
  return out;
}

/** A comparator's kind and label as the sentence names it. */
type Role = { kind: ComparatorKind; label: string };
interface Keyword { at: number; end: number; role: Role | 'subject' }

/** Words that name who or when a figure is for; the one nearest before the figure decides. */
function keywords(lead: string, ctx: SentenceContext): Keyword[] {
  const found: Keyword[] = [];
  const add = (re: RegExp, role: Keyword['role']): void => {
    for (const m of lead.matchAll(re)) found.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, role });
  };
  add(/\bnational (?:rate|performance|average)s?\b/gi, { kind: 'national', label: 'national' });
  add(/\bEngland\b/g, { kind: 'england', label: 'England' });
  add(/\bstatistical neighbours?\b/gi, { kind: 'statistical-neighbours', label: 'statistical neighbour' });
  add(/\bprevious year\b|\bwhen (?:it was|there were)\b|\bwhere it was\b|\bsince \d{4}(?:\/\d{2})?\b/gi, { kind: 'previous', label: 'previous year' });
  for (const area of ctx.areas) {
    const role: Keyword['role'] = area.toLowerCase() === ctx.area.toLowerCase()
      ? 'subject'
      : { kind: area === ctx.region ? 'region' : 'area', label: area };
    add(areaPattern(area), role);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The lead-in ends as a figure's does: "was", "is", "at", "of", "to", "rate", a comma, or the keyword itself. */
const CUE = /(?:\b(?:was|were|is|are|at|of|to|actually|rate|performance|when|only)|,)\s*$/i;
const COUNT_AFTER = /^\s*(?:young people\s+)?(?:\([^)]*\)\s*)?(?:entering|entered)\b|^\s*first time entrants\b/i;
const COUNT_BEFORE = /\b(?:there were|current number of)\s*$/i;
const NOUN_AFTER = /^\s*(?:young (?:people|person)|individual|offences|outcomes|sanctions|custodial sentences?|local authority|areas?)\b(?!\s+per\b)/i;
/** Changes, denominators, ratios, ages and page numbers are not the indicator's figures. */
const SKIP_LEAD = /\b(?:(?:reduction|decrease|increase|rise|fall|drop) of|per|in every|aged|pages?|between)\s*$/i;
const SKIP_AFTER = /^\s*(?:-?\s*(?:year|years|month|months|weeks?|days?)\b)/i;

function measureOf(family: Family, tok: Token, lead: string, after: string): MeasureKey | 'skip' {
  if (family === 'reoffending') return tok.percent ? 'reoffending-binary' : 'reoffending-frequency';
  if (NOUN_AFTER.test(after) && !(family === 'fte' && COUNT_AFTER.test(after))) return 'skip';
  if (family === 'custody') return 'custody';
  return COUNT_AFTER.test(after) || COUNT_BEFORE.test(lead) ? 'fte-count' : 'fte-rate';
}

interface RoleChoice {
  role?: Role | 'subject';
  previousPeriod?: string;
}

/**
 * Who a figure is for: "from X to Y" is a change (X previous, Y the value); "(58 in the previous
 * year)" and "33.3% in 14/15" name their period after the figure; "the West Mercia and England
 * performance of 3.23 and 3.90 respectively" pairs in order; otherwise the nearest keyword before
 * the figure decides, and with none a figure after a cue word ("was", "is", "at") is the value.
 */
function roleOf(text: string, lead: string, after: string, fromTo: Figure['fromTo'], queue: Role[], ctx: SentenceContext): RoleChoice {
  if (fromTo === 'from') return { role: { kind: 'previous', label: 'previous' } };
  if (fromTo === 'to') return { role: 'subject' };
  const inPeriod = /^\s*\)?\s*in (the previous year|\d{4}\/\d{2}|\d{2}\/\d{2}|\d{4})\b/i.exec(after);
  if (inPeriod) return { role: { kind: 'previous', label: 'previous year' }, previousPeriod: inPeriod[1] };
  if (queue.length > 0 && /^\s*(?:,|and|or)?\s*$/i.test(lead)) return { role: queue.shift() };
  const words = keywords(lead, ctx);
  const comparators = words.flatMap((w) => (w.role === 'subject' ? [] : [w.role]));
  let role: Role | 'subject' | undefined;
  if (/\brespectively\b/i.test(text) && comparators.length >= 2) {
    queue.push(...comparators.slice(1));
    role = comparators[0];
  } else {
    const nearest = words[words.length - 1];
    const endsOnKeyword = nearest !== undefined && lead.trimEnd().length <= nearest.end + 1;
    const cued = CUE.test(lead) || COUNT_AFTER.test(after);
    if (nearest) role = cued || endsOnKeyword ? nearest.role : undefined;
    else role = cued ? 'subject' : undefined;
  }
  if (role && role !== 'subject' && role.kind === 'previous') {
    return { role, previousPeriod: sinceYear(lead) ?? (/\bprevious year\b/i.test(lead) ? 'previous year' : undefined) };
  }
  return { role };
}

/**
 * Reads the figures of one stock sentence ("…where the Shropshire rate was 262, compared to a
 * national performance of 250"): each number's role comes from the nearest keyword before it
 * (national, England, statistical neighbour, another area, previous year) or, with none, it is the
 * section area's own value. Ranges and gaps end the reading; changes ("a reduction of 83%"),
 * denominators ("per 1,000"), durations and counts of other things are skipped.
 */
export function readFigures(text: string, ctx: SentenceContext): Figure[] {
  const out: Figure[] = [];
  const toks = tokens(text);
  const queue: Role[] = [];
  let lastMeasure: MeasureKey | undefined;
  let previousSkipped = false;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    const lead = text.slice(toks[i - 1]?.end ?? 0, tok.index);
    const after = text.slice(tok.end, tok.end + 80);
    if (/\b(?:range|gap)\b/i.test(lead)) break;
    // "aged 18 to 22", "pages 14 to 16": the second number goes the way of the first.
    if ((previousSkipped && /^\s*(?:to|and|or|-|–)\s*$/i.test(lead)) || SKIP_LEAD.test(lead) || SKIP_AFTER.test(after)) {
      previousSkipped = true;
      continue;
    }
    let measure = measureOf(ctx.family, tok, lead, after);
    previousSkipped = measure === 'skip';
    if (measure === 'skip') continue;
    const next = toks[i + 1];
    const fromTo = /\bfrom\s*$/i.test(lead) && next && /^\s*to\s*$/i.test(text.slice(tok.end, next.index)) ? 'from'
      : /^\s*to\s*$/i.test(lead) && /\bfrom\s*$/i.test(text.slice(toks[i - 2]?.end ?? 0, toks[i - 1]?.index ?? 0)) ? 'to' : undefined;
    const areaAfter = ctx.areas.find((a) => new RegExp(`^\\s*(?:for|in)\\s+${areaPattern(a).source}`, 'i').test(after));
    const { role, previousPeriod } = roleOf(text, lead, after, fromTo, queue, ctx);
    previousSkipped = !role;
    if (!role) continue;
    if (role !== 'subject' && ctx.family === 'fte' && lastMeasure) measure = lastMeasure;
    if (role === 'subject') lastMeasure = measure;
    const figure: Figure = {
      value: tok.value,
      raw: tok.raw,
      measure,
      area: role === 'subject' ? areaAfter ?? ctx.area : ctx.area,
      role: role === 'subject' ? 'value' : role,
      ...(previousPeriod ? { previousPeriod } : {}),
      ...(fromTo ? { fromTo } : {}),
    };
    out.push(figure);
  }
  return out;
}
