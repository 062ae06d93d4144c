import type { Flag, Indicator } from '../../../domain/model';
import type { PackText } from '../types';
import { indicatorOf, lineSource } from './figures';
import { type HmipReport, withoutFootnotes } from './hmip-report';

const RATINGS = new Set(['outstanding', 'good', 'requires improvement', 'inadequate']);

/** "Ratings" headings: each is followed by a table of domain and standard ratings. */
function ratingsTables(pack: PackText): number[] {
  const out: number[] = [];
  pack.lines.forEach((raw, i) => {
    if (/^#{1,6}\s*Ratings\s*$/i.test(raw.trim())) out.push(i + 1);
  });
  return out;
}

function ratingIndicator(pack: PackText, report: HmipReport, name: string, aliases: string[], raw: string, line: number): Indicator {
  const indicator = indicatorOf(pack, {
    name,
    aliases,
    unit: 'rating',
    area: report.area,
    value: { value: null, raw, source: lineSource(pack, line), ...(report.published ? { period: report.published.raw } : {}), ...(report.published?.iso ? { periodEnd: report.published.iso } : {}) },
    line,
  });
  if (!RATINGS.has(raw.toLowerCase())) {
    indicator.flags.push({ code: 'unknown-rating', severity: 'ambiguous', message: `"${raw}" is not one of HMIP's four ratings; kept raw.`, raw, source: lineSource(pack, line) });
  }
  return indicator;
}

/**
 * The inspection's ratings table: the overall rating and score, and each standard's rating under
 * its domain ("2. Court disposals" / "2.2 Planning" / "Inadequate"). A rating is a word, not a
 * figure, so each is an indicator with unit "rating", value null and the rating as its raw text.
 * The table is often printed twice (report and plan); the first is kept and a disagreement flagged.
 */
export function hmipRatings(pack: PackText, report: HmipReport): { indicators: Indicator[]; flags: Flag[] } {
  const byId = new Map<string, Indicator>();
  const flags: Flag[] = [];
  const add = (indicator: Indicator, line: number): void => {
    const existing = byId.get(indicator.id);
    if (!existing) {
      byId.set(indicator.id, indicator);
      return;
    }
    const [a, b] = [existing.values[0], indicator.values[0]];
    if (a?.raw !== b?.raw) {
      existing.flags.push({ code: 'conflicting-rating', severity: 'ambiguous', message: `The ratings table at line ${line} gives "${b?.raw}" instead of "${a?.raw}".`, raw: b?.raw ?? '', source: lineSource(pack, line) });
    }
  };
  for (const start of ratingsTables(pack)) {
    let domain = '';
    for (let n = start + 1; n <= pack.lines.length; n++) {
      const raw = pack.lines[n - 1] ?? '';
      if (/^#{1,6}\s/.test(raw.trim())) break;
      if (!raw.includes('\t')) continue;
      const cells = raw.split('\t').map(withoutFootnotes);
      const filled = cells.filter((c) => c !== '');
      const scoreAt = cells.findIndex((c) => /^score$/i.test(c));
      const score = /^(\d+)\s*\/\s*(\d+)$/.exec(cells[scoreAt + 1] ?? '');
      if (scoreAt >= 0 && score) {
        const value = { value: Number(score[1]), raw: score[0], source: lineSource(pack, n), ...(report.published ? { period: report.published.raw } : {}), ...(report.published?.iso ? { periodEnd: report.published.iso } : {}) };
        add(indicatorOf(pack, { name: 'HMIP overall score', aliases: ['HMIP score', 'inspection score'], unit: `score out of ${score[2]}`, area: report.area, value, line: n }), n);
      } else if (/^overall rating$/i.test(cells[0] ?? '') && filled.length >= 2) {
        add(ratingIndicator(pack, report, 'HMIP overall rating', ['overall rating', 'HMIP rating', 'inspection rating'], filled[filled.length - 1] ?? '', n), n);
      } else if (/^\d\.\s+\S/.test(cells[0] ?? '') && filled.length === 1) {
        domain = (cells[0] ?? '').replace(/^\d\.\s+/, '');
      } else if (/^\d\.\d$/.test(cells[0] ?? '') && filled.length === 3) {
        const [ref, title, rating] = filled as [string, string, string];
        const name = `HMIP rating: ${domain} – ${ref} ${title}`;
        // HMIP calls each a standard ("the partnerships and services standard was rated...").
        const aliases = [`${ref} ${title}`, `${domain} ${title}`, `HMIP standard ${ref}`, `HMIP rating for the ${title} standard (${domain})`];
        add(ratingIndicator(pack, report, name, aliases, rating, n), n);
      }
    }
  }
  if (byId.size === 0 && ratingsTables(pack).length > 0) {
    flags.push({ code: 'ratings-table-unreadable', severity: 'ambiguous', message: 'A "Ratings" heading has no table this parser can read.', source: lineSource(pack, ratingsTables(pack)[0] ?? 1) });
  }
  return { indicators: [...byId.values()], flags };
}
