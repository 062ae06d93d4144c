import { findLongDates } from '../../text/dates';
import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/** What the pack says about a delivery plan around its table: name, owner, approval, themes. */
export interface DeliveryPlanMeta {
  /** The table's heading without its section number: "Delivery Plan 2019/20". */
  heading?: string;
  headingLine?: number;
  /** "2019/20", from the heading. */
  period?: string;
  /** The body that approved the plan: "West Mercia Youth Justice Service Management Board". */
  owner?: string;
  /** The service that body runs: "West Mercia Youth Justice Service". */
  service?: string;
  /** The place the service covers: "West Mercia". */
  area?: string;
  /** The service's abbreviation as the pack defines it: "WMYJS". */
  abbreviation?: string;
  approvedOn?: string;
  approvalLine?: number;
  /** Priority titles from the prose list nearest before the table ("Priority 1: Our People"). */
  priorityTitles: Map<string, { title: string; line: number }>;
}

const HEADING = /^(?:#+\s|\*\*)/;
const PERIOD = /\b(\d{4}\s*[/-]\s*\d{2,4}|\d{2}\/\d{2})\b/;
const APPROVAL = /\b(?:approved|agreed)\s+(?:at|by)\s+the\s+(.+?\b(?:Board|Committee|Panel|Partnership))\b(?:\s+held)?\s+on\s+/i;
const PRIORITY_LINE = /^Priority\s+(\d+)\s*:\s*(.+)$/i;
const SERVICE_TAIL = /\s+(?:Management|Partnership|Executive|Strategic)?\s*(?:Board|Committee|Panel)$/i;
const AREA_TAIL = /\s+Youth\s+(?:Justice|Offending)\s+(?:Service|Team|Partnership)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads the plan's surroundings: the heading just above the table, the approval sentence, themes. */
export function readDeliveryPlanMeta(pack: PackText, tableLine: number): DeliveryPlanMeta {
  const meta: DeliveryPlanMeta = { priorityTitles: new Map() };
  for (let n = tableLine - 1; n >= Math.max(1, tableLine - 15); n--) {
    const raw = pack.lines[n - 1] ?? '';
    if (!HEADING.test(raw)) continue;
    const text = plainLine(raw).replace(/^\d+(?:\.\d+)*\s+/, '');
    if (!/plan/i.test(text)) continue;
    meta.heading = text;
    meta.headingLine = n;
    meta.period = PERIOD.exec(text)?.[1]?.replace(/\s+/g, '');
    break;
  }
  for (let n = 1; n <= pack.lines.length && meta.owner === undefined; n++) {
    const text = plainLine(pack.lines[n - 1] ?? '');
    const m = APPROVAL.exec(text);
    if (!m) continue;
    meta.owner = (m[1] ?? '').trim();
    meta.approvedOn = findLongDates(text.slice((m.index ?? 0) + m[0].length))[0]?.iso;
    meta.approvalLine = n;
  }
  if (meta.owner) {
    const service = meta.owner.replace(SERVICE_TAIL, '').trim();
    if (service !== meta.owner) meta.service = service;
    const area = service.replace(AREA_TAIL, '').trim();
    if (area !== service) meta.area = area;
  }
  if (meta.service) {
    const abbr = new RegExp(`${escapeRegExp(meta.service)}\\s*\\(([A-Z]{2,})\\)`);
    for (const line of pack.lines) {
      const m = abbr.exec(line);
      if (m) {
        meta.abbreviation = m[1];
        break;
      }
    }
  }
  for (let n = 1; n < tableLine; n++) {
    const m = PRIORITY_LINE.exec(plainLine(pack.lines[n - 1] ?? ''));
    if (m) meta.priorityTitles.set(m[1] ?? '', { title: (m[2] ?? '').trim(), line: n });
  }
  return meta;
}
