import type { Indicator } from '../../domain/model';
import { type NumberedFamily, numberedFamily } from '../../domain/numbered-figures';
import type { CatalogueIndex } from '../../nlu/catalogue-index';
import type { Section } from './answer-types';
import { formatValue } from './format';

/**
 * A member asking how an inspection standard was rated often asks its weakest figure in the same
 * breath, and one asking a key question's figure how its standard was rated: the card of a numbered
 * figure shows its parts and what it is part of (src/domain/numbered-figures.ts).
 */

const families = new WeakMap<CatalogueIndex, NumberedFamily>();

/** The numbered figures of a catalogue, related once. */
function familyOf(index: CatalogueIndex): NumberedFamily {
  let family = families.get(index);
  if (!family) families.set(index, (family = numberedFamily(index.indicators.values())));
  return family;
}

/** A figure's newest value in the papers (by the end of its period; the last read where none is dated). */
const latestOf = (indicator: Indicator) => {
  const figure = indicator.values.reduce<Indicator['values'][number] | undefined>((a, b) => (!a || (b.periodEnd ?? '') >= (a.periodEnd ?? '') ? b : a), undefined);
  return figure ? `${formatValue(figure.value, indicator.unit, figure.raw)}${figure.period ? ` (${figure.period})` : ''}` : 'no figure given';
};

/** The card's sections on a numbered figure's parts and on the figure it is part of (none when it has neither). */
export function numberedSections(index: CatalogueIndex, indicator: Indicator): Section[] {
  const sections: Section[] = [];
  const parts = familyOf(index).partsOf(indicator);
  // Lines, not facts: a key question's name is a sentence, too long for a fact's title on a phone.
  // Figures recorded in Teams are on each part's own card; these are the papers'.
  if (parts.length > 0) sections.push({ heading: 'Its parts in the papers', lines: parts.map((p) => `${p.name}: ${latestOf(p)}`) });
  sections.push(...wholesSection(index, [indicator]));
  return sections;
}

/** The figures several named ones are part of, each once ("2.4 Reviewing" for "2.4.2" and "2.4.3"), unless named too. */
export function wholesSection(index: CatalogueIndex, named: Indicator[]): Section[] {
  const ids = new Set(named.map((i) => i.id));
  const wholes = new Map<string, Indicator>();
  for (const indicator of named) {
    const whole = familyOf(index).wholeOf(indicator);
    if (whole && !ids.has(whole.id)) wholes.set(whole.id, whole);
  }
  return wholes.size > 0 ? [{ heading: 'Part of', lines: [...wholes.values()].map((w) => `${w.name}: ${latestOf(w)}`) }] : [];
}
