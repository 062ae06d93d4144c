import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchPerson, COMMITTEE } from './workloads';

const invoke = JSON.parse(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'activities', 'invoke-card-action-personal.json'), 'utf8')) as Record<string, unknown> & {
  value: { action: Record<string, unknown> };
};

/** A date `days` after today, yyyy-mm-dd. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Opens a question window for a committee meeting `weeksAhead` weeks ahead, as a chair does from a
 * card, and returns its id (from the card the bot answers with). Allows the most questions per member
 * the bot accepts; submitters rotate through the generated members anyway.
 */
export async function openQuestionWindow(port: number, serviceUrl: string, chair: BenchPerson, weeksAhead = 6): Promise<string> {
  const activity = {
    ...invoke,
    id: `bench-open-${Date.now()}`,
    serviceUrl,
    from: { id: `29:${chair.aadObjectId}`, name: chair.name, aadObjectId: chair.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9', id: 'bench-chair' },
    value: {
      ...invoke.value,
      action: {
        ...invoke.value.action,
        verb: 'question.open',
        data: {
          meeting: { body: COMMITTEE, date: daysAhead(7 * weeksAhead), time: '18:30', venue: 'Council Chamber', agenda: '5 Work programme\n6 Placements' },
          deadlineKind: 'rule', days: '3', time: '17:00', fixedDate: '', fixedTime: '', maxPerMember: '20', maxLength: '1000', notifyMembers: 'false',
        },
      },
    },
  };
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const body = await response.text();
  const windowId = /"windowId":"([^"]+)"/.exec(body)?.[1];
  if (!windowId) throw new Error(`could not open a question window (${response.status}): ${body.slice(0, 400)}`);
  return windowId;
}

/**
 * Asks one question and waits for its answer (in the response: deliveryMode expectReplies), so the
 * question index, built once the bot is ready, is in place before the first measured row: a row run
 * while it is built (the first, when no paced row comes before it) charges seconds of start-up to it.
 */
export async function waitForQuestionIndex(port: number, serviceUrl: string): Promise<void> {
  const message = JSON.parse(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'activities', 'message-personal.json'), 'utf8')) as Record<string, unknown>;
  const activity = { ...message, id: `bench-index-${Date.now()}`, serviceUrl, text: 'when does cabinet next meet', deliveryMode: 'expectReplies' };
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const body = await response.text();
  if (!response.ok || !body.includes('answer-kind-')) throw new Error(`the first question was not answered (${response.status}): ${body.slice(0, 400)}`);
}
