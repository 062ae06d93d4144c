import type { IndicatorForRecord, OpenedRecord } from '../../services/open-indicator-record';
import type { RecordOutcome } from '../../services/record-indicator-value';
import { type CardReply, forAll } from '../card-reply';
import type { ViewDeps } from '../view-deps';
import { choosePlanCard } from './update-list-cards';
import { recordFormCard, recordResultCard } from './update-record-cards';

/** "action 2.6", or the indicator's name when it is not tied to an action. */
const labelOf = (offered: IndicatorForRecord[]) => (offered[0]?.action ? `action ${offered[0].action.ref}` : (offered[0]?.indicator.name ?? 'this indicator'));

/** "record 1.9" (or the Record button): the record card, a choice of plans, or why not. */
export function recordFormReply(deps: ViewDeps, opened: OpenedRecord): CardReply {
  switch (opened.kind) {
    case 'open':
      return recordFormCard(deps, opened.offered, opened.label);
    case 'choose':
      return choosePlanCard(deps, opened.ref, opened.options, 'indicator.open', 'Record for this one');
    case 'refused':
      return `Sorry, I can't take a value for ${opened.label} from you. Values can be recorded by ${opened.whoCan}.`;
    default:
      return `I can't find an indicator for "${opened.text}". Try the action's ref (record 1.9) or more of the indicator's name.`;
  }
}

/** A recorded value: the result for everyone, the form again with its problems, or why not. */
export function recordOutcomeReply(deps: ViewDeps, outcome: RecordOutcome): CardReply {
  switch (outcome.kind) {
    case 'recorded':
    case 'duplicate':
      return forAll(recordResultCard(deps, outcome.target, outcome.value));
    case 'rejected':
      return recordFormCard(deps, outcome.offered, labelOf(outcome.offered), {
        input: outcome.input,
        errors: outcome.errors,
        notice: 'Nothing is saved yet: put right the fields marked below and submit again.',
      });
    case 'refused':
      return `Sorry, I can't take a value for ${outcome.target.indicator.name} from you. ${outcome.target.permission.allowed ? '' : `Values can be recorded by ${outcome.target.permission.whoCan}.`}`;
    default:
      return 'That card is out of date or not one I recognise, so nothing was recorded.';
  }
}
