import { peopleWithRole } from '../../domain/directory';
import type { CardJson } from '../../cards/render';
import type { OutboundMessage } from '../../domain/outbox';
import type { QuestionPerson, QuestionWindow } from '../../domain/questions';
import { canRunWindow } from '../../domain/questions-rules';
import { asQuestionPerson, type QuestionContext } from './context';

/** What telling people came to: how many messages were queued, and who could not be reached. */
export interface Delivery {
  queued: number;
  /** People with no Teams (Entra) id: the bot cannot message them. */
  unreachable: string[];
}

export const noDelivery = (): Delivery => ({ queued: 0, unreachable: [] });

/** How the key of every message about a question starts: retention finds them by it. */
export const questionKeyPrefix = (questionId: string): string => `q:${questionId}:`;

/** The key of a message about a question at its version, for one step (idempotent per change). */
export const questionMessageKey = (question: { id: string; version: number }, step: string): string =>
  `${questionKeyPrefix(question.id)}v${question.version}:${step}`;

export function addDelivery(a: Delivery, b: Delivery): Delivery {
  return { queued: a.queued + b.queued, unreachable: [...new Set([...a.unreachable, ...b.unreachable])] };
}

/**
 * Queues a card to each person in a 1:1 chat (once each). `key` names the change; with the person's
 * id it makes the message idempotent, so a retried turn does not tell anyone twice.
 */
export async function tellPeople(ctx: QuestionContext, people: QuestionPerson[], card: CardJson, key: string): Promise<Delivery> {
  const delivery = noDelivery();
  const seen = new Set<string>();
  const queued: OutboundMessage[] = [];
  for (const person of people) {
    if (!person.aadObjectId) {
      delivery.unreachable.push(person.name);
      continue;
    }
    if (seen.has(person.aadObjectId)) continue;
    seen.add(person.aadObjectId);
    queued.push({ key: `${key}:${person.aadObjectId}`, target: { kind: 'user', aadObjectId: person.aadObjectId }, card });
    delivery.queued += 1;
  }
  // NOTE: queued together, so a card to several people is one write, not one each.
  await ctx.outbox.enqueueAll(queued);
  return delivery;
}

/** Queues a card to a conversation (a committee's channel). */
export async function postTo(ctx: QuestionContext, conversationId: string, card: CardJson, key: string): Promise<void> {
  await ctx.outbox.enqueue({ key, target: { kind: 'conversation', conversationId }, card });
}

/**
 * Who reviews a window's questions: the chairs of its committee and democratic services (from the
 * directory), and whoever opened it.
 */
export function reviewersOf(ctx: QuestionContext, window: QuestionWindow): QuestionPerson[] {
  // NOTE: only chairs and democratic services can run a window: look among them, in directory order.
  const candidates = new Set([...peopleWithRole(ctx.directory, 'chair'), ...peopleWithRole(ctx.directory, 'democratic-services')]);
  const people = ctx.directory.people.filter((p) => candidates.has(p) && canRunWindow(p, window.meeting.body)).map(asQuestionPerson);
  const opener = window.openedBy;
  if (!people.some((p) => (p.aadObjectId && p.aadObjectId === opener.aadObjectId) || p.name === opener.name)) people.push(opener);
  return people;
}
