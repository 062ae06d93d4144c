import type { CardJson } from '../cards/render';

/** A result card that replaces the pressed card for everyone in the conversation, not only the presser. */
export class ForAll {
  constructor(readonly card: CardJson) {}
}

/**
 * What a card verb (or a typed command) answers: a sentence, a card for the person who asked (a form,
 * a choice, a chair's decision), or a result everyone should see ({@link ForAll}).
 */
export type CardReply = string | CardJson | ForAll;

export const forAll = (card: CardJson): ForAll => new ForAll(card);
