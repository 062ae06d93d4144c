import { parseDueDate } from '../../../domain/due-date';
import { indicatorId } from '../../../domain/ids';
import type { Comparator, ComparatorKind, Flag, Indicator, Measurement, SourceRef } from '../../../domain/model';
import { alignBenchmarks } from './align-benchmarks';
import { makeFlag } from './flags';
import type { ColumnKey, Layout } from './layout';
import { measureFromSuccess, readPolarity, splitMeasureNames } from './measure-names';
import { readCellValues, splitEmbeddedCurrent, type CellValues, type ValueToken } from './measure-values';

/** What the indicator builder needs to know about the plan and the action. */
export interface IndicatorContext {
  council: string;
  planId: string;
  planName: string;
  ref: string;
  layout: Layout;
  cells: string[];
  successMeasures: string;
  source: SourceRef;
}

const cellOf = (ctx: IndicatorContext, key: ColumnKey) => {
  const i = ctx.layout.columns.findIndex((c) => c.key === key);
  return i < 0 ? '' : (ctx.cells[i] ?? '');
};
const headerOf = (ctx: IndicatorContext, key: ColumnKey) => ctx.layout.columns.find((c) => c.key === key)?.header ?? key;

/** A cell's figures as tokens; a placeholder or a text cell becomes one token with no value. */
function tokensOf(values: CellValues): ValueToken[] {
  if (values.kind === 'values') return values.tokens;
  if (values.kind === 'placeholder' || values.kind === 'text') return [{ raw: values.raw, value: null }];
  return [];
}

function measurement(token: ValueToken, source: SourceRef): Measurement {
  const m: Measurement = { value: token.value, raw: token.raw, source };
  if (token.qualifier) {
    m.period = token.qualifier;
    const end = parseDueDate(token.qualifier).date;
    if (end) m.periodEnd = end;
  }
  return m;
}

function comparatorKind(key: ColumnKey, text: string): ComparatorKind {
  if (key === 'statNeighbour') return 'statistical-neighbours';
  return /\bengland\b/i.test(text) ? 'england' : 'national';
}

function unitOf(tokens: (ValueToken | undefined)[], name: string): string | undefined {
  const unit = tokens.find((t) => t?.unit)?.unit;
  if (unit) return unit;
  if (name.startsWith('%')) return '%';
  return /\((days|weeks|months|years|hours)\)$/i.exec(name)?.[1].toLowerCase();
}

/**
 * The indicators of one action row: one per measure. Stacked measures are split only when the
 * names and the current and target figures all come to the same count; benchmarks that do not
 * come to that count are attached unmatched (value null, raw text, flagged), never zipped.
 */
