import { z } from 'zod';
import { meetingOutcomes } from '../domain/questions';
import { recordSubmission } from '../domain/update-record-rules';
import { updateSubmission } from '../domain/update-rules';
import { paperRequest } from '../services/papers/build-paper';
import { fromInput } from '../views/questions/format';

/**
 * Every card verb the bot answers, with the zod schema its data is re-validated by on the server
 * (whatever the card enforced) and what the person is told when the data does not fit (a stale or
 * foreign card). Routes get the parsed data only: {@link onCardVerb} parses it here, at the edge.
 *
 * Question text inputs come back as typed (with the template guard undone); numbers may arrive as
 * strings. Two kinds of text: `text(max)` is a value a picker sets (a date, a time, a choice), which
 * no person types, so one far too long is a broken card; `typed` is what a person wrote, taken
 * whatever its length (the request body limit bounds it) so that the rules can say what is wrong next
 * to the field and the card can give it back.
 */
const id = z.string().trim().min(1).max(200);
const asText = (v: unknown) => (typeof v === 'string' ? fromInput(v) : v ?? '');
const text = (max: number) => z.preprocess(asText, z.string().max(max * 2));
const typed = z.preprocess(asText, z.string());
const flag = z.preprocess((v) => v === true || v === 'true', z.boolean());
const version = z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : Number(v)), z.number().int().optional());
const number = z.preprocess((v) => (v === '' || v === undefined || v === null ? Number.NaN : Number(v)), z.number().or(z.nan()));
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), id.optional());
/** A string the card may leave out: anything else reads as absent. */
const maybeString = z.preprocess((v) => (typeof v === 'string' ? v : undefined), z.string().optional());

export const windowData = z.object({ windowId: id });
export const questionData = z.object({ questionId: id, version });
export const withdrawData = questionData.extend({ confirmed: flag.optional() });

export const submitData = z.object({
  windowId: id,
  questionId: optionalId,
  formId: id,
  agendaItem: text(50),
  text: typed,
  putTo: typed,
  confirmSimilar: flag,
  late: flag,
});

export const meetingData = z.object({
  body: typed,
  date: text(20),
  time: text(10),
  venue: typed,
  agenda: typed,
});

export const openData = z.object({
  meetingId: optionalId,
  meeting: meetingData.optional(),
  deadlineKind: z.enum(['rule', 'fixed']).catch('rule'),
  days: number,
  time: text(10),
  fixedDate: text(20),
  fixedTime: text(10),
  maxPerMember: number,
  maxLength: number,
  notifyMembers: flag,
});

export const rejectData = questionData.extend({ reason: typed });
export const mergeData = questionData.extend({ into: id });
export const assignData = questionData.extend({ officer: text(200), due: text(20) });
export const outcomeData = questionData.extend({ outcome: z.enum(meetingOutcomes) });
export const answerData = questionData.extend({ answer: typed });
export const returnData = questionData.extend({ note: typed });

/** What a refresh carries: one id, nothing else (Teams adds no inputs to a refresh). */
const actionViewData = z.object({ actionId: z.string().min(1).max(300) }).strict();
const questionViewData = z.object({ questionId: z.string().min(1).max(300) }).strict();

export const staleCard = 'That card is out of date or not one I recognise, so nothing was changed. Type help to start again.';
export const refusedView = 'That card is out of date or not one I recognise, so it shows nothing new. Type help to start again.';
const noAction = "I can't find that action any more.";
const none = z.object({});

const verb = <S extends z.ZodTypeAny>(data: S, stale: string) => ({ data, stale });

/** The table: verb, its data's schema, and the answer to data that does not fit. */
export const cardVerbs = {
  // Officers update (updates.ts, update-record.ts)
  'action.update': verb(updateSubmission, 'That card is out of date or not one I recognise, so nothing was changed. Type my actions to start again.'),
  'action.open': verb(z.object({ actionId: z.string() }), `${noAction} Type my actions to see yours.`),
  'action.history': verb(z.object({ actionId: z.string() }), noAction),
  'indicator.record': verb(recordSubmission, 'That card is out of date or not one I recognise, so nothing was recorded.'),
  'indicator.open': verb(z.object({ actionId: maybeString, indicatorId: maybeString }), staleCard),
  // Per-person views in shared chats (shared-cards.ts): Teams asks for them to refresh a card.
  'action.view': verb(actionViewData, refusedView),
  'question.view': verb(questionViewData, refusedView),
  // Opening questions (questions-open.ts)
  'question.meeting.new': verb(none, staleCard),
  'question.meeting.create': verb(meetingData, staleCard),
  'question.open.form': verb(z.object({ meetingId: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string()) }), staleCard),
  'question.open': verb(openData, staleCard),
  // Members (questions-submit.ts)
  'question.form': verb(windowData, staleCard),
  'question.submit': verb(submitData, staleCard),
  'question.edit': verb(questionData, staleCard),
  'question.withdraw': verb(withdrawData, staleCard),
  'question.mine': verb(none, staleCard),
  // Chairs, democratic services and officers (questions-review.ts)
  'question.accept': verb(questionData, staleCard),
  'question.reject': verb(rejectData, staleCard),
  'question.merge': verb(mergeData, staleCard),
  'question.outcome': verb(outcomeData, staleCard),
  'question.review': verb(questionData, staleCard),
  'question.assign': verb(assignData, staleCard),
  'question.approve': verb(questionData, staleCard),
  'question.return': verb(returnData, staleCard),
  'question.answer': verb(answerData, staleCard),
  'question.queue': verb(z.object({ windowId: id.optional().catch(undefined) }), staleCard),
  'question.pack': verb(windowData, staleCard),
  // Papers and the outbox (papers.ts, outbox.ts)
  'paper.send': verb(z.object({ paper: paperRequest }), 'That button is out of date. Ask for the report or the pack again.'),
  'outbox.retry': verb(z.object({ key: z.preprocess((v) => (typeof v === 'string' && v ? v : undefined), z.string().optional()) }), staleCard),
} as const;

export type CardVerb = keyof typeof cardVerbs;
export type VerbData<V extends CardVerb> = z.infer<(typeof cardVerbs)[V]['data']>;

/** The verb's data, parsed, or undefined when it does not fit the verb's schema. */
export function parseVerb<V extends CardVerb>(verb: V, data: unknown): VerbData<V> | undefined {
  const parsed = cardVerbs[verb].data.safeParse(data);
  return parsed.success ? (parsed.data as VerbData<V>) : undefined;
}
