import { z } from 'zod';
import { meetingOutcomes } from '../../domain/questions';
import { fromInput } from '../../services/questions/views/format';

/**
 * Card submissions for questions, re-validated on the server whatever the card enforced. Text
 * inputs come back as typed (with the template guard undone); numbers may arrive as strings.
 */
const id = z.string().trim().min(1).max(200);
const text = (max: number) => z.preprocess((v) => (typeof v === 'string' ? fromInput(v) : v ?? ''), z.string().max(max * 2));
const flag = z.preprocess((v) => v === true || v === 'true', z.boolean());
const version = z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : Number(v)), z.number().int().optional());
const number = z.preprocess((v) => (v === '' || v === undefined || v === null ? Number.NaN : Number(v)), z.number().or(z.nan()));
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), id.optional());

export const windowData = z.object({ windowId: id });
export const questionData = z.object({ questionId: id, version });

export const submitData = z.object({
  windowId: id,
  questionId: optionalId,
  formId: id,
  agendaItem: text(50),
  text: text(4000),
  putTo: text(200),
  confirmSimilar: flag,
  late: flag,
});

export const meetingData = z.object({
  body: text(200),
  date: text(20),
  time: text(10),
  venue: text(300),
  agenda: text(6000),
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

export const rejectData = questionData.extend({ reason: text(500) });
export const mergeData = questionData.extend({ into: id });
export const assignData = questionData.extend({ officer: text(200), due: text(20) });
export const outcomeData = questionData.extend({ outcome: z.enum(meetingOutcomes) });
export const answerData = questionData.extend({ answer: text(8000) });
export const returnData = questionData.extend({ note: text(1000) });
