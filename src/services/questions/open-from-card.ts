import type { Actor } from '../../domain/directory';
import type { QuestionMeeting } from '../../domain/questions';
import type { MeetingInput } from '../../domain/questions-meeting';
import type { OpenValues } from '../../views/questions/open-cards';
import { type QuestionContext, today } from './context';
import { meetingForm, type MeetingFormStep, readMeeting } from './choose-meeting';
import { catalogueMeeting } from './meetings';
import { type OpenResult, openWindow } from './open-window';

/** The open form as submitted: the meeting (typed, or an imported one's id) and the deadline and limits. */
export interface OpenCardInput extends OpenValues {
  meetingId?: string | undefined;
  meeting?: MeetingInput | undefined;
}

export type OpenFromCard =
  /** The typed meeting does not pass the rules (the card was changed or time went on): its form again. */
  | MeetingFormStep
  | { kind: 'stale' }
  /** The open was tried: what happened, with the meeting and values to show the form again with. */
  | { kind: 'tried'; meeting: QuestionMeeting; values: OpenValues; packRule?: string; result: OpenResult };

/** The last step of opening: the meeting read again from the card, then the window opened (see {@link openWindow}). */
export async function openFromCard(ctx: QuestionContext, actor: Actor, input: OpenCardInput, channelConversationId?: string): Promise<OpenFromCard> {
  let meeting: QuestionMeeting;
  let packRule: string | undefined;
  if (input.meeting) {
    const created = readMeeting(input.meeting, today(ctx));
    if (!created.ok) return meetingForm(ctx, actor, input.meeting, { ...created.problems, form: 'Put right the fields marked below.' });
    meeting = created.meeting;
  } else {
    const found = await catalogueMeeting(ctx, input.meetingId ?? '');
    if (!found) return { kind: 'stale' };
    meeting = found.meeting;
    packRule = found.rules?.raw;
  }
  const values: OpenValues = {
    deadlineKind: input.deadlineKind,
    days: input.days,
    time: input.time,
    fixedDate: input.fixedDate,
    fixedTime: input.fixedTime,
    maxPerMember: input.maxPerMember,
    maxLength: input.maxLength,
    notifyMembers: input.notifyMembers,
  };
  const result = await openWindow(ctx, actor, meeting, { ...values, ...(channelConversationId ? { channelConversationId } : {}) });
  return { kind: 'tried', meeting, values, ...(packRule ? { packRule } : {}), result };
}
