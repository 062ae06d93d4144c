import * as chrono from 'chrono-node';
import type { Application } from '@microsoft/teams-ai';
import { plainText } from '../../cards/text';
import { meetingTitle } from '../../domain/questions';
import { whoIs } from '../../services/questions/context';
import { listAcceptedQuestions } from '../../services/questions/list-accepted-questions';
import { findWindow } from '../../services/questions/meetings';
import { questionQueue } from '../../services/questions/question-queue';
import { questionsForMe } from '../../services/questions/questions-for-me';
import { answerCard } from '../../views/questions/answer-card';
import { acceptedCard, queueCard } from '../../views/questions/list-cards';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { meetingPicker, registerOpenVerbs } from './questions-open';
import { isPersonal, sendConsentCard } from './papers';
import { packReply, registerReviewVerbs } from './questions-review';
import { askForm, mine, registerSubmitVerbs } from './questions-submit';
import { sendReply } from './card-verbs';
import { questionContext } from './questions-verbs';

// NOTE: teams-ai keywords are substring matches, so every command is an anchored RegExp.
/** Answer cards "questions for me" sends at most, so a turn stays short. */
const MAX_ANSWER_CARDS = 5;

export const openQuestionsCommand = /^\s*open\s+(?:the\s+)?questions?(?:\s+window)?\s*[.!]*\s*$/i;
export const askQuestionCommand = /^\s*(?:ask|submit|write)\s+a\s+question\s*[.!]*\s*$/i;
export const myQuestionsCommand = /^\s*my\s+questions\s*[.!?]*\s*$/i;
export const questionsForMeCommand = /^\s*(?:(?:which|what)\s+)?questions\s+(?:are\s+)?(?:for|assigned\s+to|sent\s+to)\s+me\s*[.!?]*\s*$/i;
export const queueCommand = /^\s*(?:question\s+queue|review\s+questions)(?:\s+for\s+(.+?))?\s*[.!?]*\s*$/i;
export const packCommand = /^\s*question\s+pack(?:\s+for\s+(.+?))?\s*[.!?]*\s*$/i;
const acceptedPattern = /^\s*(?:(?:what|which)\s+)?questions\s+(?:are\s+|have\s+been\s+)?(?:(?:put\s+)?in\s+|accepted\s+)?for\s+(.+?)\s*[?.!]*\s*$/i;

/**
 * "what questions are in for the 2 March meeting?": only when the phrase names a meeting (a date, or
 * the word meeting or committee), so free-text questions such as "questions for the portfolio
 * holder about fostering" are left to members ask.
 */
