import type { Actor } from '../../domain/directory';
import type { Question, QuestionWindow } from '../../domain/questions';
import { canRunWindow } from '../../domain/questions-rules';
import type { ConversationStore } from '../../store/ports';
import { questionReviewers, teamsUserIds } from '../card-viewers';
import { type QuestionContext, type Refused, refused, whoIs } from './context';
import { findQuestion } from './find-question';
import { reviewState, type ReviewState } from './review-state';

/**
 * A question's card in a chat: the review controls for the committee's chair and democratic services,
 * the question (once accepted) for everyone else, and who gets another view on refresh.
 */
export type QuestionCard =
  | { kind: 'review'; state: ReviewState; userIds: string[] }
  | { kind: 'status'; window: QuestionWindow; question: Question; userIds: string[] };

type Ctx = QuestionContext & { conversations: ConversationStore };

async function cardFor(ctx: Ctx, window: QuestionWindow, question: Question, reviewer: boolean, poster?: Actor): Promise<QuestionCard> {
  const userIds = await teamsUserIds(ctx.conversations, questionReviewers(ctx.directory, window.meeting.body), poster);
  return reviewer ? { kind: 'review', state: await reviewState(ctx, window, question), userIds } : { kind: 'status', window, question, userIds };
}

/** The refresh of a question's card: the person's own view; undefined when the question is gone. */
export async function viewQuestionCard(ctx: Ctx, actor: Actor, questionId: string): Promise<QuestionCard | undefined> {
  const question = await ctx.questions.getQuestion(questionId);
  const window = question && (await ctx.questions.getWindow(question.windowId));
  if (!question || !window) return undefined;
  return cardFor(ctx, window, question, canRunWindow(whoIs(ctx, actor).person, window.meeting.body));
}

/**
 * "question Q3 for 2 March", for people in the directory. In a shared chat everyone gets the members'
 * card and reviewers see theirs on refresh; in a 1:1 chat, the person's own view.
 */
export async function showQuestion(ctx: Ctx, actor: Actor, number: number, phrase: string, shared: boolean): Promise<QuestionCard | Refused> {
  const { person } = whoIs(ctx, actor);
  if (!person) return refused("I can only show questions to people in the council's directory. Ask democratic services to add you.");
  const found = await findQuestion(ctx, number, phrase);
  if (found.kind === 'none') return refused(found.message);
  return cardFor(ctx, found.window, found.question, !shared && canRunWindow(person, found.window.meeting.body), actor);
}
