import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/ports';
import type { Risk } from '../../src/domain/risks';
import { emptyDataset } from '../../src/domain/model';
import type { ConversationRecord } from '../../src/domain/conversations';
import type { NewActionUpdate, NewRecordedValue } from '../../src/domain/updates';
import { sampleDataset } from '../helpers/sample-dataset';
import { questionStoreContract } from '../services/questions/store-contract';

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

      it('lists the keys that hold state: written in any way, and no longer once deleted', async () => {
        await stores.state.write('keys/1', { a: 1 }, null);
        await stores.state.write('keys/2', { a: 1 }, '*');
        const first = await stores.state.write('keys/3', { a: 1 }, null);
        await stores.state.write('keys/3', { a: 2 }, first.ok ? first.etag : null);
        await stores.state.delete(['keys/2']);
        const keys = (await stores.state.storedKeys()).filter((k) => k.startsWith('keys/'));
        expect(keys.sort()).toEqual(['keys/1', 'keys/3']);
      });

      it('puts documents with the versions given, over what is stored, and the etag rules follow them', async () => {
        await stores.state.write('put/1', { n: 1 }, null);
        await stores.state.putAll([
          { key: 'put/1', doc: { n: 7 }, etag: '7' },
          { key: 'put/2', doc: { a: 'b' }, etag: '3' },
        ]);
        const read = await stores.state.read(['put/1', 'put/2']);
        expect(read.get('put/1')).toEqual({ doc: { n: 7 }, etag: '7' });
        expect(read.get('put/2')).toEqual({ doc: { a: 'b' }, etag: '3' });
        expect(await stores.state.write('put/2', { a: 'c' }, '3')).toEqual({ ok: true, etag: '4' });
        await stores.state.putAll([]);
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

      it('upserts several in one statement, each as upsert would, the last of one id winning', async () => {
        await stores.conversations.upsert({ ...channel, id: 'all/1', installed: false });
        await stores.conversations.upsertAll([
          { ...channel, id: 'all/1', teamId: undefined },
          { ...channel, id: 'all/2', serviceUrl: 'https://first.example/' },
          { ...channel, id: 'all/2', serviceUrl: 'https://last.example/' },
        ]);
        const first = await stores.conversations.get('all/1');
        expect(first).toMatchObject({ installed: true, teamId: channel.teamId, reference: channel.reference });
        expect((await stores.conversations.get('all/2'))?.serviceUrl).toBe('https://last.example/');
        await stores.conversations.upsertAll([]);
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
        expect((await stores.conversations.list({ limit: 1 })).map((c) => c.id)).toEqual(['19:abc@thread.tacv2;messageid=1']);
      });

      it('finds an installed 1:1 chat by the person\'s Entra id in any case', async () => {
        const reference = (user: string) => ({ ...channel.reference, user: { id: `29:${user}`, aadObjectId: user } });
        await stores.conversations.upsert({ ...channel, id: 'a:chat-ann', conversationType: 'personal', reference: reference('AAA-111') });
        await stores.conversations.upsert({ ...channel, id: 'a:chat-bob', conversationType: 'personal', reference: reference('bbb-222') });
        await stores.conversations.upsert({ ...channel, id: 'a:chat-gone', conversationType: 'personal', reference: reference('ccc-333') });
        await stores.conversations.markUninstalled('a:chat-gone');
        expect((await stores.conversations.findPersonalChat('aaa-111'))?.id).toBe('a:chat-ann');
        expect((await stores.conversations.findPersonalChat('BBB-222'))?.id).toBe('a:chat-bob');
        expect(await stores.conversations.findPersonalChat('ccc-333')).toBeUndefined();
        expect(await stores.conversations.findPersonalChat('nobody')).toBeUndefined();
      });
    });

    describe('health', () => {
      it('answers a ping and counts the catalogue', async () => {
        await expect(stores.health.ping()).resolves.toBeUndefined();
        const counts = await stores.health.counts();
        expect(Object.keys(counts).sort()).toEqual(['actions', 'documents', 'indicators', 'meetings', 'plans', 'recommendations', 'reports', 'risks']);
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
        expect(await stores.catalogue.getAction('sample/plan#1.2')).toEqual(dataset.actions.find((a) => a.id === 'sample/plan#1.2'));
        expect(await stores.catalogue.getAction('sample/plan#9.9')).toBeUndefined();
        expect(await stores.catalogue.listIndicators('sample/plan')).toEqual(dataset.indicators);
        expect(await stores.catalogue.listMeetings()).toEqual(dataset.meetings);
        expect(await stores.catalogue.listGlossary()).toEqual(dataset.glossary);
        expect(await stores.catalogue.listReports()).toEqual(dataset.reports);
        const [document] = await stores.catalogue.listDocuments();
        expect(document).toMatchObject({ id: 'doc-a', title: 'Sample pack', pageCount: 2 });
        expect(await stores.catalogue.getDocumentPages('doc-a')).toEqual(dataset.documents[0]!.pages);
        expect(await stores.catalogue.lastImport('doc-a')).toMatchObject({ fileName: 'doc-a.txt', report: { actions: 2 } });
        expect(await stores.health.counts()).toMatchObject({ plans: 1, actions: 2, indicators: 1, meetings: 1, documents: 1, reports: dataset.reports.length });
      });

      it('stores risk table rows with their source, in line order, and replaces them with their source', async () => {
        // Only a document and its risks: the other records stay with doc-a for the tests below.
        const dataset = { ...emptyDataset(), documents: sampleDataset('doc-r').documents };
        const risk = (line: number, name: string): Risk => ({
          id: `doc-r/risk/${line}`,
          council: 'Medway',
          name,
          rating: { raw: 'СЗ', code: 'C3' },
          likelihood: 3,
          impact: 4,
          score: 12,
          owner: 'APC JCMG',
          source: { documentId: 'doc-r', lineStart: line, lineEnd: line },
          flags: [],
        });
        dataset.risks = [risk(1492, 'Later row'), risk(487, 'Earlier row')];
        await stores.catalogue.replaceSources(['doc-r'], dataset, imports('doc-r'));
        expect((await stores.catalogue.listRisks()).filter((r) => r.source.documentId === 'doc-r')).toEqual([dataset.risks[1], dataset.risks[0]]);
        await stores.catalogue.replaceSources(['doc-r'], { ...dataset, risks: [risk(487, 'Earlier row')] }, imports('doc-r'));
        expect((await stores.catalogue.listRisks()).map((r) => r.name)).toEqual(['Earlier row']);
        expect((await stores.catalogue.listRisks())[0]?.rating).toEqual({ raw: 'СЗ', code: 'C3' });
        expect(await stores.health.counts()).toMatchObject({ risks: 1 });
        await stores.catalogue.replaceSources(['doc-r'], emptyDataset(), []);
        expect(await stores.catalogue.listRisks()).toEqual([]);
      });

      it('replaces rather than duplicates when the same source is imported again, dropping what it no longer has', async () => {
        const again = sampleDataset('doc-a');
        again.actions = again.actions.slice(0, 1);
        await stores.catalogue.replaceSources(['doc-a'], again, imports('doc-a'));
        again.reports = [];
        await stores.catalogue.replaceSources(['doc-a'], again, imports('doc-a'));
        expect((await stores.catalogue.listActions()).map((a) => a.id)).toEqual(['sample/plan#1.1']);
        expect(await stores.catalogue.listReports()).toEqual([]);
        expect(await stores.health.counts()).toMatchObject({ plans: 1, actions: 1, documents: 1, reports: 0 });
      });

      it('changes nothing when an import fails part-way', async () => {
        const broken = sampleDataset('doc-a');
        broken.actions = [];
        broken.meetings = [{ ...broken.meetings[0]!, date: 'not a date' }];
        await expect(stores.catalogue.replaceSources(['doc-a'], broken, imports('doc-a'))).rejects.toThrow();
        expect((await stores.catalogue.listActions()).map((a) => a.id)).toEqual(['sample/plan#1.1']);
        expect((await stores.catalogue.listMeetings())[0]?.date).toBe('2023-03-02');
      });

      it('gives a catalogue version that changes with each stored replace (with or without an import record) and not with a failed one', async () => {
        const before = await stores.catalogue.version();
        await stores.catalogue.replaceSources(['doc-a'], sampleDataset('doc-a'), imports('doc-a'));
        const after = await stores.catalogue.version();
        expect(after).not.toBe(before);
        expect(await stores.catalogue.version()).toBe(after);
        const broken = sampleDataset('doc-a');
        broken.meetings = [{ ...broken.meetings[0]!, date: 'not a date' }];
        await expect(stores.catalogue.replaceSources(['doc-a'], broken, imports('doc-a'))).rejects.toThrow();
        expect(await stores.catalogue.version()).toBe(after);
        await stores.catalogue.replaceSources(['doc-a'], sampleDataset('doc-a'), []);
        expect(await stores.catalogue.version()).not.toBe(after);
      });
    });

    describe('action updates', () => {
      const author = { name: 'Alex Lead', aadObjectId: 'aad-lead' };
      const update = (n: number, extra: Partial<NewActionUpdate> = {}): NewActionUpdate => ({
        id: `u-${n}`,
        actionId: 'plan-x#1.9',
        planId: 'plan-x',
        status: 'A',
        commentary: `Commentary ${n}`,
        author,
        at: `2024-05-0${n}T09:00:00.000Z`,
        idempotencyKey: `key-${n}`,
        ...extra,
      });

      it('appends versions in order and reads the latest and the whole history back', async () => {
        const first = await stores.actionUpdates.append(update(1, { revisedDue: '2024-09-30' }), 0);
        expect(first).toEqual({
          kind: 'ok',
          update: { ...update(1), idempotencyKey: undefined, revisedDue: '2024-09-30', version: 1 },
        } as unknown);
        const second = await stores.actionUpdates.append(update(2, { status: 'G', previousStatus: 'A', evidenceUrl: 'https://x.test/e' }), 1);
        expect(second.kind).toBe('ok');
        const history = await stores.actionUpdates.history('plan-x#1.9');
        expect(history.map((u) => [u.version, u.status, u.previousStatus])).toEqual([[1, 'A', undefined], [2, 'G', 'A']]);
        expect(history[1]).toMatchObject({ evidenceUrl: 'https://x.test/e', author, at: '2024-05-02T09:00:00.000Z' });
        const latest = await stores.actionUpdates.latest(['plan-x#1.9', 'plan-x#none']);
        expect([...latest.keys()]).toEqual(['plan-x#1.9']);
        expect(latest.get('plan-x#1.9')?.version).toBe(2);
        // A long list (more ids than are sent to the database) gives the same answer.
        const many = await stores.actionUpdates.latest([...Array.from({ length: 400 }, (_, i) => `plan-x#none-${i}`), 'plan-x#1.9']);
        expect([...many.keys()]).toEqual(['plan-x#1.9']);
        expect(many.get('plan-x#1.9')?.version).toBe(2);
        expect((await stores.actionUpdates.listSince('2024-05-02T00:00:00Z', 'plan-x')).map((u) => u.id)).toEqual(['u-2']);
        expect(await stores.actionUpdates.listSince('2024-05-01T00:00:00Z', 'other-plan')).toEqual([]);
      });

      it('refuses an update made against an old version and returns the newer one', async () => {
        const stale = await stores.actionUpdates.append(update(3), 1);
        expect(stale.kind).toBe('conflict');
        if (stale.kind !== 'conflict') throw new Error('unreachable');
        expect(stale.latest).toMatchObject({ id: 'u-2', version: 2 });
        expect(await stores.actionUpdates.history('plan-x#1.9')).toHaveLength(2);
      });

      it('records a submission delivered twice once', async () => {
        const again = await stores.actionUpdates.append(update(2, { id: 'u-2-redelivered' }), 1);
        expect(again.kind).toBe('duplicate');
        if (again.kind !== 'duplicate') throw new Error('unreachable');
        expect(again.update).toMatchObject({ id: 'u-2', version: 2 });
        expect(await stores.actionUpdates.history('plan-x#1.9')).toHaveLength(2);
      });

      it('lets exactly one of many racing updates against the same version in', async () => {
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            stores.actionUpdates.append({ ...update(4), id: `race-${i}`, actionId: 'plan-x#race', idempotencyKey: `race-${i}` }, 0),
          ),
        );
        expect(results.filter((r) => r.kind === 'ok')).toHaveLength(1);
        expect(results.filter((r) => r.kind === 'conflict')).toHaveLength(7);
      });
    });

    describe('recorded values', () => {
      const value = (n: number): NewRecordedValue => ({
        id: `v-${n}`,
        indicatorId: 'ind-1',
        planId: 'plan-x',
        period: 'May 2024',
        periodEnd: '2024-05-31',
        value: 7.2 + n,
        status: 'amber',
        statusReason: 'inside tolerance',
        author: { name: 'Alex Lead' },
        at: `2024-06-0${n}T09:00:00.000Z`,
        idempotencyKey: `vk-${n}`,
      });

      it('records values once per submission and lists them oldest first', async () => {
        expect((await stores.recordedValues.record(value(2))).kind).toBe('ok');
        const first = await stores.recordedValues.record(value(1));
        expect(first).toMatchObject({ kind: 'ok', value: { id: 'v-1', value: 8.2, periodEnd: '2024-05-31', status: 'amber' } });
        expect((await stores.recordedValues.record({ ...value(1), id: 'v-1-again' })).kind).toBe('duplicate');
        const listed = await stores.recordedValues.listFor(['ind-1', 'ind-2']);
        expect(listed.map((v) => v.id)).toEqual(['v-1', 'v-2']);
        expect(listed[0]).not.toHaveProperty('commentary');
        expect(await stores.recordedValues.listFor([])).toEqual([]);
      });
    });

    describe('plan settings', () => {
      it('creates settings on first change and keeps fields a later change leaves out', async () => {
        expect(await stores.planSettings.get('plan-x')).toBeUndefined();
        const created = await stores.planSettings.update('plan-x', { tolerancePercent: 5 }, { name: 'Admin' });
        expect(created).toMatchObject({ planId: 'plan-x', tolerancePercent: 5, administrators: [], delegates: {} });
        await stores.planSettings.update('plan-x', { administrators: ['a@x.test'], delegates: { 'plan-x#1.9': ['aad-d'] } });
        const got = await stores.planSettings.get('plan-x');
        expect(got).toMatchObject({ tolerancePercent: 5, administrators: ['a@x.test'], delegates: { 'plan-x#1.9': ['aad-d'] } });
        expect(got?.updatedBy).toEqual({ name: 'Admin' });
        await stores.planSettings.update('plan-x', { tolerancePercent: undefined });
        expect((await stores.planSettings.get('plan-x'))?.tolerancePercent).toBeUndefined();
        expect((await stores.planSettings.list()).map((s) => s.planId)).toEqual(['plan-x']);
      });

      it('keeps the directions administrators set, with who and when, beside the other settings', async () => {
        const lower = { polarity: 'lower-is-better' as const, by: { name: 'Admin', aadObjectId: 'aad-a' }, at: '2026-11-20T09:00:00.000Z' };
        await stores.planSettings.update('plan-d', { tolerancePercent: 5 });
        expect((await stores.planSettings.get('plan-d'))?.directions).toBeUndefined();
        await stores.planSettings.update('plan-d', { directions: { 'ind-1': lower } }, { name: 'Admin' });
        await stores.planSettings.update('plan-d', { tolerancePercent: 10 });
        const got = await stores.planSettings.get('plan-d');
        expect(got).toMatchObject({ tolerancePercent: 10, directions: { 'ind-1': lower } });
        const higher = { ...lower, polarity: 'higher-is-better' as const };
        await stores.planSettings.update('plan-d', { directions: { ...got!.directions, 'ind-2': higher } });
        expect((await stores.planSettings.get('plan-d'))?.directions).toEqual({ 'ind-1': lower, 'ind-2': higher });
      });
    });

    questionStoreContract(() => stores);

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
