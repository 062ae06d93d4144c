import type { Measurement } from '../../domain/model';
import type { RecordedValue } from '../../domain/updates';
import type { AskCatalogue } from './ask-catalogue';
import type { Fact, Section } from './answer-types';
import { cite } from './cite';
import { formatDate, formatValue } from './format';

/** A figure as the indicator answer lists it: read from the papers, or recorded in Teams. */
export interface ListedFigure {
  period?: string;
  value: number | null;
  raw: string;
  recorded?: RecordedValue;
  read?: Measurement;
}

/**
 * Figures a newer one supersedes, each with its period (or the date of its papers) and where it
 * was read, so a member sees what changed and which report said so.
 */
export function earlierFigures(catalogue: AskCatalogue, figures: ListedFigure[], unit?: string): Fact[] {
  return figures.map((f) => {
    const document = f.read?.source ? catalogue.documents.get(f.read.source.documentId) : undefined;
    const when = f.period ?? (document?.date ? `papers of ${formatDate(document.date)}` : f.recorded ? formatDate(f.recorded.at) : 'earlier');
    const where = f.read?.source ? cite(catalogue, f.read.source) : f.recorded ? `recorded in Teams by ${f.recorded.author.name}` : undefined;
    return { title: when, value: `${formatValue(f.value, unit, f.raw)}${where ? ` (${where})` : ''}` };
  });
}

/** A table figure's make-up as printed: its row's columns, or the rows its total adds up. */
export function madeUpOf(figure: ListedFigure | undefined, unit?: string): Section | undefined {
  const parts = figure?.read?.parts;
  if (!parts || parts.length === 0) return undefined;
  return { heading: 'Made up of', facts: parts.map((p) => ({ title: p.label, value: formatValue(p.value, unit, p.raw) })) };
}
