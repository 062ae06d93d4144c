import { OutboxSender, type OutboxSenderOptions } from '../../../src/app/outbox-sender';
import type { Stores } from '../../../src/store/ports';
import type { ConversationRecord } from '../../../src/domain/conversations';
import { createAdapter } from '../../../src/teams/adapter';
import { createProactiveDeliverer } from '../../../src/teams/proactive';
import type { FakeTeamsConnector } from '../../helpers/fake-teams-connector';
import { captureLogs } from '../../helpers/log-capture';

/** A personal chat whose service URL is the fake connector (as if the person had messaged the bot). */
export function personalChat(connector: FakeTeamsConnector, n: number, aadObjectId = `aad-${n}`): ConversationRecord {
  const id = `a:chat-${n}`;
  return {
    id,
    conversationType: 'personal',
    tenantId: 'tenant-1',
    serviceUrl: connector.url,
    installed: true,
    reference: {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id, conversationType: 'personal', tenantId: 'tenant-1' },
      bot: { id: '28:bot', name: 'Board and scrutiny' },
      user: { id: `29:user-${n}`, aadObjectId },
    },
  };
}

/** Time that moves with the real clock from a fixed start, so leases and Retry-After work. */
export function movingClock(start = '2026-11-20T09:00:00Z'): () => Date {
  const base = Date.parse(start);
  const origin = Date.now();
  return () => new Date(base + (Date.now() - origin));
}

/** A real sender over the real proactive deliverer and a real (local-mode) Teams adapter. */
export function senderFor(stores: Stores, overrides: Partial<OutboxSenderOptions> = {}) {
  const logs = captureLogs();
  const sender = new OutboxSender({
    outbox: stores.outbox,
    deliverer: createProactiveDeliverer({ adapter: createAdapter({}), conversations: stores.conversations }),
    logger: logs.logger,
    clock: movingClock(),
    intervalMs: 50,
    retry: { baseDelayMs: 200, maxDelayMs: 2_000 },
    ...overrides,
  });
  return { sender, logs };
}

/** The largest number of requests that fell in any window of `windowMs`. */
export function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while (sorted[j]! - sorted[i]! >= windowMs) i += 1;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/** Runs rounds until `done` says so or the time runs out. */
export async function runUntil(sender: OutboxSender, done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > timeoutMs) throw new Error('the outbox did not settle in time');
    await sender.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
