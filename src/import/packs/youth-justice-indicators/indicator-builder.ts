import { indicatorId } from '../../../domain/ids';
import type { Comparator, ComparatorKind, Flag, Indicator, Measurement, SourceRef } from '../../../domain/model';
import { MEASURES, type Family, type MeasureKey } from './measures';
import { periodEnd } from './periods';

interface Draft {
  area: string;
  measure: MeasureKey;
  values: Measurement[];
  comparators: Comparator[];
  sources: SourceRef[];
  /** Every line each distinct figure was read from (duplicates are kept once, their lines here). */
  seenAt: Map<Measurement, number[]>;
}

const sameFigure = (a: Measurement, b: Measurement): boolean =>
  a.value === b.value && (a.periodEnd ?? a.period) === (b.periodEnd ?? b.period);

function measurement(value: number, raw: string, period: string | undefined, source: SourceRef): Measurement {
  const end = periodEnd(period);
  return { ...(period ? { period } : {}), ...(end ? { periodEnd: end } : {}), value, raw, source };
}

function lines(ms: Measurement[], seenAt: Map<Measurement, number[]>): string {
  return ms
    .map((m) => {
      const at = [...new Set(seenAt.get(m) ?? [])].filter((n) => n > 0);
      return at.length === 0 ? m.raw : `${m.raw} (line${at.length > 1 ? 's' : ''} ${at.join(', ')})`;
    })
    .join(' vs ');
}

/** Comparators that should agree: same benchmark (England and "national" are one), same place, same period. */
function comparatorGroup(c: Comparator): string {
  const benchmark = c.kind === 'england' ? 'national' : c.kind;
  const place = c.kind === 'region' || c.kind === 'area' ? c.label.toLowerCase() : '';
  return `${benchmark}|${place}|${c.periodEnd ?? c.period ?? ''}`;
}

/** Gathers figures per (area, measure) and turns them into Indicators, flagging conflicting figures. */
export class IndicatorBuilder {
  private readonly drafts = new Map<string, Draft>();

  private draft(area: string, measure: MeasureKey): Draft {
    const key = `${area.toLowerCase()}|${measure}`;
    let d = this.drafts.get(key);
    if (!d) {
      d = { area, measure, values: [], comparators: [], sources: [], seenAt: new Map() };
      this.drafts.set(key, d);
    }
    return d;
  }

  addValue(area: string, measure: MeasureKey, value: number, raw: string, period: string | undefined, source: SourceRef): void {
    const d = this.draft(area, measure);
    const m = measurement(value, raw, period, source);
    const kept = d.values.find((v) => sameFigure(v, m)) ?? m;
    if (kept === m) d.values.push(m);
    d.seenAt.set(kept, [...(d.seenAt.get(kept) ?? []), source.lineStart ?? 0]);
    d.sources.push(source);
  }

  addComparator(area: string, measure: MeasureKey, kind: ComparatorKind, label: string, value: number, raw: string, period: string | undefined, source: SourceRef): void {
    const d = this.draft(area, measure);
    const c: Comparator = { ...measurement(value, raw, period, source), kind, label };
    const kept = d.comparators.find((x) => x.kind === c.kind && x.label === c.label && sameFigure(x, c)) ?? c;
    if (kept === c) d.comparators.push(c);
    d.seenAt.set(kept, [...(d.seenAt.get(kept) ?? []), source.lineStart ?? 0]);
    d.sources.push(source);
  }

  build(council: string, lowerIsBetter: ReadonlySet<Family>): Indicator[] {
    return [...this.drafts.values()].map((d) => {
      const def = MEASURES[d.measure];
      const flags: Flag[] = [];
      const conflict = (group: Measurement[], what: string): void => {
        const distinct = new Set(group.map((m) => m.value));
        if (distinct.size < 2) return;
        const flag: Flag = {
          code: 'conflicting-figures',
          severity: 'ambiguous',
          message: `${d.area} ${def.name}: the pack gives ${what} as ${lines(group, d.seenAt)} for the same period; all are kept, none is chosen.`,
          raw: group.map((m) => m.raw).join(' / '),
          ...(group[0]?.source ? { source: group[0].source } : {}),
        };
        flags.push(flag);
        for (const m of group) m.flags = [...(m.flags ?? []), flag];
      };
      const groups = <T extends Measurement>(ms: T[], key: (m: T) => string): T[][] => {
        const map = new Map<string, T[]>();
        for (const m of ms) map.set(key(m), [...(map.get(key(m)) ?? []), m]);
        return [...map.values()];
      };
      for (const g of groups(d.values, (m) => m.periodEnd ?? m.period ?? '')) conflict(g, 'the figure');
      const benchmarks = d.comparators.filter((c) => c.kind !== 'previous');
      for (const g of groups(benchmarks, comparatorGroup)) conflict(g, `the ${[...new Set(g.map((c) => c.label))].join('/')} comparator`);
      const first = d.sources.reduce((a, b) => ((a.lineStart ?? 0) <= (b.lineStart ?? 0) ? a : b));
      const last = d.sources.reduce((a, b) => ((a.lineEnd ?? 0) >= (b.lineEnd ?? 0) ? a : b));
      return {
        id: indicatorId(council, d.area, def.name),
        name: def.name,
        aliases: def.aliases,
        unit: def.unit,
        polarity: def.takesFamilyPolarity && lowerIsBetter.has(def.family) ? 'lower-is-better' : 'unknown',
        area: d.area,
        council,
        values: d.values,
        targets: [],
        comparators: d.comparators,
        source: { ...first, lineEnd: last.lineEnd ?? first.lineEnd },
        flags,
      };
    });
  }
}
