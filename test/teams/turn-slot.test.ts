import { describe, expect, it, vi } from 'vitest';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import type { StateStore } from '../../src/store/ports';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { cardText, createTestBot, firstCard } from '../helpers/test-bot';

const stores = useSharedStores();

/** The stores' turn state, with every write held until `open()` (the database being slow). */
function heldWrites(state: StateStore) {
  let gate: Promise<void> = new Promise(() => undefined);
  let open!: () => void;
  gate = new Promise<void>((resolve) => (open = resolve));
  const writes: string[] = [];
  const held: StateStore = {
    ...state,
    write: async (key, doc, expected) => {
      writes.push(key);
      await gate;
      return state.write(key, doc, expected);
    },
  };
  return { held, writes, open: () => open() };
}

describe('a turn storing its state after its reply', () => {
  it('gives its slot to another conversation, but holds its own until the state is stored', async () => {
    const imported = await importFiles(stores().catalogue, readSeedFiles());
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    const slow = heldWrites(stores().state);
    const t = await createTestBot({ stores: { ...stores(), state: slow.held }, maxConcurrentTurns: 1 });
    const asked = t.send(activityFixture('message-personal', { id: 'q-1', text: 'how long are children stuck in PLO' }));
    let askDone = false;
    void asked.then(() => (askDone = true));
    // NOTE: polled, not a fixed wait: the first question builds the question index, slow on a busy machine.
    await vi.waitFor(() => expect(slow.writes).toHaveLength(1), { timeout: 20_000, interval: 10 });
    // The same conversation's next turn waits for the write; it is queued before the other conversation's.
    const followUp = t.send(activityFixture('message-personal', { id: 'q-2', text: 'and the target?' }));
    const other = activityFixture('message-personal', { id: 'p-1', text: 'ping' });
    other.conversation = { ...other.conversation!, id: 'a:another-conversation' };
    // With the one slot free again, another conversation is answered while the write is held.
    const pinged = await t.send(other);
    expect(pinged.length).toBeGreaterThan(0);
    expect(askDone).toBe(false);
    slow.open();
    expect(firstCard(await asked)).toBeDefined();
    expect(cardText(firstCard(await followUp))).toContain('The target is 16 weeks.');
  });
});
