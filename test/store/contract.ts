import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRecord, Stores } from '../../src/store/ports';

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
      it('answers a ping and counts an empty catalogue as zeros', async () => {
        await expect(stores.health.ping()).resolves.toBeUndefined();
        expect(await stores.health.counts()).toEqual({
          plans: 0, actions: 0, indicators: 0, meetings: 0, recommendations: 0, documents: 0,
        });
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
