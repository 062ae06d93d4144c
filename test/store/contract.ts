import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRecord, Stores } from '../../src/store/ports';
import { sampleDataset } from '../helpers/sample-dataset';

/**
 * One behavioural suite for every store adapter. `open` returns fresh, migrated stores;
 * `reopen` returns stores over the same data after a close (a restart).
 */
export function storeContract(
  name: string,
  open: () => Promise<Stores>,
  reopen?: () => Promise<Stores>,
): void {
  describe(`${name} store contract`, () => {
    let stores: Stores;
    beforeAll(async () => {
      stores = await open();
    });
    afterAll(async () => {
      await stores?.close();
    });

    describe('state', () => {
      it('reads nothing for keys never written', async () => {
        expect((await stores.state.read(['nope/1', 'nope/2'])).size).toBe(0);
      });

      it('creates only when absent, then bumps the tag on each conditional write', async () => {
        const created = await stores.state.write('s/1', { topic: 'plo' }, null);
        expect(created.ok).toBe(true);
        const again = await stores.state.write('s/1', { topic: 'other' }, null);
        expect(again.ok).toBe(false);
        if (!created.ok || again.ok) throw new Error('unreachable');
        expect(again.current?.doc).toEqual({ topic: 'plo' });

        const updated = await stores.state.write('s/1', { topic: 'fte' }, created.etag);
        expect(updated.ok).toBe(true);
        if (!updated.ok) throw new Error('unreachable');
        expect(updated.etag).not.toBe(created.etag);
        const read = await stores.state.read(['s/1']);
        expect(read.get('s/1')).toEqual({ doc: { topic: 'fte' }, etag: updated.etag });
      });

      it('refuses a write made against an old tag and returns what is stored now', async () => {
        const first = await stores.state.write('s/2', { n: 1 }, null);
        if (!first.ok) throw new Error('setup failed');
        const second = await stores.state.write('s/2', { n: 2 }, first.etag);
        expect(second.ok).toBe(true);
        const stale = await stores.state.write('s/2', { n: 3 }, first.etag);
        expect(stale).toEqual({ ok: false, current: { doc: { n: 2 }, etag: second.ok ? second.etag : '' } });
      });

      it("overwrites with '*' whatever is there, and deletes", async () => {
        await stores.state.write('s/3', { a: 1 }, '*');
        const over = await stores.state.write('s/3', { b: 2 }, '*');
        expect(over.ok).toBe(true);
        expect((await stores.state.read(['s/3'])).get('s/3')?.doc).toEqual({ b: 2 });
        await stores.state.delete(['s/3']);
        expect((await stores.state.read(['s/3'])).size).toBe(0);
      });

      it('lets exactly one of many racing writers with the same tag win', async () => {
        const base = await stores.state.write('s/race', { n: 0 }, null);
        if (!base.ok) throw new Error('setup failed');
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => stores.state.write('s/race', { n: i + 1 }, base.etag)),
        );
        expect(results.filter((r) => r.ok)).toHaveLength(1);
      });
    });

    describe('conversations', () => {
      const channel: ConversationRecord = {
        id: '19:abc@thread.tacv2;messageid=1',
        conversationType: 'channel',
        tenantId: 'tenant-1',
        teamId: '19:team@thread.tacv2',
        channelId: '19:abc@thread.tacv2',
        serviceUrl: 'https://smba.trafficmanager.net/uk/',
        reference: { conversation: { id: '19:abc@thread.tacv2;messageid=1' } },
        installed: true,
      };

      it('stores a reference and refreshes its service URL on the next turn', async () => {
        await stores.conversations.upsert(channel);
        await stores.conversations.upsert({ ...channel, serviceUrl: 'https://smba.trafficmanager.net/emea/', teamId: undefined });
        const got = await stores.conversations.get(channel.id);
        expect(got?.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
        expect(got?.teamId).toBe('19:team@thread.tacv2');
        expect(got?.reference).toEqual(channel.reference);
      });

      it('lists by type and leaves out uninstalled ones when asked', async () => {
        await stores.conversations.upsert({ ...channel, id: 'a:personal-1', conversationType: 'personal', teamId: undefined, channelId: undefined });
        await stores.conversations.upsert({ ...channel, id: 'a:personal-2', conversationType: 'personal', teamId: undefined, channelId: undefined });
        await stores.conversations.markUninstalled('a:personal-2');
        const personal = await stores.conversations.list({ conversationType: 'personal' });
        expect(personal.map((c) => c.id)).toEqual(['a:personal-1', 'a:personal-2']);
        const installed = await stores.conversations.list({ conversationType: 'personal', installedOnly: true });
        expect(installed.map((c) => c.id)).toEqual(['a:personal-1']);
        expect(await stores.conversations.get('missing')).toBeUndefined();
      });
    });

    describe('health', () => {
      it('answers a ping and counts the catalogue', async () => {
        await expect(stores.health.ping()).resolves.toBeUndefined();
        const counts = await stores.health.counts();
        expect(Object.keys(counts).sort()).toEqual(['actions', 'documents', 'indicators', 'meetings', 'plans', 'recommendations']);
        expect(Object.values(counts).every((n) => Number.isInteger(n))).toBe(true);
      });
    });

    describe('catalogue', () => {
      const imports = (sourceId: string) => [{ sourceId, fileName: `${sourceId}.txt`, contentHash: 'h1', report: { actions: 2 } }];

      it('stores an imported dataset and reads every part back', async () => {
        const dataset = sampleDataset('doc-a');
        await stores.catalogue.replaceSources(['doc-a'], dataset, imports('doc-a'));
        expect(await stores.catalogue.listPlans()).toEqual(dataset.plans);
        expect(await stores.catalogue.getPlan('sample/plan')).toEqual(dataset.plans[0]);
        expect((await stores.catalogue.listActions('sample/plan')).map((a) => a.ref)).toEqual(['1.1', '1.2']);
        expect(await stores.catalogue.listIndicators('sample/plan')).toEqual(dataset.indicators);
        expect(await stores.catalogue.listMeetings()).toEqual(dataset.meetings);
        expect(await stores.catalogue.listGlossary()).toEqual(dataset.glossary);
        const [document] = await stores.catalogue.listDocuments();
        expect(document).toMatchObject({ id: 'doc-a', title: 'Sample pack', pageCount: 2 });
        expect((await stores.catalogue.getDocumentPages('doc-a')).map((p) => p.text)).toEqual(['Front sheet', 'The plan']);
        expect(await stores.catalogue.lastImport('doc-a')).toMatchObject({ fileName: 'doc-a.txt', report: { actions: 2 } });
        expect(await stores.health.counts()).toMatchObject({ plans: 1, actions: 2, indicators: 1, meetings: 1, documents: 1 });
      });

      it('replaces rather than duplicates when the same source is imported again, dropping what it no longer has', async () => {
        const again = sampleDataset('doc-a');
        again.actions = again.actions.slice(0, 1);
        await stores.catalogue.replaceSources(['doc-a'], again, imports('doc-a'));
        await stores.catalogue.replaceSources(['doc-a'], again, imports('doc-a'));
        expect((await stores.catalogue.listActions()).map((a) => a.id)).toEqual(['sample/plan#1.1']);
        expect(await stores.health.counts()).toMatchObject({ plans: 1, actions: 1, documents: 1 });
      });

      it('changes nothing when an import fails part-way', async () => {
        const broken = sampleDataset('doc-a');
        broken.actions = [];
        broken.meetings = [{ ...broken.meetings[0]!, date: 'not a date' }];
        await expect(stores.catalogue.replaceSources(['doc-a'], broken, imports('doc-a'))).rejects.toThrow();
        expect((await stores.catalogue.listActions()).map((a) => a.id)).toEqual(['sample/plan#1.1']);
        expect((await stores.catalogue.listMeetings())[0]?.date).toBe('2023-03-02');
      });
    });

    if (reopen) {
      it('keeps what was stored across a restart', async () => {
        await stores.state.write('s/restart', { kept: true }, '*');
        await stores.close();
        stores = await reopen();
        expect((await stores.state.read(['s/restart'])).get('s/restart')?.doc).toEqual({ kept: true });
        expect(await stores.conversations.get('19:abc@thread.tacv2;messageid=1')).toBeDefined();
      });
    }
  });
}
