import type { Application } from '@microsoft/teams-ai';
import { plainText } from '../../cards/text';
import { hasRole } from '../../domain/directory';
import { meetingTitle, type QuestionMeeting } from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';
import { type MeetingInput, parseMeetingInput } from '../../domain/questions-meeting';
import { whoIs, today } from '../../services/questions/context';
import { catalogueMeeting, knownCommittees, openableMeetings, suggestedValues } from '../../services/questions/meetings';
import { openWindow } from '../../services/questions/open-window';
import { action } from '../../views/questions/format';
import { meetingFormCard, meetingsCard, openFormCard, type OpenValues } from '../../views/questions/open-cards';
import { noticeCard } from '../../views/questions/notice-card';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { meetingData, openData, overLimit } from './questions-input';
import { type CardReply, onCardVerb } from './card-verbs';
import { questionContext, sharedConversationId, staleCard, toldSentence } from './questions-verbs';

const notChair = 'Only a committee chair or democratic services can open questions. Ask democratic services to give you the chair role in the directory.';

/**
 * Chairs and democratic services may open questions (for which committee is checked when it opens);
 * every step of opening checks this, so a forwarded or stale card shows nobody else the forms.
 */
function mayOpen(ctx: ReturnType<typeof questionContext>, actor: ReturnType<typeof toActor>): boolean {
  const { person } = whoIs(ctx, actor);
  return hasRole(person, 'chair') || hasRole(person, 'democratic-services');
}

/** A meeting typed on the card, checked by the rules and for the agenda's length (the rules leave that to the card). */
function readMeeting(input: MeetingInput, on: string): ReturnType<typeof parseMeetingInput> {
  const tooLong = overLimit('agenda', input.agenda);
  if (!tooLong) return parseMeetingInput(input, on);
  const parsed = parseMeetingInput({ ...input, agenda: '1 -' }, on);
  return { ok: false, problems: { ...(parsed.ok ? {} : parsed.problems), agenda: tooLong } };
}

/** Step 1 of opening: the meeting picker (chairs and democratic services only). */
export async function meetingPicker(deps: BotDeps, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const ctx = questionContext(deps);
  if (!mayOpen(ctx, actor)) return notChair;
  return meetingsCard(ctx, await openableMeetings(ctx));
}

/** Opening questions: meeting picker, a meeting typed in, the deadline and limits, then open. */
export function registerOpenVerbs(app: Application<AppTurnState>, deps: BotDeps): void {
  onCardVerb(app, 'question.meeting.new', async (context) => {
    const ctx = questionContext(deps);
    if (!mayOpen(ctx, toActor(context.activity))) return notChair;
    return meetingFormCard(ctx, {}, {}, knownCommittees(ctx, toActor(context.activity)));
  });

  onCardVerb(app, 'question.meeting.create', async (context, data) => {
    const input = meetingData.safeParse(data);
    if (!input.success) return staleCard;
    const ctx = questionContext(deps);
    if (!mayOpen(ctx, toActor(context.activity))) return notChair;
    const parsed = readMeeting(input.data, today(ctx));
    if (!parsed.ok) return meetingFormCard(ctx, input.data, { ...parsed.problems, form: 'Put right the fields marked below.' }, knownCommittees(ctx, toActor(context.activity)));
    return openFormCard(ctx, parsed.meeting, suggestedValues(undefined, parsed.meeting.date), {
      inChannel: !!sharedConversationId(context),
      data: { meeting: input.data },
    });
  });

  onCardVerb(app, 'question.open.form', async (context, data) => {
    const ctx = questionContext(deps);
    if (!mayOpen(ctx, toActor(context.activity))) return notChair;
    const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
    const found = await catalogueMeeting(ctx, meetingId);
    if (!found) return meetingsCard(ctx, await openableMeetings(ctx), 'Choose a meeting from the list.');
    return openFormCard(ctx, found.meeting, suggestedValues(found.rules, found.meeting.date), {
      ...(found.rules ? { packRule: found.rules.raw } : {}),
      inChannel: !!sharedConversationId(context),
      data: { meetingId },
    });
  });

  onCardVerb(app, 'question.open', async (context, data) => {
    const parsed = openData.safeParse(data);
    if (!parsed.success) return staleCard;
    const input = parsed.data;
    const ctx = questionContext(deps);
    let meeting: QuestionMeeting;
    let packRule: string | undefined;
    if (input.meeting) {
      const created = readMeeting(input.meeting, today(ctx));
      if (!created.ok) return meetingFormCard(ctx, input.meeting, { ...created.problems, form: 'Put right the fields marked below.' }, knownCommittees(ctx, toActor(context.activity)));
      meeting = created.meeting;
    } else {
      const found = await catalogueMeeting(ctx, input.meetingId ?? '');
      if (!found) return staleCard;
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
    const channel = sharedConversationId(context);
    const result = await openWindow(ctx, toActor(context.activity), meeting, { ...values, ...(channel ? { channelConversationId: channel } : {}) });
    deps.logger.info({ verb: 'question.open', outcome: result.kind, meetingId: meeting.id }, 'question window');
    switch (result.kind) {
      case 'refused':
        return result.message;
      case 'problems':
        return openFormCard(ctx, meeting, values, {
          problems: { form: 'Nothing is open yet: put right what is marked below.', ...result.problems },
          ...(packRule ? { packRule } : {}),
          inChannel: !!channel,
          data: input.meeting ? { meeting: input.meeting } : { meetingId: meeting.id },
        });
      case 'exists':
        return noticeCard(ctx, {
          title: 'Questions are already open for this meeting',
          intro: plainText(`${meetingTitle(result.window.meeting)}: questions close at ${formatDeadline(result.window.deadline, ctx.timeZone)}.`),
          actions: [action('Question queue', 'question.queue', { windowId: result.window.id })],
        });
      case 'opened': {
        const w = result.window;
        const posted = result.channelPosted ? 'The Submit a question card is being posted in this conversation.' : '';
        const { queued, unreachable } = result.members;
        const none = queued === 0 && unreachable.length === 0;
        const members = !values.notifyMembers ? '' : none ? 'No members of this committee are in the directory to tell.' : toldSentence(result.members);
        return noticeCard(ctx, {
          title: 'Questions are open',
          intro: plainText(meetingTitle(w.meeting)),
          facts: [
            { title: 'Deadline', value: formatDeadline(w.deadline, ctx.timeZone) },
            { title: 'Rule', value: result.rule },
            { title: 'Per member', value: `Up to ${w.maxPerMember}, of up to ${w.maxLength} characters` },
          ],
          note: [posted, members].filter(Boolean).join(' '),
          actions: [action('Question queue', 'question.queue', { windowId: w.id })],
        });
      }
    }
  });
}
