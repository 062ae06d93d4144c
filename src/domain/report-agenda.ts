import type { AgendaItem, Meeting, Report } from './model';

/**
 * The items of a report's meeting's agenda that start on the report's first page: the agenda's own
 * entry for the report (its number and pages). None when either page is unknown.
 */
export function agendaItemsOf(report: Report, meeting: Meeting | undefined): AgendaItem[] {
  const from = report.pages?.from;
  return from === undefined || !meeting ? [] : meeting.agenda.filter((item) => item.pageFrom === from);
}
