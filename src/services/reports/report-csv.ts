import type { ReportLine, StatusReport } from './build-report';

/** The CSV columns, in order: a header row names them. */
export const reportColumns: { key: keyof ReportLine; header: string }[] = [
  { key: 'ref', header: 'ref' },
  { key: 'action', header: 'action' },
  { key: 'leads', header: 'leads' },
  { key: 'due', header: 'due' },
  { key: 'status', header: 'status' },
  { key: 'statusLabel', header: 'status_label' },
  { key: 'statusSource', header: 'status_source' },
  { key: 'updatedAt', header: 'updated_at' },
  { key: 'updatedBy', header: 'updated_by' },
  { key: 'commentary', header: 'latest_commentary' },
  { key: 'revisedDue', header: 'revised_due' },
  { key: 'evidenceUrl', header: 'evidence_url' },
];

/**
 * Text a spreadsheet may run as a formula: starting =, +, -, @, a tab or a carriage return, or their
 * full-width forms (＝＋－＠, which Excel folds), even behind spaces or invisible characters (zero-width,
 * direction marks and other format characters, controls).
 */
const FORMULA_START = /^[\p{Cf}\p{Cc}\p{Z}]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

/**
 * One cell, quoted as RFC 4180 says; text that could run as a formula is prefixed with an
 * apostrophe, since commentary is typed by people.
 */
function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV (UTF-8 with a byte order mark, so Excel reads the accents; CRLF line ends). */
export function reportCsv(report: StatusReport): string {
  const rows = [reportColumns.map((c) => c.header), ...report.lines.map((l) => reportColumns.map((c) => l[c.key]))];
  return `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
