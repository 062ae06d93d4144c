import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle, type QuestionWindow } from '../../domain/questions';
import type { QuestionPack } from '../../domain/questions-pack';
import type { ViewClock } from '../../services/questions/views/form-card';

// NOTE: Teams caps a bot message near 100 KB (40 KB to be safe); a longer pack is cut with a pointer
// to the Word file, which has no such limit.
const MAX_MARKDOWN = 24_000;

/**
 * The pack for the chair: the Markdown as text to copy (shown literally, not rendered), and how to get
 * the Word version. Sending a file in Teams needs file consent in a 1:1 chat, so the .docx comes from
 * `npm run question-pack` (see the README).
 */
export function packCard(view: ViewClock, window: QuestionWindow, pack: QuestionPack, markdown: string): CardJson {
  const cut = markdown.length > MAX_MARKDOWN;
  const shown = cut ? `${markdown.slice(0, MAX_MARKDOWN)}\n...` : markdown;
  return view.cards.render('question-pack', {
    title: plainText(`Question pack: ${meetingTitle(window.meeting)}`),
    intro: `${pack.count} accepted question${pack.count === 1 ? '' : 's'}, grouped by agenda item and numbered in order of receipt, with approved written answers.${cut ? ' The pack is too long for one card: it is cut short here.' : ''} Copy the Markdown below; for Word, ask an administrator.`,
    markdown: plainText(shown),
    note: plainText(`Word (.docx) for the supplementary agenda: npm run question-pack -- ${window.meeting.id}`),
    windowId: window.id,
  });
}
