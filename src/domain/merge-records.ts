import { slugify } from './ids';
import { type DocumentDates, flagDoubtfulMatches, mergeIndicators } from './merge-indicators';
import { mergeRecord } from './merge-record';
import { type Dataset, emptyDataset, type Indicator } from './model';

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? mergeRecord(seen, item) : item);
  }
  return [...byId.values()];
}

/**
 * One indicator per id, its figures from every paper kept (see mergeIndicators); the same name in
 * another unit is kept apart under its own id, flagged. Alike names in different papers are flagged.
 */
function dedupeIndicators(items: Indicator[], dateOf: DocumentDates): Indicator[] {
  const byId = new Map<string, Indicator>();
  for (const item of items) {
    const seen = byId.get(item.id);
    const merged = seen ? mergeIndicators(seen, item, dateOf) : item;
    if (merged) {
      byId.set(item.id, merged);
      continue;
    }
    const flag = { code: 'same-name-other-unit', severity: 'ambiguous' as const, message: `"${item.name}" appears in ${seen!.unit} and in ${item.unit}: kept as two measures, not merged.`, source: item.source };
    byId.set(item.id, { ...seen!, flags: [...seen!.flags, flag] });
    const id = `${item.id}/${slugify(item.unit ?? 'other')}`;
    byId.set(id, { ...item, id, flags: [...item.flags, flag] });
  }
  return flagDoubtfulMatches([...byId.values()]);
}

/** One record per id (merged), one glossary entry per term and expansion. */
export function dedupeDataset(dataset: Dataset): Dataset {
  const dates = new Map(dataset.documents.map((d) => [d.id, d.date]));
  const glossary = new Map(dataset.glossary.map((g) => [`${g.term}\u0000${g.expansion}`, g]));
  return {
    ...emptyDataset(),
    documents: dedupe(dataset.documents),
    plans: dedupe(dataset.plans),
    actions: dedupe(dataset.actions),
    indicators: dedupeIndicators(dataset.indicators, (id) => dates.get(id)),
    recommendations: dedupe(dataset.recommendations),
    risks: dedupe(dataset.risks),
    meetings: dedupe(dataset.meetings),
    people: dedupe(dataset.people),
    glossary: [...glossary.values()],
    reports: dedupe(dataset.reports),
    flags: dataset.flags,
  };
}
