import { plainText } from '../../cards/text';
import type { Actor } from '../../domain/directory';
import { hasRole } from '../../domain/directory';
import { type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { assign } from '../../domain/questions-review';
import { asQuestionPerson, nowIso, type QuestionContext, type Refused, today } from './context';
import { addDelivery, type Delivery, questionMessageKey, tellPeople } from './notify';
import { reviewerAccess } from './reviewer-access';
import { tellAskers } from './tell-askers';
import { answerCard } from '../../views/questions/answer-card';
import { longDate } from '../../views/questions/format';

export type AssignResult =
  | { kind: 'done'; window: QuestionWindow; question: Question; summary: string; told: Delivery }
  | { kind: 'problem' | 'stale'; window: QuestionWindow; question: Question; problem: string }
  | Refused;

/**
 * The chair sends a question to an officer for a written answer by a date: the officer gets the
 * answer card, the askers are told. `officerKey` is the officer's Entra id or e-mail (from the card).
 */
export async function assignAnswer(ctx: QuestionContext, actor: Actor, questionId: string, version: number | undefined, officerKey: string, due: string): Promise<AssignResult> {
  const access = await reviewerAccess(ctx, actor, questionId, version);
  if (access.kind !== 'ok') return access;
  const { window, question: q, who } = access;
  const key = officerKey.trim().toLowerCase();
  const officer = ctx.directory.people.find(
    (p) => hasRole(p, 'officer') && (p.aadObjectId?.toLowerCase() === key || p.email?.toLowerCase() === key),
  );
  if (!officer) return { kind: 'problem', window, question: q, problem: 'Choose an officer from the list.' };
  const at = nowIso(ctx);
  const step = assign(q, asQuestionPerson(officer), due, today(ctx), at);
  if (!step.ok) return { kind: 'problem', window, question: q, problem: step.problem };
  const saved = await ctx.questions.saveQuestions([step.question], [
    { windowId: window.id, questionId: q.id, kind: 'answer-requested', by: who, at, detail: { officer: officer.name, due } },
  ]);
  if (saved.kind === 'conflict') return { kind: 'stale', window, question: saved.current, problem: `${questionRef(q)} changed a moment ago; nothing was sent.` };
  const question = saved.questions[0]!;
  let told = await tellPeople(ctx, [asQuestionPerson(officer)], answerCard(ctx, window, question), questionMessageKey(question, 'answer-requested'));
  told = addDelivery(
    told,
    await tellAskers(ctx, window, question, {
      title: `Your question ${questionRef(question)} is being answered in writing`,
      intro: plainText(`The chair has asked ${officer.name} for a written answer by ${longDate(due)}. You will see it once the chair approves it.`),
      step: 'answer-requested',
    }),
  );
  return { kind: 'done', window, question, summary: plainText(`Sent to ${officer.name} for an answer by ${longDate(due)}.`), told };
}
