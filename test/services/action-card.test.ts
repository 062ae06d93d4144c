import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/domain/directory';
import { openUpdateCard, openUpdateForm, updateFormFor } from '../../src/services/action-card';
import { updateActionStatus } from '../../src/services/update-action-status';
import { useSharedStores } from '../helpers/shared-stores';
import { sampleDataset } from '../helpers/sample-dataset';

/** The decisions the update routes used to make: who gets the form, who a refusal, and who a card for everyone. */
const stores = useSharedStores();
const lead = { userId: '29:lead', aadObjectId: 'aad-lead', name: 'Lee Lead' };
const member = { userId: '29:cllr', aadObjectId: 'aad-cllr', name: 'Cllr Sam' };
const directory: Directory = {
  people: [
    { name: 'Lee Lead', aadObjectId: 'aad-lead', roles: ['officer'], jobTitles: ['Head of Service'], committees: [] },
    { name: 'Cllr Sam', aadObjectId: 'aad-cllr', roles: ['member'], jobTitles: [], committees: [] },
  ],
};
const ACTION = 'sample/plan#1.1';
const clock = { now: new Date('2026-11-20T09:30:00Z'), timeZone: 'Europe/London' };

async function seed(scale = true) {
  const dataset = sampleDataset('doc-a');
  if (!scale) dataset.plans[0] = { ...dataset.plans[0]!, scale: { ...dataset.plans[0]!.scale, levels: [] } };
  await stores().catalogue.replaceSources(['doc-a'], dataset, []);
}

describe('the update card of an action (service)', () => {
  it('gives its lead the form and a councillor a refusal that names the plan and the history command', async () => {
    await seed();
    expect(await openUpdateForm(stores(), directory, lead, ACTION)).toMatchObject({ kind: 'form', target: { action: { id: ACTION } } });
    const refused = await openUpdateForm(stores(), directory, member, ACTION);
    expect(refused).toMatchObject({ kind: 'refused', message: expect.stringMatching(/^Sorry, I can't take that update for action 1\.1 of .+ Type history 1\.1 in .+ to see its updates\.$/) });
    expect(await openUpdateForm(stores(), directory, lead, 'sample/plan#9.9')).toBeUndefined();
  });

  it('refuses a status for a plan with no scale, even to its lead', async () => {
    await seed(false);
    const target = (await openUpdateForm(stores(), directory, lead, ACTION))!;
    expect(target).toMatchObject({ kind: 'refused', message: expect.stringContaining("has no status scale, so I can't take a status for action 1.1") });
    await seed();
  });

  it('posts one card for everyone in a shared chat when the poster may update it, and the form in a 1:1 chat', async () => {
    await seed();
    expect(await openUpdateCard(stores(), directory, lead, '1.1', true)).toMatchObject({ kind: 'posted', view: { editable: false } });
    expect(await openUpdateCard(stores(), directory, lead, '1.1', false)).toMatchObject({ kind: 'form' });
    expect(await openUpdateCard(stores(), directory, member, '1.1', true)).toMatchObject({ kind: 'refused' });
  });

  it('says when the update that came first was the same person\'s, from another card (any case of their Entra id)', async () => {
    await seed();
    const data = (version: number) => ({ actionId: ACTION, version, status: 'G', commentary: 'On track.', nextSteps: '', revisedDue: '', evidenceUrl: '' });
    const first = await updateActionStatus(stores(), directory, clock, { data: data(0), actor: lead, idempotencyKey: 'first' });
    expect(first.kind).toBe('updated');
    const again = await updateActionStatus(stores(), directory, clock, { data: data(0), actor: { ...lead, aadObjectId: 'AAD-LEAD' }, idempotencyKey: 'second' });
    expect(again).toMatchObject({ kind: 'conflict', mine: true });
    const target = (await openUpdateForm(stores(), directory, lead, ACTION))!;
    expect(target.kind === 'form' && updateFormFor(target.target).kind).toBe('form');
  });
});
