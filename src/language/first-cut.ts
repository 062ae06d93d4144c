/**
 * The counters of a first cut over an index's items (records or passages), kept in arrays over the
 * items and reused question after question rather than maps: a common word touches thousands of
 * items at scale. `round` numbers the questions (an item is in this question's cut when `inCut` holds
 * it), `mark` the slots (an item a slot has already counted holds it in `seen`).
 */
export interface CutScratch {
  weight: Float64Array;
  inCut: Uint32Array;
  seen: Uint32Array;
  round: number;
  mark: number;
}

export function newCutScratch(size: number): CutScratch {
  return { weight: new Float64Array(size), inCut: new Uint32Array(size), seen: new Uint32Array(size), round: 0, mark: 0 };
}

/**
 * One posting list's items for the slot marked `mark`: each counted once per slot; an item already in
 * the cut gains `w`, one not yet in is let in with `w` (and listed in `order`) only when `brings`.
 */
export function addPostings(cut: CutScratch, list: readonly number[], w: number, brings: boolean, order: number[]): void {
  const { weight, inCut, seen, round, mark } = cut;
  for (const id of list) {
    if (seen[id] === mark) continue;
    seen[id] = mark;
    if (inCut[id] === round) weight[id] = weight[id]! + w;
    else if (brings) {
      inCut[id] = round;
      weight[id] = w;
      order.push(id);
    }
  }
}
