/**
 * A benchmark cell with fewer figures than the measures stacked beside it ("92% 29%" for three
 * measures). The figures keep their order, so each way of placing them is an order-preserving
 * choice of measures; the one whose figures sit closest to each measure's own current and target
 * figures is taken, but only when it fits at least twice as well as any other way. Otherwise the
 * cell stays unmatched.
 */

/** How far apart two figures are, as a ratio (0 when equal; 0.69 when one is twice the other). */
function distance(a: number, b: number): number {
  if (a === b) return 0;
  if (a <= 0 || b <= 0) return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1);
  return Math.abs(Math.log(a / b));
}

/** Every increasing choice of `k` indexes out of `n`. */
function choices(n: number, k: number, start = 0): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = start; i <= n - k; i++) for (const rest of choices(n, k - 1, i + 1)) out.push([i, ...rest]);
  return out;
}

/**
 * The measure index each benchmark figure belongs to, or undefined when no placement stands out.
 * `anchors[i]` are measure i's own figures (current, target).
 */
export function alignBenchmarks(figures: number[], anchors: number[][]): number[] | undefined {
  if (figures.length === 0 || figures.length >= anchors.length) return undefined;
  const scored = choices(anchors.length, figures.length).map((placing) => {
    let cost = 0;
    for (const [j, i] of placing.entries()) {
      const own = anchors[i];
      if (own.length === 0) return { placing, cost: Infinity };
      cost += Math.min(...own.map((a) => distance(figures[j], a)));
    }
    return { placing, cost };
  });
  scored.sort((a, b) => a.cost - b.cost);
  const [best, next] = scored;
  if (!best || !Number.isFinite(best.cost)) return undefined;
  if (next && !(best.cost * 2 <= next.cost)) return undefined;
  return best.placing;
}
