import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { setIndicatorDirection } from '../../services/set-indicator-direction';
import { type SettingsChange, setPlanSettings } from '../../services/set-plan-settings';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';

export const toleranceCommand = /^\s*(?:set\s+)?tolerance\s+(\d+(?:\.\d+)?)\s*%?\s+(?:for\s+)?(.+?)\s*$/i;
export const delegateCommand = /^\s*delegate\s+(.+?)\s+to\s+(\S+)\s*$/i;
export const administratorCommand = /^\s*(?:add\s+)?administrator\s+(\S+)\s+(?:for|to|of)\s+(.+?)\s*$/i;
export const directionCommand = /^\s*(lower|higher)\s+is\s+better\s+for\s+(.+?)\s*$/i;

/** Plan settings commands: tolerance and administrators (plan administrators), delegates (leads too). */
export function registerSettingsRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Action leads', usage: 'delegate 1.9 to name@council.gov.uk', summary: 'Let someone else update an action you lead.' });
  deps.commands.add({ audience: 'Administrators', usage: 'tolerance 5% for [plan]', summary: "How far a value may miss its target and be Amber rather than Red, for a plan's indicators." });
  deps.commands.add({ audience: 'Administrators', usage: 'administrator name@council.gov.uk for [plan]', summary: 'Let someone update any action of a plan and change its settings.' });
  deps.commands.add({ audience: 'Administrators', usage: 'lower is better for [indicator]', summary: "Which way is better for an indicator the plan's words and figures leave open (or higher is better for ...)." });

  const change = async (context: TurnContext, request: SettingsChange) => {
    const outcome = await setPlanSettings(deps.stores, deps.directory, toActor(context.activity), request);
    deps.logger.info({ setting: request.kind, outcome: outcome.kind }, 'plan settings change');
    if (outcome.kind === 'saved') return void (await context.sendActivity(outcome.summary));
    if (outcome.kind === 'which-action') {
      const ref = outcome.options[0]!.action.ref;
      return void (await context.sendActivity(`Action ${ref} is in ${outcome.options.length} plans; name the plan too, for example delegate ${ref} in ${outcome.options[0]!.plan.name} to ...`));
    }
    if (outcome.kind === 'which-plan') {
      const names = outcome.candidates.map((p) => p.name).join('; ');
      return void (await context.sendActivity(`Which plan? Name it with words from one of these: ${names}.`));
    }
    await context.sendActivity(outcome.message);
  };

  app.message(toleranceCommand, async (context) => {
    const [, percent, planText] = toleranceCommand.exec(context.activity.text ?? '') ?? [];
    await change(context, { kind: 'tolerance', percent: Number(percent), planText: planText ?? '' });
  });
  app.message(delegateCommand, async (context) => {
    const [, actionText, who] = delegateCommand.exec(context.activity.text ?? '') ?? [];
    await change(context, { kind: 'delegate', actionText: actionText ?? '', who: who ?? '' });
  });
  app.message(directionCommand, async (context) => {
    const [, way, indicatorText] = directionCommand.exec(context.activity.text ?? '') ?? [];
    const polarity = way?.toLowerCase() === 'lower' ? 'lower-is-better' : 'higher-is-better';
    const outcome = await setIndicatorDirection(deps.stores, deps.directory, toActor(context.activity), { polarity, indicatorText: indicatorText ?? '' }, deps.clock());
    deps.logger.info({ setting: 'direction', outcome: outcome.kind }, 'plan settings change');
    if (outcome.kind === 'saved') return void (await context.sendActivity(outcome.summary));
    if (outcome.kind === 'which-indicator') {
      const names = outcome.candidates.slice(0, 8).map((c) => `${c.indicator.name}${c.indicator.actionRef ? ` (action ${c.indicator.actionRef})` : ''}`).join('; ');
      const more = outcome.candidates.length > 8 ? ` and ${outcome.candidates.length - 8} more` : '';
      return void (await context.sendActivity(`Which indicator? ${outcome.candidates.length} match: ${names}${more}. Use more words from its name.`));
    }
    await context.sendActivity(outcome.message);
  });
  app.message(administratorCommand, async (context) => {
    const [, who, planText] = administratorCommand.exec(context.activity.text ?? '') ?? [];
    await change(context, { kind: 'administrator', who: who ?? '', planText: planText ?? '' });
  });
}
