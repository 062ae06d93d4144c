import type { Application } from '@microsoft/teams-ai';
import { chooseMeeting, createMeeting, meetingPicker, newMeeting } from '../../services/questions/choose-meeting';
import { openFromCard } from '../../services/questions/open-from-card';
import { openingStepCard, openResultCard } from '../../views/questions/opening-cards';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { staleCard } from '../verbs';
import { type CardReply, onCardVerb } from './card-verbs';
import { questionContext, sharedConversationId } from './questions-verbs';

/** Step 1 of opening: the meeting picker (chairs and democratic services only). */
export async function openingPicker(deps: BotDeps, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const ctx = questionContext(deps);
  return openingStepCard(ctx, await meetingPicker(ctx, actor), false);
}

/** Opening questions: meeting picker, a meeting typed in, the deadline and limits, then open. */
export function registerOpenVerbs(app: Application<AppTurnState>, deps: BotDeps): void {
  onCardVerb(app, 'question.meeting.new', async (context) => {
    const ctx = questionContext(deps);
    return openingStepCard(ctx, newMeeting(ctx, toActor(context.activity)), false);
  });

  onCardVerb(app, 'question.meeting.create', async (context, input) => {
    const ctx = questionContext(deps);
    return openingStepCard(ctx, createMeeting(ctx, toActor(context.activity), input), !!sharedConversationId(context));
  });

  onCardVerb(app, 'question.open.form', async (context, { meetingId }) => {
    const ctx = questionContext(deps);
    return openingStepCard(ctx, await chooseMeeting(ctx, toActor(context.activity), meetingId), !!sharedConversationId(context));
  });

  onCardVerb(app, 'question.open', async (context, input) => {
    const ctx = questionContext(deps);
    const channel = sharedConversationId(context);
    const opened = await openFromCard(ctx, toActor(context.activity), input, channel);
    if (opened.kind === 'stale') return staleCard;
    if (opened.kind === 'meeting-form') return openingStepCard(ctx, opened, !!channel);
    deps.logger.info({ verb: 'question.open', outcome: opened.result.kind, meetingId: opened.meeting.id }, 'question window');
    return openResultCard(ctx, opened, !!channel, input.meeting ? { meeting: input.meeting } : { meetingId: opened.meeting.id });
  });
}
