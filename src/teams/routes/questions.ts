import * as chrono from 'chrono-node';
import type { Application } from '@microsoft/teams-ai';
import { acceptedForMeeting } from '../../services/questions/accepted-for-meeting';
import { queueForMeeting } from '../../services/questions/queue-for-meeting';
import { questionsForMe } from '../../services/questions/questions-for-me';
import { questionsForMeReplies } from '../../views/questions/for-me';
import { acceptedCard } from '../../views/questions/list-cards';
import { queueReply } from '../../views/questions/review-replies';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { openingPicker, registerOpenVerbs } from './questions-open';
import { sendConsentCard } from './papers';
import { packCard, registerReviewVerbs } from './questions-review';
import { askForm, mine, registerSubmitVerbs } from './questions-submit';
import { sendReply } from './card-verbs';
import { questionContext } from './questions-verbs';

// NOTE: teams-ai keywords are substring matches, so every command is an anchored RegExp.
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

  app.message(openQuestionsCommand, async (context) => sendReply(context, await openingPicker(deps, toActor(context.activity))));
  app.message(askQuestionCommand, async (context) => sendReply(context, await askForm(deps, toActor(context.activity))));
  app.message(myQuestionsCommand, async (context) => sendReply(context, await mine(deps, toActor(context.activity))));
  app.message(questionsForMeCommand, async (context) => {
    const ctx = questionContext(deps);
    for (const reply of questionsForMeReplies(ctx, await questionsForMe(ctx, toActor(context.activity)))) await sendReply(context, reply);
  });

  app.message(queueCommand, async (context) => {
    const ctx = questionContext(deps);
    const phrase = queueCommand.exec(context.activity.text ?? '')?.[1];
    await sendReply(context, queueReply(ctx, await queueForMeeting(ctx, toActor(context.activity), phrase)));
  });

  app.message(packCommand, async (context) => {
    const { reply, fileFor } = await packCard(deps, context, { phrase: packCommand.exec(context.activity.text ?? '')?.[1] ?? '' });
    await sendReply(context, reply);
    // The pack is for the supplementary agenda: in a 1:1 chat the Word file follows at once.
    if (fileFor) await sendConsentCard(context, deps, { kind: 'question-pack', windowId: fileFor });
  });

  app.message(
    async (context) => context.activity.type === 'message' && !!acceptedQuestionsPhrase(context.activity.text ?? ''),
    async (context) => {
      const ctx = questionContext(deps);
      const phrase = acceptedQuestionsPhrase(context.activity.text ?? '') ?? '';
      const found = await acceptedForMeeting(ctx, toActor(context.activity), phrase);
      await sendReply(context, found.kind === 'refused' ? found.message : acceptedCard(ctx, found.window, found.pack));
    },
  );
}
