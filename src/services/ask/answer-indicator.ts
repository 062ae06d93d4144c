import type { Comparator, Indicator, Measurement } from '../../domain/model';
import { directionText, targetStateText, withDirection } from '../../domain/indicator-direction';
import { fallsWithin } from '../../domain/period-range';
import { currentTarget, indicatorStatus } from '../../domain/rag-rules';
import type { Intent } from '../../nlu/intents';
import type { PlanSettingsStore, RecordedValueStore } from '../../store/ports';
import type { RecordedValue } from '../../domain/updates';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { answerDefinition } from './answer-definition';
import { cite } from './cite';
import { earlierFigures, madeUpOf } from './figure-history';
import { formatDate, formatValue } from './format';
import { RATING, ratedSection } from './rating-standard';
import { numberedSections } from './numbered-figures';

type IndicatorIntent = Extract<Intent, { kind: 'indicator' }>;

/** One figure of an indicator: imported from a pack, or recorded by an officer in Teams. */
interface Figure {
  period?: string;
  periodEnd?: string;
  value: number | null;
  raw: string;
  recorded?: RecordedValue;
  /** The imported figure as read, with its source and make-up. */
  read?: Measurement;
}

const comparatorNames: Record<string, string> = {
  england: 'England',
  national: 'national',
  'statistical-neighbours': 'statistical neighbours',
  region: 'regional',
  previous: 'previous',
};

/**
 * An indicator's latest figure with its period, the target, the status with the rule that gives it
 * (or why none can be given), comparators with their periods, direction of travel and the source.
 */
