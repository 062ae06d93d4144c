import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiles } from '../../src/import/parse-files';
import { readSeedFiles } from '../../src/import/seed-files';

/** One kind of traffic: builds the activity for turn N of conversation C (C counts from 0). */
export interface Workload {
  name: string;
  next(conversation: number, turn: number): Record<string, unknown>;
}

const fixtures = join(__dirname, '..', '..', 'test', 'fixtures', 'activities');
const base = JSON.parse(readFileSync(join(fixtures, 'message-personal.json'), 'utf8')) as Record<string, unknown>;
const TENANT = '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
const BOT = base.recipient as { id: string; name: string };

export const COMMITTEE = 'Children and Young People Overview and Scrutiny Committee';

/** A person of the generated directory (see {@link benchPeople}). */
export interface BenchPerson {
  name: string;
  aadObjectId: string;
}

const prefixes: Record<string, number> = { officer: 1e11, member: 2e11, chair: 3e11 };
const person = (role: string, n: number): BenchPerson => ({
  name: `Bench ${role} ${n}`,
  aadObjectId: `00000000-0000-4000-8000-${prefixes[role]! + n}`,
});

/**
 * The directory the load runs with: officers who administer every plan (so each may update any
 * action), one committee chair (who opens the question windows and is told of each question), and
 * the committee's members.
 */
export function benchPeople(officers: number, members: number): { csv: string; chair: BenchPerson; officers: BenchPerson[]; members: BenchPerson[] } {
  const chair = person('chair', 0);
  const o = Array.from({ length: officers }, (_, i) => person('officer', i));
  const m = Array.from({ length: members }, (_, i) => person('member', i));
  const rows = [
    'name,email,aadObjectId,roles,jobTitles,committees',
    `${chair.name},chair@council.example.gov.uk,${chair.aadObjectId},member;chair,,${COMMITTEE}`,
    ...o.map((p, i) => `${p.name},officer${i}@council.example.gov.uk,${p.aadObjectId},officer;admin,Bench officer,`),
    ...m.map((p, i) => `${p.name},member${i}@council.example.gov.uk,${p.aadObjectId},member,,${COMMITTEE}`),
  ];
  return { csv: `${rows.join('\n')}\n`, chair, officers: o, members: m };
}

function activity(serviceUrl: string, conversationId: string, id: string, from: BenchPerson, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    ...base,
    id,
    serviceUrl,
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: TENANT, id: conversationId },
    ...fields,
  };
}

/** The echo turn: the cheapest thing the bot does on the same stack. */
export function pingWorkload(serviceUrl: string, run: string, asker: BenchPerson): Workload {
  return { name: 'echo', next: (c, turn) => activity(serviceUrl, `bench-echo-${run}-${c}`, `${run}-${c}-${turn}`, asker, { text: 'ping' }) };
}

const QUESTIONS = [
  'how long are kids waiting in PLO now?',
  'who leads 2.3?',
  'telford custody rate v england?',
  'what does some progress mean on the yot plan',
  'anything overdue in priority 4',
  'when is the next cyp scrutiny meeting',
  'what did the commissioner say about leadership',
  'how many actions has the west mercia plan got',
];

/** Actions an officer can update, one per officer conversation, with a status on each plan's own scale. */
export async function updatableActions(): Promise<{ actionId: string; statuses: string[] }[]> {
  const parsed = await parseFiles(readSeedFiles());
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scales = new Map(parsed.dataset.plans.map((p) => [p.id, p.scale.levels.filter((l) => !l.complete).map((l) => l.code)]));
  return parsed.dataset.actions.map((a) => ({ actionId: a.id, statuses: scales.get(a.planId) ?? [] })).filter((a) => a.statuses.length > 0);
}

