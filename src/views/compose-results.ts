import type { CardRenderer } from '../cards/render';
import { clip } from '../domain/clip';
import { cleanText } from '../domain/typed-text';
import type { Answer } from '../services/ask/answer-types';
import { renderAnswerCard } from './ask-card';

/** Teams' limit on a message extension's result card, in bytes of JSON. */
export const MAX_RESULT_CARD_BYTES = 28_000;

/** A message extension's answer, as botbuilder's MessagingExtensionResult has it (plain data; the teams layer sends it). */
export type ComposeResult =
  | { type: 'message'; text: string }
  | { type: 'result'; attachmentLayout: 'list'; attachments: { contentType: string; content: unknown; preview?: { contentType: string; content: unknown } }[] };

/** Preview text is shown as HTML by Teams: the answer's words as text, never markup. */
const asText = (text: string, max: number) => clip(cleanText(text), max).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const composeMessage = (text: string): ComposeResult => ({ type: 'message', text });

/** The answer card as inserted in a message: no buttons that would post back into a chat the bot may not be in. */
function answerAttachment(cards: CardRenderer, answer: Answer) {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: renderAnswerCard(cards, { ...answer, choices: [] }) };
}

const fits = (attachment: { content: unknown }) => Buffer.byteLength(JSON.stringify(attachment.content)) <= MAX_RESULT_CARD_BYTES;

/** The search's results: a preview (title and headline) for each answer, the answer card behind it. */
export function composeResults(cards: CardRenderer, q: string, answers: Answer[]): ComposeResult {
  // NOTE: a card too big for Teams to insert is left out; its index still names it on selectItem.
  const kept = answers.map((answer, n) => ({ answer, n, attachment: answerAttachment(cards, answer) })).filter(({ attachment }) => fits(attachment));
  if (kept.length === 0) return composeMessage('The answer is too long to put in a message. Ask me in a chat instead, where it comes a page at a time.');
  return {
    type: 'result',
    attachmentLayout: 'list',
    attachments: kept.map(({ answer, n, attachment }) => ({
      ...attachment,
      preview: {
        contentType: 'application/vnd.microsoft.card.thumbnail',
        content: { title: asText(answer.title, 80), text: asText(answer.headline, 160), tap: { type: 'invoke', value: { q, n } } },
      },
    })),
  };
}

/** The one answer picked, as inserted in the message. */
export function composePicked(cards: CardRenderer, answer: Answer): ComposeResult {
  const attachment = answerAttachment(cards, answer);
  if (!fits(attachment)) return composeMessage('The answer is too long to put in a message. Ask me in a chat instead.');
  return { type: 'result', attachmentLayout: 'list', attachments: [attachment] };
}
