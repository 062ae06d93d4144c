import type { CatalogueIndex } from './catalogue-index';
import type { Intent } from './intents';
import { actionChoice } from './read-actions';
import { indicatorChoice } from './read-indicators';
import { meetingChoice } from './read-meetings';
import { planChoice } from './read-plans';
import { recommendationChoice } from './read-recommendations';
import { riskChoice } from './read-risks';
import { reportChoice, sectionChoice } from './read-reports';
import { reportAttributes } from '../language/report-phrasings';
import { comparable } from './text';

const tables = new WeakMap<CatalogueIndex, Map<string, Intent>>();

/**
 * The exact wording of every ask-back button, mapped to what it stands for: a button always gets the
 * answer it names, even between two measures whose names differ only in a number. Built once per index.
 */
export function choiceTable(index: CatalogueIndex): Map<string, Intent> {
  const cached = tables.get(index);
  if (cached) return cached;
  const table = new Map<string, Intent>();
  const seen = new Map<string, number>();
  const put = (text: string, intent: Intent) => {
    const key = comparable(text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    table.set(key, intent);
  };
  for (const indicator of index.data.indicators) put(indicatorChoice(indicator).text, { kind: 'indicator', indicatorId: indicator.id, focus: 'summary' });
  for (const action of index.data.actions) put(actionChoice(action, index).text, { kind: 'action', actionId: action.id, focus: 'summary' });
  for (const plan of index.data.plans) put(planChoice(plan).text, { kind: 'plan', planId: plan.id, focus: 'summary' });
  for (const r of index.data.recommendations) put(recommendationChoice(r).text, { kind: 'recommendation', recommendationId: r.id });
  for (const r of index.risks.values()) put(riskChoice(r).text, { kind: 'risk', riskId: r.id, also: [], focus: [] });
  for (const r of index.data.reports ?? []) {
    for (const focus of reportAttributes) put(reportChoice(r, focus).text, { kind: 'report', reportId: r.id, focus });
    r.sections.forEach((_, section) => put(sectionChoice(r, section).text, { kind: 'report', reportId: r.id, focus: 'pages', section }));
  }
  for (const body of index.bodies.values()) {
    for (const when of ['next', 'latest'] as const) {
      for (const focus of ['summary', 'deadline', 'agenda', 'membership', 'venue', 'contact'] as const) {
        put(meetingChoice(body, { when, focus }).text, { kind: 'meeting', bodyKey: body.key, when, focus });
      }
    }
  }
  // A wording shared by two things names neither: leave it to the ranker, which will ask back.
  for (const [key, count] of seen) if (count > 1) table.delete(key);
  tables.set(index, table);
  return table;
}

/** Takes a table built before for the same catalogue (a kept question index) as this index's. */
export function adoptChoiceTable(index: CatalogueIndex, table: Map<string, Intent>): void {
  tables.set(index, table);
}
