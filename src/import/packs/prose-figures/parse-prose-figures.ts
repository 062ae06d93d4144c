import { indicatorId } from '../../../domain/ids';
import type { Comparator, Indicator, SourceRef } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import type { PackParser, PackText } from '../types';
import { periodEnd } from '../youth-justice-indicators/periods';

const FIG = '(\\d[\\d,]*(?:\\.\\d+)?%?)';
const PHRASE = '([^,.;()]+?)';
const PERIOD = '((?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}|\\d{4}\\/\\d{2,4}|\\d{4})';
const THEN = `(?:[^.]*?\\b(?:from|compared (?:to|with)) ${FIG} in ${PERIOD})?`;

/**
 * The stock ways a report states where a measure stands now, with what it was before:
 * "the percentage of X ..., now 57% ... from 37% in April 2021"; "70% of X now Y, compared to 39% in
 * 2021/2022"; "the numbers of X, with currently 181 ...". Each names its measure in its own words.
 */
const SHAPES: { re: RegExp; name: (m: RegExpExecArray) => string; value: number; before: number }[] = [
  {
    re: new RegExp(`\\b(?:the )?(percentage|proportion|share|number) of ${PHRASE},? (?:is |are |was |which is |standing at )?(?:now|currently) (?:at )?${FIG}${THEN}`, 'i'),
    name: (m) => `${m[1]} of ${m[2]}`,
    value: 3,
    before: 4,
  },
  {
    re: new RegExp(`\\b${FIG} of ${PHRASE} now ${PHRASE},? compared (?:to|with) ${FIG} in ${PERIOD}`, 'i'),
    name: (m) => `percentage of ${m[2]} ${m[3]}`,
    value: 1,
    before: 4,
  },
  {
    re: new RegExp(`\\bnumbers? of ${PHRASE},? with currently ${FIG} `, 'i'),
    name: (m) => `number of ${m[1]}`,
    value: 2,
    before: -1,
  },
];

function toNumber(raw: string): number {
  return Number(raw.replace(/[,%]/g, ''));
}

/** "our young people" is "young people"; "in our service" is "in the service": the report's voice, not the measure's. */
function measureName(text: string): string {
  const name = text.replace(/\bof our\b/gi, 'of').replace(/\bour\b/gi, 'the').replace(/\s+/g, ' ').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/);
}

function indicatorsOf(pack: PackText, line: number, sentence: string): Indicator[] {
  const out: Indicator[] = [];
  for (const shape of SHAPES) {
    const m = shape.re.exec(sentence);
    if (!m) continue;
    const raw = m[shape.value]!;
    const name = measureName(shape.name(m));
    const area = pack.council ?? 'Unknown';
    const source: SourceRef = { documentId: pack.documentId, page: pack.pageOfLine(line), lineStart: line, lineEnd: line };
    const comparators: Comparator[] = [];
    const before = shape.before > 0 ? m[shape.before] : undefined;
    const when = shape.before > 0 ? m[shape.before + 1] : undefined;
    if (before && when) {
      const end = periodEnd(when);
      comparators.push({ kind: 'previous', label: when, value: toNumber(before), raw: before, period: when, ...(end ? { periodEnd: end } : {}), source });
    }
    out.push({
      id: indicatorId(area, area, name),
      name,
      aliases: [],
      context: sentence,
      unit: raw.endsWith('%') ? '%' : 'count',
      polarity: 'unknown',
      area,
      council: area,
      values: [{ value: toNumber(raw), raw, source }],
      targets: [],
      comparators,
      source,
      flags: [{ code: 'figure-from-prose', severity: 'info', message: `"${name}" read from a sentence of the report: ${raw}`, source }],
    });
    break;
  }
  return out;
}

/**
 * Figures a report states in its prose for where a measure stands now ("now 57%", "currently 181"),
 * with the earlier figure it gives beside them. Only those stock shapes are read; a figure in any
 * other sentence is left to the passage search, never guessed into a measure.
 */
export const parseProseFigures: PackParser = (pack) => {
  const indicators: Indicator[] = [];
  pack.lines.forEach((text, i) => {
    if (text.includes('\t') || !/\b(now|currently)\b/i.test(text)) return;
    for (const sentence of sentences(cleanCell(text))) indicators.push(...indicatorsOf(pack, i + 1, sentence));
  });
  return indicators.length > 0 ? { indicators } : {};
};
