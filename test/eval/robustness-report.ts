import type { Count } from './gate';
import { percent, targets } from './gate';
import type { VariantResult } from './robustness-run';
import { type VariantKind, variantKinds } from './robustness';

/** The robustness suite's figures: all variants, and those of questions answered right (invariance proper). */
export interface RobustSummary {
  all: Count;
  held: Count;
  byKind: { kind: VariantKind; all: Count; held: Count }[];
  wrongFigures: number;
  failures: VariantResult[];
  passed: boolean;
}

const count = (results: VariantResult[]): Count => ({ right: results.filter((r) => r.result.right).length, total: results.length });

export function summariseRobustness(results: VariantResult[]): RobustSummary {
  const all = count(results);
  const held = count(results.filter((r) => r.originalRight));
  const byKind = variantKinds.map((kind) => {
    const mine = results.filter((r) => r.variant.kind === kind);
    return { kind, all: count(mine), held: count(mine.filter((r) => r.originalRight)) };
  });
  return {
    all,
    held,
    byKind,
    wrongFigures: results.filter((r) => r.result.wrongFigure).length,
    failures: results.filter((r) => !r.result.right),
    passed: all.total > 0 && all.right / all.total >= targets.robust.share,
  };
}

/**
 * The failures worth reading first: variants of questions answered right (the engine broke on a
 * rewording), taken in turn from each kind so one kind cannot fill the sample; then the rest.
 */
export function failureSample(failures: VariantResult[], size: number): VariantResult[] {
  const ordered: VariantResult[] = [];
  for (const heldFirst of [true, false]) {
    const queues = variantKinds.map((k) => failures.filter((f) => f.variant.kind === k && f.originalRight === heldFirst));
    while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) ordered.push(q.shift()!);
  }
  return ordered.slice(0, size);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const share = (c: Count) => `${percent(c).padStart(6)} (${c.right}/${c.total})`;
const line = (label: string, all: Count, held: Count) => `  ${label.padEnd(13)} ${share(all)}   of right questions ${share(held)}`;

function describeFailure(f: VariantResult): string {
  const r = f.result;
  const notes = [
    r.missing.length ? `missing ${r.missing.join(', ')}` : '',
    r.forbidden.length ? `showed ruled-out ${r.forbidden.join(', ')}` : '',
  ].filter(Boolean);
  const marks = `${r.wrongFigure ? ' [WRONG FIGURE]' : ''}${f.originalRight ? '' : ' (original missed too)'}`;
  const got = clip(r.got.text.replace(/\s+/g, ' '), 200) || '(nothing)';
  return [
    `- ${f.original.id} ${f.variant.kind}${marks}: "${f.variant.text}"`,
    `    original "${f.original.text}"; expected ${f.original.expect.kind}`,
    `    got ${r.got.kind}: ${got}${notes.length ? `; ${notes.join('; ')}` : ''}`,
  ].join('\n');
}

export interface RobustReportOptions {
  showFailures?: boolean;
  /** Every failing variant, not a sample. */
  all?: boolean;
  sample?: number;
}

/** The printed report: shares in all and per kind, then a sample of failing variants (every one with `all`). */
export function formatRobustReport(summary: RobustSummary, options: RobustReportOptions = {}): string {
  const needed = Math.round(targets.robust.share * 100);
  const out = [
    'Robustness: variants that must get the same answer (filler, typo, abbreviation, target, reorder)',
    '',
    ...summary.byKind.map((k) => line(k.kind, k.all, k.held)),
    line('all variants', summary.all, summary.held),
    '',
    `Variants right: ${percent(summary.all)} (${summary.all.right}/${summary.all.total}); needed ${needed}%`,
    `Of right questions: ${percent(summary.held)} (${summary.held.right}/${summary.held.total})`,
    `Wrong figures: ${summary.wrongFigures}`,
  ];
  if (options.showFailures !== false && summary.failures.length > 0) {
    const shown = failureSample(summary.failures, options.all ? Infinity : (options.sample ?? 30));
    out.push('', `Failing variants (${shown.length} of ${summary.failures.length}):`, ...shown.map(describeFailure));
  }
  out.push('', summary.passed ? 'PASS' : 'FAIL');
  return out.join('\n');
}
