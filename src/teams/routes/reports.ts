import { clip } from '../../domain/clip';
import type { Application } from '@microsoft/teams-ai';
import { statusColour } from '../../cards/status-colour';
import { plainText } from '../../cards/text';
import { buildStatusReport, type ReportLine } from '../../services/reports/build-report';
import { findPlan, whichPlanText } from '../../services/reports/find-plan';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { paperAction } from '../../views/paper-action';

export const reportCommand = /^\s*(?:status\s+)?report\s+(?:for\s+|on\s+)?(.+?)\s*[.!?]*\s*$/i;

/** Lines a card shows at most; the files hold all of them. */
const maxLines = 20;

/** Commentary shown per line: 20 of the longest (2000 characters) would not fit in one card; the files have it whole. */
const maxCommentary = 500;

const commentaryOf = (l: ReportLine) =>
  l.commentary ? `${clip(l.commentary, maxCommentary, { trim: true })} (${l.updatedBy}, ${l.updatedAt})` : l.statusSource === 'plan' ? 'Status as published in the plan; no update since.' : 'No update yet.';

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
    const found = await findPlan(deps.stores.catalogue, planText);
    if (found.kind !== 'found') return void (await context.sendActivity(whichPlanText(found, planText)));
    const { plan } = found;
    const report = await buildStatusReport(deps.stores, plan, { exceptionsOnly: true, now: deps.clock(), timeZone: deps.timeZone });
    const worst = report.exceptionLevels.map((l) => l.label).join(' or ');
    const shown = report.lines.slice(0, maxLines);
    const action = paperAction({ kind: 'report', planId: plan.id, exceptionsOnly });
    const card = deps.cards.render('report-summary', {
      title: plainText(`${plan.name}: status report`),
      subtitle: plainText(`${plan.council}${plan.owner ? `, for ${plan.owner}` : ''}. ${report.generatedAt}.`),
      counts: exceptionsOnly ? [] : report.counts.map((c) => ({ label: plainText(c.label), value: String(c.count) })),
      heading: plainText(
        report.lines.length === 0
          ? worst ? `No action is at ${worst}.` : 'The plan has no status scale, so there are no exceptions.'
          : `Exceptions: ${worst} (${report.lines.length} of ${report.totalActions} actions${report.lines.length > maxLines ? `; the first ${maxLines} here` : ''})`,
      ),
      lines: shown.map((l) => ({
        ref: plainText(l.ref),
        action: plainText(l.action),
        status: plainText(l.statusLabel),
        colour: statusColour(plan.scale, l.status),
        commentary: plainText(commentaryOf(l)),
      })),
      note: plainText(
        `The Word file holds ${exceptionsOnly ? 'every exception' : 'every action'} with its latest commentary, for committee papers${context.activity.conversation?.conversationType === 'personal' ? '' : ': the button sends it to your 1:1 chat with me'}.`,
      ),
      paperTitle: action.title,
      paper: action.data.paper,
    });
    deps.logger.info({ command: 'report', planId: plan.id, lines: report.lines.length }, 'status report card');
    await context.sendActivity(cardMessage(card));
  });
}
