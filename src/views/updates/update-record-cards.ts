import { ragColour } from '../../cards/status-colour';
import { plainText } from '../../cards/text';
import { directionText, targetStateText, withDirection } from '../../domain/indicator-direction';
import { currentTarget, formatFigure } from '../../domain/rag-rules';
import { dateIn, whenIn } from '../../domain/update-dates';
import { type RecordField, type RecordInput, recordFields, recordLimits } from '../../domain/update-record-rules';
import type { FieldErrors } from '../../domain/update-rules';
import type { IndicatorForRecord } from '../../services/open-indicator-record';
import type { RecordedValue } from '../../domain/updates';
import type { ViewDeps } from '../view-deps';
import { givenBack } from './update-cards';

const polarityText = { none: 'for context', unknown: 'the plan does not say which way is better' } as const;

const figure = (n: number, unit?: string) => formatFigure(n, Number.isInteger(n) ? 0 : (String(n).split('.')[1]?.length ?? 0), unit);

/** "Target 20%; lower is better. Last value 64% (as imported)." */
function detailOf(o: IndicatorForRecord): string {
  const indicator = withDirection(o.indicator, o.settings?.directions?.[o.indicator.id]);
  const target = currentTarget(indicator);
  const state = targetStateText(indicator.targetState);
  const targetText = target?.value != null
    ? `Target ${figure(target.value, indicator.unit)}`
    : target?.raw ? `Target ${state && state !== 'none set' ? `${state} ("${target.raw}")` : `"${target.raw}"`}` : 'No target';
  const direction = indicator.polarity === 'higher-is-better' || indicator.polarity === 'lower-is-better'
    ? directionText(indicator.polarity, indicator.polarityReason)
    : polarityText[indicator.polarity];
  const imported = indicator.values.filter((v) => v.value !== null).at(-1);
  const last = o.lastRecorded
    ? `Last recorded ${figure(o.lastRecorded.value, indicator.unit)} for ${o.lastRecorded.period}.`
    : imported
      ? `Last value ${figure(imported.value!, indicator.unit)}${imported.period ? ` (${imported.period})` : ''}, as imported.`
      : 'No value yet.';
  const where = [indicator.area, o.action ? `action ${o.action.ref}` : undefined].filter(Boolean).join(', ');
  return `${where ? `${where}. ` : ''}${targetText}; ${direction}. ${last}`;
}

export interface RecordFormState {
  input?: RecordInput;
  errors?: FieldErrors<RecordField>;
  notice?: string;
}

/** The form to record a value for one of the offered indicators. */
export function recordFormCard(deps: ViewDeps, offered: IndicatorForRecord[], label: string, state: RecordFormState = {}) {
  const first = offered[0]!;
  const input: RecordInput = state.input ?? { indicatorId: offered.length === 1 ? first.indicator.id : '', period: '', periodEnd: '', value: '', commentary: '' };
  const planName = first.plan?.name;
  return deps.cards.render('indicator-record', {
    title: 'Record a value',
    intro: plainText(`For ${label}${planName ? ` of ${planName}` : ''}. I work out the status from the target, which way is better and the plan's tolerance.`),
    indicators: offered.map((o) => ({ name: plainText(o.indicator.name), detail: plainText(detailOf(o)) })),
    notice: state.notice ? plainText(state.notice) : '',
    choices: offered.map((o) => ({ title: [o.indicator.name, o.indicator.area].filter(Boolean).join(' · '), value: o.indicator.id })),
    ...givenBack(recordFields, input, state.errors, recordLimits),
    today: dateIn(deps.clock(), deps.timeZone),
    offered: offered.map((o) => o.indicator.id),
  });
}

/** The card that replaces the form: the value, who recorded it, and the status with its reason. */
export function recordResultCard(deps: ViewDeps, target: IndicatorForRecord, value: RecordedValue) {
  const { indicator, plan, action } = target;
  const context = [action ? `Action ${action.ref}` : undefined, plan?.name, indicator.area].filter(Boolean).join(' · ');
  return deps.cards.render('indicator-record-result', {
    title: plainText(`Value recorded: ${indicator.name}`),
    context: plainText(context || 'Not tied to a plan'),
    headline: plainText(`${value.author.name} recorded ${figure(value.value, indicator.unit)} for ${value.period} on ${whenIn(value.at, deps.timeZone)}.`),
    reason: plainText(value.statusReason ?? 'No status.'),
    colour: ragColour(value.status),
    commentary: plainText(value.commentary ?? ''),
    indicatorId: indicator.id,
  });
}
