import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle, type QuestionWindow } from '../../domain/questions';
import type { QuestionPack } from '../../domain/questions-pack';
import type { ViewClock } from '../view-deps';
import { paperAction } from '../paper-action';

const questions = (n: number) => `${n} question${n === 1 ? '' : 's'}`;

/**
 * The pack for the chair: how many questions under each agenda item, and the Word file for the
 * supplementary agenda (in a 1:1 chat the file consent card follows this card; elsewhere the button
 * sends it to the chair's 1:1 chat: see routes/papers.ts).
 */
export function packCard(view: ViewClock, window: QuestionWindow, pack: QuestionPack, personal: boolean): CardJson {
  const action = paperAction({ kind: 'question-pack', windowId: window.id });
  return view.cards.render('question-pack', {
    title: plainText(`Question pack: ${meetingTitle(window.meeting)}`),
    intro: `${pack.count} accepted question${pack.count === 1 ? '' : 's'}, grouped by agenda item and numbered in order of receipt, with approved written answers.`,
    items: pack.groups.map((g) => ({ item: plainText(`Item ${g.item.number}: ${g.item.title}`), questions: questions(g.entries.length) })),
    note: personal
      ? 'The Word file is the pack for the supplementary agenda: it is below, or press Word file to have it again.'
      : 'The Word file is the pack for the supplementary agenda: the button sends it to your 1:1 chat with me (Teams sends files only there).',
    paperTitle: action.title,
    paper: action.data.paper,
    windowId: window.id,
  });
}
