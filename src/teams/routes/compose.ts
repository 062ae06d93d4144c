import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { AskCatalogue } from '../../services/ask/ask-catalogue';
import { MAX_RESULTS, searchAnswers } from '../../services/ask/search-answers';
import { composeMessage as message, composePicked, composeResults } from '../../views/compose-results';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';

/** The manifest's search command (`composeExtensions[0].commands[0].id`) and its one parameter. */
export const searchCommandId = 'askCouncilPapers';
export const searchParameter = 'question';

/** What a result's preview sends back when picked (`composeExtension/selectItem`): the search and which result. */
const pickedItem = z.object({ q: z.string().min(1).max(1000), n: z.number().int().min(0).max(MAX_RESULTS - 1) }).strict();

/** The search's text: the command's parameter, or the first one given (Copilot may name it otherwise). */
function searchText(parameters: Record<string, unknown>): string {
  const value = parameters[searchParameter] ?? Object.values(parameters)[0];
  return typeof value === 'string' ? value : '';
}

/** A search invoke, its parameters made a list of objects (anything else, none). */
async function isSearch(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  if (activity.type !== 'invoke' || activity.name !== 'composeExtension/query') return false;
  // NOTE: teams-ai reads value.parameters as a list of objects before the handler runs, and would
  // throw on anything else: a malformed search is made an empty one, answered with a message.
  const value = (activity.value && typeof activity.value === 'object' ? activity.value : {}) as Record<string, unknown>;
  const parameters = Array.isArray(value.parameters) ? value.parameters.filter((p) => !!p && typeof p === 'object') : [];
  activity.value = { ...value, parameters };
  return true;
}

/**
 * The search-based message extension: in the compose box of any chat or channel (or from Microsoft
 * 365 Copilot, which calls the same command), a question is answered as the chat answers it, each
 * result a preview with the answer card behind it. Picking one re-reads the answer (figures may have
 * changed since the search) and inserts its card, with its source.
 */
export function registerCompose(app: Application<AppTurnState>, deps: BotDeps, catalogue: () => Promise<AskCatalogue>): void {
  const search = async (text: string) => searchAnswers(await catalogue(), deps.stores, { text, now: deps.clock(), timeZone: deps.timeZone });

  // NOTE: every search command id is answered, so an old client's or Copilot's unknown id gets a message, not a 501.
  app.messageExtensions.query(isSearch, async (_context, _state, query) => {
    const text = searchText(query.parameters ?? {});
    const outcome = await search(text);
    // NOTE: what was searched may hold personal data: only the outcome is logged.
    deps.logger.debug({ invoke: 'composeExtension/query', outcome: outcome.kind }, 'search answered');
    return outcome.kind === 'results' ? composeResults(deps.cards, text.trim(), outcome.answers) : message(outcome.text);
  });

  app.messageExtensions.selectItem(async (_context, _state, item) => {
    const picked = pickedItem.safeParse(item);
    if (!picked.success) return message('That result is not one I recognise. Search again.');
    const outcome = await search(picked.data.q);
    const answer = outcome.kind === 'results' ? outcome.answers[picked.data.n] : undefined;
    if (!answer) return message('That result is no longer there. Search again.');
    return composePicked(deps.cards, answer);
  });
}
