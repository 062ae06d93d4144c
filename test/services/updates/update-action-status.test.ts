import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/directory';
import { updateActionStatus } from '../../../src/services/update-action-status';
import { useSharedStores } from '../../helpers/shared-stores';
import { sampleDataset } from '../../helpers/sample-dataset';

const stores = useSharedStores();
const lead = { userId: '29:lead', aadObjectId: 'aad-lead', name: 'Lee Lead' };
const directory: Directory = {
  people: [{ name: 'Lee Lead', aadObjectId: 'aad-lead', roles: ['officer'], jobTitles: ['Head of Service'], committees: [] }],
};
const clock = { now: new Date('2026-11-20T09:30:00Z'), timeZone: 'Europe/London' };
const data = (status: string, version = 0) => ({ actionId: 'sample/plan#1.1', version, status, commentary: 'On track.', nextSteps: '', revisedDue: '', evidenceUrl: '' });

async function seed() {
  await stores().catalogue.replaceSources(['doc-a'], sampleDataset('doc-a'), []);
}

describe('updating an action status (service)', () => {
  it('lets exactly one of several updates made against the same version in; the others see it', async () => {
    await seed();
    const outcomes = await Promise.all(
      ['G', 'B', 'G'].map((status, i) => updateActionStatus(stores(), directory, clock, { data: { ...data(status), commentary: `Take ${i}`, evidenceUrl: 'https://x.example/e' }, actor: lead, idempotencyKey: `k${i}` })),
    );
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['conflict', 'conflict', 'updated']);
    const winner = outcomes.find((o) => o.kind === 'updated');
    for (const o of outcomes) if (o.kind === 'conflict') expect(o.target.latest).toEqual(winner?.kind === 'updated' ? winner.update : undefined);
  });

  it('takes the status the plan was imported with as the "from" of the first update', async () => {
    const dataset = sampleDataset('doc-a');
    dataset.actions[0] = { ...dataset.actions[0]!, status: 'A', statusRaw: 'Amber' };
    await stores().catalogue.replaceSources(['doc-a'], dataset, []);
    const outcome = await updateActionStatus(stores(), directory, clock, { data: data('G'), actor: lead, idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ kind: 'updated', update: { previousStatus: 'A', status: 'G', version: 1, at: '2026-11-20T09:30:00.000Z' } });
  });

  // NOTE: a card without its action does not fit the verb's schema and never reaches the service (test/teams/verbs.test.ts).
  it('treats a card for an action no longer there as out of date', async () => {
    await seed();
    expect(await updateActionStatus(stores(), directory, clock, { data: { ...data('G'), actionId: 'gone#1' }, actor: lead, idempotencyKey: 'k' })).toEqual({ kind: 'unknown-card' });
  });
});
