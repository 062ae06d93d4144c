import { formatIndicatorSummary, type IndicatorStatusSummary, summariseIndicators } from './indicator-report';
import type { Dataset, Flag } from './model';

export interface PlanSummary {
  id: string;
  name: string;
  kind: string;
  priorities: number;
  actions: number;
  indicators: number;
  flags: number;
}

export interface FlagSummary {
  code: string;
  severity: Flag['severity'];
  count: number;
  /** A few examples, each with its message and where it is. */
  examples: string[];
}

export interface ImportReport {
  files: string[];
  totals: Record<'documents' | 'plans' | 'actions' | 'indicators' | 'recommendations' | 'meetings' | 'people' | 'glossary', number>;
  plans: PlanSummary[];
  /** Target states, directions with their sources, and the share of indicators with a status. */
  indicatorStatus?: IndicatorStatusSummary;
  flags: FlagSummary[];
}

/** Every flag in a dataset, wherever it sits. */
export function allFlags(dataset: Dataset): Flag[] {
  return [
    ...dataset.flags,
    ...dataset.plans.flatMap((p) => p.flags),
    ...dataset.actions.flatMap((a) => a.flags),
    ...dataset.indicators.flatMap((i) => [...i.flags, ...i.values.flatMap((v) => v.flags ?? []), ...i.targets.flatMap((t) => t.flags ?? [])]),
    ...dataset.recommendations.flatMap((r) => r.flags),
    ...dataset.meetings.flatMap((m) => m.flags),
  ];
}

/** What an import read, per plan, and what it flagged: for the CLI and the import log. */
export function summariseImport(files: string[], dataset: Dataset, examplesPerCode = 3): ImportReport {
  const flags = new Map<string, FlagSummary>();
  for (const flag of allFlags(dataset)) {
    const key = `${flag.severity}:${flag.code}`;
    const summary = flags.get(key) ?? { code: flag.code, severity: flag.severity, count: 0, examples: [] };
    summary.count += 1;
    const where = flag.source?.lineStart ? ` (${flag.source.documentId} line ${flag.source.lineStart})` : '';
    const example = `${flag.message}${where}`;
    if (summary.examples.length < examplesPerCode && !summary.examples.includes(example)) summary.examples.push(example);
    flags.set(key, summary);
  }
  return {
    files,
    totals: {
      documents: dataset.documents.length,
      plans: dataset.plans.length,
      actions: dataset.actions.length,
      indicators: dataset.indicators.length,
      recommendations: dataset.recommendations.length,
      meetings: dataset.meetings.length,
      people: dataset.people.length,
      glossary: dataset.glossary.length,
    },
    plans: dataset.plans.map((plan) => ({
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      priorities: plan.priorities.length,
      actions: dataset.actions.filter((a) => a.planId === plan.id).length,
      indicators: dataset.indicators.filter((i) => i.planId === plan.id).length,
      flags: plan.flags.length + dataset.actions.filter((a) => a.planId === plan.id).reduce((n, a) => n + a.flags.length, 0),
    })),
    indicatorStatus: summariseIndicators(dataset.indicators),
    flags: [...flags.values()].sort((a, b) => a.severity.localeCompare(b.severity) || b.count - a.count),
  };
}

/** The report as lines of text for a terminal. */
export function formatImportReport(report: ImportReport): string {
  const lines = [`Imported ${report.files.join(', ')}`];
  const t = report.totals;
  lines.push(
    `  ${t.documents} documents, ${t.plans} plans, ${t.actions} actions, ${t.indicators} indicators, ` +
      `${t.recommendations} recommendations, ${t.meetings} meetings, ${t.people} people, ${t.glossary} glossary terms`,
  );
  for (const plan of report.plans) {
    lines.push(`  Plan: ${plan.name} [${plan.kind}]: ${plan.priorities} priorities, ${plan.actions} actions, ${plan.indicators} indicators, ${plan.flags} flags`);
  }
  if (report.indicatorStatus) lines.push(...formatIndicatorSummary(report.indicatorStatus));
  if (report.flags.length > 0) lines.push('  Flags (raw text kept; "ambiguous" means not guessed, "repaired" means fixed with certainty):');
  for (const flag of report.flags) {
    lines.push(`    ${flag.severity} ${flag.code}: ${flag.count}`);
    for (const example of flag.examples) lines.push(`      e.g. ${example}`);
  }
  return lines.join('\n');
}
