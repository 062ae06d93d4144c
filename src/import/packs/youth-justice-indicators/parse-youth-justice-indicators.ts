import type { SourceRef } from '../../../domain/model';
import type { PackParser } from '../types';
import { areaPattern, discoverAreas } from './areas';
import { readDefinitions } from './definitions';
import { readFigures } from './figures';
import { IndicatorBuilder } from './indicator-builder';
import { familyOf, MEASURES, statesLowerIsBetter, type Family } from './measures';
import { betweenYears, sentencePeriod } from './periods';
import { readProse } from './prose';

/**
 * Reads the national youth justice indicators (first time entrants, use of custody, re-offending
 * frequency and binary rate) per area from a youth justice plan with per-area appendices: one
 * Indicator per (measure, area) with its values, comparators and periods. The figures sit in stock
 * sentences, so each sentence is read by its keywords, with the section's area and indicator as
 * context. Conflicting figures for the same period are all kept and flagged. Returns {} when the
 * pack has no per-area youth justice appendices or no figures.
 */
export const parseYouthJusticeIndicators: PackParser = (pack) => {
  const { region, locals } = discoverAreas(pack);
  if (locals.length === 0) return {};
  const areas = [...(region ? [region] : []), ...locals];
  const known = (name: string | undefined): string | undefined => areas.find((a) => a.toLowerCase() === name?.toLowerCase());
  let area = known(pack.council) ?? region ?? locals[0] ?? '';
  let family: Family | undefined;
  const periods = new Map<string, string>();
  const lowerIsBetter = new Set<Family>();
  const builder = new IndicatorBuilder();
  for (const item of readProse(pack)) {
    if (item.kind === 'heading') {
      const named = areas.filter((a) => areaPattern(a).test(item.text));
      if (named.length === 1 && named[0]) area = named[0];
      family = familyOf(item.text);
      continue;
    }
    const own = familyOf(item.text);
    if (own && !item.footnote) family = own;
    const fam = own ?? family;
    if (!fam) continue;
    if (statesLowerIsBetter(item.text)) lowerIsBetter.add(fam);
    const stated = sentencePeriod(item.text);
    if (stated && !item.footnote) periods.set(`${area}|${fam}`, stated);
    const source: SourceRef = { documentId: pack.documentId, page: pack.pageOfLine(item.line), lineStart: item.line, lineEnd: item.lastLine };
    const years = betweenYears(item.text);
    for (const fig of readFigures(item.text, { family: fam, area, areas, ...(region ? { region } : {}) })) {
      const period = stated ?? years?.[1] ?? periods.get(`${fig.area}|${fam}`);
      if (fig.role === 'value') {
        builder.addValue(fig.area, fig.measure, fig.value, fig.raw, period, source);
      } else if (fig.role.kind === 'previous') {
        const when = (fig.fromTo === 'from' ? years?.[0] : undefined) ?? fig.previousPeriod?.replace(/^the\s+/i, '');
        builder.addComparator(fig.area, fig.measure, 'previous', when ?? 'previous', fig.value, fig.raw, when, source);
      } else {
        builder.addComparator(fig.area, fig.measure, fig.role.kind, fig.role.label, fig.value, fig.raw, period, source);
      }
    }
  }
  const definitions = readDefinitions(pack);
  const indicators = builder.build(pack.council ?? region ?? area, lowerIsBetter).map((indicator) => {
    const key = Object.values(MEASURES).find((m) => m.name === indicator.name)?.key;
    const definition = key ? definitions.get(key) : undefined;
    if (!definition) return indicator;
    const { aliases, ...defined } = definition;
    return { ...indicator, aliases: [...indicator.aliases, ...aliases], definition: defined };
  });
  return indicators.length === 0 ? {} : { indicators };
};
