import type { Application } from '@microsoft/teams-ai';
import { planCadence } from '../../services/reminders/set-cadence';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';

export const setRemindersCommand = /^\s*set\s+(?:reminders|update\s+cadence|cadence)\s+(?:for|of)\s+(.+?)\s*$/i;

/**
 * Splits "<plan>: <cadence>" (or "<plan> to <cadence>", or "<plan> monthly on 5"): the plan's name is
 * free text, so a colon, else the way a cadence starts, else the last " to " marks where it ends.
 */
export function splitPlanAndCadence(text: string): { planText: string; cadenceText: string } | undefined {
  const colon = text.indexOf(':');
  if (colon > 0) return { planText: text.slice(0, colon).trim(), cadenceText: text.slice(colon + 1).trim() };
  const known = /^(.+?)\s+(?:to\s+)?(monthly\b.*|\d+\s+working\s+days?\b.*|off|none)$/i.exec(text);
  if (known) return { planText: known[1]!.trim(), cadenceText: known[2]!.trim() };
  const to = text.toLowerCase().lastIndexOf(' to ');
  return to > 0 ? { planText: text.slice(0, to).trim(), cadenceText: text.slice(to + 4).trim() } : undefined;
}
export const showRemindersCommand = /^\s*(?:reminders|update\s+cadence|cadence)\s+(?:for|of)\s+(.+?)\s*[?.!]*\s*$/i;

/** "set reminders for <plan>: monthly on 5" (plan administrators) and "reminders for <plan>" (anyone). */
export function registerReminderRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({
    audience: 'Administrators',
    usage: 'set reminders for [plan]: monthly on 5',
    summary: 'When leads update: "monthly on [day]" or "[n] working days before [board]"; leads are reminded, administrators told what is overdue.',
  });
  deps.commands.add({ audience: 'Action leads', usage: 'reminders for [plan]', summary: "When the plan's updates are due next." });

  const answer = async (text: string, cadenceText: string | undefined, actorActivity: Parameters<typeof toActor>[0]) => {
    const outcome = await planCadence(deps.stores, deps.directory, toActor(actorActivity), { planText: text, ...(cadenceText !== undefined ? { cadenceText } : {}) }, { now: deps.clock(), timeZone: deps.timeZone });
    deps.logger.info({ command: cadenceText === undefined ? 'show reminders' : 'set reminders', outcome: outcome.kind }, 'reminders command');
    return 'summary' in outcome ? outcome.summary : outcome.message;
  };

  app.message(setRemindersCommand, async (context) => {
    const parts = splitPlanAndCadence(setRemindersCommand.exec(context.activity.text ?? '')?.[1] ?? '');
    if (!parts) {
      await context.sendActivity('Say the plan, a colon, then the cadence: set reminders for [plan]: monthly on 5, or set reminders for [plan]: 5 working days before [board].');
      return;
    }
    await context.sendActivity(await answer(parts.planText, parts.cadenceText, context.activity));
  });

  app.message(showRemindersCommand, async (context) => {
    const planText = showRemindersCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    await context.sendActivity(await answer(planText, undefined, context.activity));
  });
}
