import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/model';
import { labelPeriod } from '../../../src/import/packs/inspection/contextual-facts';
import { parseHmipInspection } from '../../../src/import/packs/inspection/parse-hmip-inspection';
import type { PackText } from '../../../src/import/packs/types';
import { parseYotPlan } from '../../../src/import/packs/yot-plan/parse-yot-plan';

function packOf(file: string): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council: 'Medway', pageOfLine: () => undefined };
}

const pack000 = packOf('000_ad444b67b5fc2cda.txt');
const result = parseHmipInspection(pack000);
const recommendations = result.recommendations ?? [];
const indicators = result.indicators ?? [];
const indicator = (name: string): Indicator => {
  const found = indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
};

describe('HMIP recommendations (pack 000)', () => {
  it('reads the five recommendations of the report, in order, as HMIP recommendations', () => {
    expect(recommendations.map((r) => r.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(recommendations.map((r) => r.kind))).toEqual(new Set(['hmip']));
    expect(new Set(recommendations.map((r) => r.body))).toEqual(new Set(['HMIP inspection of Medway youth offending services 2020']));
    expect(recommendations.map((r) => r.source.lineStart)).toEqual([765, 766, 767, 768, 772]);
  });

  it.each([
    ['1', 'make sure that case managers advocate for the needs of children in custody and that there is sufficient planning and work to support their resettlement'],
    ['4', 'develop an evidence-based approach to working with girls that takes account of their distinct needs and translates into effective partnership work to support their safety and wellbeing, and protect other people.'],
  ])('keeps the report wording of recommendation %s', (number, text) => {
    expect(recommendations.find((r) => r.number === number)?.text).toBe(text);
  });

  it('records who each recommendation is addressed to', () => {
    expect(recommendations.map((r) => r.owner)).toEqual([
      'Medway Youth Offending Team',
      'Medway Youth Offending Team',
      'Medway Youth Offending Team',
      'Medway Youth Offending Team',
      'Youth Justice Partnership Board',
    ]);
  });

  it('links each recommendation to the improvement plan actions that answer it', () => {
    const planId = parseYotPlan(pack000).plans?.[0]?.id;
    expect(recommendations.every((r) => r.planId === planId)).toBe(true);
    expect(recommendations.map((r) => r.actionRefs.length)).toEqual([3, 4, 8, 2, 4]);
    expect(recommendations[2]?.actionRefs).toEqual(['3A', '3B', '3C', '3D', '3E', '3F', '3G', '3H']);
  });

  it('flags where the plan restates a recommendation in other words, keeping that wording', () => {
    const flag = recommendations[0]?.flags.find((f) => f.code === 'restated-differently');
    expect(flag).toMatchObject({ severity: 'info', source: { lineStart: 1946 } });
    expect(flag?.raw).toContain('children and young people in custody');
  });
});

describe('HMIP ratings (pack 000)', () => {
  it.each([
    ['HMIP overall rating', 'Requires improvement'],
    ['HMIP rating: Organisational delivery – 1.1 Governance and leadership', 'Requires improvement'],
    ['HMIP rating: Organisational delivery – 1.2 Staff', 'Good'],
    ['HMIP rating: Court disposals – 2.2 Planning', 'Inadequate'],
    ['HMIP rating: Court disposals – 2.4 Reviewing', 'Requires improvement'],
    ['HMIP rating: Out-of-court disposals – 3.2 Planning', 'Requires improvement'],
    ['HMIP rating: Out-of-court disposals – 3.4 Joint working', 'Good'],
  ])('%s is %s, kept raw with no value', (name, rating) => {
    const i = indicator(name);
    expect(i).toMatchObject({ unit: 'rating', area: 'Medway', polarity: 'unknown' });
    expect(i.values).toEqual([{ value: null, raw: rating, period: 'June 2020', periodEnd: '2020-06-30', source: expect.objectContaining({ documentId: pack000.documentId }) }]);
  });

  it('calls each rating a standard\'s, as HMIP does ("the partnerships and services standard")', () => {
    expect(indicator('HMIP rating: Organisational delivery – 1.3 Partnerships and services').aliases).toContain(
      'HMIP rating for the Partnerships and services standard (Organisational delivery)',
    );
  });

  it('has 13 ratings (12 standards and the overall) and the score 18 of 36, read once though printed twice', () => {
    expect(indicators.filter((i) => i.unit === 'rating')).toHaveLength(13);
    expect(indicator('HMIP overall score')).toMatchObject({ unit: 'score out of 36', values: [{ value: 18, raw: '18/36' }] });
    expect(indicators.flatMap((i) => i.flags).filter((f) => f.code === 'conflicting-rating')).toEqual([]);
  });
});

describe('HMIP key questions and report tables (pack 000)', () => {
  it('reads the 23 key-question results of the annexe as percentages', () => {
    const questions = indicators.filter((i) => i.name.endsWith('(% yes)'));
    expect(questions).toHaveLength(23);
    const q = indicator('HMIP 2.2.2 Does planning focus sufficiently on keeping the child safe? (% yes)');
    expect(q.values[0]).toMatchObject({ value: 42, raw: '42%' });
    expect(q.aliases).toContain('2.2 Planning: Does planning focus sufficiently on keeping the child safe?');
    expect(q.source.lineStart).toBe(1709);
  });

  it('names each key question with its domain: the same question is asked of court and out-of-court work (000:1698-1730)', () => {
    const court = indicator('HMIP 2.1.3 Does assessment sufficiently analyse how to keep other people safe? (% yes)');
    const outOfCourt = indicator('HMIP 3.1.3 Does assessment sufficiently analyse how to keep other people safe? (% yes)');
    expect(court.aliases).toContain('HMIP 2.1.3 Court disposals: Does assessment sufficiently analyse how to keep other people safe? (% yes)');
    expect(outOfCourt.aliases).toContain('HMIP 3.1.3 Out-of-court disposals: Does assessment sufficiently analyse how to keep other people safe? (% yes)');
  });

  it('reads first-time entrants with its regional and national comparators and the footnoted period', () => {
    const fte = indicator('First-time entrant rate per 100,000');
    expect(fte).toMatchObject({ unit: 'per 100,000', area: 'Medway', polarity: 'unknown' });
    expect(fte.values[0]).toMatchObject({ value: 226, period: 'April to March 2019', periodEnd: '2019-03-31' });
    expect(fte.comparators.map((c) => [c.kind, c.label, c.value])).toEqual([
      ['region', 'South-East region', 157],
      ['national', 'England and Wales', 222],
    ]);
    const reoffending = indicator('Reoffending rate');
    expect(reoffending.values[0]).toMatchObject({ value: 35.9, period: 'October 2016 to September 2017' });
    expect(reoffending.comparators.map((c) => [c.kind, c.value])).toEqual([['national', 38.4]]);
  });

  it.each([
    ['Caseload information: Gender Male', 83, 85],
    ['Caseload information: Age 15–17', 87, 77],
    ['Caseload information: Race/ethnicity Black and minority ethnic', 30, 26],
  ])('%s: Medway YOT %i against a national average of %i', (name, value, national) => {
    const i = indicator(name);
    expect(i.values[0]?.value).toBe(value);
    expect(i.comparators).toEqual([expect.objectContaining({ kind: 'national', label: 'National average', value: national })]);
  });

  it.each([
    ['Total youth population (10-17 years)', 27033, 'count', '27,033'],
    ['Of the 52 court disposals: in custody', 3, 'count', '3 (4.1%)'],
    ['Current caseload with child protection plan', 7, 'count', '7 (10%)'],
    ['Offence types: Violence against the person', 9, 'count', '9 (75%)'],
    ['Total staff headcount (full-time equivalent, FTE)', 17.4, 'FTE', '17.4'],
    ['Vacancy rate case managers only (total unfilled case manager posts as percentage of total case manager headcount)', 12, '%', '12%'],
    ['Total spend in previous financial year', 655327, '£', '£655,327'],
    ['Percentage of current caseload with substance misuse issues', 54, '%', '54%'],
  ])('%s is %s (%s), raw "%s"', (name, value, unit, raw) => {
    const i = indicator(name);
    expect(i.unit).toBe(unit);
    expect(i.values[0]).toMatchObject({ value, raw });
  });

  it('does not give a period where the footnote names none (a census publication date)', () => {
    expect(indicator('Total population').values[0]?.period).toBeUndefined();
    expect(indicator('Offence types: Robbery').values[0]?.period).toBeUndefined();
  });

  it("takes the period a row's own label gives in a closing bracket with a year, as written", () => {
    // "3,480 | Total black and minority ethnic youth population in Medway (Census 2011)": of 2011, not of the report's date.
    expect(indicator('Total black and minority ethnic youth population').values[0]).toMatchObject({ value: 3480, period: 'Census 2011', periodEnd: '2011-12-31' });
    // "(10-17 years)" holds no year and dates nothing.
    expect(indicator('Total youth population (10-17 years)').values[0]?.period).toBeUndefined();
  });

  it.each([
    ['Total population in Medway (Census 2011)', 'Census 2011', '2011-12-31'],
    ['Children in care (2018/19)', '2018/19', '2019-03-31'],
    ['Reoffending rate (October 2016 to September 2017)', 'October 2016 to September 2017', '2017-09-30'],
  ])('reads the bracketed period of "%s"', (label, period, end) => {
    expect(labelPeriod(label)).toEqual({ period, periodEnd: end });
  });

  it.each(['Total youth population (10-17 years)', 'Caseload (number)', 'Rate in 2019 per 1,000'])('gives no period for "%s"', (label) => {
    expect(labelPeriod(label)).toBeUndefined();
  });

  it('never reads contents lines or unnumbered question tables as figures', () => {
    expect(indicators.some((i) => /\.{3}|^Foreword|^Does /.test(i.name))).toBe(false);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
  });
});

describe('parseHmipInspection on other packs', () => {
  it.each(['001_4cc41449b754ee5d.txt', '002_c981c68784b9b68c.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parseHmipInspection(packOf(file))).toEqual({});
    },
  );
});
