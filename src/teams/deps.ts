import type { CardRenderer } from '../cards/render';
import type { Logger } from '../logger';
import type { Stores } from '../store/ports';
import type { CommandCatalogue } from './commands';

/** What every route is given: the stores, the card renderer, a logger and the help registry. */
export interface BotDeps {
  stores: Stores;
  cards: CardRenderer;
  logger: Logger;
  commands: CommandCatalogue;
}
