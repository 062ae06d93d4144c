import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle } from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';
import type { OpeningStep } from '../../services/questions/choose-meeting';
import type { OpenFromCard } from '../../services/questions/open-from-card';
import type { ViewClock } from '../view-deps';
import { action, toldSentence } from './format';
import { noticeCard } from './notice-card';
import { meetingFormCard, meetingsCard, openFormCard } from './open-cards';

/** A step of opening questions as its card (the picker, the meeting form, the open form), or why not. */
export function openingStepCard(view: ViewClock, step: OpeningStep, inChannel: boolean): CardJson | string {
  switch (step.kind) {
    case 'refused':
      return step.message;
    case 'meetings':
      return meetingsCard(view, step.meetings, step.problem);
    case 'meeting-form':
      return meetingFormCard(view, step.input, step.problems, step.committees);
    case 'open-form':
      return openFormCard(view, step.meeting, step.values, { ...(step.packRule ? { packRule: step.packRule } : {}), inChannel, data: step.data });
  }
}

/** What opening gave: the open form again with its problems, "already open", or "questions are open". */
export function openResultCard(view: ViewClock & { now?: Date }, opened: Exclude<OpenFromCard, { kind: 'stale' | 'meeting-form' }>, inChannel: boolean, data: Record<string, unknown>): CardJson | string {
  const { meeting, values, packRule, result } = opened;
  switch (result.kind) {
    case 'refused':
      return result.message;
    case 'problems':
      return openFormCard(view, meeting, values, {
        problems: { form: 'Nothing is open yet: put right what is marked below.', ...result.problems },
        ...(packRule ? { packRule } : {}),
        inChannel,
        data,
      });
    case 'exists':
      return noticeCard(view, {
        title: 'Questions are already open for this meeting',
        intro: plainText(`${meetingTitle(result.window.meeting)}: questions close at ${formatDeadline(result.window.deadline, view.timeZone)}.`),
        actions: [action('Question queue', 'question.queue', { windowId: result.window.id })],
      });
    case 'opened': {
      const w = result.window;
      const posted = result.channelPosted ? 'The Submit a question card is being posted in this conversation.' : '';
      const { queued, unreachable } = result.members;
      const none = queued === 0 && unreachable.length === 0;
      const members = !values.notifyMembers ? '' : none ? 'No members of this committee are in the directory to tell.' : toldSentence(result.members);
      return noticeCard(view, {
        title: 'Questions are open',
        intro: plainText(meetingTitle(w.meeting)),
        facts: [
          { title: 'Deadline', value: formatDeadline(w.deadline, view.timeZone) },
          { title: 'Rule', value: result.rule },
          { title: 'Per member', value: `Up to ${w.maxPerMember}, of up to ${w.maxLength} characters` },
        ],
        note: [posted, members].filter(Boolean).join(' '),
        actions: [action('Question queue', 'question.queue', { windowId: w.id })],
      });
    }
  }
}
