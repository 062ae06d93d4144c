import { z } from 'zod';
import { meetingOutcomes } from '../../domain/questions';
import { fromInput } from '../../views/questions/format';

/**
 * Card submissions for questions, re-validated on the server whatever the card enforced. Text
 * inputs come back as typed (with the template guard undone); numbers may arrive as strings.
 *
 * Two kinds of text: `text(max)` is a value a picker sets (a date, a time, a choice), which no person
 * types, so one far too long is a broken card; `typed` is what a person wrote, taken whatever its
 * length (the request body limit bounds it) so that the rules can say what is wrong next to the field
 * and the card can give it back. `typedLimits` are the limits of typed fields the rules do not check.
 */
const id = z.string().trim().min(1).max(200);
const asText = (v: unknown) => (typeof v === 'string' ? fromInput(v) : v ?? '');
const text = (max: number) => z.preprocess(asText, z.string().max(max * 2));
const typed = z.preprocess(asText, z.string());
export const typedLimits = { agenda: 6000 } as const;

/** "Keep this under 6000 characters (it has 9120)." when a typed field is over its limit. */
export function overLimit(field: keyof typeof typedLimits, value: string): string | undefined {
  const length = value.trim().length;
  const max = typedLimits[field];
  return length > max ? `Keep this under ${max} characters (it has ${length}).` : undefined;
}
const flag = z.preprocess((v) => v === true || v === 'true', z.boolean());
const version = z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : Number(v)), z.number().int().optional());
const number = z.preprocess((v) => (v === '' || v === undefined || v === null ? Number.NaN : Number(v)), z.number().or(z.nan()));
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), id.optional());

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
