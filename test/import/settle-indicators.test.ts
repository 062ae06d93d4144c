import { beforeAll, describe, expect, it } from 'vitest';
import { formatImportReport, summariseImport } from '../../src/domain/import-report';
import type { Dataset, Indicator } from '../../src/domain/model';
import { dedupeDataset } from '../../src/domain/merge-records';
import { parseFiles } from '../../src/import/parse-files';
import { readSeedFiles } from '../../src/import/seed-files';

/** Target states and directions over the five seed packs, as the import works them out. */
let dataset: Dataset;
const files = readSeedFiles();

beforeAll(async () => {
  const parsed = await parseFiles(files);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  dataset = parsed.dataset;
});

const medway = (ref: string, name: RegExp): Indicator => {
  const found = dataset.indicators.find((i) => i.planId === 'medway/medway-childrens-services-action-plan' && i.actionRef === ref && name.test(i.name));
  if (!found) throw new Error(`no indicator ${ref} ${name}`);
  return found;
};

describe('target states from the seed text (pack 004)', () => {
  it.each([
    ['1.20', /apprenticeships/, 'to-be-agreed'],
    ['2.5', /progress within/, 'to-be-agreed'],
    ['4.3', /audits completed/, 'to-be-set'],
    ['1.9', /weeks in PLO/, 'set'],
    ['1.4', /stepped up/, 'none'],
  ] as const)('%s %s: %s', (ref, name, state) => {
    expect(medway(ref, name).targetState).toBe(state);
  });

  it('gives every indicator a state, a youth justice figure with no target "none"', () => {
    expect(dataset.indicators.every((i) => i.targetState)).toBe(true);
    const yj = dataset.indicators.filter((i) => !i.planId);
    expect(yj.length).toBeGreaterThan(0);
    expect(yj.every((i) => i.targetState === 'none')).toBe(true);
  });
});

describe('which way is better, with its reason (pack 004)', () => {
  it("takes 38 weeks in PLO against 16 as lower is better from the plan's words (L1095: 'minimise delays')", () => {
    expect(medway('1.9', /weeks in PLO/)).toMatchObject({ polarity: 'lower-is-better', polarityReason: { source: 'plan', detail: "'minimise delays for children'" } });
  });

  it('takes agency social workers at 34.6% against 20% as lower is better from the target below the baseline (L1134)', () => {
    expect(medway('2.3', /Agency social worker rate/)).toMatchObject({
      polarity: 'lower-is-better',
      polarityReason: { source: 'baseline', detail: 'the target (20%) is below the starting figure (34.6%)' },
    });
  });

  it("does not read a cue about something else: 2.3's 'Increase in proportion of permanent post holders' is not the agency rate", () => {
    expect(medway('2.3', /Agency social worker rate/).polarityReason?.source).not.toBe('plan');
  });

  it('keeps the direction the importer read from the plan, quoting it', () => {
    expect(medway('2.2', /unfilled posts/).polarityReason).toEqual({ source: 'plan', detail: "'Reduction in unfilled posts'" });
  });

  it('leaves it unknown where neither the words nor the figures say (4.3: no starting figure, target to be set)', () => {
    expect(medway('4.3', /audits completed/)).toMatchObject({ polarity: 'unknown' });
    expect(medway('4.3', /audits completed/).polarityReason).toBeUndefined();
  });
});

describe('the import report', () => {
  it('counts target states, directions by source and the share of indicators with a status', () => {
    // As `npm run import` reports it: one indicator per measure, its figures from every paper merged.
    const report = summariseImport(files.map((f) => f.fileName), dedupeDataset(dataset));
    expect(report.indicatorStatus).toEqual({
      indicators: 223,
      targetStates: { set: 24, 'to-be-agreed': 2, 'to-be-set': 1, none: 196 },
      directions: { plan: 32, baseline: 13, administrator: 0, none: 178 },
      withStatus: { count: 21, percent: 9.4, bySource: { plan: 8, baseline: 13, administrator: 0, none: 0 } },
    });
    const text = formatImportReport(report);
    expect(text).toContain('Indicator targets: 24 set, 2 to be agreed, 1 to be set, 196 none');
    expect(text).toContain("With a status now: 21 of 223 indicators (9.4%): 8 by the plan's words, 13 by the baseline, 0 by an administrator");
  });
});
