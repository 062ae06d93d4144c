import { describe, expect, it } from 'vitest';
import { checkRecord, parseFigure, type RecordInput } from '../../src/domain/update-record-rules';

const today = '2026-11-20';
const good: RecordInput = { indicatorId: 'ind-1', period: 'October 2026', periodEnd: '2026-10-31', value: '7.2', commentary: '' };

describe('rules for recording an indicator value', () => {
  it.each([
    ['7.2', 7.2],
    ['1,250', 1250],
    ['64%', 64],
    ['-2', -2],
    [' 0.5 ', 0.5],
    ['seven', undefined],
    ['7.2.1', undefined],
    ['', undefined],
  ])('reads "%s" as %s', (text, value) => {
    expect(parseFigure(text)).toBe(value);
  });

  it.each([
    ['an indicator the card did not offer', { indicatorId: 'other' }, { indicatorId: 'Choose the indicator this value is for.' }],
    ['no period', { period: ' ' }, { period: 'Say which period the value is for (for example "October 2026" or "Q2 2026/27").' }],
    ['a period end that has not come', { periodEnd: '2026-12-31' }, { periodEnd: '31 December 2026 has not come yet; record a value once its period has ended.' }],
    ['a period end that is not a date', { periodEnd: '31/10/2026' }, { periodEnd: 'Give the end of the period as a date (for example 2026-10-31).' }],
    ['no value', { value: '' }, { value: 'Enter the value as a number.' }],
    ['a value that is not a number', { value: 'about 7' }, { value: '"about 7" is not a number; enter digits only (for example 7.2).' }],
  ] as const)('rejects %s, naming the field', (_name, change, errors) => {
    expect(checkRecord({ ...good, ...change }, ['ind-1'], today)).toEqual({ ok: false, errors });
  });

  it('accepts a value with its period, leaving out what was not given', () => {
    expect(checkRecord({ ...good, periodEnd: '' }, ['ind-1'], today)).toEqual({ ok: true, value: { indicatorId: 'ind-1', period: 'October 2026', value: 7.2 } });
  });
});
