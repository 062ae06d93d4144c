import type { Application } from '@microsoft/teams-ai';
import { type IndicatorForRecord, openIndicatorRecord, openIndicatorRecordFor, type OpenedRecord } from '../../services/open-indicator-record';
import { recordIndicatorValue } from '../../services/record-indicator-value';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { choosePlanCard } from '../../views/updates/update-list-cards';
import { recordFormCard, recordResultCard } from '../../views/updates/update-record-cards';
import { type CardReply, forAll, onCardVerb, sendReply } from './card-verbs';
import { submissionKey } from './submission-key';

export const recordCommand = /^\s*record\s+(?!of\b)(.+?)\s*$/i;

/** "action 2.6", or the indicator's name when it is not tied to an action. */
const labelOf = (offered: IndicatorForRecord[]) => (offered[0]?.action ? `action ${offered[0].action.ref}` : (offered[0]?.indicator.name ?? 'this indicator'));

function replyFor(deps: BotDeps, opened: OpenedRecord): CardReply {
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

/** "record <action ref or indicator name>" and the record card's verbs. */
export function registerRecordRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Action leads', usage: 'record 1.9', summary: "A card to enter a new value of an action's indicator (or name the indicator); I work out its status." });
  const stores = deps.stores;

  onCardVerb(app, 'indicator.record', async (context, data) => {
    const outcome = await recordIndicatorValue(stores, deps.directory, { now: deps.clock(), timeZone: deps.timeZone }, {
      data,
      actor: toActor(context.activity),
      idempotencyKey: submissionKey(context.activity, 'indicator.record', data),
    });
    deps.logger.info({ verb: 'indicator.record', outcome: outcome.kind }, 'indicator value submitted');
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
  });

  onCardVerb(app, 'indicator.open', async (context, data) => {
    const which = {
      ...(typeof data.actionId === 'string' ? { actionId: data.actionId } : {}),
      ...(typeof data.indicatorId === 'string' ? { indicatorId: data.indicatorId } : {}),
    };
    return replyFor(deps, await openIndicatorRecordFor(stores, deps.directory, toActor(context.activity), which));
  });

  app.message(recordCommand, async (context) => {
    const text = recordCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    await sendReply(context, replyFor(deps, await openIndicatorRecord(stores, deps.directory, toActor(context.activity), text)));
  });
}
