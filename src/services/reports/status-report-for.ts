import type { Plan } from '../../domain/model';
import type { ActionUpdateStore, CatalogueStore } from '../../store/ports';
import { buildStatusReport, type StatusReport } from './build-report';
import { findPlan, whichPlanText } from './find-plan';

/**
 * "report <plan>": the plan a phrase names and its exceptions report (the card shows the exceptions;
 * the Word file, all actions or the exceptions as asked), or which plan is meant.
 */
export async function statusReportFor(
  stores: { catalogue: CatalogueStore; actionUpdates: ActionUpdateStore },
  planText: string,
  clock: { now: Date; timeZone: string },
): Promise<{ kind: 'report'; plan: Plan; report: StatusReport } | { kind: 'which'; message: string }> {
  const found = await findPlan(stores.catalogue, planText);
  if (found.kind !== 'found') return { kind: 'which', message: whichPlanText(found, planText) };
  const report = await buildStatusReport(stores, found.plan, { exceptionsOnly: true, ...clock });
  return { kind: 'report', plan: found.plan, report };
}