export function buildIndicators(ctx: IndicatorContext): Indicator[] {
  const cur = readCellValues(cellOf(ctx, 'current'));
  const tgt = readCellValues(cellOf(ctx, 'target'));
  const benchKeys = (['national', 'statNeighbour'] as const).filter((k) => ctx.layout.columns.some((c) => c.key === k));
  const benches = benchKeys.map((key) => ({ key, cell: cellOf(ctx, key), values: readCellValues(cellOf(ctx, key)) }));
  const figures = (v: CellValues) => v.kind === 'values' || v.kind === 'placeholder';
  if (![cur, tgt, ...benches.map((b) => b.values)].some(figures)) return [];

  const flags: Flag[] = [];
  let currentTokens = tokensOf(cur);
  let targetTokens = tokensOf(tgt);
  if (cur.kind === 'empty' && tgt.kind === 'values') {
    const split = tgt.tokens.map(splitEmbeddedCurrent);
    if (split.every((s) => s.current)) {
      targetTokens = split.map((s) => s.target);
      currentTokens = split.map((s) => s.current!);
      flags.push(makeFlag('current-inside-target', 'repaired', `current figure taken out of the target cell "${cellOf(ctx, 'target')}"`, ctx.source, cellOf(ctx, 'target')));
    }
  }
  const measureCell = cellOf(ctx, 'measure');
  const baseName = measureCell || measureFromSuccess(ctx.successMeasures);
  if (!measureCell) {
    flags.push(makeFlag('measure-name-from-success-measures', 'info', `no Measure cell: the name "${baseName}" is the end of the Success Measures text`, ctx.source, ctx.successMeasures));
  }

  const all = [...currentTokens, ...targetTokens];
  const labels = all.length > 0 && all.every((t) => t.label) ? [...new Set(all.map((t) => t.label!))] : undefined;
  const counts = [currentTokens.length, targetTokens.length].filter((n) => n > 0);
  const count = labels ? labels.length : Math.max(1, ...counts);
  const sameCounts = labels !== undefined || counts.every((n) => n === count);
  // Names that show where each measure starts match a cell holding one figure per name, even when
  // the other cell holds fewer: that cell alone is kept raw.
  const named = !sameCounts && count > 1 ? splitMeasureNames(baseName, count) : undefined;
  const matched = sameCounts || named !== undefined;

  const split = labels ? labels.map((l) => `${baseName} (${l})`) : sameCounts ? splitMeasureNames(baseName, count) : (named ?? [baseName]);
  const names = split ?? Array.from({ length: count }, (_, i) => `${baseName} [${i + 1} of ${count}]`);
  if (named) {
    for (const [key, tokens] of [['current', currentTokens], ['target', targetTokens]] as const) {
      if (tokens.length === 0 || tokens.length === count) continue;
      flags.push(makeFlag('stacked-values-unmatched', 'ambiguous',
        `${headerOf(ctx, key)} "${cellOf(ctx, key)}" holds ${tokens.length} figure(s) for ${count} measures; kept raw, not matched to a measure`,
        ctx.source, cellOf(ctx, key)));
      const raw = Array.from({ length: count }, () => ({ raw: cellOf(ctx, key), value: null }));
      if (key === 'current') currentTokens = raw;
      else targetTokens = raw;
    }
    flags.push(makeFlag('stacked-measures-split', 'repaired', `${count} measures stacked in one cell split by name`, ctx.source, baseName));
  } else if (!matched) {
    flags.push(makeFlag('stacked-values-unmatched', 'ambiguous',
      `current "${cellOf(ctx, 'current')}" and target "${cellOf(ctx, 'target')}" hold different numbers of figures; kept raw, not matched to measures`,
      ctx.source, `${cellOf(ctx, 'current')} | ${cellOf(ctx, 'target')}`));
    currentTokens = currentTokens.length ? [{ raw: cellOf(ctx, 'current'), value: null }] : [];
    targetTokens = targetTokens.length ? [{ raw: cellOf(ctx, 'target'), value: null }] : [];
  } else if (!split) {
    flags.push(makeFlag('stacked-measure-names-unsplit', 'ambiguous', `${count} figures per cell, but the measure text does not show where each name starts; figures kept in order`, ctx.source, baseName));
  } else if (count > 1 && !labels && !named) {
    flags.push(makeFlag('stacked-measures-split', 'repaired', `${count} measures stacked in one cell split by name and figure`, ctx.source, baseName));
  }
  const n = names.length;
  const pick = (tokens: ValueToken[], i: number, label?: string) => (label ? tokens.find((t) => t.label === label) : n === 1 ? tokens[0] : tokens[i]);
  const anchors = names.map((_, i) =>
    [pick(currentTokens, i, labels?.[i])?.value, pick(targetTokens, i, labels?.[i])?.value].filter((v): v is number => typeof v === 'number'),
  );

  return names.map((name, i): Indicator => {
    const label = labels?.[i];
    const current = pick(currentTokens, i, label);
    const target = pick(targetTokens, i, label);
    const own: Flag[] = [...flags];
    if ((name.match(/\(/g) ?? []).length > (name.match(/\)/g) ?? []).length) {
      own.push(makeFlag('truncated-text', 'ambiguous', `measure name "${name}" looks cut off`, ctx.source, name));
    }
    const comparators: Comparator[] = [];
    for (const bench of benches) {
      const tokens = tokensOf(bench.values);
      if (tokens.length === 0) continue;
      const header = headerOf(ctx, bench.key);
      if (bench.values.kind === 'values' && tokens.length === n) {
        comparators.push({ ...measurement(tokens[i], ctx.source), kind: comparatorKind(bench.key, `${header} ${tokens[i].qualifier ?? ''}`), label: header });
        continue;
      }
      const placing = bench.values.kind === 'values' ? alignBenchmarks(tokens.map((t) => t.value ?? NaN), anchors) : undefined;
      if (placing && !tokens.some((t) => t.value === null)) {
        const j = placing.indexOf(i);
        const flag = makeFlag('benchmarks-aligned-by-figures', 'ambiguous',
          `${header} "${bench.cell}" has ${tokens.length} figures for ${n} measures; the source does not say which is whose, so each was matched to the measure whose own figures it is closest to (measures ${placing.map((k) => k + 1).join(' and ')})`,
          ctx.source, bench.cell);
        own.push(flag);
        if (j >= 0) comparators.push({ ...measurement(tokens[j], ctx.source), flags: [flag], kind: comparatorKind(bench.key, `${header} ${tokens[j].qualifier ?? ''}`), label: header });
        continue;
      }
      const flag = makeFlag('benchmarks-not-matched', 'ambiguous', `${header} "${bench.cell}" has ${tokens.length} figure(s) for ${n} measure(s); not matched to a measure`, ctx.source, bench.cell);
      comparators.push({ value: null, raw: bench.cell, source: ctx.source, flags: [flag], kind: comparatorKind(bench.key, `${header} ${bench.cell}`), label: header });
      own.push(flag);
    }
    return {
      id: indicatorId(ctx.council, ctx.council, name, `${ctx.planName} ${ctx.ref} ${i + 1}`),
      name,
      aliases: [],
      unit: unitOf([current, target], name),
      polarity: readPolarity(labels ? baseName : name, ctx.successMeasures),
      area: ctx.council,
      council: ctx.council,
      planId: ctx.planId,
      actionRef: ctx.ref,
      values: current ? [measurement(current, ctx.source)] : [],
      targets: target ? [measurement(target, ctx.source)] : [],
      comparators,
      source: ctx.source,
      flags: own,
    };
  });
}
