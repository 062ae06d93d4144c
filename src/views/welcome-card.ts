import type { CardJson, CardRenderer } from '../cards/render';
import { type CatalogueSummary, emptyCatalogueNote } from '../services/describe-catalogue';

const intro =
  "I answer questions about the council's plans, actions, indicators and meetings from the published papers, take status updates from action leads, and gather members' questions before overview and scrutiny meetings.";

/** The welcome card: what the bot does, and what the store holds. */
export function welcomeCard(cards: CardRenderer, summary: CatalogueSummary): CardJson {
  return cards.render('welcome', {
    title: 'Board and scrutiny assistant',
    intro,
    hasData: !summary.isEmpty,
    counts: [
      { label: 'Plans', value: String(summary.counts.plans) },
      { label: 'Actions', value: String(summary.counts.actions) },
      { label: 'Indicators', value: String(summary.counts.indicators) },
      { label: 'Meetings', value: String(summary.counts.meetings) },
    ],
    emptyNote:
      emptyCatalogueNote,
    helpHint: 'Type help at any time to see what I can do. In a channel, @mention me first.',
  });
}