export function acceptedQuestionsPhrase(text: string): string | undefined {
  const phrase = acceptedPattern.exec(text)?.[1];
  if (!phrase) return undefined;
  const dated = chrono.en.GB.parse(phrase).some((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  return dated || /\b(meeting|committee)\b/i.test(phrase) ? phrase : undefined;
}

/** Chairs gather questions: the commands, and the card verbs of every step. */
export function registerQuestions(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Anyone', usage: 'ask a question', summary: 'Submit a question to a meeting that is taking them.' });
  deps.commands.add({ audience: 'Anyone', usage: 'my questions', summary: 'Your questions and what has happened to them; edit or withdraw before the deadline.' });
  deps.commands.add({ audience: 'Anyone', usage: 'questions for me', summary: 'Officers: the questions the chair sent you for a written answer, each with its answer box.' });
  deps.commands.add({ audience: 'Anyone', usage: 'questions for 2 March', summary: 'The accepted questions for a meeting, by agenda item.' });
  deps.commands.add({ audience: 'Chairs and democratic services', usage: 'open questions', summary: 'Open a meeting for questions: deadline (working days or a date) and limits.' });
  deps.commands.add({ audience: 'Chairs and democratic services', usage: 'question queue', summary: 'The questions in, by agenda item: accept, reject, merge, send to an officer.' });
  deps.commands.add({ audience: 'Chairs and democratic services', usage: 'question pack', summary: 'The pack for the supplementary agenda, grouped and numbered, as a Word file.' });

  registerOpenVerbs(app, deps);
  registerSubmitVerbs(app, deps);
  registerReviewVerbs(app, deps);

  app.message(openQuestionsCommand, async (context) => sendReply(context, await meetingPicker(deps, toActor(context.activity))));
  app.message(askQuestionCommand, async (context) => sendReply(context, await askForm(deps, toActor(context.activity))));
  app.message(myQuestionsCommand, async (context) => sendReply(context, await mine(deps, toActor(context.activity))));
  app.message(questionsForMeCommand, async (context) => {
    const ctx = questionContext(deps);
    const waiting = await questionsForMe(ctx, toActor(context.activity));
    if (waiting.length === 0) return sendReply(context, 'No questions are waiting for a written answer from you.');
    const shown = waiting.slice(0, MAX_ANSWER_CARDS);
    const more = waiting.length > shown.length ? ` Here are the ${shown.length} due soonest.` : '';
    await sendReply(context, `${waiting.length === 1 ? 'One question is' : `${waiting.length} questions are`} waiting for your written answer.${more}`);
    for (const { window, question } of shown) await sendReply(context, answerCard(ctx, window, question));
  });

  app.message(queueCommand, async (context) => {
    const ctx = questionContext(deps);
    const phrase = queueCommand.exec(context.activity.text ?? '')?.[1];
    let windowId: string | undefined;
    if (phrase) {
      const found = await findWindow(ctx, phrase);
      if (found.kind !== 'found') return sendReply(context, `I can't find questions for "${phrase}". Type question queue for your next meeting.`);
      windowId = found.window.id;
    }
    const result = await questionQueue(ctx, toActor(context.activity), windowId);
    await sendReply(context, result.kind === 'refused' ? result.message : queueCard(ctx, result.window, result.questions));
  });

  app.message(packCommand, async (context) => {
    const ctx = questionContext(deps);
    const found = await findWindow(ctx, packCommand.exec(context.activity.text ?? '')?.[1] ?? '');
    if (found.kind !== 'found') return sendReply(context, 'I can\'t tell which meeting\'s pack you mean: say the date, for example "question pack for 9 April".');
    const reply = await packReply(deps, context, found.window.id);
    await sendReply(context, reply);
    // The pack is for the supplementary agenda: in a 1:1 chat the Word file follows at once.
    if (typeof reply !== 'string' && isPersonal(context)) await sendConsentCard(context, deps, { kind: 'question-pack', windowId: found.window.id });
  });

  app.message(
    async (context) => context.activity.type === 'message' && !!acceptedQuestionsPhrase(context.activity.text ?? ''),
    async (context) => {
      const ctx = questionContext(deps);
      const phrase = acceptedQuestionsPhrase(context.activity.text ?? '') ?? '';
      const { person } = whoIs(ctx, toActor(context.activity));
      if (!person) return sendReply(context, 'I can only show questions to people in the council\'s directory. Ask democratic services to add you.');
      const found = await findWindow(ctx, phrase);
      if (found.kind === 'ambiguous') {
        const list = found.windows.map((w) => meetingTitle(w.meeting)).join('; ');
        return sendReply(context, plainText(`More than one meeting matches: ${list}. Say the committee or the year too.`));
      }
      if (found.kind === 'none') {
        return sendReply(context, plainText(`No questions have been gathered in Teams for ${found.dateText ? `a meeting on ${found.dateText}` : `"${phrase}"`}.`));
      }
      const listed = await listAcceptedQuestions(ctx.questions, found.window.meeting.id);
      if (!listed) return sendReply(context, 'No questions have been gathered for that meeting.');
      await sendReply(context, acceptedCard(ctx, listed.window, listed.pack));
    },
  );
}