const TOPICS = [
  'how many children in care are placed more than twenty miles from home',
  'what is the waiting time for an education, health and care plan assessment',
  'how many foster carer households has the council gained this year',
  'when will the new children\'s home open, and how many beds will it have',
  'what is the cost of agency social workers compared with last year',
  'how many care leavers are in education, employment or training',
  'what is being done about school exclusions at secondary academies',
  'how long do families wait for early help after a referral',
  'what has the safety valve agreement changed in SEND transport',
  'how many young people entered the youth justice system for the first time',
  'why has the number of unregistered placements risen since the spring',
  'what support do kinship carers receive from the council',
  'how many social workers left the service in the last twelve months',
  'what progress has been made on the recommendations of the last inspection',
  'how are missing children followed up with return home interviews',
  'what does the sufficiency strategy do for disabled children\'s short breaks',
];
const WARDS = ['Chatham Central', 'Gillingham North', 'Rochester West', 'Strood Rural', 'Rainham South', 'Lordswood', 'Twydall', 'Hoo St Werburgh'];

/** A member's question: one of the topics, about one of the wards. */
function memberQuestion(n: number): string {
  return `Could the Portfolio Holder say ${TOPICS[n % TOPICS.length]} in ${WARDS[Math.floor(n / TOPICS.length) % WARDS.length]}?`;
}

/** A busy meeting's questions: a window takes this many before submissions move to the next one. */
export const QUESTIONS_PER_MEETING = 200;

export interface MixedOptions {
  serviceUrl: string;
  /** Distinguishes the conversations and ids of one row from another's. */
  run: string;
  /** Open question windows (one per meeting), filled one after another. */
  windowIds: string[];
  /** Questions sent so far (kept across rows). */
  submitted: { count: number };
  people: { officers: BenchPerson[]; members: BenchPerson[] };
  actions: { actionId: string; statuses: string[] }[];
  /** Submitters rotate through the members from here, so no member reaches the per-member limit. */
  memberOffset: number;
  /** Updates sent so far per action (kept across rows): the version the next card was opened at. */
  versions: Map<string, number>;
}

/**
 * Members' questions, officers' updates and question submissions. Conversation C is an officer's chat
 * when C % 4 is 2 (status updates of an action of its own, so the versions it sends are current), a committee group chat where members submit questions when C % 4 is 3
 * (every other turn; questions between), and a member asking questions otherwise.
 */
export function mixedWorkload(options: MixedOptions): Workload {
  const { serviceUrl, run, people, actions } = options;
  let submissions = 0;
  return {
    name: 'mixed',
    next(c, turn) {
      const conversationId = `bench-mixed-${run}-${c}`;
      const id = `${run}-${c}-${turn}`;
      const question = { text: QUESTIONS[(c + turn) % QUESTIONS.length] };
      if (c % 4 === 2) {
        const officer = people.officers[Math.floor(c / 4) % people.officers.length]!;
        const target = actions[Math.floor(c / 4) % actions.length]!;
        // NOTE: the version the card was opened at; each officer conversation has an action to itself.
        const version = options.versions.get(target.actionId) ?? 0;
        options.versions.set(target.actionId, version + 1);
        const value = {
          verb: 'action.update', actionId: target.actionId, version, status: target.statuses[version % target.statuses.length],
          commentary: `Load run ${id}.`, nextSteps: 'Weekly review by the service manager until the end of next month.', revisedDue: '', evidenceUrl: '',
        };
        return activity(serviceUrl, conversationId, id, officer, { text: undefined, value });
      }
      if (c % 4 === 3) {
        const groupChat = { conversationType: 'groupChat', isGroup: true, tenantId: TENANT, id: conversationId };
        // NOTE: in a group chat Teams sends the bot only messages that @mention it.
        if (turn % 2 === 0) {
          return activity(serviceUrl, conversationId, id, people.members[c % people.members.length]!, {
            text: `<at>${BOT.name}</at> ${question.text}`,
            entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }],
            conversation: groupChat,
          });
        }
        const member = people.members[(options.memberOffset + submissions++) % people.members.length]!;
        const value = {
          verb: 'question.submit', windowId: options.windowIds[Math.floor(options.submitted.count++ / QUESTIONS_PER_MEETING) % options.windowIds.length], questionId: '', formId: `form-${id}`, putTo: '', confirmSimilar: true, late: false,
          agendaItem: '6', text: `Load question ${id}: ${memberQuestion(options.submitted.count)}`,
        };
        return activity(serviceUrl, conversationId, id, member, { text: undefined, value, conversation: groupChat });
      }
      return activity(serviceUrl, conversationId, id, people.members[c % people.members.length]!, question);
    },
  };
}
