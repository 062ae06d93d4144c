import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/model';
import { parseYouthJusticeIndicators } from '../../../src/import/packs/youth-justice-indicators/parse-youth-justice-indicators';
import type { PackText } from '../../../src/import/packs/types';

function packOf(file: string, council = 'Herefordshire'): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council, pageOfLine: () => undefined };
}

const pack = packOf('002_c981c68784b9b68c.txt');
const out = parseYouthJusticeIndicators(pack);
const indicators = out.indicators ?? [];

const FTE = 'First time entrants rate';
const FTE_N = 'First time entrants (number)';
const CUSTODY = 'Use of custody';
const FREQ = 'Re-offending frequency';
const BINARY = 'Re-offending rate (binary)';

const find = (area: string, name: string): Indicator | undefined => indicators.find((i) => i.area === area && i.name === name);
const values = (i: Indicator | undefined): number[] => (i?.values ?? []).map((v) => v.value as number);
const comparator = (i: Indicator | undefined, kind: string, label?: string) =>
  i?.comparators.filter((c) => c.kind === kind && (label === undefined || c.label === label)).map((c) => [c.value, c.period]);

describe('youth justice indicators by area (pack 002)', () => {
  it('reads an indicator per measure for West Mercia and its four local areas', () => {
    expect(new Set(indicators.map((i) => i.area))).toEqual(
      new Set(['Herefordshire', 'West Mercia', 'Shropshire', 'Telford and Wrekin', 'Worcestershire']),
    );
    expect(indicators).toHaveLength(5 * 4 + 4);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    expect(find('Telford and Wrekin', CUSTODY)?.id).toBe('herefordshire/telford-and-wrekin/use-of-custody');
  });

  it.each([
    ['Herefordshire', FTE, [338]],
    ['Herefordshire', FTE_N, [52, 54]],
    ['Herefordshire', CUSTODY, [0.06]],
    ['Herefordshire', FREQ, [3.38, 3.83]],
    ['Herefordshire', BINARY, [41]],
    ['West Mercia', FTE, [294]],
    ['West Mercia', CUSTODY, [0.05, 0.07]],
    ['West Mercia', FREQ, [3.23]],
    ['West Mercia', BINARY, [33.4]],
    ['Shropshire', FTE, [262]],
    ['Shropshire', FTE_N, [72]],
    ['Shropshire', CUSTODY, [0]],
    ['Shropshire', FREQ, [3.81]],
    ['Shropshire', BINARY, [28.9]],
    ['Telford and Wrekin', FTE, [353]],
    ['Telford and Wrekin', FTE_N, [60]],
    ['Telford and Wrekin', CUSTODY, [0.12]],
    ['Telford and Wrekin', FREQ, [3.12]],
    ['Telford and Wrekin', BINARY, [34.2]],
    ['Worcestershire', FTE, [277]],
    ['Worcestershire', FTE_N, [142]],
    ['Worcestershire', CUSTODY, [0.06]],
    ['Worcestershire', FREQ, [2.65]],
    ['Worcestershire', BINARY, [31.2]],
  ])('%s %s: values %j and nothing else', (area, name, expected) => {
    expect(values(find(area, name))).toEqual(expected);
  });

  it('Telford and Wrekin use of custody: 0.12 in 2018 against 0.32 nationally, down from 0.18', () => {
    const t = find('Telford and Wrekin', CUSTODY);
    expect(t?.values[0]).toMatchObject({ value: 0.12, raw: '0.12', period: 'calendar year 2018', periodEnd: '2018-12-31' });
    expect(comparator(t, 'national')).toEqual([[0.32, 'calendar year 2018']]);
    expect(comparator(t, 'previous')).toEqual([[0.18, 'previous year']]);
    expect(t?.unit).toBe('custodial sentences per 1,000 youth population');
    expect(t?.polarity).toBe('lower-is-better');
    expect(t?.flags).toEqual([]);
  });

  it('Worcestershire re-offending: 2.65 re-offences per re-offender and 31.2% for the 2016/17 cohort', () => {
    const freq = find('Worcestershire', FREQ);
    const binary = find('Worcestershire', BINARY);
    expect(freq?.values[0]).toMatchObject({ value: 2.65, period: 'April 2016 to March 2017', periodEnd: '2017-03-31' });
    expect(binary?.values[0]).toMatchObject({ value: 31.2, raw: '31.2%' });
    expect(comparator(freq, 'national')).toEqual([[3.9, 'April 2016 to March 2017']]);
    expect(comparator(binary, 'national')).toEqual([[40.6, 'April 2016 to March 2017']]);
    expect(comparator(binary, 'previous')).toEqual([[33.3, '14/15']]);
    expect(binary?.unit).toBe('%');
  });

  it('West Mercia comparators: national, statistical neighbours and the previous year, each with its period', () => {
    const fte = find('West Mercia', FTE);
    expect(comparator(fte, 'national')).toEqual([[250, 'Oct 2017 to Sep 2018']]);
    expect(comparator(fte, 'statistical-neighbours')).toEqual([[205, 'Oct 2017 to Sep 2018']]);
    expect(comparator(fte, 'previous')).toEqual([[408, 'previous year']]);
    expect(comparator(find('West Mercia', CUSTODY), 'previous')).toEqual([[0.17, '2017']]);
    expect(comparator(find('West Mercia', BINARY), 'statistical-neighbours')).toEqual([[38.3, 'April 2016 to March 2017']]);
  });

  it('a local area is compared with its region, West Mercia', () => {
    expect(comparator(find('Shropshire', CUSTODY), 'region', 'West Mercia')).toEqual([[0.05, 'calendar year 2018']]);
    expect(comparator(find('Herefordshire', FTE), 'region', 'West Mercia')).toEqual([[294, 'October 2017 to September 2018']]);
    expect(comparator(find('Herefordshire', FREQ), 'region', 'West Mercia')).toEqual([[3.23, 'April 2016 to March 2017']]);
    expect(comparator(find('Herefordshire', FREQ), 'england')).toEqual([[3.9, 'April 2016 to March 2017']]);
  });

  it.each([
    ['Herefordshire', FREQ, [3.38, 3.83], [598, 1077]],
    ['Herefordshire', FTE_N, [52, 54], [590, 1055]],
    ['West Mercia', CUSTODY, [0.05, 0.07], [719, 794]],
  ])('%s %s: conflicting figures %j are both kept and flagged ambiguous', (area, name, figures, lines) => {
    const ind = find(area, name);
    expect(ind?.values.map((v) => [v.value, v.source?.lineStart])).toEqual(figures.map((f, i) => [f, lines[i]]));
    for (const v of ind?.values ?? []) expect(v.flags?.map((f) => [f.code, f.severity])).toEqual([['conflicting-figures', 'ambiguous']]);
    expect(ind?.flags).toHaveLength(1);
    expect(ind?.flags[0]?.severity).toBe('ambiguous');
  });

  it('flags England 255 against national 250 as conflicting comparators for Herefordshire', () => {
    const fte = find('Herefordshire', FTE);
    expect(comparator(fte, 'england')).toEqual([[255, 'October 2017 to September 2018']]);
    expect(comparator(fte, 'national')).toEqual([[250, 'Oct 2017 to Sep 2018']]);
    expect(fte?.flags.map((f) => f.message)).toEqual([expect.stringContaining('England/national comparator as 255 (line 593) vs 250 (line 1053)')]);
  });

  it('takes polarity from the pack: lower is better for the rates, unstated for counts', () => {
    expect(indicators.filter((i) => i.name !== FTE_N).every((i) => i.polarity === 'lower-is-better')).toBe(true);
    expect(indicators.filter((i) => i.name === FTE_N).every((i) => i.polarity === 'unknown')).toBe(true);
  });

  it('keeps count comparators from earlier years', () => {
    expect(comparator(find('Herefordshire', FTE_N), 'previous')).toEqual([[85, 'previous year'], [310, '2008']]);
    expect(comparator(find('Telford and Wrekin', FTE_N), 'previous')).toEqual([[58, 'previous year'], [382, '2008']]);
  });

  it('is idempotent: a second parse gives the same records', () => {
    expect(parseYouthJusticeIndicators(pack)).toEqual(out);
  });
});

