import { describe, expect, it } from 'vitest';
import { parseEvalOptions, robustScope } from './eval-options';

describe('npm run eval options', () => {
  it('runs blind, dev and robust by default, in that order', () => {
    expect(parseEvalOptions([])).toEqual({ parts: ['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'dev', 'robust'], quiet: false, full: false });
  });

  it('keeps report order whatever order --set names the parts in', () => {
    expect(parseEvalOptions(['--set=robust,dev']).parts).toEqual(['dev', 'robust']);
    expect(parseEvalOptions(['--set=blind']).parts).toEqual(['blind']);
  });

  it('reads --only, --quiet and --full', () => {
    expect(parseEvalOptions(['--only=ind-01, fu-02', '--quiet', '--full'])).toEqual({
      parts: ['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'dev', 'robust'],
      only: ['ind-01', 'fu-02'],
      quiet: true,
      full: true,
    });
  });

  it('refuses an unknown part or flag rather than run another gate', () => {
    expect(() => parseEvalOptions(['--set=dev,blnd'])).toThrow('unknown set: blnd');
    expect(() => parseEvalOptions(['--set='])).toThrow('unknown set');
    expect(() => parseEvalOptions(['--sets=dev'])).toThrow('unknown option --sets=dev');
  });

  it('varies the sets named beside robust, or both when it runs alone', () => {
    const sets = ['blind', 'dev'] as const;
    expect(robustScope(['dev', 'robust'], sets)).toEqual(['dev']);
    expect(robustScope(['blind', 'dev', 'robust'], sets)).toEqual(['blind', 'dev']);
    expect(robustScope(['robust'], sets)).toEqual(['blind', 'dev']);
  });
});
