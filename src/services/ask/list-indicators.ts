import type { Indicator } from '../../domain/model';
import { targetStateText, withDirection } from '../../domain/indicator-direction';
import { currentTarget, indicatorStatus, ragLabel } from '../../domain/rag-rules';
import { type ListFilter, plansOf } from '../../nlu/intents';
import type { PlanSettingsStore, RecordedValueStore } from '../../store/ports';
import type { PlanSettings } from '../../domain/plan-settings';
import type { RecordedValue } from '../../domain/updates';
import type { AskCatalogue } from './ask-catalogue';
import type { ListItem, ListRows } from './answer-types';
import { formatValue } from './format';

/**
 * Indicators matching a list's filters (plan, area, no target, status, topic), each with its latest
 * figure. Figures recorded in Teams are read for the page shown, or for all when the status filters.
 */
export async function listIndicators(
  catalogue: AskCatalogue,
  stores: { recordedValues: RecordedValueStore; planSettings: PlanSettingsStore },
  filter: ListFilter,
): Promise<ListRows> {
  const topic = filter.topic ?? [];
  const planIds = plansOf(filter);
  const named = filter.indicatorIds ? filter.indicatorIds.flatMap((id) => catalogue.index.indicators.get(id) ?? []) : catalogue.index.data.indicators;
  let matching = named.filter((i) => {
    if (planIds && !planIds.includes(i.planId ?? '')) return false;
    if (filter.area && i.area !== filter.area) return false;
    if (filter.withoutTarget && currentTarget(i)?.value != null) return false;
    if (filter.targetState && i.targetState !== filter.targetState) return false;
    if (topic.length > 0) {
      const terms = catalogue.index.indicatorNameTerms.get(i.id);
      if (!terms || !topic.every((t) => terms.has(t))) return false;
    }
    return true;
  });
  const settings = new Map((await stores.planSettings.list()).map((s) => [s.planId, s]));
  const recordedFor = async (list: Indicator[]) => {
    const latest = new Map<string, RecordedValue>();
    for (const r of await stores.recordedValues.listFor(list.map((i) => i.id))) latest.set(r.indicatorId, r);
    return latest;
  };
  if (filter.status) {
    const recorded = await recordedFor(matching);
    matching = matching.filter((i) => statusOf(i, recorded.get(i.id), settings)?.status === filter.status!.toLowerCase());
  }
  return {
    total: matching.length,
    async page(from, to) {
      const shown = matching.slice(from, to);
      const recorded = await recordedFor(shown);
      return shown.map((i) => item(i, recorded.get(i.id), settings));
    },
  };
}

function latestOf(indicator: Indicator, mine: RecordedValue | undefined) {
  const last = indicator.values.at(-1);
  return { value: mine ? mine.value : (last?.value ?? null), period: mine ? mine.period : last?.period, raw: mine ? undefined : last?.raw, any: !!(mine || last) };
}

function statusOf(indicator: Indicator, mine: RecordedValue | undefined, settings: Map<string, PlanSettings>) {
  const { value } = latestOf(indicator, mine);
  if (value === null) return undefined;
  const target = currentTarget(indicator);
  const planSettings = indicator.planId ? settings.get(indicator.planId) : undefined;
  const tolerance = planSettings?.tolerancePercent;
  const directed = withDirection(indicator, planSettings?.directions?.[indicator.id]);
  return indicatorStatus({
    value,
    polarity: directed.polarity,
    ...(directed.polarityReason ? { directionReason: directed.polarityReason } : {}),
    target: target?.value ?? null,
    ...(indicator.unit ? { unit: indicator.unit } : {}),
    ...(tolerance !== undefined ? { tolerancePercent: tolerance } : {}),
  });
}

function item(indicator: Indicator, mine: RecordedValue | undefined, settings: Map<string, PlanSettings>): ListItem {
  const latest = latestOf(indicator, mine);
  const status = statusOf(indicator, mine, settings);
  const target = currentTarget(indicator);
  const figure = latest.any ? `${formatValue(latest.value, indicator.unit, latest.raw)}${latest.period ? ` (${latest.period})` : ''}` : 'no figure';
  const state = targetStateText(indicator.targetState);
  const written = target && target.value === null ? `"${(target.raw ?? '').trim()}"` : undefined;
  const targetText = target?.value != null
    ? formatValue(target.value, indicator.unit)
    : state && state !== 'none set' ? `${state}${written ? ` (${written})` : ''}` : (written ?? 'none set');
  return {
    title: indicator.area ? `${indicator.name} (${indicator.area})` : indicator.name,
    detail: `Latest: ${figure}. Target: ${targetText}.${status?.status ? ` ${ragLabel(status.status)}.` : ''}`,
  };
}
