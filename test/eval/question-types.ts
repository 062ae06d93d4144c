import { z } from 'zod';

/**
 * The shape of one evaluation question, and the zod schema that checks the table.
 *
 * @remarks
 * Expectations are written from the agenda packs (seeds/packs) and the research notes on them, never
 * from the engine's output. A needle is a string the reply must show (case-insensitive, whole
 * figures only: "16 weeks" does not match "116 weeks"); an array of strings means "any one of these"
 * (a date written three ways, or the phrasings of "no lead is named").
 */

/** The kind the answering engine stamps on a reply card's first body element (`answer-kind-<kind>`). */
export const answerKinds = ['indicator', 'action', 'list', 'plan', 'meeting', 'passage'] as const;
export const replyKinds = [...answerKinds, 'ask-back', 'not-found'] as const;
export type AnswerKind = (typeof answerKinds)[number];
export type ReplyKind = (typeof replyKinds)[number];

/** What a question is about, for the per-kind shares in the report. */
export const topics = ['indicator', 'action', 'list', 'plan', 'meeting', 'passage'] as const;
export type Topic = (typeof topics)[number];

/** The five bundled packs, by file-name prefix. */
export const packs = ['000', '001', '002', '003', '004'] as const;
export type Pack = (typeof packs)[number];

export const tags = ['typo', 'follow-up', 'hard', 'conflict', 'ocr', 'no-lead', 'free-text', 'period', 'directory', 'abbreviation'] as const;
export type Tag = (typeof tags)[number];

const needle = z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]);
export type Needle = z.infer<typeof needle>;

const expectation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), mustContain: z.array(needle).min(1), mustNotContain: z.array(z.string().min(1)).optional() }),
  z.object({ kind: z.literal('ask-back'), mustContain: z.array(needle).optional() }),
  z.object({ kind: z.literal('not-found'), mustNotContain: z.array(z.string().min(1)).optional() }),
]);
export type Expectation = z.infer<typeof expectation>;

export const evalQuestionSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d{2,3}[a-z]?$/),
  /** Questions sharing a conversation are asked in table order in one Teams conversation. */
  conversation: z.string().optional(),
  text: z.string().min(1),
  topic: z.enum(topics),
  /** The packs the answer comes from (or, for a not-found question, the pack the subject belongs to). */
  packs: z.array(z.enum(packs)),
  /** Where the question is typed; personal chat unless said. */
  surface: z.enum(['personal', 'groupChat', 'channel']).optional(),
  tags: z.array(z.enum(tags)).optional(),
  /** Pack and line(s) the expectation was written from, e.g. "004:1095". */
  source: z.string().optional(),
  expect: expectation,
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** Expectation helpers, so the table reads as data. */
export const answer = (mustContain: Needle[], mustNotContain?: string[]): Expectation =>
  mustNotContain ? { kind: 'answer', mustContain, mustNotContain } : { kind: 'answer', mustContain };
export const askBack = (mustContain?: Needle[]): Expectation => (mustContain ? { kind: 'ask-back', mustContain } : { kind: 'ask-back' });
export const notFound = (mustNotContain?: string[]): Expectation =>
  mustNotContain ? { kind: 'not-found', mustNotContain } : { kind: 'not-found' };

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as a reply may print it: "20 January 2020", "20 Jan 2020", "20/01/2020", "2020-01-20". */
export function onDate(day: number, month: number, year: number): string[] {
  const name = months[month - 1]!;
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return [`${day} ${name} ${year}`, `${day} ${name.slice(0, 3)} ${year}`, `${dd}/${mm}/${year}`, `${year}-${mm}-${dd}`];
}

/** A clock time as a reply may print it: "18:30", "6.30pm", "6:30 pm". */
export function atTime(hours: number, minutes: number): string[] {
  const mm = String(minutes).padStart(2, '0');
  const h12 = hours > 12 ? hours - 12 : hours;
  const out = new Set([`${String(hours).padStart(2, '0')}:${mm}`, `${h12}:${mm}`, `${h12}.${mm}`]);
  if (minutes === 0) out.add(`${h12}${hours >= 12 ? 'pm' : 'am'}`);
  return [...out];
}

/** How a right answer says a field is empty in the source ("no lead is named"). */
export const saysNone = (what: string): string[] => [`no ${what}`, `not named`, `not given`, `none named`, `not recorded`, `isn't named`, `not stated`, `blank`];
