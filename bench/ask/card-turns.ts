/**
 * The ask benchmark's card turns, in conversations of the same shape as the load bench's mixed
 * workload (bench/load/workloads.ts): officers' status updates (each conversation an officer's chat
 * about an action of its own, so the version each card was opened at is current) and members'
 * question submissions in a committee's group chat (filling one meeting's window, then the next).
 */
import type { Turn } from '../load-ask';
import { type BenchPerson, QUESTIONS_PER_MEETING } from '../load/workloads';

const TENANT = '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';

const from = (p: BenchPerson) => ({ id: `29:${p.aadObjectId}`, name: p.name, aadObjectId: p.aadObjectId });

/** Status updates: conversation c updates actions[c], `turns` times, at the version it is now at. */
export function updateConversations(
  run: string,
  count: number,
  turns: number,
  officers: BenchPerson[],
  actions: { actionId: string; statuses: string[] }[],
  versions: Map<string, number>,
): Turn[][] {
  return Array.from({ length: Math.min(count, actions.length) }, (_, c) => {
    const target = actions[c]!;
    return Array.from({ length: turns }, (_, t): Turn => {
      const version = versions.get(target.actionId) ?? 0;
      versions.set(target.actionId, version + 1);
      const value = {
        verb: 'action.update', actionId: target.actionId, version, status: target.statuses[version % target.statuses.length],
        commentary: `Load run ${run}-${c}-${t}.`, nextSteps: 'Weekly review by the service manager until the end of next month.', revisedDue: '', evidenceUrl: '',
      };
      return { kind: 'update', activity: { text: undefined, value, from: from(officers[c % officers.length]!) } };
    });
  });
}

/** Question submissions in a group chat, each by the next member, into the window being filled. */
export function submissionConversations(
  run: string,
  count: number,
  turns: number,
  members: BenchPerson[],
  windowIds: string[],
  submitted: { count: number },
): Turn[][] {
  const conversation = { conversationType: 'groupChat', isGroup: true, tenantId: TENANT };
  return Array.from({ length: count }, (_, c) =>
    Array.from({ length: turns }, (_, t): Turn => {
      const n = submitted.count++;
      const value = {
        verb: 'question.submit', windowId: windowIds[Math.floor(n / QUESTIONS_PER_MEETING) % windowIds.length], questionId: '', formId: `form-${run}-${c}-${t}`,
        putTo: '', confirmSimilar: true, late: false, agendaItem: '6', text: `Load question ${run}-${c}-${t}: what is the waiting time for an assessment (${n})?`,
      };
      return { kind: 'submission', activity: { text: undefined, value, from: from(members[n % members.length]!), conversation } };
    }),
  );
}
