import type { CardJson, CardRenderer } from '../../cards/render';
import type { Directory, DirectoryPerson } from '../../domain/directory';
import type { Logger } from '../../logger';
import type { Stores } from '../../store/ports';

/**
 * Builds the officers' update form for an action, pre-filled, as its lead would see it (from the
 * officers-update cards; src/teams/reminder-cards.ts); undefined when it cannot be built.
 */
export type UpdateCardBuilder = (actionId: string, lead: DirectoryPerson, notice: string) => Promise<CardJson | undefined>;

/** What the jobs that message people outside a turn need. */
export interface ProactiveContext {
  stores: Pick<Stores, 'catalogue' | 'actionUpdates' | 'planSettings' | 'planSchedules' | 'outbox' | 'jobs' | 'conversations'>;
  directory: Directory;
  cards: CardRenderer;
  timeZone: string;
  logger: Logger;
  updateCard?: UpdateCardBuilder;
}
