import type { CardJson } from '../../cards/render';
import type { QueueResult } from '../../services/questions/question-queue';
import type { PackForChair } from '../../services/questions/pack-for-chair';
import type { ReviewReply } from '../../services/questions/review-step';
import type { WriteAnswerResult } from '../../services/questions/write-answer';
import type { ViewClock } from '../view-deps';
import { answerCard } from './answer-card';
import { toldSentence } from './format';
import { queueCard } from './list-cards';
import { packCard } from './pack-card';
import { reviewCard } from './review-card';

type Reply = CardJson | string;

/** The review card as it is now, with what just happened (or what stopped it, and what was typed). */
export function reviewReply(view: ViewClock, reply: ReviewReply, typed?: { reason?: string; note?: string }): Reply {
  if (reply.kind === 'refused') return reply.message;
  const { done } = reply;
  return reviewCard(view, {
    ...reply.state,
    ...(done ? { result: `${done.summary} ${toldSentence(done.told)}` } : { problem: reply.problem ?? '', ...(typed ? { typed } : {}) }),
  });
}

/** An officer's answer: sent for approval, or the answer card again with the problem and the draft. */
export function answerReply(view: ViewClock, outcome: WriteAnswerResult): Reply {
  if (outcome.kind === 'refused') return outcome.message;
  if (outcome.kind === 'done') return answerCard(view, outcome.window, outcome.question, { result: 'Sent to the chair for approval. You will hear if they send it back.' });
  return answerCard(view, outcome.window, outcome.question, { problem: outcome.problem, draft: outcome.draft });
}

/** The chair's queue, or why not. */
export function queueReply(view: ViewClock & { now: Date }, result: QueueResult): Reply {
  return result.kind === 'refused' ? result.message : queueCard(view, result.window, result.questions);
}

/** The pack card (with the Word file's button, or the file below it in a 1:1 chat), or why not. */
export function packReply(view: ViewClock, found: Exclude<PackForChair, { kind: 'stale' }>, personal: boolean): Reply {
  return found.kind === 'refused' ? found.message : packCard(view, found.window, found.pack, personal);
}
