import type { CardJson, CardRenderer } from '../cards/render';
import { plainText } from '../cards/text';
import type { OutboxEntry } from '../domain/outbox';
import { whenIn } from '../domain/update-dates';
import type { OutboxView } from '../services/outbox/outbox-status';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** One message as the admin card lists it: where it goes, how it went. Never its content. */
function describe(timeZone: string, m: OutboxEntry): { label: string; detail: string } {
  const to = m.target.kind === 'user' ? `To a person (Entra id ${m.target.aadObjectId}).` : `To conversation ${m.target.conversationId}.`;
  const when = m.status === 'dead' && m.deadAt ? ` Gave up ${whenIn(m.deadAt, timeZone)}.` : m.nextAttemptAt ? ` Next try ${whenIn(m.nextAttemptAt, timeZone)}.` : '';
  return { label: plainText(m.key), detail: plainText(`${to} ${plural(m.attempts, 'attempt')}. ${m.lastError ?? ''}${when}`) };
}

/** "outbox": what the bot could not deliver, for its administrators. */
export function outboxCard(view: { cards: CardRenderer; timeZone: string }, status: Exclude<OutboxView, { kind: 'refused' }>): CardJson {
  const { counts } = status;
  return view.cards.render('outbox-status', {
    title: 'Outbox',
    intro: 'Messages the bot sends outside a conversation (reminders, notices, feed posts), and how their delivery went.',
    counts: [
      { label: 'Waiting', value: String(counts.pending) },
      { label: 'Being sent', value: String(counts.sending) },
      { label: 'Sent', value: String(counts.sent) },
      { label: 'Given up', value: String(counts.dead) },
    ],
    sections: [
      { heading: 'Given up (kept; retry when the cause is fixed)', items: status.dead.map((m) => describe(view.timeZone, m)) },
      { heading: 'Waiting to try again', items: status.retrying.map((m) => describe(view.timeZone, m)) },
    ].filter((s) => s.items.length > 0),
    note: counts.dead + status.retrying.length === 0
      ? 'Nothing is failing.'
      : 'Type outbox retry followed by a key to retry one message, or press the button to retry everything given up.',
    canRetry: counts.dead > 0,
  });
}

/** What "outbox retry" did. */
export function retrySentence(count: number, key: string | undefined): string {
  if (count === 0) return key ? `No message given up on has the key ${key}. Type outbox to see them.` : 'Nothing had been given up on.';
  return `${plural(count, 'message')} back in the queue; they go out within a minute.`;
}
