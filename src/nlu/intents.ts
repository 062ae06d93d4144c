import { z } from 'zod';
import { riskAttributes } from '../language/risk-words';
import { reportAttributes } from '../language/report-phrasings';

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
  /** Only targets the papers say are still "to be agreed" or "to be set". */
  targetState: z.enum(['to-be-agreed', 'to-be-set']).optional(),
  /** Subject words the text must contain (stemmed terms). */
  topic: z.array(z.string()).optional(),
  area: z.string().optional(),
  /** Measures named together in one question ("establishment v perm v agency"), in the order read. */
  indicatorIds: z.array(z.string()).optional(),
});
export type ListFilter = z.infer<typeof listFilterSchema>;

/** The plans a list covers, if it is limited to some. */
export function plansOf(filter: ListFilter): string[] | undefined {
  return filter.planIds ?? (filter.planId ? [filter.planId] : undefined);
}

const choice = z.object({ label: z.string(), text: z.string() });
export type Choice = z.infer<typeof choice>;

/** What a question for the papers asks for: a figure ("how many"), a date ("when"), a reason ("why"), a rating ("what judgement"), a person or body ("who"). */
export const passageWanted = z.enum(['number', 'date', 'reason', 'rating', 'person', 'frequency', 'duration', 'list']);
export type PassageWanted = z.infer<typeof passageWanted>;

/**
 * One word or phrase of a question for the papers, with its other ways of saying it (stemmed terms; a
 * phrase's terms must stand together). `subject`: what it is about; `place`: a council or area the
 * data holds (the passage or its document must be about it); `figure`: a year or amount (the passage
 * must hold it); `steer`: a word saying what kind of answer is wanted ("total", "rating"), which helps
 * rank passages but is never needed.
 */
export const passageSlot = z.object({
  phrases: z.array(z.array(z.string()).min(1)).min(1),
  role: z.enum(['subject', 'place', 'figure', 'steer']),
  /** What is counted or dated ("how many care leavers", "when was the inspection"): the figure or date should stand with it. */
  focus: z.boolean().optional(),
  /** What the papers are asked about ("what did they say about leadership"): the passage itself must hold it. */
  topic: z.boolean().optional(),
  /** A word that also steers the other readings ("plan", "signed"): it counts, for half its weight. */
  weak: z.boolean().optional(),
  /** What the question asks of a record ("actions", "target"): the passage or its heading must say it. */
  held: z.boolean().optional(),
});
export type PassageSlot = z.infer<typeof passageSlot>;

export const intentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('indicator'),
    indicatorId: z.string(),
    /** `definition`: what the indicator measures, as the papers define it. */
    focus: z.enum(['summary', 'target', 'comparators', 'trend', 'status', 'definition']),
    comparator: z.enum(['england', 'national', 'statistical-neighbours', 'region', 'previous']).optional(),
    /** A comparator named by its label ("the South-East", "West Mercia"). */
    comparatorLabel: z.string().optional(),
    /** A period the question names ("in 17/18") that some figure of the indicator falls in: that figure is given first. */
    period: period.optional(),
    /** A period the question names that none of its figures falls in ("this year"): said so, beside the latest. */
    periodNotHeld: z.string().optional(),
  }),
  z.object({ kind: z.literal('action'), actionId: z.string(), focus: z.enum(['summary', 'lead', 'due', 'late', 'status', 'update', 'success', 'resources']) }),
  z.object({ kind: z.literal('list'), filter: listFilterSchema, page: z.number().int().min(1), count: z.boolean().optional() }),
  z.object({
    kind: z.literal('plan'),
    planId: z.string(),
    focus: z.enum(['summary', 'priorities', 'status-key', 'owner', 'version', 'period']),
    level: z.string().optional(),
    /** One priority asked about ("who leads priority 3"). */
    priority: z.string().optional(),
  }),
  z.object({ kind: z.literal('recommendation'), recommendationId: z.string() }),
  /** One risk (and the same row printed in other papers), and what was asked of it. */
  z.object({
    kind: z.literal('risk'),
    riskId: z.string(),
    also: z.array(z.string()),
    focus: z.array(z.enum(riskAttributes)),
    /** A RAG colour was asked for ("is it red?"), which the papers do not give: `named` is the colour. */
    colour: z.object({ named: z.string().optional() }).optional(),
  }),
  /** Risks of some registers, those with a rating or score when one was asked for. */
  z.object({
    kind: z.literal('risks'),
    riskIds: z.array(z.string()),
    registers: z.array(z.string()),
    rating: z.string().optional(),
    score: z.number().optional(),
    /** The highest-rated of each register were asked for ("the top risks"), or a colour (listed instead). */
    highest: z.boolean().optional(),
    colour: z.object({ named: z.string().optional() }).optional(),
  }),
  z.object({
    kind: z.literal('meeting'),
    bodyKey: z.string(),
    when: z.enum(['next', 'latest', 'period']),
    period: period.optional(),
    focus: z.enum(['summary', 'deadline', 'agenda', 'membership', 'venue', 'contact']),
  }),
  z.object({
    kind: z.literal('report'),
    reportId: z.string(),
    /** The attribute asked for (see src/language/data/reports.json). */
    focus: z.enum(reportAttributes),
    /** The recommendation or contents heading the question named, by its place in the report. */
    item: z.number().int().min(0).optional(),
    section: z.number().int().min(0).optional(),
  }),
  z.object({ kind: z.literal('person'), names: z.array(z.string()), role: z.string().optional() }),
  z.object({ kind: z.literal('glossary'), term: z.string() }),
  z.object({
    kind: z.literal('passage'),
    query: z.string(),
    /** The question's words, each with its other ways of saying it: a passage should hold most of them. */
    slots: z.array(passageSlot),
    /** What the question asks for, so a passage without one near its words is no answer. */
    wanted: passageWanted.optional(),
    /** A share is asked ("what %", "percentage of"): the figure near its words must be one (a percentage). */
    share: z.boolean().optional(),
    /** "When was it signed off" asks what happened: a passage saying what will happen answers it less well. */
    tense: z.enum(['past', 'future']).optional(),
    /** The question asked for something the catalogue would hold (a lead, a target, a next meeting): the papers' prose is no answer. */
    strict: z.boolean().optional(),
    /** A place the question names that the data holds nothing for ("Kent"): nothing can be said about it. */
    elsewhere: z.string().optional(),
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
    .object({ kind: z.enum(['indicator', 'action', 'plan', 'meeting', 'list', 'report', 'risk']), id: z.string() })
    .optional(),
  planId: z.string().optional(),
  /** The meeting (date) the last answer was about, when it was about a committee. */
  meetingDate: z.string().optional(),
  list: z.object({ filter: listFilterSchema, page: z.number().int().min(1) }).optional(),
});
export type AskMemory = z.infer<typeof askMemorySchema>;
