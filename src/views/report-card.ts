import type { CardJson, CardRenderer } from '../cards/render';
import { statusColour } from '../cards/status-colour';
import { plainText } from '../cards/text';
import { clip } from '../domain/clip';
import type { Plan } from '../domain/model';
import type { ReportLine, StatusReport } from '../services/reports/build-report';
import { paperAction } from './paper-action';

/** Lines a card shows at most; the files hold all of them. */
const maxLines = 20;

/** Commentary shown per line: 20 of the longest (2000 characters) would not fit in one card; the files have it whole. */
const maxCommentary = 500;

const commentaryOf = (l: ReportLine) =>
  l.commentary ? `${clip(l.commentary, maxCommentary, { trim: true })} (${l.updatedBy}, ${l.updatedAt})` : l.statusSource === 'plan' ? 'Status as published in the plan; no update since.' : 'No update yet.';

/**
 * The status report as a card: the plan's worst levels and their latest commentary, and a button for
 * the Word file (every action, or every exception when `exceptionsOnly`).
 */
export function reportSummaryCard(cards: CardRenderer, plan: Plan, report: StatusReport, options: { exceptionsOnly: boolean; personal: boolean }): CardJson {
  const { exceptionsOnly } = options;
  const worst = report.exceptionLevels.map((l) => l.label).join(' or ');
  const shown = report.lines.slice(0, maxLines);
  const action = paperAction({ kind: 'report', planId: plan.id, exceptionsOnly });
  return cards.render('report-summary', {
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
      `The Word file holds ${exceptionsOnly ? 'every exception' : 'every action'} with its latest commentary, for committee papers${options.personal ? '' : ': the button sends it to your 1:1 chat with me'}.`,
    ),
    paperTitle: action.title,
    paper: action.data.paper,
  });
}
