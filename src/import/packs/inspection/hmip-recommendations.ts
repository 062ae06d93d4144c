import type { Dataset, Flag, Recommendation } from '../../../domain/model';
import { recommendationId } from '../../../domain/ids';
import { cleanCell } from '../../text/ocr';
import type { PackParser, PackText } from '../types';
import { parseYotPlan } from '../yot-plan/parse-yot-plan';
import { lineSource } from './figures';
import { findHmipReport } from './hmip-report';

interface ReadRecommendation {
  number: string;
  text: string;
  owner?: string;
  line: number;
}

const HEADING = /^(#{1,6})\s*(.*)$/;
const ADDRESSEE = /^(?:The\s+)?(.+?)\s+should:?$/i;
const ITEM = /^(\d{1,2})\.\s+(.+)$/;

/** "Recommendations" headings, with their level (number of #). */
function recommendationHeadings(pack: PackText): { line: number; level: number }[] {
  const out: { line: number; level: number }[] = [];
  pack.lines.forEach((raw, i) => {
    const h = HEADING.exec(raw.trim());
    if (h && /^recommendations:?$/i.test(cleanCell(h[2] ?? ''))) out.push({ line: i + 1, level: (h[1] ?? '').length });
  });
  return out;
}

/** Reads "The X should:" sub-headings and the numbered recommendations under them. */
function readSection(pack: PackText, start: { line: number; level: number }): { intro: string; items: ReadRecommendation[] } {
  const items: ReadRecommendation[] = [];
  let owner: string | undefined;
  let intro = '';
  for (let n = start.line + 1; n <= pack.lines.length; n++) {
    const raw = (pack.lines[n - 1] ?? '').trim();
    if (raw === '' || /^-{3,}$/.test(raw)) continue;
    const heading = HEADING.exec(raw);
    const text = cleanCell(heading ? heading[2] ?? '' : raw);
    const addressee = ADDRESSEE.exec(text);
    if (addressee && text.endsWith(':')) {
      owner = addressee[1];
      continue;
    }
    if (heading && (heading[1] ?? '').length <= start.level) break;
    const item = ITEM.exec(text);
    if (item && !raw.includes('\t')) {
      items.push({ number: item[1] ?? '', text: item[2] ?? '', ...(owner ? { owner } : {}), line: n });
      continue;
    }
    if (items.length > 0 || raw.includes('\t') || heading) break;
    intro += ` ${text}`;
  }
  return { intro, items };
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * HM Inspectorate of Probation recommendations: the numbered lists under "Recommendations" in the
 * inspection report, and in any plan that restates them (only the first wording is kept; a
 * different restatement is flagged). Each is linked to the plan actions that answer it.
 */
export const parseHmipRecommendations: PackParser = (pack: PackText): Partial<Dataset> => {
  const report = findHmipReport(pack);
  const sections = recommendationHeadings(pack)
    .map((h) => ({ h, ...readSection(pack, h) }))
    .filter((s) => s.items.length > 0)
    .filter((s) => (report && s.h.line > report.lineStart && s.h.line <= report.lineEnd) || /\bHMIP\b|Inspectorate of Probation/i.test(s.intro))
    .filter((s) => /inspection/i.test(s.intro));
  if (sections.length === 0) return {};
  const flags: Flag[] = [];
  const council = pack.council ?? report?.area ?? '';
  const body = report?.body ?? `HMIP inspection of ${council} youth offending services`;
  if (!report) flags.push({ code: 'inspection-report-not-found', severity: 'ambiguous', message: 'HMIP recommendations are restated but the report itself is not in the pack; the inspection year is unknown.', source: lineSource(pack, sections[0]?.h.line ?? 1) });
  const plan = parseYotPlan(pack);
  const planId = plan.plans?.[0]?.id;
  const inReport = (line: number): boolean => !!report && line > report.lineStart && line <= report.lineEnd;
  sections.sort((a, b) => Number(inReport(b.h.line)) - Number(inReport(a.h.line)));

  const byNumber = new Map<string, Recommendation>();
  for (const section of sections) {
    for (const item of section.items) {
      const existing = byNumber.get(item.number);
      if (existing) {
        if (squash(existing.text) !== squash(item.text)) {
          existing.flags.push({ code: 'restated-differently', severity: 'info', message: `Recommendation ${item.number} is restated with different wording at line ${item.line}.`, raw: item.text, source: lineSource(pack, item.line) });
        }
        continue;
      }
      const actionRefs = (plan.actions ?? []).filter((a) => a.recommendationRefs.includes(item.number)).map((a) => a.ref);
      byNumber.set(item.number, {
        id: recommendationId(council, body, item.number),
        council,
        kind: 'hmip',
        body,
        number: item.number,
        text: item.text,
        ...(item.owner ? { owner: item.owner } : {}),
        ...(planId && actionRefs.length > 0 ? { planId } : {}),
        actionRefs,
        source: lineSource(pack, item.line),
        flags: [...flags],
      });
    }
  }
  return { recommendations: [...byNumber.values()] };
};
