import type { Flag } from '../../../domain/model';
import type { PackText } from '../types';
import type { CleanRow } from './cells';
import { makeFlag, sourceRef } from './flags';

/** The appendix table that lists, per inspection priority, the plan actions answering it. */
export interface RecommendationMapping {
  refs: Map<string, string[]>;
  lineStart: number;
  lineEnd: number;
  flags: Flag[];
}

const REF = /^\d+\.\d+$/;

/**
 * Reads "Ofsted report priority for improvement | Action in plan…" after `fromLine`: a number
 * starts a priority, its description wraps over the next rows, and its action refs run down two
 * columns. The stated count ("(21 actions)") is checked against the refs listed.
 */
export function readRecommendationMapping(pack: PackText, rows: CleanRow[], fromLine: number): RecommendationMapping | undefined {
  const isHeader = (r: CleanRow) => r.cells.some((c) => /priority for improvement/i.test(c)) && r.cells.some((c) => /^action in plan/i.test(c));
  const header = rows.find((r) => r.line > fromLine && isHeader(r));
  if (!header) return undefined;
  const refs = new Map<string, string[]>();
  const stated = new Map<string, { count: number; line: number }>();
  const flags: Flag[] = [];
  let current: string | undefined;
  let lineEnd = header.line;
  for (const row of rows.filter((r) => r.line > header.line)) {
    if (isHeader(row)) continue;
    if (row.cells.length < 3) break;
    if (/^\d{1,2}$/.test(row.cells[0])) current = row.cells[0];
    if (!current) continue;
    lineEnd = row.line;
    const list = refs.get(current) ?? [];
    for (const cell of row.cells.slice(1)) {
      if (REF.test(cell)) {
        if (list.includes(cell)) {
          flags.push(makeFlag('duplicate-ref-in-mapping', 'info', `action ${cell} listed twice under priority ${current}`, sourceRef(pack, row.line), cell));
        } else list.push(cell);
      }
      const count = /\((\d+) actions?\)/i.exec(cell);
      if (count) stated.set(current, { count: Number(count[1]), line: row.line });
    }
    refs.set(current, list);
  }
  for (const [number, { count, line }] of stated) {
    const listed = refs.get(number)?.length ?? 0;
    if (listed !== count) {
      flags.push(makeFlag('mapping-count-mismatch', 'ambiguous', `priority ${number} says ${count} actions but lists ${listed}`, sourceRef(pack, line)));
    }
  }
  return { refs, lineStart: header.line, lineEnd, flags };
}
