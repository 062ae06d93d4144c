import type { Actor } from '../../domain/directory';
import type { QuestionWindow } from '../../domain/questions';
import type { QuestionPack } from '../../domain/questions-pack';
import { canRunWindow } from '../../domain/questions-rules';
import { type QuestionContext, type Refused, refused, whoIs } from './context';
import { findWindow } from './meetings';
import { questionPack } from './question-pack';

export type PackForChair = { kind: 'pack'; window: QuestionWindow; pack: QuestionPack } | { kind: 'stale' } | Refused;

/**
 * A window's question pack for its chair or democratic services: the window a card names, or the
 * meeting a typed phrase names ("question pack for 9 April").
 */
export async function packForChair(ctx: QuestionContext, actor: Actor, which: { windowId: string } | { phrase: string }): Promise<PackForChair> {
  let windowId: string;
  if ('phrase' in which) {
    const found = await findWindow(ctx, which.phrase);
    if (found.kind !== 'found') return refused('I can\'t tell which meeting\'s pack you mean: say the date, for example "question pack for 9 April".');
    windowId = found.window.id;
  } else windowId = which.windowId;
  const found = await questionPack(ctx.questions, windowId);
  if (!found) return { kind: 'stale' };
  if (!canRunWindow(whoIs(ctx, actor).person, found.window.meeting.body)) {
    return refused(`Only the chair of the ${found.window.meeting.body} or democratic services can publish its question pack.`);
  }
  return { kind: 'pack', window: found.window, pack: found.pack };
}