export async function answerIndicator(
  catalogue: AskCatalogue,
  stores: { recordedValues: RecordedValueStore; planSettings: PlanSettingsStore },
  intent: IndicatorIntent,
): Promise<Answer> {
  const imported = catalogue.index.indicators.get(intent.indicatorId)!;
  if (intent.focus === 'definition' && imported.definition) return answerDefinition(catalogue, imported);
  const recorded = await stores.recordedValues.listFor([imported.id]);
  // The plan's settings give its tolerance and any direction an administrator set.
  const settings = imported.planId && currentTarget(imported)?.value != null ? await stores.planSettings.get(imported.planId) : undefined;
  const indicator = withDirection(imported, settings?.directions?.[imported.id]);
  const figures = figuresOf(catalogue, indicator, recorded);
  const latest = figures.at(-1);
  // Figures with no period stated are of the same time only when read from papers of the same date.
  const sameLatest = latest ? figures.filter((f) => !f.recorded && !latest.recorded && samePeriod(f, latest) && (f.period !== undefined || asOf(catalogue, f) === asOf(catalogue, latest))) : [];
  const conflicting = !latest?.recorded && sameLatest.length > 1 && new Set(sameLatest.map((f) => f.value)).size > 1;
  const name = indicator.area ? `${indicator.name} (${indicator.area})` : indicator.name;
  const answer = emptyAnswer('indicator', name, '');
  const unit = indicator.unit;
  const target = currentTarget(indicator);
  const state = targetStateText(indicator.targetState);
  const targetText = target
    ? target.value !== null
      ? formatValue(target.value, unit, target.raw)
      : state && state !== 'none set'
        ? `${state} (the plan says "${(target.raw ?? '').trim()}")`
        : `"${target.raw}" (not a figure)`
    : undefined;

  // The figure, or why there is none.
  const valueText = !latest
    ? 'No figure is given in the papers.'
    : conflicting
      ? `The papers give ${sameLatest.length} different figures for the same period: ${sameLatest.map((f) => `${formatValue(f.value, unit, f.raw)}${f.period ? ` (${f.period})` : ''}`).join(' and ')}. They conflict, so I give both and judge neither.`
      : latest.value === null && unit === RATING
        ? `rated "${latest.raw}"${latest.period ? ` (${latest.period})` : ''}.`
        : latest.value === null
        ? `The papers show "${latest.raw}", but not as a figure I can be sure of.`
        : `${formatValue(latest.value, unit, latest.raw)}${latest.period ? ` (${latest.period})` : ''}.`;

  const status = latest && latest.value !== null && !conflicting
    ? latest.recorded?.statusReason
      ? { reason: latest.recorded.statusReason }
      : indicatorStatus({
          value: latest.value,
          polarity: indicator.polarity,
          target: target?.value ?? null,
          ...(target?.raw ? { targetRaw: target.raw } : {}),
          ...(unit ? { unit } : {}),
          ...(settings?.tolerancePercent !== undefined ? { tolerancePercent: settings.tolerancePercent } : {}),
          ...(indicator.polarityReason ? { directionReason: indicator.polarityReason } : {}),
        })
    : { reason: conflicting ? 'No status: the papers give conflicting figures.' : unit === RATING ? 'No status: a rating is a judgement, not a figure to judge against a target.' : 'No status: there is no certain figure to judge.' };

  const comparators = indicator.comparators.filter((c) => c.kind !== 'previous');
  const trend = directionOfTravel(indicator, figures, conflicting);
  const headline: string[] = [];
  if (intent.focus === 'target') headline.push(targetText ? `The target is ${targetText}.` : 'The papers set no target for this indicator.');
  if (intent.focus === 'comparators') {
    const named = intent.comparatorLabel ? comparators.filter((c) => c.label === intent.comparatorLabel) : [];
    headline.push(named.length > 0 ? comparatorSentence(named, undefined, unit) : comparatorSentence(comparators, intent.comparator, unit));
  }
  if (intent.focus === 'trend') headline.push(trend ?? 'There is only one figure, so no direction of travel can be given.');
  // "In 17/18": the figure of that period first (the latest of several in it), then the latest.
  const asked = intent.period ? figures.findLast((f) => fallsWithin(f.periodEnd, intent.period!)) : undefined;
  if (asked && asked !== latest) headline.push(`${asked.period ?? intent.period!.label}: ${formatValue(asked.value, unit, asked.raw)}.`);
  if (intent.periodNotHeld) headline.push(`The papers give no figure for ${intent.periodNotHeld}.`);
  headline.push(`Latest: ${valueText}`);
  if (intent.focus === 'summary' || intent.focus === 'status' || intent.focus === 'target') headline.push(status.reason);
  answer.headline = headline.join(' ');

  const facts: Fact[] = [];
  if (latest) facts.push({ title: 'Latest', value: conflicting ? sameLatest.map((f) => formatValue(f.value, unit, f.raw)).join(' or ') : formatValue(latest.value, unit, latest.raw) });
  if (latest?.period) facts.push({ title: 'Period', value: latest.period });
  else if (latest && !latest.recorded && asOf(catalogue, latest)) facts.push({ title: 'As at', value: `the papers of ${formatDate(asOf(catalogue, latest)!)}` });
  facts.push({ title: 'Target', value: targetText ?? 'none set' });
  facts.push({ title: 'Status', value: status.reason });
  facts.push({ title: 'Better', value: polarityText(indicator) });
  if (trend) facts.push({ title: 'Trend', value: trend });
  if (indicator.area) facts.push({ title: 'Area', value: indicator.area });
  if (indicator.definition) facts.push({ title: 'Measures', value: indicator.definition.text });
  if (indicator.table) facts.push({ title: 'Table', value: `${indicator.table.title}${indicator.table.role === 'row' ? '' : ` (${indicator.table.role === 'total' ? 'its total' : 'a subtotal'})`}` });
  if (indicator.planId) {
    const plan = catalogue.index.plans.get(indicator.planId);
    if (plan) facts.push({ title: 'Plan', value: `${plan.name}${indicator.actionRef ? `, action ${indicator.actionRef}` : ''}` });
  }
  answer.facts = facts;
  if (comparators.length > 0) answer.sections.push({ heading: 'Compared with', facts: comparators.map((c) => comparatorFact(c, unit)) });
  else answer.sections.push({ heading: 'Compared with', lines: ['The papers give no comparator for this indicator.'] });
  const history = figures.slice(0, -1).filter((f) => !conflicting || !sameLatest.includes(f));
  if (history.length > 0) answer.sections.push({ heading: 'Earlier figures', facts: earlierFigures(catalogue, history.slice(-4), unit) });
  const parts = madeUpOf(latest, unit);
  if (parts) answer.sections.push(parts);
  answer.sections.push(...numberedSections(catalogue.index, indicator));
  answer.sections.push(...ratedSection(catalogue, indicator));
  if (latest?.recorded) {
    const r = latest.recorded;
    answer.sections.push({
      heading: 'Recorded in Teams',
      lines: [`${r.author.name} recorded ${formatValue(r.value, unit, String(r.value))} for ${r.period} on ${formatDate(r.at)}.${r.commentary ? ` "${r.commentary}"` : ''}`],
    });
  }
  answer.notes = indicator.flags.filter((f) => f.severity === 'ambiguous').map((f) => f.message);
  answer.sources = [...new Set([cite(catalogue, indicator.source), ...indicator.values.map((v) => cite(catalogue, v.source))].filter((s): s is string => !!s))];
  if (latest?.recorded) answer.sources.push(`Recorded in Teams by ${latest.recorded.author.name}, ${formatDate(latest.recorded.at)}`);
  answer.memory = { subject: { kind: 'indicator', id: indicator.id }, ...(indicator.planId ? { planId: indicator.planId } : {}) };
  return answer;
}

