import { plainText } from '../../cards/text';
import type { Actor } from '../../domain/directory';
import { meetingTitle, type QuestionWindow } from '../../domain/questions';
import type { QuestionPack } from '../../domain/questions-pack';
import { type QuestionContext, type Refused, refused, whoIs } from './context';
import { listAcceptedQuestions } from './list-accepted-questions';
import { findWindow } from './meetings';

/**
 * "what questions are in for the 2 March meeting?": the accepted questions of the meeting a phrase
 * names, for people in the directory; otherwise what is wrong (which meeting, or none gathered).
 */
export async function acceptedForMeeting(ctx: QuestionContext, actor: Actor, phrase: string): Promise<{ kind: 'accepted'; window: QuestionWindow; pack: QuestionPack } | Refused> {
  if (!whoIs(ctx, actor).person) return refused("I can only show questions to people in the council's directory. Ask democratic services to add you.");
  const found = await findWindow(ctx, phrase);
  if (found.kind === 'ambiguous') {
    const list = found.windows.map((w) => meetingTitle(w.meeting)).join('; ');
    return refused(plainText(`More than one meeting matches: ${list}. Say the committee or the year too.`));
  }
  if (found.kind === 'none') {
    return refused(plainText(`No questions have been gathered in Teams for ${found.dateText ? `a meeting on ${found.dateText}` : `"${phrase}"`}.`));
  }
  const listed = await listAcceptedQuestions(ctx.questions, found.window.meeting.id);
  if (!listed) return refused('No questions have been gathered for that meeting.');
  return { kind: 'accepted', ...listed };
}
