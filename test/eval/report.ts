import { type Target, targets } from './gate';
import { describeNeedle } from './matching';
import type { QuestionResult } from './scoring';

export interface Share {
  label: string;
  right: number;
  total: number;
}

export interface EvalSummary {
  total: Share;
  byTopic: Share[];
  byExpectation: Share[];
  byTag: Share[];
  byPack: Share[];
  misses: QuestionResult[];
  wrongFigures: QuestionResult[];
  medianMs: number;
  /** The set's target (share right, wrong figures allowed); the development set's unless said. */
  target: Target;
  passed: boolean;
}

function shares(results: QuestionResult[], keysOf: (r: QuestionResult) => string[]): Share[] {
  const map = new Map<string, Share>();
  for (const result of results) {
    for (const label of keysOf(result)) {
      const share = map.get(label) ?? { label, right: 0, total: 0 };
      share.total += 1;
      if (result.right) share.right += 1;
      map.set(label, share);
    }
  }
  return [...map.values()];
}

/** Totals, shares per kind, misses and wrong figures, and whether the set meets its target. */
export function summarise(results: QuestionResult[], target: Target = targets.dev): EvalSummary {
  const right = results.filter((r) => r.right).length;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const wrongFigures = results.filter((r) => r.wrongFigure);
  const total = { label: 'all questions', right, total: results.length };
  return {
    total,
    byTopic: shares(results, (r) => [r.question.topic]),
    byExpectation: shares(results, (r) => [r.question.expect.kind]),
    byTag: shares(results, (r) => r.question.tags ?? []),
    byPack: shares(results, (r) => (r.question.packs.length ? r.question.packs.map((p) => `pack ${p}`) : ['no pack'])).sort((a, b) =>
      a.label.localeCompare(b.label),
    ),
    misses: results.filter((r) => !r.right),
    wrongFigures,
    medianMs: times.length ? times[Math.floor(times.length / 2)]! : 0,
    target,
    passed: results.length > 0 && right / results.length >= target.share && wrongFigures.length <= (target.wrongFigures ?? Infinity),
  };
}

const pct = (s: Share) => (s.total ? (100 * s.right) / s.total : 0).toFixed(1).padStart(5);
const line = (s: Share) => `  ${s.label.padEnd(16)} ${pct(s)}%  (${s.right}/${s.total})`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describeMiss(r: QuestionResult): string {
  const q = r.question;
  const expected =
    q.expect.kind === 'answer'
      ? `an answer showing ${q.expect.mustContain.map(describeNeedle).join(', ')}`
      : q.expect.kind === 'ask-back'
        ? 'an ask-back'
        : 'a not-found';
  const notes = [
    r.missing.length ? `missing ${r.missing.join(', ')}` : '',
    r.forbidden.length ? `showed ruled-out ${r.forbidden.join(', ')}` : '',
    r.error ? `error: ${r.error}` : '',
  ].filter(Boolean);
  return [
    `- ${q.id}${r.wrongFigure ? ' [WRONG FIGURE]' : ''} "${q.text}"`,
    `    expected ${expected}`,
    `    got ${r.got.kind}: ${clip(r.got.text.replace(/\s+/g, ' '), 220) || '(nothing)'}`,
    ...(notes.length ? [`    ${notes.join('; ')}`] : []),
  ].join('\n');
}

/** The printed report: shares, then every miss with what was expected and what came back. */
export function formatReport(summary: EvalSummary, options: { showMisses?: boolean; title?: string } = {}): string {
  const needed = (summary.target.share * 100).toFixed(0);
  const wrongNeeded = summary.target.wrongFigures === undefined ? '' : ` (needed ${summary.target.wrongFigures})`;
  const out = [
    options.title ?? 'Members ask: evaluation over the bundled packs',
    '',
    'By kind of question:',
    ...summary.byTopic.map(line),
    'By expected reply:',
    ...summary.byExpectation.map(line),
    'By tag:',
    ...summary.byTag.map(line),
    'By pack:',
    ...summary.byPack.map(line),
    '',
    `Share right: ${pct(summary.total).trim()}% (${summary.total.right}/${summary.total.total}); needed ${needed}%`,
    `Wrong figures: ${summary.wrongFigures.length}${wrongNeeded}`,
    `Median turn: ${summary.medianMs.toFixed(1)} ms`,
  ];
  if (options.showMisses !== false && summary.misses.length > 0) {
    out.push('', `Misses (${summary.misses.length}):`, ...summary.misses.map(describeMiss));
  }
  out.push('', summary.passed ? 'PASS' : 'FAIL');
  return out.join('\n');
}
