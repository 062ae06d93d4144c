import type { Indicator } from '../../domain/model';
import type { CatalogueIndex } from '../../nlu/catalogue-index';
import type { Section } from './answer-types';
import { formatValue } from './format';

/**
 * Figures numbered as parts of one another in the same document and area: an inspection standard
 * ("2.1 Assessment", rated "Good") and its key questions ("2.1.1 Does assessment sufficiently
 * analyse...", 100%), or a plan's measure and its sub-measures. A member asking how a standard was
 * rated often asks its weakest figure in the same breath, and one asking a key question's figure how
 * its standard was rated.
 */

/** A section number in a figure's name ("2.1", "3.4.2"): two to four levels, none of them a year. */
const numbered = /(?<![\d.])(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d.]|\s*(?:%|per\b|million|m\b|k\b|bn\b))/;

/** The section number a figure's name carries, if any. */
export function numberOf(name: string): string | undefined {
  return numbered.exec(name)?.[1];
}

type Family = Map<string, Indicator>;
const families = new WeakMap<CatalogueIndex, Family>();

/** The numbered figures by document, area and number, built once per catalogue. */
function familyOf(index: CatalogueIndex): Family {
  let family = families.get(index);
  if (family) return family;
  family = new Map();
  const seen = new Map<string, number>();
  for (const indicator of index.indicators.values()) {
    const number = numberOf(indicator.name);
    if (!number) continue;
    const key = keyOf(indicator, number);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    family.set(key, indicator);
  }
  // A number two figures of one document and area carry says nothing of which is meant.
  for (const [key, count] of seen) if (count > 1) family.delete(key);
  families.set(index, family);
  return family;
}

const keyOf = (indicator: Indicator, number: string) => `${indicator.source.documentId}|${indicator.area ?? ''}|${number}`;

/** The figure a numbered one is part of ("2.1" for "2.1.3"), in the same document and area. */
export function wholeOf(index: CatalogueIndex, indicator: Indicator): Indicator | undefined {
  const number = numberOf(indicator.name);
  const up = number?.split('.').slice(0, -1).join('.');
  return up ? familyOf(index).get(keyOf(indicator, up)) : undefined;
}

/** The figures numbered as a figure's parts ("2.1.1", "2.1.2"... of "2.1"), in order. */
export function partsOf(index: CatalogueIndex, indicator: Indicator): Indicator[] {
  const number = numberOf(indicator.name);
  if (!number) return [];
  const family = familyOf(index);
  const out: Indicator[] = [];
  for (let n = 1; n <= MAX_PARTS; n++) {
    const part = family.get(keyOf(indicator, `${number}.${n}`));
    if (part) out.push(part);
    else if (n > 1) break;
  }
  return out;
}
const MAX_PARTS = 20;

const latestOf = (indicator: Indicator) => {
  const figure = indicator.values.at(-1);
  return figure ? `${formatValue(figure.value, indicator.unit, figure.raw)}${figure.period ? ` (${figure.period})` : ''}` : 'no figure given';
};

/** The card's sections on a numbered figure's parts and on the figure it is part of (none when it has neither). */
export function numberedSections(index: CatalogueIndex, indicator: Indicator): Section[] {
  const sections: Section[] = [];
  const parts = partsOf(index, indicator);
  // Lines, not facts: a key question's name is a sentence, too long for a fact's title on a phone.
  if (parts.length > 0) sections.push({ heading: 'Its parts in the papers', lines: parts.map((p) => `${p.name}: ${latestOf(p)}`) });
  sections.push(...wholesSection(index, [indicator]));
  return sections;
}

/** The figures several named ones are part of, each once ("2.4 Reviewing" for "2.4.2" and "2.4.3"), unless named too. */
export function wholesSection(index: CatalogueIndex, named: Indicator[]): Section[] {
  const ids = new Set(named.map((i) => i.id));
  const wholes = new Map<string, Indicator>();
  for (const indicator of named) {
    const whole = wholeOf(index, indicator);
    if (whole && !ids.has(whole.id)) wholes.set(whole.id, whole);
  }
  return wholes.size > 0 ? [{ heading: 'Part of', lines: [...wholes.values()].map((w) => `${w.name}: ${latestOf(w)}`) }] : [];
}
