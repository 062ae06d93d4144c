import { describe, expect, it } from 'vitest';
import { answer, type EvalQuestion } from './question-types';
import { failureSample, formatRobustReport, summariseRobustness } from './robustness-report';
import type { VariantResult } from './robustness-run';
import type { VariantKind } from './robustness';

const question = (id: string): EvalQuestion => ({ id, text: `question ${id}`, topic: 'indicator', packs: ['004'], expect: answer(['1']) });

const variant = (id: string, kind: VariantKind, right: boolean, originalRight: boolean, wrongFigure = false): VariantResult => ({
  original: question(id),
  variant: { kind, text: `${kind} of ${id}` },
  result: {
    question: question(id),
    conversationId: `eval-rv-${id}`,
    got: { kind: right ? 'indicator' : 'not-found', text: right ? 'figure 1' : 'nothing found' },
    right,
    wrongFigure,
    missing: right ? [] : ['1'],
    forbidden: [],
    ms: 3,
  },
  originalRight,
});

describe('the robustness report', () => {
  const results = [
    variant('ind-01', 'filler', true, true),
    variant('ind-01', 'typo', false, true),
    variant('ind-02', 'typo', false, false),
    variant('ind-02', 'reorder', false, false, true),
    ...Array.from({ length: 16 }, (_, i) => variant(`ind-${10 + i}`, 'filler', true, true)),
  ];

  it('counts all variants, those of right questions, and each kind', () => {
    const summary = summariseRobustness(results);
    expect(summary.all).toEqual({ right: 17, total: 20 });
    expect(summary.held).toEqual({ right: 17, total: 18 });
    const kind = (k: VariantKind) => summary.byKind.find((x) => x.kind === k);
    expect(kind('typo')).toEqual({ kind: 'typo', all: { right: 0, total: 2 }, held: { right: 0, total: 1 } });
    expect(kind('target')).toEqual({ kind: 'target', all: { right: 0, total: 0 }, held: { right: 0, total: 0 } });
    expect(summary.wrongFigures).toBe(1);
    expect(summary.passed).toBe(false);
  });

  it('passes at 95% of all variants', () => {
    const many = [...results.slice(0, 2), ...Array.from({ length: 38 }, (_, i) => variant(`ind-${40 + i}`, 'filler', true, true))];
    expect(summariseRobustness(many).passed).toBe(true);
  });

  it('samples failures of right questions first, one kind at a time', () => {
    const failures = [
      variant('ind-03', 'typo', false, false),
      variant('ind-04', 'typo', false, true),
      variant('ind-05', 'typo', false, true),
      variant('ind-06', 'reorder', false, true),
    ];
    const sample = failureSample(failures, 3).map((f) => `${f.original.id} ${f.variant.kind}`);
    expect(sample).toEqual(['ind-04 typo', 'ind-06 reorder', 'ind-05 typo']);
  });

  it('prints the shares, and each failure with its text, original and reply, unless quiet', () => {
    const text = formatRobustReport(summariseRobustness(results));
    expect(text).toContain('  typo            0.0% (0/2)   of right questions   0.0% (0/1)');
    expect(text).toContain('Variants right: 85.0% (17/20); needed 95%');
    expect(text).toContain('- ind-01 typo: "typo of ind-01"');
    expect(text).toContain('- ind-02 reorder [WRONG FIGURE] (original missed too): "reorder of ind-02"');
    expect(text).toContain('    got not-found: nothing found; missing 1');
    expect(text.trim().endsWith('FAIL')).toBe(true);
    expect(formatRobustReport(summariseRobustness(results), { showFailures: false })).not.toContain('Failing variants');
  });
});
