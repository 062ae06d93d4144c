import type { CardRenderer } from '../cards/render';
import type { Directory } from '../domain/directory';
import type { Logger } from '../logger';
import type { AskSnapshotOptions } from '../services/ask/ask-catalogue';
import type { Stores } from '../store/ports';
import type { CommandCatalogue } from './commands';

/** What every route is given: the stores, the card renderer, a logger, the help registry and more. */
export interface BotDeps {
  stores: Stores;
  cards: CardRenderer;
  logger: Logger;
  commands: CommandCatalogue;
  /** The people the bot knows (PEOPLE_FILE), for roles and leads. */
  directory: Directory;
  /** The current time; injected so tests can set it. Services receive `now` from here. */
  clock: () => Date;
  /** IANA time zone for deadlines and due dates (TIME_ZONE). */
  timeZone: string;
  /**
   * Files in the chat (imports, papers): local mode and tests also allow loopback links, where a
   * local server stands in for OneDrive. Absent: https to OneDrive and SharePoint only.
   */
  files?: { allowLoopback: boolean };
  /** Where built question indexes are kept between runs (an embedded store's folder); absent: none. */
  askSnapshots?: AskSnapshotOptions;
}
