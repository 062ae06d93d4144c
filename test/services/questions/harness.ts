import type { Activity } from 'botbuilder';
import type { Directory, DirectoryPerson } from '../../../src/domain/directory';
import { activityFixture } from '../../helpers/fixtures';
import { cardText, firstCard, type TestBot } from '../../helpers/test-bot';

/** The committee the workflow tests use, and the people around it. */
export const COMMITTEE = 'Children and Young People Overview and Scrutiny Committee';

const person = (name: string, aadObjectId: string | undefined, roles: DirectoryPerson['roles'], extra: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  name,
  ...(aadObjectId ? { aadObjectId } : {}),
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@council.example`,
  roles,
  jobTitles: [],
  committees: [COMMITTEE],
  ...extra,
});

export const people = {
  chair: person('Cllr Chris Chair', 'c0000000-0000-4000-8000-000000000001', ['chair', 'member']),
  services: person('Dana Services', 'd0000000-0000-4000-8000-000000000002', ['democratic-services'], { committees: [] }),
  jane: person('Cllr Jane Example', '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ['member']),
  mo: person('Cllr Mo Member', 'e0000000-0000-4000-8000-000000000003', ['member']),
  lee: person('Cllr Lee Fourth', 'e0000000-0000-4000-8000-000000000004', ['member']),
  pat: person('Cllr Pat Paper', undefined, ['member']),
  officer: person('Sam Officer', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', ['officer'], {
    jobTitles: ['Head of Service, Children in Care'],
    committees: [],
  }),
  otherChair: person('Cllr Olive Other', 'f0000000-0000-4000-8000-000000000005', ['chair', 'member'], { committees: ['Cabinet'] }),
};

export const directory: Directory = { people: Object.values(people) };

const TENANT = '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
export const CHANNEL = '19:4f7c0d6a1b2e4c3d9e8f7a6b5c4d3e2f@thread.tacv2;messageid=1763632961117';

let counter = 0;
const nextId = () => `test-${++counter}`;

function from(p: DirectoryPerson) {
  return { id: `29:${p.name.replace(/\W/g, '')}`, name: p.name, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}) };
}

/** A 1:1 message from a person (or a channel message, @mentioning the bot). */
export async function say(t: TestBot, p: DirectoryPerson, text: string, where: 'personal' | 'channel' = 'personal'): Promise<Partial<Activity>[]> {
  if (where === 'channel') {
    return t.send(activityFixture('message-channel', { id: nextId(), from: from(p), text: `<at>Board and scrutiny</at> ${text}` }));
  }
  return t.send(activityFixture('message-personal', { id: nextId(), from: from(p), text, conversation: { conversationType: 'personal', tenantId: TENANT, id: `a:${from(p).id}` } }));
}

export interface InvokeAnswer {
  card?: Record<string, unknown>;
  message?: string;
  text: string;
}

/** Presses an Action.Execute button: the invoke Teams sends, and the card (or message) it answers with. */
export async function press(
  t: TestBot,
  p: DirectoryPerson,
  verb: string,
  data: Record<string, unknown>,
  where: 'personal' | 'channel' = 'personal',
): Promise<InvokeAnswer> {
  const fixture = where === 'channel' ? 'invoke-card-action-channel' : 'invoke-card-action-personal';
  const sent = await t.send(
    activityFixture(fixture, {
      id: nextId(),
      from: from(p),
      ...(where === 'personal' ? { conversation: { conversationType: 'personal', tenantId: TENANT, id: `a:${from(p).id}` } } : {}),
      value: { action: { type: 'Action.Execute', title: verb, verb, data: { verb, ...data } }, trigger: 'manual' },
    }),
  );
  const response = sent.find((a) => a.type === 'invokeResponse');
  const body = (response?.value as { body?: { type?: string; value?: unknown } } | undefined)?.body;
  if (body?.type === 'application/vnd.microsoft.card.adaptive') {
    const card = body.value as Record<string, unknown>;
    return { card, text: cardText(card) };
  }
  const message = typeof body?.value === 'string' ? body.value : '';
  return { message, text: message };
}

/** The card or text a message turn answered with, flattened. */
export function answerText(sent: Partial<Activity>[]): string {
  const card = firstCard(sent);
  return card ? cardText(card) : sent.map((a) => a.text ?? '').join(' | ');
}

/** The data of the first button titled `title` anywhere in a card (ShowCard buttons included). */
export function buttonData(card: unknown, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (value: unknown) => {
    if (found || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    const v = value as Record<string, unknown>;
    if (v.type === 'Action.Execute' && v.title === title) {
      found = v.data as Record<string, unknown>;
      return;
    }
    Object.values(v).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`No button "${title}" on the card`);
  return found;
}

/** The value of an input in a card, by id. */
export function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (value: unknown) => {
    if (found !== undefined || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    const v = value as Record<string, unknown>;
    if (typeof v.type === 'string' && v.type.startsWith('Input.') && v.id === id) {
      found = v.value ?? '';
      return;
    }
    Object.values(v).forEach(walk);
  };
  walk(card);
  return found;
}
