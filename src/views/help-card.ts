import type { CardJson, CardRenderer } from '../cards/render';
import { type CatalogueSummary, emptyCatalogueNote } from '../services/describe-catalogue';

/** `help`: the commands wired up, by audience (as the command catalogue lists them), and how much data is loaded. */
export function helpCard(cards: CardRenderer, sections: { heading: string; commands: { usage: string; summary: string }[] }[], summary: CatalogueSummary): CardJson {
  return cards.render('help', {
    title: 'What I can do',
    intro: 'Type a command in this chat. In a channel or group chat, @mention me first.',
    sections,
    dataNote: summary.isEmpty
      ? emptyCatalogueNote
      : `Council data loaded: ${summary.sentence}.`,
  });
}
