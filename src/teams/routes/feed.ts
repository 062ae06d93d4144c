import { type Activity, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { setFeedChannel } from '../../services/feed/set-feed';
import type { ConversationRecord } from '../../domain/conversations';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import { readTenant } from '../tenant';
import type { AppTurnState } from '../turn-state';

export const setFeedCommand = /^\s*set\s+(?:the\s+)?(?:board\s+)?feed\s+(?:for|of)\s+(.+?)\s*[.!]*\s*$/i;
export const stopFeedCommand = /^\s*(?:stop|remove|clear)\s+(?:the\s+)?(?:board\s+)?feed\s+(?:for|of)\s+(.+?)\s*[.!]*\s*$/i;

/**
 * The channel itself (not the thread the command was typed in) as a place to post: a message sent
 * to a channel's id starts a new post there.
 */
function channelRoot(activity: Partial<Activity>): ConversationRecord | undefined {
  const channelData = (activity.channelData ?? {}) as { channel?: { id?: string }; team?: { id?: string } };
  const channelId = channelData.channel?.id;
  if (activity.conversation?.conversationType !== 'channel' || !channelId || !activity.serviceUrl) return undefined;
  const tenantId = readTenant(activity).tenant;
  const { activityId: _thread, ...reference } = TurnContext.getConversationReference(activity);
  return {
    id: channelId,
    conversationType: 'channel',
    ...(tenantId ? { tenantId } : {}),
    ...(channelData.team?.id ? { teamId: channelData.team.id } : {}),
    channelId,
    serviceUrl: activity.serviceUrl,
    reference: JSON.parse(JSON.stringify({ ...reference, conversation: { id: channelId, isGroup: true, conversationType: 'channel', tenantId } })) as Record<string, unknown>,
    installed: true,
  };
}

/** "set feed for <plan>" in a channel, "stop feed for <plan>": plan administrators only. */
export function registerFeedRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Administrators', usage: 'set feed for [plan]', summary: "In a channel: post the plan's status changes there, and a digest every Monday." });
  deps.commands.add({ audience: 'Administrators', usage: 'stop feed for [plan]', summary: "Stop posting the plan's status changes." });

  app.message(setFeedCommand, async (context) => {
    const planText = setFeedCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const channel = channelRoot(context.activity);
    if (!channel) {
      await context.sendActivity('Type set feed for [plan] in the channel the board should see the updates in (with @ mention), not in a chat.');
      return;
    }
    const outcome = await setFeedChannel(deps.stores, deps.directory, toActor(context.activity), { planText, channel }, deps.clock());
    deps.logger.info({ command: 'set feed', outcome: outcome.kind }, 'feed channel command');
    if (outcome.kind !== 'set') return void (await context.sendActivity('message' in outcome ? outcome.message : ''));
    await context.sendActivity(
      `From now on, status changes to ${outcome.plan.name} are posted in this channel, with a digest of the week's changes and overdue actions every Monday.${outcome.replaced ? ' They are no longer posted in the channel set before.' : ''}`,
    );
  });

  app.message(stopFeedCommand, async (context) => {
    const planText = stopFeedCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const outcome = await setFeedChannel(deps.stores, deps.directory, toActor(context.activity), { planText }, deps.clock());
    deps.logger.info({ command: 'stop feed', outcome: outcome.kind }, 'feed channel command');
    if (outcome.kind === 'stopped') {
      await context.sendActivity(outcome.wasSet ? `Status changes to ${outcome.plan.name} are no longer posted anywhere.` : `${outcome.plan.name} had no feed channel.`);
      return;
    }
    await context.sendActivity('message' in outcome ? outcome.message : '');
  });
}
