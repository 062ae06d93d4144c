import { createRequire } from 'node:module';
import { deferUnusedTeamsPackages } from './lazy-packages';

/**
 * The packages the Teams layer is built on, heaviest first: about 2 s of processor time to load on a
 * small machine, most of a start-up (what they load and the bot never calls is deferred: lazy-packages.ts).
 */
const TEAMS_PACKAGES = ['botbuilder', 'botbuilder-dialogs', '@microsoft/teams-ai', 'adaptivecards-templating'];

/** Each package as teams-ai would find it (botbuilder-dialogs is its dependency, not ours). */
const fromTeamsAi = () => createRequire(require.resolve('@microsoft/teams-ai'));

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Loads them (or the first `count`) one at a time, letting the event loop run in between, so that
 * start-up can load them while the store opens on other threads; calling again loads the rest (a
 * package loads synchronously, ~0.7 s at most, and once).
 */
export async function preloadTeamsPackages(count = TEAMS_PACKAGES.length): Promise<void> {
  deferUnusedTeamsPackages();
  const load = fromTeamsAi();
  for (const id of TEAMS_PACKAGES.slice(0, count)) {
    await nextTurn();
    load(id);
  }
  await nextTurn();
}
