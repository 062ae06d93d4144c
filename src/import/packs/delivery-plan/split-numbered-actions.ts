/** One action read from a cell that runs several numbered actions together. */
export interface NumberedAction {
  ref: string;
  text: string;
}

const DOTTED_REF = /(?:^|\s)(\d+(?:\.\d+){1,3})(?=\s+\S)/g;

function nextRef(ref: string): string {
  const parts = ref.split('.');
  const last = Number(parts.pop());
  return [...parts, String(last + 1)].join('.');
}

/**
 * Splits "1.1.1 Agree … 1.1.2 All appraisals … 1.1.3 Confirm …" into its actions. A dotted number
 * counts as a new action only when it opens the cell or follows on from the previous one (1.1.1,
 * then 1.1.2), so a figure such as "version 2.0" inside an action's text does not split it.
 * Returns [] when the cell does not open with a dotted reference.
 */
export function splitNumberedActions(cell: string): NumberedAction[] {
  const text = cell.trim();
  const starts: { ref: string; at: number; textAt: number }[] = [];
  for (const m of text.matchAll(DOTTED_REF)) {
    const ref = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].indexOf(ref);
    const previous = starts[starts.length - 1];
    const accept = previous ? ref === nextRef(previous.ref) : at === 0;
    if (accept) starts.push({ ref, at, textAt: at + ref.length });
  }
  return starts.map((s, i) => ({
    ref: s.ref,
    text: text.slice(s.textAt, starts[i + 1]?.at ?? text.length).trim(),
  }));
}
