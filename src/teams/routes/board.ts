import type { Application } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { registerFeedRoutes } from './feed';
import { registerOutboxRoutes } from './outbox';
import { registerReminderRoutes } from './reminders';
import { registerReportRoutes } from './reports';

/** The board's side of officers' updates: feed channels, reminder cadences, reports and the outbox. */
export function registerBoardRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  registerFeedRoutes(app, deps);
  registerReminderRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerOutboxRoutes(app, deps);
}
