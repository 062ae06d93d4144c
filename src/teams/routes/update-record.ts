import type { Application } from '@microsoft/teams-ai';
import { openIndicatorRecord, openIndicatorRecordFor } from '../../services/open-indicator-record';
import { recordIndicatorValue } from '../../services/record-indicator-value';
import { recordFormReply, recordOutcomeReply } from '../../views/updates/record-replies';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { onCardVerb, sendReply } from './card-verbs';
import { submissionKey } from './submission-key';

export const recordCommand = /^\s*record\s+(?!of\b)(.+?)\s*$/i;

/** "record <action ref or indicator name>" and the record card's verbs. */
export function registerRecordRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Action leads', usage: 'record 1.9', summary: "A card to enter a new value of an action's indicator (or name the indicator); I work out its status." });
  const stores = deps.stores;

  onCardVerb(app, 'indicator.record', async (context, data, raw) => {
    const outcome = await recordIndicatorValue(stores, deps.directory, { now: deps.clock(), timeZone: deps.timeZone }, {
      data,
      actor: toActor(context.activity),
      idempotencyKey: submissionKey(context.activity, 'indicator.record', raw),
    });
    deps.logger.info({ verb: 'indicator.record', outcome: outcome.kind }, 'indicator value submitted');
    return recordOutcomeReply(deps, outcome);
  });

  onCardVerb(app, 'indicator.open', async (context, { actionId, indicatorId }) => {
    const which = { ...(actionId !== undefined ? { actionId } : {}), ...(indicatorId !== undefined ? { indicatorId } : {}) };
    return recordFormReply(deps, await openIndicatorRecordFor(stores, deps.directory, toActor(context.activity), which));
  });

  app.message(recordCommand, async (context) => {
    const text = recordCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    await sendReply(context, recordFormReply(deps, await openIndicatorRecord(stores, deps.directory, toActor(context.activity), text)));
  });
}
