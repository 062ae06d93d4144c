import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/directory';
import { hasRole } from '../../domain/directory';
import type { DeadlineRule, QuestionMeeting, QuestionWindow } from '../../domain/questions';
import { sameBody } from '../../domain/questions';
import { type ComputedDeadline, computeDeadline, describeRule, zonedInstant } from '../../domain/questions-deadline';
import { LIMIT_MAX_LENGTH, canRunWindow } from '../../domain/questions-rules';
import { asQuestionPerson, nowIso, type QuestionContext, type Refused, refused, whoIs } from './context';
import { type Delivery, noDelivery, postTo, tellPeople } from './notify';
import { inviteCard } from '../../views/questions/form-card';
import type { OpenProblems, OpenValues } from '../../views/questions/open-cards';

export interface OpenInput extends OpenValues {
  /** Where the chair opened it: a channel or group chat gets the "Submit a question" card. */
  channelConversationId?: string;
}

export type OpenResult =
  | { kind: 'opened'; window: QuestionWindow; deadline: ComputedDeadline; rule: string; channelPosted: boolean; members: Delivery }
  | { kind: 'exists'; window: QuestionWindow }
  | { kind: 'problems'; problems: OpenProblems }
  | Refused;

const isTime = (t: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t);

/** The rule and limits the form gave, or what is wrong with them. */
function readRule(input: OpenInput): { rule?: DeadlineRule; problems: OpenProblems } {
  const problems: OpenProblems = {};
  let rule: DeadlineRule | undefined;
  if (input.deadlineKind === 'rule') {
    if (!Number.isInteger(input.days) || input.days < 0 || input.days > 20) problems.days = 'Give a whole number of clear working days, 0 to 20.';
    else if (!isTime(input.time)) problems.days = 'Give the time of day questions close, for example 17:00.';
    else rule = { kind: 'clear-working-days', days: input.days, time: input.time };
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(input.fixedDate) || !isTime(input.fixedTime)) {
    problems.deadline = 'Choose the date and time questions close.';
  } else rule = { kind: 'fixed', date: input.fixedDate, time: input.fixedTime };
  if (!Number.isInteger(input.maxPerMember) || input.maxPerMember < 1 || input.maxPerMember > 20) problems.maxPerMember = 'Allow from 1 to 20 questions per member.';
  if (!Number.isInteger(input.maxLength) || input.maxLength < 100 || input.maxLength > LIMIT_MAX_LENGTH) {
    problems.maxLength = `Allow from 100 to ${LIMIT_MAX_LENGTH} characters.`;
  }
  return { ...(rule ? { rule } : {}), problems };
}

/**
 * A chair or democratic services officer opens questions for a meeting: the deadline is worked out
 * (working days skip weekends and bank holidays), the window stored, the "Submit a question" card
 * posted in the channel it was opened from, and the committee's members told if asked.
 */
export async function openWindow(ctx: QuestionContext, actor: Actor, meeting: QuestionMeeting, input: OpenInput): Promise<OpenResult> {
  const { person, who } = whoIs(ctx, actor);
  if (!canRunWindow(person, meeting.body)) {
    return refused(`Only the chair of the ${meeting.body} or democratic services can open questions for it.`);
  }
  if (meeting.agenda.length === 0) {
    return { kind: 'problems', problems: { form: 'The agenda pack lists no agenda items for this meeting, so questions could not be grouped. Add it as "a meeting not listed", with its agenda items.' } };
  }
  const existing = await ctx.questions.windowForMeeting(meeting.id);
  if (existing) return { kind: 'exists', window: existing };
  const { rule, problems } = readRule(input);
  if (!rule || Object.keys(problems).length > 0) return { kind: 'problems', problems };

  const deadline = computeDeadline(rule, meeting.date, ctx.timeZone);
  const start = zonedInstant(meeting.date, meeting.time ?? '00:00', ctx.timeZone);
  if (Date.parse(deadline.at) <= ctx.now.getTime()) {
    return { kind: 'problems', problems: { [rule.kind === 'fixed' ? 'deadline' : 'days']: `That deadline (${deadline.date} ${deadline.time}) has already passed.` } };
  }
  if (deadline.at >= start) return { kind: 'problems', problems: { [rule.kind === 'fixed' ? 'deadline' : 'days']: 'The deadline must fall before the meeting starts.' } };

  const window: QuestionWindow = {
    id: randomUUID(),
    meeting,
    rule,
    deadline: deadline.at,
    maxPerMember: input.maxPerMember,
    maxLength: input.maxLength,
    ...(input.channelConversationId ? { channelConversationId: input.channelConversationId } : {}),
    openedBy: who,
    openedAt: nowIso(ctx),
    version: 1,
  };
  const created = await ctx.questions.createWindow(window, {
    windowId: window.id,
    kind: 'window-opened',
    by: who,
    at: window.openedAt,
    detail: { rule, deadline: deadline.at, maxPerMember: window.maxPerMember, maxLength: window.maxLength },
  });
  if (created.kind === 'exists') return { kind: 'exists', window: created.window };

  const ruleText = describeRule(rule, deadline.skipped);
  const card = inviteCard(ctx, window, ruleText);
  if (window.channelConversationId) await postTo(ctx, window.channelConversationId, card, `qwin:${window.id}:invite:channel`);
  let members: Delivery = noDelivery();
  if (input.notifyMembers) {
    const committee = ctx.directory.people.filter((p) => hasRole(p, 'member') && p.committees.some((c) => sameBody(c, meeting.body)));
    members = await tellPeople(ctx, committee.map(asQuestionPerson), card, `qwin:${window.id}:invite`);
  }
  return { kind: 'opened', window: created.window, deadline, rule: ruleText, channelPosted: !!window.channelConversationId, members };
}
