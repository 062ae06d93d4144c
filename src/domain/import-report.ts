import { minutedAttendance, type ProseMeeting, proseMeetings } from './import-report-meetings';
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

/** A money or count table read: where, how many rows, its total(s) as printed. */
export interface TableSummary {
  title: string;
  where: string;
  rows: number;
  totals: string[];
  /** Totals that do not add up (flagged, kept as printed). */
  mismatches: number;
}

export interface ImportReport {
  files: string[];
  tables?: TableSummary[];
  /** "Name (area): 57% (papers of 2023-02-24) supersedes 39% (papers of 2020-01-10)". */
  superseded?: string[];
  totals: Record<'documents' | 'plans' | 'actions' | 'indicators' | 'recommendations' | 'meetings' | 'people' | 'glossary', number> & {
    /** Rows of risk registers and risk tables (absent in reports from before risks were read). */
    risks?: number;
    /** Reports (papers) read from the packs (absent in reports from before reports were read). */
    reports?: number;
  };
  plans: PlanSummary[];
  /** Target states, directions with their sources, and the share of indicators with a status. */
  indicatorStatus?: IndicatorStatusSummary;
  flags: FlagSummary[];
  /** Meetings known only from the text, with where; and meetings whose minutes give attendance. */
  meetingsFromProse?: ProseMeeting[];
  attendance?: string[];
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
    ...dataset.risks.flatMap((r) => r.flags),
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
    tables: tablesRead(dataset),
    superseded: supersededFigures(dataset),
    totals: {
      documents: dataset.documents.length,
      plans: dataset.plans.length,
      actions: dataset.actions.length,
      indicators: dataset.indicators.length,
      recommendations: dataset.recommendations.length,
      meetings: dataset.meetings.length,
      people: dataset.people.length,
      glossary: dataset.glossary.length,
      risks: dataset.risks.length,
      reports: dataset.reports.length,
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
    meetingsFromProse: proseMeetings(dataset.meetings),
    attendance: minutedAttendance(dataset.meetings),
  };
}

const whereOf = (source: { documentId: string; page?: number; lineStart?: number }) =>
  `${source.documentId}${source.page !== undefined ? ` page ${source.page}` : ''}${source.lineStart ? ` line ${source.lineStart}` : ''}`;

/** The money and count tables the import read, one entry per table and document. */
export function tablesRead(dataset: Dataset): TableSummary[] {
  const tables = new Map<string, TableSummary>();
  for (const indicator of dataset.indicators) {
    if (!indicator.table) continue;
    const key = `${indicator.source.documentId}|${indicator.table.title}`;
    const table = tables.get(key) ?? { title: indicator.table.title, where: whereOf(indicator.source), rows: 0, totals: [], mismatches: 0 };
    if (indicator.table.role === 'row') table.rows += 1;
    else if (indicator.table.role === 'total') {
      const raw = indicator.values[0]?.raw ?? '';
      const unit = indicator.unit && indicator.unit !== 'count' && !raw.includes(indicator.unit) ? ` (${indicator.unit})` : '';
      table.totals.push(`${indicator.name.slice(indicator.table.title.length + 2)} ${raw}${unit}`.trim());
    }
    table.mismatches += indicator.flags.filter((f) => f.code === 'total-does-not-add-up').length;
    tables.set(key, table);
  }
  return [...tables.values()];
}

/**
 * Indicators whose figures come from several papers and differ: the newest dated figure is the
 * latest, each earlier one is listed as superseded, with its date and document.
 */
export function supersededFigures(dataset: Dataset): string[] {
  const dates = new Map(dataset.documents.map((d) => [d.id, d.date]));
  const out: string[] = [];
  for (const indicator of dataset.indicators) {
    const dated = indicator.values
      .filter((v) => v.source)
      .map((v) => ({ v, date: v.periodEnd ?? dates.get(v.source!.documentId) ?? '' }))
      .sort((a, b) => a.date.localeCompare(b.date));
    if (new Set(dated.map((d) => d.v.source!.documentId)).size < 2) continue;
    const latest = dated.at(-1)!;
    const said = (d: (typeof dated)[number]) => `${d.v.raw} (${d.date || 'undated'}, ${d.v.source!.documentId})`;
    for (const earlier of dated.slice(0, -1)) {
      out.push(`${indicator.name}${indicator.area ? ` (${indicator.area})` : ''}: ${said(latest)} supersedes ${said(earlier)}`);
    }
  }
  return out;
}

/** The report as lines of text for a terminal. */
export function formatImportReport(report: ImportReport): string {
  const lines = [`Imported ${report.files.join(', ')}`];
  const t = report.totals;
  lines.push(
    `  ${t.documents} documents, ${t.plans} plans, ${t.actions} actions, ${t.indicators} indicators, ` +
      `${t.recommendations} recommendations, ${t.meetings} meetings, ${t.people} people, ${t.glossary} glossary terms` +
      (t.risks ? `, ${t.risks} risks` : '') +
      (t.reports ? `, ${t.reports} reports` : ''),
  );
  for (const plan of report.plans) {
    lines.push(`  Plan: ${plan.name} [${plan.kind}]: ${plan.priorities} priorities, ${plan.actions} actions, ${plan.indicators} indicators, ${plan.flags} flags`);
  }
  if (report.tables && report.tables.length > 0) lines.push(`  Tables read (${report.tables.length}):`);
  for (const table of report.tables ?? []) {
    const mismatch = table.mismatches > 0 ? `; ${table.mismatches} total(s) do not add up (flagged, kept as printed)` : '';
    lines.push(`    ${table.title} [${table.where}]: ${table.rows} rows; ${table.totals.join('; ')}${mismatch}`);
  }
  if (report.superseded && report.superseded.length > 0) lines.push(`  Superseded figures (the newest dated is the latest):`);
  for (const line of report.superseded ?? []) lines.push(`    ${line}`);
  const prose = report.meetingsFromProse ?? [];
  if (prose.length > 0) lines.push(`  Meetings known only from the text (${prose.length}; only what the text states is kept):`);
  for (const m of prose) lines.push(`    ${m.meeting}${m.planned > 0 ? `, ${m.planned} items planned in the work programme` : ''}: ${m.from.join('; ')}`);
  for (const a of report.attendance ?? []) lines.push(`  Attendance from the minutes: ${a}`);
  if (report.indicatorStatus) lines.push(...formatIndicatorSummary(report.indicatorStatus));
  if (report.flags.length > 0) lines.push('  Flags (raw text kept; "ambiguous" means not guessed, "repaired" means fixed with certainty):');
  for (const flag of report.flags) {
    lines.push(`    ${flag.severity} ${flag.code}: ${flag.count}`);
    for (const example of flag.examples) lines.push(`      e.g. ${example}`);
  }
  return lines.join('\n');
}
