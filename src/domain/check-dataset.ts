import type { Dataset } from './model';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string | undefined): boolean {
  if (text === undefined) return true;
  if (!isoDate.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * What would make a dataset unsafe to store: records pointing at plans that are not there, dates that
 * are not real dates, records without a name. Each problem is a sentence naming the record.
 */
export function checkDataset(dataset: Dataset): string[] {
  const problems: string[] = [];
  const plans = new Set(dataset.plans.map((p) => p.id));
  for (const plan of dataset.plans) {
    if (!plan.name.trim()) problems.push(`Plan ${plan.id} has no name.`);
    if (!validDate(plan.date)) problems.push(`Plan "${plan.name}" has an invalid date "${plan.date}".`);
  }
  for (const action of dataset.actions) {
    if (!plans.has(action.planId)) problems.push(`Action ${action.ref} belongs to plan ${action.planId}, which is not in the import.`);
    if (!action.ref.trim()) problems.push(`An action of plan ${action.planId} has no reference.`);
    if (!validDate(action.due?.date) || !validDate(action.due?.from)) {
      problems.push(`Action ${action.ref} of plan ${action.planId} has an invalid due date "${action.due?.raw}".`);
    }
  }
  for (const indicator of dataset.indicators) {
    if (!indicator.name.trim()) problems.push(`Indicator ${indicator.id} has no name.`);
    if (indicator.planId && !plans.has(indicator.planId)) {
      problems.push(`Indicator "${indicator.name}" belongs to plan ${indicator.planId}, which is not in the import.`);
    }
  }
  for (const meeting of dataset.meetings) {
    if (!validDate(meeting.date) || !meeting.date) problems.push(`Meeting of ${meeting.body} has an invalid date "${meeting.date}".`);
    if (meeting.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(meeting.time)) {
      problems.push(`Meeting of ${meeting.body} on ${meeting.date} has an invalid time "${meeting.time}".`);
    }
  }
  return problems;
}
