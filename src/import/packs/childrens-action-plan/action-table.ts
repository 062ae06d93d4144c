import type { Flag } from '../../../domain/model';
import type { PackText } from '../types';
import type { CleanRow } from './cells';
import { makeFlag, sourceRef } from './flags';
import { columnIndex, isActionHeader, readLayout, type Layout } from './layout';
import type { PriorityBlock } from './priority-blocks';
import { classifyRef, nextRef } from './ref-repair';

/** One action as its physical rows gave it: cells merged column by column across page breaks. */
export interface RawAction {
  ref: string;
  rawRef: string;
  priority: string;
  layout: Layout;
  cells: string[];
  lines: number[];
  flags: Flag[];
  /** The printed reference was unreadable and `ref` was taken from the sequence. */
  recovered?: boolean;
}

const opens = (t: string) => (t.match(/\(/g) ?? []).length - (t.match(/\)/g) ?? []).length;

/**
 * Text that ran over from the row above: the previous cell leaves a bracket open ("(CS") and this
 * cell starts by closing it ("dashboard) Business case…"). Moves the fragment back up.
 */
function fixBleed(pack: PackText, prev: RawAction, cells: string[], line: number): void {
  for (let i = 1; i < cells.length; i++) {
    if (opens(prev.cells[i] ?? '') <= 0) continue;
    const m = /^([^()]*\))\s*(.*)$/.exec(cells[i]);
    if (!m || m[1].split(' ').length > 3) continue;
    prev.cells[i] = `${prev.cells[i]} ${m[1]}`;
    cells[i] = m[2];
    prev.flags.push(makeFlag('text-bled-into-next-row', 'repaired',
      `"${m[1]}" printed at the start of the next row (line ${line}) closes this row's "${prev.layout.columns[i].header}" text; moved back`,
      sourceRef(pack, line), m[1]));
  }
}

function merge(prev: RawAction, cells: string[], line: number, keep: (i: number) => boolean = () => true): void {
  cells.forEach((cell, i) => {
    if (i > 0 && cell && keep(i)) prev.cells[i] = prev.cells[i] ? `${prev.cells[i]} ${cell}` : cell;
  });
  prev.lines.push(line);
}

/**
 * Walks the action tables under each priority block. A table's columns come from its own header
 * (headers repeat after each page break, with junk in the first cell); a row with another number
 * of cells ends the table.
 */
export function readActionTables(pack: PackText, rows: CleanRow[], blocks: PriorityBlock[]): { actions: RawAction[]; flags: Flag[] } {
  const actions: RawAction[] = [];
  const flags: Flag[] = [];
  let layout: Layout | null = null;
  let block: PriorityBlock | undefined;
  const lastInBlock = () => {
    const last = actions.at(-1);
    return last && last.priority === block?.number ? last : undefined;
  };
  for (const row of rows) {
    const startsBlock = blocks.find((b) => b.line === row.line);
    if (startsBlock) {
      block = startsBlock;
      layout = null;
      continue;
    }
    if (!block) continue;
    if (isActionHeader(row.cells)) {
      layout = readLayout(row.cells, row.line);
      continue;
    }
    if (!layout) continue;
    if (row.cells.length !== layout.columns.length) {
      layout = null;
      continue;
    }
    if (!row.cells.some(Boolean)) continue;
    const cells = [...row.cells];
    const prev = lastInBlock();
    const cell = classifyRef(cells[0]);
    const here = sourceRef(pack, row.line);
    const actionText = cells[columnIndex(layout, 'action')] ?? '';
    const startNew = (ref: string, rawRef: string, rowFlags: Flag[], recovered = false) => {
      if (prev) fixBleed(pack, prev, cells, row.line);
      const action: RawAction = { ref, rawRef, priority: block!.number, layout: layout!, cells, lines: [row.line], flags: rowFlags };
      if (recovered) action.recovered = true;
      actions.push(action);
    };
    if (cell.kind === 'ref') {
      const rowFlags: Flag[] = [];
      const expected = nextRef(block.number, prev?.ref);
      if (cells[0] !== cell.ref) {
        rowFlags.push(makeFlag('ocr-repaired-ref', 'repaired', `reference printed "${cells[0]}" read as ${cell.ref}`, here, cells[0]));
      }
      if (cell.ref !== expected) {
        rowFlags.push(makeFlag('ref-out-of-sequence', 'ambiguous', `reference ${cell.ref} where ${expected} was expected`, here, cells[0]));
      }
      startNew(cell.ref, cells[0], rowFlags);
    } else if (cell.kind === 'garbage' && actionText) {
      const ref = nextRef(block.number, prev?.ref);
      startNew(ref, cells[0], [makeFlag('ref-recovered-from-sequence', 'ambiguous',
        `unreadable reference "${cells[0]}" taken as ${ref} from its place after ${prev?.ref ?? `priority ${block.number}'s start`}`, here, cells[0])], true);
    } else if (!prev) {
      flags.push(makeFlag('orphan-continuation-row', 'ambiguous', 'table row with no reference and no action above it; not read', here, pack.lines[row.line - 1]));
    } else if (cell.kind === 'page-number') {
      const dropped: string[] = [];
      const kept: string[] = [];
      merge(prev, cells, row.line, (i) => {
        const duplicate = prev.cells[i]?.includes(cells[i]) ?? false;
        (duplicate ? dropped : kept).push(cells[i]);
        return !duplicate;
      });
      prev.flags.push(makeFlag('page-foot-overlap-row', 'repaired',
        `row starting with page number ${cell.page}: ${dropped.length} fragment(s) repeating this row dropped` +
          (kept.length ? `, ${kept.length} new fragment(s) merged (${kept.map((k) => `"${k}"`).join(', ')})` : ''),
        here, pack.lines[row.line - 1]));
    } else {
      merge(prev, cells, row.line);
      prev.flags.push(makeFlag(cell.kind === 'empty' ? 'continuation-row-merged' : 'unreadable-ref-continuation',
        cell.kind === 'empty' ? 'repaired' : 'ambiguous',
        `row continued after a page break (line ${row.line}) merged cell by cell into ${prev.ref}`, here));
    }
  }
  return { actions, flags };
}
