import { type Activity, INVOKE_RESPONSE_KEY, TestAdapter } from 'botbuilder';
import type { Directory, DirectoryPerson } from '../../src/domain/directory';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { activityFixture } from '../helpers/fixtures';
import { cardText, type TestBot } from '../helpers/test-bot';

/**
 * People, conversations and activities for the security tests: the real app driven the way Teams
 * drives it, from a 1:1 chat, a group chat or a channel, with Action.Execute or the Action.Submit
 * fallback.
 */
export const COMMITTEE = 'Children and Young People Overview and Scrutiny Committee';
export const TENANT = '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';

const person = (name: string, aadObjectId: string, roles: DirectoryPerson['roles'], extra: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  name,
  aadObjectId,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@council.example`,
  roles,
  jobTitles: [],
  committees: [],
  ...extra,
});

export const people = {
  /** Administers every plan (role admin). */
  ada: person('Ada Admin', '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c', ['admin']),
  /** Leads action 1.9 of Medway's children's services plan; answers questions in writing. */
  sam: person('Sam Officer', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', ['officer'], { jobTitles: ['Head of Service, Safeguarding'] }),
  chair: person('Cllr Chris Chair', 'c0000000-0000-4000-8000-000000000001', ['chair', 'member'], { committees: [COMMITTEE] }),
  jane: person('Cllr Jane Example', '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ['member'], { committees: [COMMITTEE] }),
  /** A councillor on the committee, with no other role: the member who is not allowed. */
  mo: person('Cllr Mo Member', 'e0000000-0000-4000-8000-000000000003', ['member'], { committees: [COMMITTEE] }),
};
export const directory: Directory = { people: Object.values(people) };

/** Someone Teams lets talk to the bot who is not in the council's directory at all. */
export const stranger = { name: 'Alex Stranger', aadObjectId: '99999999-0000-4000-8000-0000000000ff' };

export type Who = DirectoryPerson | typeof stranger;
export type Where = 'personal' | 'groupChat' | 'channel';
export const conversationTypes: Where[] = ['personal', 'groupChat', 'channel'];

const fromOf = (who: Who) => ({ id: `29:${who.aadObjectId}`, name: who.name, aadObjectId: who.aadObjectId });
const GROUP_CHAT = '19:meeting_security-group-chat@thread.v2';
const mention = { mentioned: { id: '28:7e5d4c3b-2a19-4f08-9e7d-6c5b4a392817', name: 'Board and scrutiny' }, text: '<at>Board and scrutiny</at>', type: 'mention' };

let counter = 0;
const nextId = () => `security-${++counter}`;

/** Where an activity happens: a 1:1 chat with the person, a group chat, or the committee's channel. */
function place(who: Who, where: Where, channelFixture: string): Record<string, unknown> {
  if (where === 'personal') return { conversation: { conversationType: 'personal', tenantId: TENANT, id: `a:${fromOf(who).id}` } };
  if (where === 'groupChat') {
    return { conversation: { conversationType: 'groupChat', isGroup: true, tenantId: TENANT, id: GROUP_CHAT }, channelData: { tenant: { id: TENANT } } };
  }
  const base = activityFixture(channelFixture);
  return { conversation: base.conversation, channelData: base.channelData };
}

/** A typed message; in a group chat or channel it @mentions the bot, as Teams requires there. */
export function say(who: Who, text: string, where: Where = 'personal'): Partial<Activity> {
  const shared = where !== 'personal';
  return activityFixture(shared ? 'message-channel' : 'message-personal', {
    id: nextId(),
    from: fromOf(who),
    text: shared ? `<at>Board and scrutiny</at> ${text}` : text,
    ...(shared ? { entities: [mention] } : {}),
    ...place(who, where, 'message-channel'),
  });
}

/** A card button: Action.Execute (an invoke) or the Action.Submit fallback of older clients (a message). */
export function press(who: Who, verb: string, data: Record<string, unknown>, where: Where = 'personal', delivery: 'execute' | 'submit' = 'execute'): Partial<Activity> {
  if (delivery === 'submit') {
    return activityFixture(where === 'channel' ? 'message-card-submit-channel' : 'message-personal', {
      id: nextId(),
      from: fromOf(who),
      text: undefined,
      replyToId: `card-${counter}`,
      value: { verb, ...data },
      ...place(who, where, 'message-card-submit-channel'),
    });
  }
  return activityFixture(where === 'channel' ? 'invoke-card-action-channel' : 'invoke-card-action-personal', {
    id: nextId(),
    from: fromOf(who),
    replyToId: `card-${counter}`,
    value: { action: { type: 'Action.Execute', title: verb, verb, data: { verb, ...data } }, trigger: 'manual' },
    ...place(who, where, 'invoke-card-action-channel'),
  });
}

export interface Turn {
  /** Messages the bot sent (invoke responses apart). */
  sent: Partial<Activity>[];
  /** Cards the bot replaced for everyone. */
  updated: Partial<Activity>[];
  /** The invoke response body of an Action.Execute: `{ statusCode, type, value }`. */
  invoke?: { statusCode: number; type: string; value: unknown };
  /** Everything the person (and the conversation) saw, flattened to text. */
  text: string;
}

/** Runs one activity through the real app's handleTurn, capturing sends, card updates and the invoke response. */
export async function run(t: TestBot, activity: Partial<Activity>): Promise<Turn> {
  const adapter = new TestAdapter(async () => undefined);
  const turn: Turn = { sent: [], updated: [], text: '' };
  await adapter.processActivity(activity, async (context) => {
    context.onSendActivities(async (_ctx, activities, next) => {
      turn.sent.push(...activities.filter((a) => a.type !== 'invokeResponse'));
      return next();
    });
    context.onUpdateActivity(async (_ctx, updated, next) => {
      turn.updated.push(updated);
      return next();
    });
    await t.bot.handleTurn(context);
    const response = context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: { body?: Turn['invoke'] } } | undefined;
    if (response?.value?.body) turn.invoke = response.value.body;
  });
  const parts = [
    ...(turn.invoke ? [typeof turn.invoke.value === 'string' ? turn.invoke.value : cardText(turn.invoke.value)] : []),
    ...turn.sent.map((a) => [a.text ?? '', cardText(a.attachments ?? [])].filter(Boolean).join(' | ')),
    ...turn.updated.map((a) => cardText(a.attachments ?? [])),
  ];
  turn.text = parts.filter(Boolean).join(' | ');
  return turn;
}

/** The card a turn answered with (invoke response first, else the first card sent). */
export function cardOf(turn: Turn): Record<string, unknown> | undefined {
  if (turn.invoke?.type === 'application/vnd.microsoft.card.adaptive') return turn.invoke.value as Record<string, unknown>;
  for (const activity of turn.sent) {
    const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    if (attachment) return attachment.content as Record<string, unknown>;
  }
  return undefined;
}

/**
 * Tables that hold what the council imported; the bot's routes only read them (imports are a CLI).
 * Everything else is business data a route may write, and is compared after every refused attempt.
 */
export const catalogueTables = ['actions', 'document_pages', 'documents', 'glossary', 'imports', 'indicators', 'meetings', 'people', 'plans', 'recommendations', 'schema_migrations'];
/**
 * Written on every turn whoever sends it, by design: what a conversation was last about (turn state)
 * and where to reach it (the conversation reference). Neither is a change a role governs.
 */
export const perTurnTables = ['bot_state', 'conversations'];

/** Every table's row count and a digest of its rows, so a before/after comparison shows any change. */
export async function snapshot(sql: SqlClient, which: 'business' | 'catalogue'): Promise<Record<string, string>> {
  const all = (await sql.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
  )).rows.map((r) => r.table_name);
  const tables = which === 'catalogue' ? all.filter((t) => catalogueTables.includes(t)) : all.filter((t) => !catalogueTables.includes(t) && !perTurnTables.includes(t));
  const query = tables
    .map((t) => `SELECT '${t}' AS t, count(*)::text || ' rows ' || md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS d FROM "${t}" r`)
    .join(' UNION ALL ');
  const rows = (await sql.query<{ t: string; d: string }>(query)).rows;
  return Object.fromEntries(rows.map((r) => [r.t, r.d]));
}
