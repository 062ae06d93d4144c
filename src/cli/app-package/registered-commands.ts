import { createCardRenderer } from '../../cards/render';
import { createLogger } from '../../logger';
import { openStores } from '../../store/open-stores';
import { createBot } from '../../teams/app';
import { CommandCatalogue } from '../../teams/commands';
import type { HelpSection } from './command-menu';

/**
 * The commands the real app registers, read from its help registry after `createBot` has wired every
 * route, over a throwaway in-memory store (nothing is read or written; routes only register).
 */
export async function registeredCommands(): Promise<HelpSection[]> {
  const stores = await openStores({});
  try {
    const commands = new CommandCatalogue();
    createBot(
      {
        stores,
        cards: createCardRenderer(),
        logger: createLogger('silent'),
        commands,
        directory: { people: [] },
        clock: () => new Date(),
        timeZone: 'Europe/London',
      },
      { startTypingTimer: false },
    );
    return commands.sections();
  } finally {
    await stores.close();
  }
}
