import { plainText } from '../../cards/text';
import type { Question, QuestionPerson, QuestionWindow } from '../../domain/questions';
import type { QuestionContext } from './context';
import { type Delivery, questionMessageKey, tellPeople } from './notify';
import { action } from '../../views/questions/format';
import { noticeCard, questionFacts } from '../../views/questions/notice-card';

export interface AskerNotice {
  title: string;
  intro: string;
  /** Extra quoted text after the question: a reason, an answer. */
  quotes?: { label: string; text: string }[];
  note?: string;
  /** Names the change, for the message's idempotency key. */
  step: string;
}

/** Tells every asker of a question (all of them, after a merge) what happened to it. */
export async function tellAskers(
  ctx: QuestionContext,
  window: QuestionWindow,
  q: Question,
  notice: AskerNotice,
  askers: QuestionPerson[] = q.askers,
): Promise<Delivery> {
  const card = noticeCard(ctx, {
    title: notice.title,
    intro: notice.intro,
    facts: questionFacts(window, q),
    quotes: [{ label: 'The question', text: plainText(q.text) }, ...(notice.quotes ?? [])],
    note: notice.note ?? '',
    actions: [action('My questions', 'question.mine')],
  });
  return tellPeople(ctx, askers, card, questionMessageKey(q, notice.step));
}
