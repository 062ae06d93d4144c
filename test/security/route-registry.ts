import { AdaptiveCards, Application, MessageExtensions } from '@microsoft/teams-ai';

/**
 * Names every route the real app registers, and records which one each turn ran.
 *
 * While `build` runs, teams-ai's public registration methods are wrapped so each route gets a label
 * from what it was registered with: `execute:<verb>` (Action.Execute), `submit:<verb>` (the
 * Action.Submit fallback), `search:<dataset>`, `message:<RegExp source or selector name>`,
 * `compose:<command id or selector name>` and `compose:selectItem` (the message extension),
 * `conversationUpdate:<event>`, `activity:<type>`, `fileConsent:accept|decline`, or `route:custom` (a raw addRoute). The routes
 * stay as registered, except that their handlers note when they run.
 *
 * @remarks
 * teams-ai 1.7.4 dispatches from the private arrays `_invokeRoutes` and `_routes` (read the same way
 * by test/cards/route-probe.ts); the version is pinned, and a change there fails these tests loudly.
 */
export interface RouteRegistry<T> {
  built: T;
  /** Labels of every registered route, in registration order (a repeated label gets #2, #3...). */
  labels: string[];
  /** Labels of the routes that ran since the last call (and forgets them). */
  takeRan(): string[];
}

type Route = { selector: unknown; handler: (...args: unknown[]) => Promise<void> };
type Proto = Record<string, (...args: unknown[]) => unknown>;

const keywordName = (keyword: unknown): string =>
  keyword instanceof RegExp ? keyword.source : typeof keyword === 'function' ? keyword.name || '<anonymous selector>' : String(keyword);

export async function recordRoutes<T>(build: () => Promise<T>, appOf: (built: T) => object): Promise<RouteRegistry<T>> {
  const added: { route: Route; label: string }[] = [];
  let queue: string[] = [];
  const restore: (() => void)[] = [];
  const wrap = (proto: Proto, name: string, prefix: string, fixed?: string) => {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const saved = queue;
      queue = fixed ? [`${prefix}:${fixed}`] : (Array.isArray(args[0]) ? args[0] : [args[0]]).map((k) => `${prefix}:${keywordName(k)}`);
      try {
        return original.apply(this, args);
      } finally {
        queue = saved;
      }
    };
    restore.push(() => (proto[name] = original));
  };
  const cards = AdaptiveCards.prototype as unknown as Proto;
  const app = Application.prototype as unknown as Proto;
  wrap(cards, 'actionExecute', 'execute');
  wrap(cards, 'actionSubmit', 'submit');
  wrap(cards, 'search', 'search');
  const extensions = MessageExtensions.prototype as unknown as Proto;
  wrap(extensions, 'query', 'compose');
  wrap(extensions, 'selectItem', 'compose', 'selectItem');
  wrap(app, 'message', 'message');
  wrap(app, 'conversationUpdate', 'conversationUpdate');
  wrap(app, 'activity', 'activity');
  wrap(app, 'fileConsentAccept', 'fileConsent', 'accept');
  wrap(app, 'fileConsentDecline', 'fileConsent', 'decline');
  const addRoute = app.addRoute!;
  app.addRoute = function (this: { _invokeRoutes: Route[]; _routes: Route[] }, ...args: unknown[]) {
    const result = addRoute.apply(this, args);
    const list = args[2] ? this._invokeRoutes : this._routes;
    added.push({ route: list[list.length - 1]!, label: queue.shift() ?? 'route:custom' });
    return result;
  };
  restore.push(() => (app.addRoute = addRoute));

  let built: T;
  try {
    built = await build();
  } finally {
    restore.forEach((undo) => undo());
  }

  const internals = appOf(built) as unknown as { _invokeRoutes?: Route[]; _routes?: Route[] };
  if (!Array.isArray(internals._invokeRoutes) || !Array.isArray(internals._routes)) {
    throw new Error('teams-ai no longer keeps its routes in _invokeRoutes/_routes: update test/security/route-registry.ts');
  }
  const total = internals._invokeRoutes.length + internals._routes.length;
  if (total !== added.length) throw new Error(`saw ${added.length} routes registered but the app has ${total}: update test/security/route-registry.ts`);

  const labels: string[] = [];
  const ran: string[] = [];
  const seen = new Map<string, number>();
  for (const { route, label } of added) {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    const unique = n === 1 ? label : `${label}#${n}`;
    labels.push(unique);
    const handler = route.handler;
    route.handler = async (...args: unknown[]) => {
      ran.push(unique);
      return handler(...args);
    };
  }
  return { built, labels, takeRan: () => ran.splice(0) };
}
