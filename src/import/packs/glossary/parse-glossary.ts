import type { GlossaryEntry } from '../../../domain/model';
import type { PackParser } from '../types';
import { findAbbreviations } from './abbreviations';
import { readGlossaryTables } from './glossary-tables';

/**
 * Glossary entries: the pack's glossary tables, and abbreviations it defines inline as
 * "Long Form (ABBR)" where the letters are the long form's initials. One entry per term and
 * meaning; the first place it is defined is its source.
 */
export const parseGlossary: PackParser = (pack) => {
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  const add = (term: string, expansion: string, lineStart: number, lineEnd: number): void => {
    const key = `${term}\u0000${expansion.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    const page = pack.pageOfLine(lineStart);
    entries.push({ term, expansion, source: { documentId: pack.documentId, ...(page !== undefined ? { page } : {}), lineStart, lineEnd } });
  };
  for (const row of readGlossaryTables(pack)) add(row.term, row.expansion, row.lineStart, row.lineEnd);
  for (const hit of findAbbreviations(pack.lines, 1, pack.lines.length)) add(hit.term, hit.expansion, hit.line, hit.line);
  return entries.length > 0 ? { glossary: entries } : {};
};
