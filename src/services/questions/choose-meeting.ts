import type { Actor } from '../../domain/directory';
import { hasRole } from '../../domain/directory';
import type { QuestionMeeting } from '../../domain/questions';
import { agendaTooLong, type MeetingInput, type MeetingProblems, parseMeetingInput } from '../../domain/questions-meeting';
import type { OpenValues } from '../../views/questions/open-cards';
import { type QuestionContext, type Refused, refused, today, whoIs } from './context';
import { catalogueMeeting, knownCommittees, openableMeetings, suggestedValues } from './meetings';

/** The form for a meeting not listed, with what is wrong with what was typed. */
export type MeetingFormStep = { kind: 'meeting-form'; input: Partial<MeetingInput>; problems: MeetingProblems & { form?: string }; committees: string[] };

/** A step of opening questions: the meeting picker, the form for a meeting not listed, or the open form. */
export type OpeningStep =
  | { kind: 'meetings'; meetings: QuestionMeeting[]; problem?: string }
  | MeetingFormStep
  /** `data` is what the open form carries back: the typed meeting, or the imported meeting's id. */
  | { kind: 'open-form'; meeting: QuestionMeeting; values: OpenValues; packRule?: string; data: { meeting: MeetingInput } | { meetingId: string } }
  | Refused;

const notChair = 'Only a committee chair or democratic services can open questions. Ask democratic services to give you the chair role in the directory.';
const putRight = 'Put right the fields marked below.';

/**
 * Chairs and democratic services may open questions (for which committee is checked when it opens);
 * every step of opening checks this, so a forwarded or stale card shows nobody else the forms.
 */
function mayOpen(ctx: QuestionContext, actor: Actor): boolean {
  const { person } = whoIs(ctx, actor);
  return hasRole(person, 'chair') || hasRole(person, 'democratic-services');
}

/** A meeting typed on the card, checked by the rules and for the agenda's length (the rules leave that to the card). */
export function readMeeting(input: MeetingInput, on: string): ReturnType<typeof parseMeetingInput> {
  const tooLong = agendaTooLong(input.agenda);
  if (!tooLong) return parseMeetingInput(input, on);
  const parsed = parseMeetingInput({ ...input, agenda: '1 -' }, on);
  return { ok: false, problems: { ...(parsed.ok ? {} : parsed.problems), agenda: tooLong } };
}

/** The form for a meeting not listed, with what is wrong with what was typed. */
export function meetingForm(ctx: QuestionContext, actor: Actor, input: Partial<MeetingInput>, problems: MeetingProblems & { form?: string }): MeetingFormStep {
  return { kind: 'meeting-form', input, problems, committees: knownCommittees(ctx, actor) };
}

/** Step 1 of opening: the meeting picker. */
export async function meetingPicker(ctx: QuestionContext, actor: Actor): Promise<OpeningStep> {
  if (!mayOpen(ctx, actor)) return refused(notChair);
  return { kind: 'meetings', meetings: await openableMeetings(ctx) };
}

/** "A meeting not listed": the empty meeting form. */
export function newMeeting(ctx: QuestionContext, actor: Actor): OpeningStep {
  if (!mayOpen(ctx, actor)) return refused(notChair);
  return meetingForm(ctx, actor, {}, {});
}

/** A meeting typed in: back to its form with the problems, or on to the open form. */
export function createMeeting(ctx: QuestionContext, actor: Actor, input: MeetingInput): OpeningStep {
  if (!mayOpen(ctx, actor)) return refused(notChair);
  const parsed = readMeeting(input, today(ctx));
  if (!parsed.ok) return meetingForm(ctx, actor, input, { ...parsed.problems, form: putRight });
  return { kind: 'open-form', meeting: parsed.meeting, values: suggestedValues(undefined, parsed.meeting.date), data: { meeting: input } };
}

/** An imported meeting chosen: the open form with what its pack states, or the picker again. */
export async function chooseMeeting(ctx: QuestionContext, actor: Actor, meetingId: string): Promise<OpeningStep> {
  if (!mayOpen(ctx, actor)) return refused(notChair);
  const found = await catalogueMeeting(ctx, meetingId);
  if (!found) return { kind: 'meetings', meetings: await openableMeetings(ctx), problem: 'Choose a meeting from the list.' };
  return {
    kind: 'open-form',
    meeting: found.meeting,
    values: suggestedValues(found.rules, found.meeting.date),
    ...(found.rules ? { packRule: found.rules.raw } : {}),
    data: { meetingId },
  };
}