function figuresOf(catalogue: AskCatalogue, indicator: Indicator, recorded: RecordedValue[]): Figure[] {
  const imported: Figure[] = indicator.values.map((v: Measurement) => ({
    ...(v.period ? { period: v.period } : {}),
    ...(v.periodEnd ? { periodEnd: v.periodEnd } : {}),
    value: v.value,
    raw: v.raw,
    read: v,
  }));
  // NOTE: a stable sort by date keeps the pack's order where dates are unknown: the period's end,
  // else the date of the document it was read from (a later report supersedes an earlier one).
  imported.sort((a, b) => {
    const [x, y] = [asOf(catalogue, a), asOf(catalogue, b)];
    return x && y ? x.localeCompare(y) : 0;
  });
  const mine = [...recorded].sort((a, b) => a.at.localeCompare(b.at)).map((r) => ({ period: r.period, ...(r.periodEnd ? { periodEnd: r.periodEnd } : {}), value: r.value, raw: String(r.value), recorded: r }));
  return [...imported, ...mine];
}

/** When a figure stands: the end of its period, else the date of the papers it was read from. */
function asOf(catalogue: AskCatalogue, figure: Figure): string | undefined {
  return figure.periodEnd ?? (figure.read?.source ? catalogue.documents.get(figure.read.source.documentId)?.date : undefined);
}

/** Two figures for one period ("2018" and "calendar year 2018" both end 31 December 2018). */
function samePeriod(a: Figure, b: Figure): boolean {
  if (a.periodEnd && b.periodEnd) return a.periodEnd === b.periodEnd;
  return a.period === b.period;
}

function directionOfTravel(indicator: Indicator, figures: Figure[], conflicting: boolean): string | undefined {
  if (conflicting) return undefined;
  const latest = figures.at(-1);
  if (!latest || latest.value === null) return undefined;
  const earlier = [...figures.slice(0, -1)].reverse().find((f) => f.value !== null && (!!latest.recorded || !samePeriod(f, latest)));
  const previous = earlier
    ? { value: earlier.value!, period: earlier.period ?? 'in the papers, period not stated' }
    : (() => {
        const p = indicator.comparators.find((c) => c.kind === 'previous' && c.value !== null);
        return p ? { value: p.value!, period: p.period ?? p.label } : undefined;
      })();
  if (!previous) return undefined;
  const unit = indicator.unit;
  if (previous.value === latest.value) return `No change from ${formatValue(previous.value, unit)} (${previous.period}).`;
  const up = latest.value > previous.value;
  const judged =
    indicator.polarity === 'higher-is-better' ? (up ? ', an improvement' : ', a worsening') : indicator.polarity === 'lower-is-better' ? (up ? ', a worsening' : ', an improvement') : '';
  return `${up ? 'Up' : 'Down'} from ${formatValue(previous.value, unit)} (${previous.period}) to ${formatValue(latest.value, unit)}${latest.period ? ` (${latest.period})` : ''}${judged}.`;
}

/** Comparators share the indicator's unit only when it is a percentage; other units are too long to repeat. */
const comparatorUnit = (unit?: string) => (unit === '%' ? unit : undefined);

function comparatorFact(c: Comparator, unit?: string): Fact {
  return { title: c.label, value: `${c.value !== null ? formatValue(c.value, comparatorUnit(unit), c.raw) : `"${c.raw}" (no figure)`}${c.period ? ` (${c.period})` : ''}` };
}

function comparatorSentence(comparators: Comparator[], wanted: IndicatorIntent['comparator'], unit?: string): string {
  if (comparators.length === 0) return 'The papers give no comparator for this indicator.';
  const matching = wanted ? comparators.filter((c) => c.kind === wanted) : comparators;
  const listed = (list: Comparator[]) => list.map((c) => `${c.label} ${c.value !== null ? formatValue(c.value, comparatorUnit(unit), c.raw) : `"${c.raw}"`}${c.period ? ` (${c.period})` : ''}`).join('; ');
  if (matching.length > 0) return `Compared with ${listed(matching)}.`;
  return `The papers give no ${comparatorNames[wanted ?? ''] ?? wanted} figure for this; they give ${listed(comparators)}.`;
}

function polarityText(indicator: Indicator): string {
  if (indicator.polarity === 'higher-is-better' || indicator.polarity === 'lower-is-better') {
    const text = directionText(indicator.polarity, indicator.polarityReason);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  }
  if (indicator.polarity === 'none') return 'Neither (context only)';
  return 'Not stated in the papers';
}
