import { z } from 'zod';

/**
 * What a question asks for, as the bot understood it. Every subject is an id from the catalogue (never
 * free text to be guessed at later), so an answer can only be about something that exists.
 */

const period = z.object({ from: z.string().optional(), to: z.string().optional(), label: z.string(), yearless: z.boolean().optional() });
export type PeriodFilter = z.infer<typeof period>;

export const listFilterSchema = z.object({
  entity: z.enum(['actions', 'indicators', 'recommendations', 'plans']),
  planId: z.string().optional(),
  /** Several plans named equally ("the court judgements responses"): the list covers them all. */
  planIds: z.array(z.string()).optional(),
  /** Recommendations the executive accepted, rejected... */
  response: z.enum(['accepted', 'accepted-in-part', 'rejected', 'noted']).optional(),
  priority: z.string().optional(),
  recommendationIds: z.array(z.string()).optional(),
  due: period.optional(),
  overdue: z.boolean().optional(),
  /** Lead titles (and the person's name, when asked by name) an action's leads must match. */
  lead: z
    .object({
      label: z.string(),
      titles: z.array(z.string()),
      council: z.string().optional(),
      /** `exact`: a named person's own titles; `contains`: a role asked for in general ("heads of service"). */
      match: z.enum(['exact', 'contains']),
    })
    .optional(),
  /** A status word ("red", "some progress", "complete") matched against each plan's own scale. */
  status: z.string().optional(),
  withoutTarget: z.boolean().optional(),
  /** Subject words the text must contain (stemmed terms). */
  topic: z.array(z.string()).optional(),
  area: z.string().optional(),
});
export type ListFilter = z.infer<typeof listFilterSchema>;

/** The plans a list covers, if it is limited to some. */
export function plansOf(filter: ListFilter): string[] | undefined {
  return filter.planIds ?? (filter.planId ? [filter.planId] : undefined);
}

const choice = z.object({ label: z.string(), text: z.string() });
export type Choice = z.infer<typeof choice>;

export const intentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('indicator'),
    indicatorId: z.string(),
    focus: z.enum(['summary', 'target', 'comparators', 'trend', 'status']),
    comparator: z.enum(['england', 'national', 'statistical-neighbours', 'region', 'previous']).optional(),
    /** A comparator named by its label ("the South-East", "West Mercia"). */
    comparatorLabel: z.string().optional(),
  }),
  z.object({ kind: z.literal('action'), actionId: z.string(), focus: z.enum(['summary', 'lead', 'due', 'late', 'status', 'update']) }),
  z.object({ kind: z.literal('list'), filter: listFilterSchema, page: z.number().int().min(1), count: z.boolean().optional() }),
  z.object({
    kind: z.literal('plan'),
    planId: z.string(),
    focus: z.enum(['summary', 'priorities', 'status-key', 'owner', 'version']),
    level: z.string().optional(),
    /** One priority asked about ("who leads priority 3"). */
    priority: z.string().optional(),
  }),
  z.object({ kind: z.literal('recommendation'), recommendationId: z.string() }),
  z.object({
    kind: z.literal('meeting'),
    bodyKey: z.string(),
    when: z.enum(['next', 'latest', 'period']),
    period: period.optional(),
    focus: z.enum(['summary', 'deadline', 'agenda', 'membership', 'venue', 'contact']),
  }),
  z.object({ kind: z.literal('person'), names: z.array(z.string()), role: z.string().optional() }),
  z.object({ kind: z.literal('glossary'), term: z.string() }),
  z.object({
    kind: z.literal('passage'),
    query: z.string(),
    /** The question's subject words, each with its synonyms: a passage should hold most of them. */
    terms: z.array(z.array(z.string())),
    /** The question asked for something the catalogue would hold (a lead, a target): only a passage holding every word will do. */
    strict: z.boolean().optional(),
    /** Near misses from the catalogue, offered if the papers hold nothing either. */
    suggestions: z.array(choice),
  }),
  z.object({ kind: z.literal('ask-back'), prompt: z.string(), choices: z.array(choice).min(2) }),
  z.object({ kind: z.literal('not-found'), reason: z.enum(['empty', 'no-match', 'no-more']) }),
]);
export type Intent = z.infer<typeof intentSchema>;

/** What a conversation remembers of the last answer, so a follow-up keeps its subject. */
export const askMemorySchema = z.object({
  subject: z
    .object({ kind: z.enum(['indicator', 'action', 'plan', 'meeting', 'list']), id: z.string() })
    .optional(),
  planId: z.string().optional(),
  /** The meeting (date) the last answer was about, when it was about a committee. */
  meetingDate: z.string().optional(),
  list: z.object({ filter: listFilterSchema, page: z.number().int().min(1) }).optional(),
});
export type AskMemory = z.infer<typeof askMemorySchema>;
