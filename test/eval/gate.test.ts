import { describe, expect, it } from 'vitest';
import { gateLines, gatePassed, meets, type Outcome, summaryLine } from './gate';

const blind = (right: number, wrongFigures = 0): Outcome => ({ part: 'blind', right, total: 150, wrongFigures });
const dev = (right: number, wrongFigures = 0): Outcome => ({ part: 'dev', right, total: 241, wrongFigures });
const robust = (right: number, total: number): Outcome => ({
  part: 'robust',
  right,
  total,
  wrongFigures: 2,
  held: { right: 990, total: 1000 },
});

describe('the eval gate', () => {
  it('holds the blind set to 90% and the development set to 95%, each with no wrong figure', () => {
    expect(meets(blind(135))).toBe(true);
    expect(meets(blind(134))).toBe(false);
    expect(meets(blind(150, 1))).toBe(false);
    expect(meets(dev(229))).toBe(true);
    expect(meets(dev(228))).toBe(false);
    expect(meets(dev(241, 1))).toBe(false);
  });

  it('holds robustness to 95% of all variants, and does not gate its wrong figures', () => {
    expect(meets(robust(950, 1000))).toBe(true);
    expect(meets(robust(949, 1000))).toBe(false);
  });

  it('fails a part that asked nothing, and a run that ran nothing', () => {
    expect(meets(dev(0))).toBe(false);
    expect(meets({ part: 'dev', right: 0, total: 0, wrongFigures: 0 })).toBe(false);
    expect(gatePassed([])).toBe(false);
  });

  it('passes only when every part that ran meets its target', () => {
    expect(gatePassed([blind(140), dev(235), robust(990, 1000)])).toBe(true);
    expect(gatePassed([blind(120), dev(235), robust(990, 1000)])).toBe(false);
    expect(gatePassed([dev(235)])).toBe(true);
  });

  it('prints each target with met or not met, and one line for scripts', () => {
    const outcomes = [blind(123), dev(232), robust(1100, 1200)];
    expect(gateLines(outcomes)).toEqual([
      '  blind   82.0% right (needed 90%), 0 wrong figures (needed 0): not met',
      '  dev     96.3% right (needed 95%), 0 wrong figures (needed 0): met',
      '  robust  91.7% right (needed 95%): not met',
    ]);
    expect(summaryLine(outcomes)).toBe(
      'eval: blind 123/150 (82.0%) wrong 0; dev 232/241 (96.3%) wrong 0; robust 1100/1200 (91.7%) wrong 2 held 990/1000 (99.0%)',
    );
  });
});
