import type { Outbox, OutboxStore } from '../../../src/store/ports';
import type { OutboundMessage } from '../../../src/domain/outbox';
import { cardText } from '../../helpers/test-bot';

/** An in-memory Outbox that keeps what was enqueued (once per key, as the real one does). */
export class FakeOutbox implements Outbox {
  readonly messages: OutboundMessage[] = [];

  async enqueue(message: OutboundMessage): Promise<void> {
    if (!this.messages.some((m) => m.key === message.key)) this.messages.push(message);
  }

  async enqueueAll(messages: OutboundMessage[]): Promise<void> {
    for (const message of messages) await this.enqueue(message);
  }

  /** Messages to one person (by Entra id), oldest first. */
  toUser(aadObjectId: string): OutboundMessage[] {
    return this.messages.filter((m) => m.target.kind === 'user' && m.target.aadObjectId === aadObjectId);
  }

  toConversation(conversationId: string): OutboundMessage[] {
    return this.messages.filter((m) => m.target.kind === 'conversation' && m.target.conversationId === conversationId);
  }

  /** The text of the cards sent to a person, newest last. */
  textsTo(aadObjectId: string): string[] {
    return this.toUser(aadObjectId).map((m) => cardText(m.card));
  }

  /** Everything enqueued since `mark` (a length taken earlier). */
  since(mark: number): OutboundMessage[] {
    return this.messages.slice(mark);
  }

  /** For stores: the app only enqueues; the sender's side is not used by these tests. */
  asStore(): OutboxStore {
    return this as unknown as OutboxStore;
  }
}
