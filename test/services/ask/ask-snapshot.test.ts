import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../../src/import/seed-files';
import { type AskCatalogue, createAskCache } from '../../../src/services/ask/ask-catalogue';
import { answerMessage } from '../../../src/services/ask/answer-compound';
import { decodeAskCatalogue, encodeAskCatalogue } from '../../../src/services/ask/ask-snapshot';
import { importFiles } from '../../../src/services/import-files';
import type { SnapshotStore, Stores } from '../../../src/store/ports';
import type { AskMemory } from '../../../src/nlu/intents';
import { evalClock, sampleDirectory } from '../../eval/eval-session';
import { questionSets } from '../../eval/eval-sets';
import { openSeedStores, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** Snapshots kept in memory, counting reads and writes; `written` settles on each write. */
function memorySnapshots(): SnapshotStore & { kept: Map<string, Uint8Array>; reads: number; written(): Promise<string> } {
  const kept = new Map<string, Uint8Array>();
  let wrote: (key: string) => void = () => undefined;
  const store = {
    kept,
    reads: 0,
    async read(key: string) {
      store.reads += 1;
      const bytes = kept.get(key);
      return bytes && new Uint8Array(bytes);
    },
    async write(key: string, bytes: Uint8Array) {
      kept.clear();
      kept.set(key, new Uint8Array(bytes));
      wrote(key);
    },
    written: () => new Promise<string>((resolve) => (wrote = resolve)),
  };
  return store;
}

/** Every question of the eval, each conversation's turns in order with its memory, as the replies' JSON. */
async function askAll(catalogue: AskCatalogue, stores: Stores): Promise<string[]> {
  const replies: string[] = [];
  const memories = new Map<string, AskMemory | undefined>();
  for (const question of [...questionSets.blind, ...questionSets.dev]) {
    const conversation = question.conversation;
    const memory = conversation ? memories.get(conversation) : undefined;
    const { answers, memory: next } = await answerMessage(catalogue, stores, { text: question.text, ...(memory ? { memory } : {}), now: evalClock, timeZone: 'Europe/London' });
    if (conversation) memories.set(conversation, next ?? memory);
    replies.push(JSON.stringify(answers));
  }
  return replies;
}

const codeKey = 'test-code';

describe('the question index kept between runs', () => {
  const seed = useSeedAskCatalogue(sampleDirectory().people);

  it('answers every eval question exactly as the index it was kept from', async () => {
    const key = 'ab'.repeat(16);
    const meetings = await seed.stores.catalogue.listMeetings();
    const restored = decodeAskCatalogue(key, encodeAskCatalogue(key, { catalogue: seed.catalogue, meetings }));
    expect(restored).toBeDefined();
    const { index, passages, speller } = restored!.catalogue;
    expect(index).not.toBe(seed.catalogue.index);
    // The radix trees come back whole (fuzzy matching and spelling read them).
    expect(index.vocabulary.size).toBe(seed.catalogue.index.vocabulary.size);
    expect(passages.vocabulary.size).toBe(seed.catalogue.passages.vocabulary.size);
    expect(speller.words.vocabulary.size).toBe(seed.catalogue.speller.words.vocabulary.size);
    expect(index.vocabulary.size).toBeGreaterThan(1000);
    const [built, read] = [await askAll(seed.catalogue, seed.stores), await askAll(restored!.catalogue, seed.stores)];
    expect(built.length).toBeGreaterThan(800);
    expect(read).toEqual(built);
  }, 300_000);

  it('is not read back under another key, nor from damaged bytes', () => {
    const bytes = encodeAskCatalogue('cd'.repeat(16), { catalogue: seed.catalogue, meetings: [] });
    expect(decodeAskCatalogue('ef'.repeat(16), bytes)).toBeUndefined();
    expect(decodeAskCatalogue('cd'.repeat(16), bytes.subarray(0, bytes.length >> 1))).toBeUndefined();
  });
});

describe('the ask cache with kept indexes', () => {
  it('a restart reads the kept index instead of the store; an import changes the key, so the kept index is not served', async () => {
    const stores = await openSeedStores();
    try {
      const snapshots = memorySnapshots();
      let loads = 0;
      const counting = { ...stores.catalogue, listPlans: async () => ((loads += 1), stores.catalogue.listPlans()) };
      const options = { checkEveryMs: 0, snapshots: { store: snapshots, codeKey } };

      const wrote = snapshots.written();
      const first = await createAskCache(counting, [], options).get();
      const firstKey = await wrote;
      expect(loads).toBe(1);

      // A restart on the same catalogue: read back, the store's records not read.
      const again = await createAskCache(counting, [], options).get();
      expect(loads).toBe(1);
      expect(again.version).toBe(first.version);
      expect(again.index.entries.length).toBe(first.index.entries.length);

      // An import (a pack the seeds did not hold) changes the catalogue version.
      const extra = { fileName: 'extra.md', bytes: Buffer.from(readSeedFiles()[0]!.bytes.toString('utf8').replaceAll('Medway', 'Northvale')) };
      const imported = await importFiles(stores.catalogue, [extra]);
      expect(imported.ok).toBe(true);
      const rewrote = snapshots.written();
      const after = await createAskCache(counting, [], options).get();
      expect(after.version).not.toBe(first.version);
      expect(loads).toBe(2);
      expect(after.index.entries.length).toBeGreaterThan(first.index.entries.length);
      expect(await rewrote).not.toBe(firstKey);
      expect([...snapshots.kept.keys()]).not.toContain(firstKey);
    } finally {
      await stores.close();
    }
  }, 120_000);

  it('another code key (the bot was changed) builds again rather than read an index kept by other code', async () => {
    const stores = await openSeedStores();
    try {
      const snapshots = memorySnapshots();
      let loads = 0;
      const counting = { ...stores.catalogue, listPlans: async () => ((loads += 1), stores.catalogue.listPlans()) };
      const wrote = snapshots.written();
      await createAskCache(counting, [], { checkEveryMs: 0, snapshots: { store: snapshots, codeKey } }).get();
      await wrote;
      await createAskCache(counting, [], { checkEveryMs: 0, snapshots: { store: snapshots, codeKey: 'changed-code' } }).get();
      expect(loads).toBe(2);
    } finally {
      await stores.close();
    }
  }, 120_000);

  it('a snapshot store that fails is told and the index is built', async () => {
    const stores = await openSeedStores();
    try {
      const errors: string[] = [];
      const failing: SnapshotStore = {
        read: async () => Promise.reject(new Error('disk gone')),
        write: async () => Promise.reject(new Error('disk full')),
      };
      const catalogue = await createAskCache(stores.catalogue, [], { checkEveryMs: 0, snapshots: { store: failing, codeKey, onError: (e, doing) => errors.push(`${doing}: ${(e as Error).message}`) } }).get();
      expect(catalogue.index.entries.length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).toEqual(['read: disk gone', 'write: disk full']);
    } finally {
      await stores.close();
    }
  }, 120_000);
});
