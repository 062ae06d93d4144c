import { afterAll, beforeAll, expect } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/directory';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { cardOf, directory, people, press, run, say } from './harness';

/**
 * A council mid-cycle, built through the real app by the people allowed to: the bundled packs
 * imported, an officer's update on action 1.9, the board feed set in a channel, a message the outbox
 * gave up on, and a question window open with two questions in: one accepted, sent to an officer
 * and answered (waiting for the chair's approval), one waiting for review.
 */
export const PLAN = "Medway Children's Services Action Plan";
export const ACTION = 'medway/medway-childrens-services-action-plan#1.9';
export const DEAD_KEY = 'notice:security-dead';
export const now = new Date('2026-03-20T10:00:00Z');
export const MEETING = {
  body: 'Children and Young People Overview and Scrutiny Committee',
  date: '2026-04-09',
  time: '18:30',
  venue: 'Town Hall',
  agenda: '8 Attendance of the Portfolio Holder\n9 Sufficiency Strategy',
};
export const OPEN = { deadlineKind: 'rule', days: '3', time: '17:00', fixedDate: '', fixedTime: '', maxPerMember: '3', maxLength: '1000', notifyMembers: 'false' };

export interface Scenario {
  t: TestBot;
  stores: Stores & { sql: SqlClient };
  windowId: string;
  /** Accepted, sent to Sam, answered: waiting for the chair's approval. */
  q1: string;
  /** Submitted by Jane, waiting for review. */
  q2: string;
  /** The indicators the record card offers for action 1.9. */
  offered: string[];
  version(questionId: string): Promise<number>;
  updateVersion(): Promise<number>;
}

/** The Action.Execute data of the first button with this verb on a card. */
export function buttonWithVerb(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (value: unknown) => {
    if (found || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    const node = value as Record<string, unknown>;
    if (node.type === 'Action.Execute' && node.verb === verb) found = (node.data ?? {}) as Record<string, unknown>;
    else Object.values(node).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} button on the card`);
  return found;
}

/** The scenario, for the directory's people and any `extra` (more members, say), on `given` stores or new in-memory ones. */
export async function buildScenario(extra: DirectoryPerson[] = [], given?: Stores & { sql: SqlClient }): Promise<Scenario> {
  const stores = given ?? (await openStores({}));
  const imported = await importFiles(stores.catalogue, readSeedFiles());
  if (!imported.ok) throw new Error(imported.errors.join('; '));
  const t = await createTestBot({ stores, directory: { people: [...directory.people, ...extra] }, clock: () => now });

  const updated = await run(t, press(people.sam, 'action.update', { actionId: ACTION, version: 0, status: 'G', commentary: 'On track.', nextSteps: '', revisedDue: '', evidenceUrl: '' }));
  expect(updated.text).toContain('updated this on');
  expect((await run(t, say(people.ada, 'set feed for medway childrens services', 'channel'))).text).toContain('are posted in this channel');
  const offered = buttonWithVerb(cardOf(await run(t, say(people.sam, 'record 1.9'))), 'indicator.record').offered as string[];

  await stores.outbox.enqueue({ key: DEAD_KEY, target: { kind: 'conversation', conversationId: '19:gone@thread.tacv2' }, text: 'x' });
  await stores.outbox.claim('setup', now.toISOString(), new Date(now.getTime() + 60_000).toISOString(), 50);
  await stores.outbox.markFailed(DEAD_KEY, 'setup', 'The conversation was deleted.', now.toISOString());
  expect((await stores.outbox.get(DEAD_KEY))?.status).toBe('dead');

  const openForm = cardOf(await run(t, press(people.chair, 'question.meeting.create', MEETING, 'channel')));
  const opened = await run(t, press(people.chair, 'question.open', { ...buttonWithVerb(openForm, 'question.open'), ...OPEN }, 'channel'));
  expect(opened.text).toContain('Questions are open');
  const [window] = await stores.questions.listWindows();
  const windowId = window!.id;
  const submit = (text: string, agendaItem: string) =>
    run(t, press(people.jane, 'question.submit', { windowId, questionId: '', formId: `form-${agendaItem}`, agendaItem, text, putTo: '', confirmSimilar: true, late: false }));
  expect((await submit('How many in-house foster carer households has Medway gained this year?', '9')).text).toContain('Question received: Q1');
  expect((await submit('Will the Portfolio Holder attend every meeting of this committee next year?', '8')).text).toContain('Question received: Q2');
  const [first, second] = await stores.questions.listQuestions(windowId);
  const version = async (id: string) => (await stores.questions.getQuestion(id))!.version;
  expect((await run(t, press(people.chair, 'question.accept', { questionId: first!.id, version: await version(first!.id) }))).text).toContain('Accepted');
  const assigned = await run(t, press(people.chair, 'question.assign', { questionId: first!.id, version: await version(first!.id), officer: people.sam.aadObjectId, due: '2026-04-07' }));
  expect(assigned.text).toContain('Sent to Sam Officer');
  const answered = await run(t, press(people.sam, 'question.answer', { questionId: first!.id, version: await version(first!.id), answer: 'Six, net of those who left.' }));
  expect(answered.text).toContain('Sent to the chair for approval');

  return {
    t,
    stores,
    windowId,
    q1: first!.id,
    q2: second!.id,
    offered,
    version,
    updateVersion: async () => (await stores.actionUpdates.latest([ACTION])).get(ACTION)?.version ?? 0,
  };
}

/** The scenario for a test file's tests: built before them, its stores closed after. */
export function useScenario(extra: DirectoryPerson[] = []): () => Scenario {
  let s: Scenario | undefined;
  beforeAll(async () => {
    s = await buildScenario(extra);
  });
  afterAll(async () => {
    await s?.stores.close();
  });
  return () => s!;
}
