import type { Report } from '../domain/model';
import { comparable } from './text';

/** The key of one of a report's parts in the index: the report's id and the part's place. */
export function reportPartRef(reportId: string, part: 'r' | 's', n: number): string {
  return `${reportId}#${part}${n}`;
}

/** Splits a part's key back into the report's id and the part's number. */
export function parseReportPartRef(ref: string): { reportId: string; n: number } {
  const at = ref.lastIndexOf('#');
  return { reportId: ref.slice(0, at), n: Number(ref.slice(at + 2)) };
}

/**
 * A report's names in the catalogue index: its title and its agenda item's title; each recommendation (what the meeting is asked
 * to approve names the report as well as its title does); each heading of its contents, with the
 * heading it sits under ("Implementation and delivery (Court disposals)").
 */
export function addReports(
  reports: readonly Report[],
  add: (kind: 'report' | 'report-item' | 'report-section' | 'report-role', ref: string, label: string) => unknown,
  itemTitle: (source: Report['source']) => string | undefined = () => undefined,
): void {
  // A hyphenated name ("Out-of-court disposals") is also typed as separate words ("out of court").
  const both = (kind: 'report' | 'report-item' | 'report-section', ref: string, label: string) => {
    add(kind, ref, label);
    if (/\p{L}-\p{L}/u.test(label)) add(kind, ref, label.replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
  };
  for (const report of reports) {
    both('report', report.id, report.title);
    // The agenda's title for the item the report stands under names it too ("Outcome of HMIP Inspection
    // of Youth Offending Team" for the report headed "HMIP Inspection of Youth Offending Team (YOT)").
    const item = itemTitle(report.source);
    if (item && comparable(item) !== comparable(report.title)) both('report', report.id, item);
    report.recommendations.forEach((r, n) => add('report-item', reportPartRef(report.id, 'r', n), r.text));
    report.sections.forEach((s, n) => both('report-section', reportPartRef(report.id, 's', n), s.parent ? `${s.heading} (${s.parent.replace(/^\d+\.?\s*/, '')})` : s.heading));
    for (const role of rolesBy(report)) add('report-role', report.id, role);
  }
}

/**
 * The roles of the people a report is from or by, as its header gives them: who it is from and its
 * authors; failing both, its portfolio holder (a portfolio holder's own report to a committee). A
 * person named by a job title alone ("Senior Commissioning Officer") is that role.
 */
export function rolesBy(report: Report): string[] {
  const by = report.people.filter((p) => p.as !== 'portfolio-holder');
  const people = by.length > 0 ? by : report.people;
  return [...new Set(people.map((p) => p.role ?? p.name))];
}
