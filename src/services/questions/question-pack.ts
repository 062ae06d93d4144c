import type { QuestionWindow } from '../../domain/questions';
import { buildPack, packMarkdown, type QuestionPack } from '../../domain/questions-pack';
import type { QuestionStore } from '../../store/ports';

/** The pack for a window: accepted questions by agenda item, numbered, with approved answers; and its Markdown. */
export async function questionPack(
  questions: QuestionStore,
  windowId: string,
): Promise<{ window: QuestionWindow; pack: QuestionPack; markdown: string } | undefined> {
  const window = await questions.getWindow(windowId);
  if (!window) return undefined;
  const pack = buildPack(window, await questions.listQuestions(window.id));
  return { window, pack, markdown: packMarkdown(pack) };
}
