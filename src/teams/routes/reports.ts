import type { Application } from '@microsoft/teams-ai';
import { statusReportFor } from '../../services/reports/status-report-for';
import { reportSummaryCard } from '../../views/report-card';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

export const reportCommand = /^\s*(?:status\s+)?report\s+(?:for\s+|on\s+)?(.+?)\s*[.!?]*\s*$/i;

/**
 * "report <plan>" (or "report <plan> exceptions"): the status report as a card, with the plan's
 * worst levels and their latest commentary, and a button for the Word file (routes/papers.ts: file
 * consent in a 1:1 chat, or sent to the person's 1:1 chat from a channel or group chat).
 */
export function registerReportRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Anyone', usage: 'report [plan]', summary: "The plan's status at a glance and its Red and Amber actions with their latest commentary (add exceptions to list only those)." });

  app.message(reportCommand, async (context) => {
    const raw = reportCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const exceptionsOnly = /\bexceptions?\b/i.test(raw);
    const planText = raw.replace(/\b(?:exceptions?|only)\b/gi, ' ').trim();
    const found = await statusReportFor(deps.stores, planText, { now: deps.clock(), timeZone: deps.timeZone });
    if (found.kind === 'which') return void (await context.sendActivity(found.message));
    const { plan, report } = found;
    const card = reportSummaryCard(deps.cards, plan, report, { exceptionsOnly, personal: context.activity.conversation?.conversationType === 'personal' });
    deps.logger.info({ command: 'report', planId: plan.id, lines: report.lines.length }, 'status report card');
    await context.sendActivity(cardMessage(card));
  });
}
