import { plainText } from '../../cards/text';
import type { Actor } from '../../domain/directory';
import { type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { approveAnswer, returnAnswer } from '../../domain/questions-review';
import { nowIso, type QuestionContext, type Refused } from './context';
import { addDelivery, type Delivery, questionMessageKey, tellPeople } from './notify';
import { reviewerAccess } from './reviewer-access';
import { tellAskers } from './tell-askers';
import { answerCard } from '../../views/questions/answer-card';

export type ApproveResult =
  | { kind: 'done'; window: QuestionWindow; question: Question; summary: string; told: Delivery }
  | { kind: 'problem' | 'stale'; window: QuestionWindow; question: Question; problem: string }
  | Refused;

/** The longest note the chair can send back with an answer (the card's own limit). */
const MAX_NOTE = 1000;

/**
 * The chair approves an officer's answer (the askers get it) or sends it back with a note (the
 * officer gets the answer card again, with their text and the note).
 */
export async function decideAnswer(
  ctx: QuestionContext,
  actor: Actor,
  questionId: string,
  version: number | undefined,
  decision: { kind: 'approve' } | { kind: 'return'; note: string },
): Promise<ApproveResult> {
  const access = await reviewerAccess(ctx, actor, questionId, version);
  if (access.kind !== 'ok') return access;
  const { window, question: q, who } = access;
  const at = nowIso(ctx);
  const noteLength = decision.kind === 'return' ? decision.note.trim().length : 0;
  if (noteLength > MAX_NOTE) {
    return { kind: 'problem', window, question: q, problem: `Keep the note to the officer under ${MAX_NOTE} characters (it has ${noteLength}).` };
  }
  const step = decision.kind === 'approve' ? approveAnswer(q, at) : returnAnswer(q, decision.note, at);
  if (!step.ok) return { kind: 'problem', window, question: q, problem: step.problem };
  const kind = decision.kind === 'approve' ? 'answer-approved' : 'answer-returned';
  const saved = await ctx.questions.saveQuestions([step.question], [
    { windowId: window.id, questionId: q.id, kind, by: who, at, detail: decision.kind === 'return' ? { note: step.question.answer?.note } : {} },
  ]);
  if (saved.kind === 'conflict') return { kind: 'stale', window, question: saved.current, problem: `${questionRef(q)} changed a moment ago; nothing was saved.` };
  const question = saved.questions[0]!;
  const officer = question.answer!.officer;
  const ref = questionRef(question);
  if (decision.kind === 'return') {
    const told = await tellPeople(ctx, [officer], answerCard(ctx, window, question), questionMessageKey(question, 'answer-returned'));
    return { kind: 'done', window, question, summary: plainText(`Sent back to ${officer.name} with your note.`), told };
  }
  let told = await tellAskers(ctx, window, question, {
    title: `Your question ${ref} has a written answer`,
    intro: 'The chair approved this answer.',
    quotes: [{ label: plainText(`Answer from ${officer.name}`), text: plainText(question.answer?.text ?? '') }],
    step: 'answer-approved',
  });
  told = addDelivery(told, await tellPeople(ctx, [officer], answerCard(ctx, window, question), questionMessageKey(question, 'answer-approved')));
  return { kind: 'done', window, question, summary: 'Answer approved and sent to the askers.', told };
}
