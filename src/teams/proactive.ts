import { type Activity, type Attachment, type CloudAdapterBase, type ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { CardJson } from '../cards/render';
import { type Deliverer, DeliveryError, type DeliveryResult, isRetryableStatus } from '../services/outbox/delivery';
import type { ConversationStore } from '../store/ports';
import type { ConversationRecord } from '../domain/conversations';
import type { OutboxEntry } from '../domain/outbox';
import { cardMessage } from './reply';

export interface ProactiveOptions {
  adapter: Pick<CloudAdapterBase, 'continueConversationAsync' | 'createConversationAsync'>;
  /** BOT_ID; empty in local mode (the adapter then sends unauthenticated, as the Playground expects). */
  botAppId?: string;
  conversations: ConversationStore;
}

// NOTE: the connector's default audience (the public cloud's Bot Framework scope) is what we want;
// the typings insist on a string, the implementation falls back when it is undefined.
const defaultAudience = undefined as unknown as string;

/**
 * The only place that sends outside a turn: over a stored conversation reference, or, for a person
 * with none stored, by starting a 1:1 chat with them by their Entra object id (Teams allows that
 * only when the app is installed for them; otherwise it answers 403 and the message is given up,
 * visibly, in the outbox).
 */
export function createProactiveDeliverer(options: ProactiveOptions): Deliverer {
  const botAppId = options.botAppId ?? '';

  const sendOver = async (record: ConversationRecord, activity: Partial<Activity>): Promise<DeliveryResult> => {
    let activityId: string | undefined;
    await options.adapter.continueConversationAsync(botAppId, record.reference as Partial<ConversationReference>, async (context) => {
      activityId = await postNew(context, activity);
    });
    return { activityId, conversationId: record.id };
  };

  const startChat = async (aadObjectId: string, activity: Partial<Activity>): Promise<DeliveryResult> => {
    // NOTE: any installed conversation shows the service URL and tenant to start one from (a few are
    // read, not all, and one that states its tenant is preferred).
    const known = await options.conversations.list({ installedOnly: true, limit: 20 });
    const template = known.find((c) => c.tenantId) ?? known[0];
    if (!template) throw new DeliveryError('No conversation with this person, and none stored to start one from.', { permanent: true });
    const { bot } = template.reference as Partial<ConversationReference>;
    let result: DeliveryResult | undefined;
    await options.adapter.createConversationAsync(
      botAppId,
      'msteams',
      template.serviceUrl,
      defaultAudience,
      {
        isGroup: false,
        bot: bot ?? { id: botAppId, name: '' },
        members: [{ id: aadObjectId, name: '' }],
        tenantId: template.tenantId,
        channelData: template.tenantId ? { tenant: { id: template.tenantId } } : undefined,
      },
      async (context) => {
        const conversationId = context.activity.conversation.id;
        const reference = { ...TurnContext.getConversationReference(context.activity), user: { id: aadObjectId, name: '', aadObjectId } };
        await options.conversations.upsert({
          id: conversationId,
          conversationType: 'personal',
          tenantId: template.tenantId,
          serviceUrl: template.serviceUrl,
          reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
          installed: true,
        });
        result = { activityId: await postNew(context, activity), conversationId };
      },
    );
    if (!result) throw new DeliveryError('Teams created no conversation.');
    return result;
  };

  const classified = (send: () => Promise<DeliveryResult>) => async () => {
    try {
      return await send();
    } catch (error) {
      throw toDeliveryError(error);
    }
  };

  return {
    async prepare(message: OutboxEntry) {
      const activity: Partial<Activity> = message.card ? outgoingCard(message.card) : { type: 'message', text: message.text ?? '' };
      const target = message.target;
      if (target.kind === 'conversation') {
        const record = await options.conversations.get(target.conversationId);
        if (!record) throw new DeliveryError('The bot has no reference to this conversation.', { permanent: true });
        if (!record.installed) throw new DeliveryError('The app was removed from this conversation.', { permanent: true });
        return classified(() => sendOver(record, activity));
      }
      const personal = await options.conversations.findPersonalChat(target.aadObjectId);
      return classified(() => (personal ? sendOver(personal, activity) : startChat(target.aadObjectId, activity)));
    },
  };
}

/**
 * An Adaptive Card, or an attachment of another kind whole (it names its `contentType`): a file
 * consent card sent to a person's 1:1 chat.
 */
function outgoingCard(card: Record<string, unknown>): Partial<Activity> {
  if (typeof card.contentType === 'string') return { type: 'message', attachments: [card as unknown as Attachment] };
  return cardMessage(card as CardJson);
}

/**
 * Posts `activity` as a new message in the turn's conversation (in a channel: a new post), not as
 * a reply: `context.sendActivity` would reply to the continuation activity's made-up id.
 */
async function postNew(context: TurnContext, activity: Partial<Activity>): Promise<string | undefined> {
  const reference = TurnContext.getConversationReference(context.activity);
  const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
  const outgoing = TurnContext.applyConversationReference({ ...activity }, reference);
  delete outgoing.replyToId;
  const response = await client.conversations.sendToConversation(reference.conversation!.id, outgoing);
  return response?.id || undefined;
}


/** What the connector threw, as a classified {@link DeliveryError}. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = error as {
    statusCode?: number;
    status?: number;
    code?: string;
    message?: string;
    response?: { status?: number; headers?: { get?: (name: string) => string | undefined | null } & Record<string, unknown> };
  };
  const status = e.statusCode ?? e.response?.status ?? e.status;
  const header = (name: string) => {
    const headers = e.response?.headers;
    const value = typeof headers?.get === 'function' ? headers.get(name) : (headers?.[name] as string | undefined);
    return value ?? undefined;
  };
  const retryAfterMs = parseRetryAfter(header('retry-after'));
  const reason = (e.message ?? String(error)).split('\n')[0]!.slice(0, 300);
  return new DeliveryError(reason, { status, retryAfterMs, permanent: !isRetryableStatus(status) });
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
