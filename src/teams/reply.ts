import { type Activity, CardFactory } from 'botbuilder';
import type { CardJson } from '../cards/render';

/** A message carrying one Adaptive Card (never text and a card together: Teams would split them). */
export function cardMessage(card: CardJson): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
