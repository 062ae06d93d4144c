import { type Actor, type Directory, findPerson, hasRole } from '../../domain/directory';
import type { OutboxStore } from '../../store/ports';
import type { OutboxEntry, OutboxStatus } from '../../domain/outbox';

export type OutboxView =
  | { kind: 'status'; counts: Record<OutboxStatus, number>; dead: OutboxEntry[]; retrying: OutboxEntry[] }
  | { kind: 'refused'; message: string };

const refusal = "Sorry, only the bot's administrators (the admin role in the people file) can see or retry the outbox.";

/** Only the directory's administrators see what the bot could not deliver: it names people and chats. */
function isAdmin(directory: Directory, actor: Actor): boolean {
  return hasRole(findPerson(directory, actor), 'admin');
}

/** The outbox for administrators: how many messages are in each state, what was given up on and what waits to retry. */
export async function outboxStatus(outbox: OutboxStore, directory: Directory, actor: Actor, limit = 15): Promise<OutboxView> {
  if (!isAdmin(directory, actor)) return { kind: 'refused', message: refusal };
  const [counts, dead, pending] = await Promise.all([
    outbox.counts(),
    outbox.list({ status: ['dead'], limit }),
    outbox.list({ status: ['pending', 'sending'], limit: 200 }),
  ]);
  return { kind: 'status', counts, dead, retrying: pending.filter((m) => m.attempts > 0 || m.lastError).slice(0, limit) };
}

/** Puts a dead message (or all of them) back in the queue, attempts reset. */
export async function retryOutbox(
  outbox: OutboxStore,
  directory: Directory,
  actor: Actor,
  key: string | undefined,
  now: Date,
): Promise<{ kind: 'retried'; count: number } | { kind: 'refused'; message: string }> {
  if (!isAdmin(directory, actor)) return { kind: 'refused', message: refusal };
  return { kind: 'retried', count: await outbox.retryDead(key, now.toISOString()) };
}
