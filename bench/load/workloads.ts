import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One kind of traffic: builds the activity for turn N of a conversation. */
export interface Workload {
  name: string;
  next(conversationId: string, turn: number): Record<string, unknown>;
}

const base = JSON.parse(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'activities', 'message-personal.json'), 'utf8')) as Record<string, unknown>;

function message(serviceUrl: string, conversationId: string, turn: number, text: string): Record<string, unknown> {
  return {
    ...base,
    id: `${conversationId}-${turn}`,
    text,
    serviceUrl,
    conversation: { conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9', id: conversationId },
  };
}

/** The echo turn: the cheapest thing the bot does on the same stack. */
export function pingWorkload(serviceUrl: string): Workload {
  return { name: 'echo', next: (conversation, turn) => message(serviceUrl, conversation, turn, 'ping') };
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

/** Members' questions, officers' updates and question submissions, interleaved. */
export async function mixedWorkload(serviceUrl: string, _port: number): Promise<Workload> {
  return {
    name: 'mixed',
    next: (conversation, turn) => message(serviceUrl, conversation, turn, QUESTIONS[turn % QUESTIONS.length]!),
  };
}