describe('parseYouthJusticeIndicators on other packs', () => {
  it.each(['000_ad444b67b5fc2cda.txt', '001_4cc41449b754ee5d.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parseYouthJusticeIndicators(packOf(file, 'Medway'))).toEqual({});
    },
  );
});

describe('what each national measure is (the outcome measures table, 002:891-894)', () => {
  it.each([
    [FTE, 'The number of first time entrants to the youth justice system per 100,000 youth population', 892],
    [CUSTODY, 'The number of custodial sentences per 1,000 youth population', 893],
    [FREQ, 'The average number of re-offences per re-offender', 894],
    [BINARY, 'The proportion of offenders (%) re-offending within 12 months', 894],
  ])('gives %s its definition in every area, cited to its line', (name, text, line) => {
    const list = indicators.filter((i) => i.name === name);
    expect(list.length).toBeGreaterThan(1);
    for (const indicator of list) {
      expect(indicator.definition).toEqual({ text, source: expect.objectContaining({ lineStart: line }) });
      expect(indicator.aliases.some((a) => /outcome measure$/.test(a))).toBe(true);
    }
  });

  it('leaves the count of first time entrants undefined: the table defines the rate', () => {
    expect(indicators.filter((i) => i.name === FTE_N).every((i) => i.definition === undefined)).toBe(true);
  });
});
