import type { Actor } from '../../domain/directory';
import { type QuestionContext, refused } from './context';
import { findWindow } from './meetings';
import { questionQueue, type QueueResult } from './question-queue';

/** "question queue" (the next meeting's) or "question queue for 2 March": the queue of the meeting a phrase names. */
export async function queueForMeeting(ctx: QuestionContext, actor: Actor, phrase?: string): Promise<QueueResult> {
  let windowId: string | undefined;
  if (phrase) {
    const found = await findWindow(ctx, phrase);
    if (found.kind !== 'found') return refused(`I can't find questions for "${phrase}". Type question queue for your next meeting.`);
    windowId = found.window.id;
  }
  return questionQueue(ctx, actor, windowId);
}
