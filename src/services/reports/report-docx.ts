import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cleanText } from '../../domain/typed-text';
import type { ReportLine, StatusReport } from './build-report';

/** Column headings and widths (percent of the page) of the report's table. */
const columns: { header: string; width: number; text: (l: ReportLine) => string }[] = [
  { header: 'Ref', width: 6, text: (l) => l.ref },
  { header: 'Action', width: 30, text: (l) => l.action },
  { header: 'Lead', width: 14, text: (l) => l.leads },
  { header: 'Due', width: 10, text: (l) => l.due },
  { header: 'Status', width: 9, text: (l) => l.statusLabel || 'No status yet' },
  { header: 'Latest commentary', width: 31, text: (l) => (l.commentary ? `${l.commentary}${l.updatedBy ? ` (${l.updatedBy}, ${l.updatedAt})` : ''}` : '') },
];

const cellOf = (text: string, width: number, options: { bold?: boolean; fill?: string } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text: cleanText(text), bold: options.bold, size: 18 })] })],
  });

/** The plan's colour for a level, as the report's status cell fill (#RRGGBB without the #). */
function fillOf(report: StatusReport, code: string): string | undefined {
  const colour = report.plan.scale.levels.find((l) => l.code === code)?.colour;
  return colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour.slice(1) : undefined;
}

/**
 * The status report as a Word document (landscape A4): heading, what it covers, counts by status,
 * then one table row per action with its latest commentary.
 */
export async function reportDocx(report: StatusReport): Promise<Buffer> {
  const { plan } = report;
  const scope = report.exceptionsOnly
    ? `Exceptions only: actions at ${report.exceptionLevels.map((l) => l.label).join(' or ') || 'the worst levels'} (${report.lines.length} of ${report.totalActions}).`
    : `All ${report.totalActions} actions.`;
  const header = new TableRow({ tableHeader: true, children: columns.map((c) => cellOf(c.header, c.width, { bold: true, fill: 'D9D9D9' })) });
  const rows = report.lines.map(
    (l) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c) => cellOf(c.text(l), c.width, c.header === 'Status' ? { fill: fillOf(report, l.status) } : {})),
      }),
  );
  const document = new Document({
    creator: 'Board and scrutiny assistant',
    title: `${plan.name}: status report`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${plan.name}: status report`)] }),
          new Paragraph({ children: [new TextRun(`${plan.council}${plan.owner ? `, for ${plan.owner}` : ''}. Produced ${report.generatedAt}.`)] }),
          new Paragraph({ children: [new TextRun(scope)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Status at a glance')] }),
          ...report.counts.map((c) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${c.label}: ${c.count}`)] })),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(report.exceptionsOnly ? 'Exceptions' : 'Actions')] }),
          report.lines.length > 0
            ? new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })
            : new Paragraph({ children: [new TextRun('No actions are at these levels.')] }),
          new Paragraph({
            children: [
              new TextRun({
                text: 'Statuses are the latest update an officer gave in Teams, or the status the plan was published with where none was given since.',
                italics: true,
                size: 16,
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
