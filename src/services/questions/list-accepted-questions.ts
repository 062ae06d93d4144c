import type { QuestionWindow } from '../../domain/questions';
import { buildPack, type QuestionPack } from '../../domain/questions-pack';
import type { QuestionStore } from '../../store/ports';

/**
 * The accepted questions for a meeting (grouped by agenda item, numbered in order of receipt), for
 * "what questions are in for the 2 March meeting?". Undefined when no questions were gathered for it.
 */
export async function listAcceptedQuestions(
  questions: QuestionStore,
  meetingId: string,
): Promise<{ window: QuestionWindow; pack: QuestionPack } | undefined> {
  const window = await questions.windowForMeeting(meetingId);
  if (!window) return undefined;
  return { window, pack: buildPack(window, await questions.listQuestions(window.id)) };
}
