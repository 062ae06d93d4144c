import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/directory';
import { isLive, type Question, type QuestionEvent, type QuestionWindow } from '../../domain/questions';
import {
  canSubmit,
  checkSubmission,
  duplicateCandidates,
  isPastDeadline,
  isSubmitter,
  type SubmissionInput,
  type SubmissionProblems,
} from '../../domain/questions-rules';
import { DUPLICATE_THRESHOLD, findSimilar } from '../../domain/similarity';
import { nowIso, type QuestionContext, type Refused, refused, whoIs } from './context';
import { tellReviewers } from './tell-reviewers';

export interface SubmitInput extends SubmissionInput {
  windowId: string;
  /** Set when editing a question already in. */
  questionId?: string;
  /** The member saw the similar questions and sends it anyway. */
  confirmSimilar: boolean;
  /** After the deadline: send it to the chair as a late question. */
  late: boolean;
  /** The form's own id: the same form delivered twice is stored once. */
  formId: string;
}

export type SubmitResult =
  | { kind: 'submitted' | 'edited'; window: QuestionWindow; question: Question }
  | { kind: 'problems'; window: QuestionWindow; problems: SubmissionProblems; editing?: Question }
  | { kind: 'similar'; window: QuestionWindow; similar: { question: Question; score: number }[]; editing?: Question }
  | { kind: 'closed'; window: QuestionWindow; editing?: Question }
  | Refused;

/**
 * A member submits (or edits) a question. Every rule the card shows is checked again here: who may,
 * the deadline, their limit, the length, and that the agenda item is the meeting's. A question very
 * like one already in is pointed out before it is sent; once sent anyway, the chair is told.
 */
export async function submitQuestion(ctx: QuestionContext, actor: Actor, input: SubmitInput): Promise<SubmitResult> {
  const { person, who } = whoIs(ctx, actor);
  // The person is part of the key: on old clients one form card in a channel is shared by everyone.
  const key = `question-form:${input.formId}:${who.aadObjectId ?? who.name}`;
  // NOTE: read together (one wait, not two in turn); an unknown window has no questions.
  const [window, all] = await Promise.all([ctx.questions.getWindow(input.windowId), ctx.questions.listQuestions(input.windowId)]);
  if (!window) return refused('That question window no longer exists.');
  if (!canSubmit(person)) return refused('Only councillors listed in the directory can submit questions. Ask democratic services to add you.');
  // Teams redelivers a slow submission: the same form gives back the question it already added. A
  // submission that passes every rule learns that from the addition itself (its key is checked in
  // the same statement); only one that would be turned back asks first (a statement saved per question).
  const unlessAlreadyIn = async (result: SubmitResult): Promise<SubmitResult> => {
    if (input.questionId) return result;
    const already = await ctx.questions.questionForKey(key);
    return already && isSubmitter(already, who.aadObjectId) ? { kind: 'submitted', window, question: already } : result;
  };
  const editing = input.questionId ? all.find((q) => q.id === input.questionId) : undefined;
  if (input.questionId) {
    if (!editing) return refused('That question is not in this window.');
    if (!isSubmitter(editing, who.aadObjectId)) return refused('Only the member who submitted a question can change it.');
    if (!isLive(editing)) return refused(`That question is ${editing.status} and can no longer be changed.`);
  }
  const past = isPastDeadline(window, ctx.now);
  if (past && (editing || !input.late)) return unlessAlreadyIn({ kind: 'closed', window, ...(editing ? { editing } : {}) });

  const mine = all.filter((q) => isSubmitter(q, who.aadObjectId));
  const problems = checkSubmission(window, input, mine, editing);
  if (Object.keys(problems).length > 0) return unlessAlreadyIn({ kind: 'problems', window, problems, ...(editing ? { editing } : {}) });

  const text = input.text.trim();
  const putTo = input.putTo?.trim() || undefined;
  // Every other live question scored once: the member is shown the very alike ones, and the chair's
  // card (the same questions, scored against the same text) takes all of them as merge choices.
  const scored = findSimilar(text, duplicateCandidates(all, editing), (q) => q.text, 0);
  const alike = scored.filter((m) => m.score >= DUPLICATE_THRESHOLD).map((m) => ({ question: m.item, score: m.score }));
  if (alike.length > 0 && !input.confirmSimilar) return unlessAlreadyIn({ kind: 'similar', window, similar: alike, ...(editing ? { editing } : {}) });
  const similar = alike.map((m) => ({ questionId: m.question.id, number: m.question.number, score: Math.round(m.score * 100) / 100 }));
  const at = nowIso(ctx);

  if (editing) {
    const { putTo: _old, ...rest } = editing;
    const changed: Question = { ...rest, agendaItem: input.agendaItem.trim(), text, ...(putTo ? { putTo } : {}), status: 'submitted', similar, updatedAt: at };
    const saved = await ctx.questions.saveQuestions([changed], [
      {
        windowId: window.id,
        questionId: editing.id,
        kind: 'edited',
        by: who,
        at,
        detail: { previous: { agendaItem: editing.agendaItem, text: editing.text, putTo: editing.putTo ?? null, status: editing.status } },
      },
    ]);
    if (saved.kind === 'conflict') return refused('That question changed while you were editing it. Open it again from "my questions".');
    const question = saved.questions[0]!;
    if (similar.length > 0) await tellReviewers(ctx, window, question, 'similar', { all: all.map((q) => (q.id === question.id ? question : q)), scored });
    return { kind: 'edited', window, question };
  }

  const submitted: QuestionEvent = { windowId: window.id, kind: 'submitted', by: who, at, detail: { late: past, agendaItem: input.agendaItem.trim() } };
  const added = await ctx.questions.addQuestion(
    {
      id: randomUUID(),
      windowId: window.id,
      agendaItem: input.agendaItem.trim(),
      text,
      ...(putTo ? { putTo } : {}),
      askers: [who],
      status: 'submitted',
      late: past,
      receivedAt: at,
      updatedAt: at,
      similar,
    },
    submitted,
    key,
  );
  // NOTE: a question just added has one event, the one stored with it: the card needs no read of it.
  const history = [{ ...submitted, questionId: added.question.id }];
  if (added.kind === 'ok' && (past || similar.length > 0)) await tellReviewers(ctx, window, added.question, past ? 'late' : 'similar', { all: [...all, added.question], events: history, scored });
  return { kind: 'submitted', window, question: added.question };
}
