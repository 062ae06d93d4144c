import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { activityFixture } from '../helpers/fixtures';
import type { CardAction } from './card-actions';

type Route = { selector: (context: TurnContext) => Promise<boolean> };

/**
 * Asks the real app (built by createBot, every route registered) which route an action would reach,
 * without running any handler: it evaluates the routes' own selectors in teams-ai's dispatch order
 * (invoke routes first for invokes, then the rest; first match wins).
 *
 * An action counts as handled when it reaches a route that an unknown verb (or, for text, an unknown
 * card submission) does not: so a catch-all fallback never counts, whatever routes are added later.
 *
 * @remarks
 * teams-ai 1.7.4 keeps its routes in the private arrays `_invokeRoutes` and `_routes`; the version
 * is pinned, and a change there fails these tests loudly rather than passing them.
 */
export function routeProbe(app: object) {
  const internals = app as unknown as { _invokeRoutes?: Route[]; _routes?: Route[] };
  if (!Array.isArray(internals._invokeRoutes) || !Array.isArray(internals._routes)) {
    throw new Error('teams-ai no longer keeps its routes in _invokeRoutes/_routes: update test/cards/route-probe.ts');
  }
  const invokeRoutes = internals._invokeRoutes;
  const routes = internals._routes;
  const adapter = new TestAdapter();

  const firstRoute = async (activity: Partial<Activity>): Promise<Route | undefined> => {
    const context = new TurnContext(adapter, { ...activityFixture('message-personal'), text: undefined, ...activity } as Activity);
    const candidates = activity.type === 'invoke' ? [...invokeRoutes, ...routes] : routes;
    for (const route of candidates) if (await route.selector(context)) return route;
    return undefined;
  };

  const probe = (action: CardAction): Partial<Activity> => {
    switch (action.kind) {
      case 'execute':
        return { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } } };
      case 'submit':
        return { type: 'message', value: action.data };
      case 'text':
        return { type: 'message', text: action.text };
      case 'search':
        return { type: 'invoke', name: 'application/search', value: { dataset: action.dataset, queryText: 'a', queryOptions: { top: 15, skip: 0 } } };
      case 'unroutable':
        throw new Error(action.why);
    }
  };

  const unknownVerb = 'no-such-verb-7f3a';
  const control = (action: CardAction): Partial<Activity> => {
    switch (action.kind) {
      case 'execute':
        return probe({ ...action, verb: unknownVerb });
      case 'submit':
      case 'text':
        return { type: 'message', value: { verb: unknownVerb } };
      case 'search':
        return probe({ ...action, dataset: unknownVerb });
      case 'unroutable':
        throw new Error(action.why);
    }
  };

  /** True when the app has a route of its own for this action. */
  return async (action: CardAction): Promise<boolean> => {
    if (action.kind === 'unroutable') return false;
    const route = await firstRoute(probe(action));
    return route !== undefined && route !== (await firstRoute(control(action)));
  };
}
