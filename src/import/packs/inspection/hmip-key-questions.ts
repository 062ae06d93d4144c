import type { Indicator } from '../../../domain/model';
import type { PackText } from '../types';
import { indicatorOf, lineSource, parseFigure } from './figures';
import { type HmipReport, withoutFootnotes } from './hmip-report';

const QUESTION = /^(\d\.\d\.\d)\.?\s+(.+\?)$/;
const STANDARD = /^(\d\.\d)\.?\s+(.+)$/;
/** A domain's heading above its standards ("## 2. Court disposals", "### 3. Out-of-court disposals"). */
const DOMAIN = /^#{0,4}\s*(?:\*\*|<b>)?(\d)\.\s+([A-Z][^\t.]{2,60}?)(?:\*\*|<\/b>)?\s*$/;

/** Lines looked ahead for a domain's first standard. */
const DOMAIN_LOOKAHEAD = 4;

/** Whether the heading at line `n` opens domain `digit`: its first standard ("2.1 ...") or the table's header follows. */
function opensDomain(pack: PackText, n: number, digit: string): boolean {
  const next = pack.lines.slice(n, n + DOMAIN_LOOKAHEAD).map((l) => l.replace(/<\/?b>|\*\*/g, '').trim());
  return next.some((l) => l.startsWith(`${digit}.1`) || /^standards and key questions/i.test(l));
}

/**
 * The inspection results annexe: for each key question of a standard ("2.2.2. Does planning focus
 * sufficiently on keeping the child safe?") the percentage of inspected cases answered yes. Only
 * numbered questions with a percentage are read (organisational standards have none).
 */
export function hmipKeyQuestions(pack: PackText, report: HmipReport): Indicator[] {
  const standards = new Map<string, string>();
  const domains = new Map<string, string>();
  const out = new Map<string, Indicator>();
  for (let n = report.lineStart; n <= report.lineEnd; n++) {
    const raw = pack.lines[n - 1] ?? '';
    const domain = DOMAIN.exec(raw.trim());
    if (domain && opensDomain(pack, n, domain[1]!)) domains.set(domain[1]!, domain[2]!.trim());
    if (!raw.includes('\t')) continue;
    const cells = raw.split('\t').map(withoutFootnotes);
    const [first = '', second = ''] = cells;
    const standard = STANDARD.exec(first);
    if (standard && !QUESTION.test(first)) standards.set(standard[1] ?? '', (standard[2] ?? '').replace(/\s*\.{3,}$/, ''));
    const question = QUESTION.exec(first);
    const figure = parseFigure(second);
    if (!question || !figure || figure.kind !== 'percent') continue;
    const ref = question[1] ?? '';
    const text = question[2] ?? '';
    const standardTitle = standards.get(ref.slice(0, 3));
    // The same question is asked in each domain: its domain ("Court disposals") tells them apart.
    const domainTitle = domains.get(ref.slice(0, 1));
    const name = `HMIP ${ref} ${text} (% yes)`;
    const indicator = indicatorOf(pack, {
      name,
      aliases: [
        text,
        `HMIP key question ${ref}`,
        ...(standardTitle ? [`${ref.slice(0, 3)} ${standardTitle}: ${text}`] : []),
        ...(domainTitle ? [`HMIP ${ref} ${domainTitle}: ${text} (% yes)`] : []),
      ],
      unit: '%',
      area: report.area,
      value: { value: figure.value, raw: figure.raw, source: lineSource(pack, n), ...(report.published ? { period: report.published.raw } : {}), ...(report.published?.iso ? { periodEnd: report.published.iso } : {}) },
      line: n,
    });
    if (!out.has(indicator.id)) out.set(indicator.id, indicator);
  }
  return [...out.values()];
}
