import type { Report } from '../domain/model';
import { agendaItemsOf } from '../domain/report-agenda';
import { type ReportAttribute, reportPhrasings } from '../language/report-phrasings';
import { bodyKey } from './catalogue-data';
import type { CueTag } from './cues';
import { findCandidates, type NameMatch } from './match';
import { parseReportPartRef } from './report-entries';
import { councilSlots, fully, mergeExplained, type ReadContext, type Reading, slotCues } from './reading';
import { stem } from './text';

/** The cue words each attribute's answer accounts for, besides those every report answer does. */
const attributeTags: Record<ReportAttribute, CueTag[]> = {
  author: ['person', 'contact', 'lead'],
  from: ['person', 'contact'],
  contact: ['person', 'contact', 'lead'],
  portfolio: ['person', 'members'],
  considered: ['meeting', 'agenda', 'due', 'next', 'venue'],
  recommendations: ['recommendation', 'agenda'],
  purpose: ['meaning', 'agenda'],
  pages: ['more', 'priority', 'agenda'],
  decision: ['agenda', 'meeting', 'next'],
};
const commonTags: CueTag[] = ['papers', 'soft', 'figure'];

const asTerms = (phrase: string) => phrase.split(' ').map((w) => stem(w.replace(/'/g, '')));
const asTyped = (phrase: string) => phrase.split(' ').map((w) => w.replace(/'/g, ''));
const phrasings = reportPhrasings.attributes.map(({ attribute, phrases, needsReport, last, agendaItem, exact, notBefore }) => ({
  attribute,
  needsReport: !!needsReport,
  last: !!last,
  agendaItem: !!agendaItem,
  exact: !!exact,
  notBefore: new Set(notBefore ?? []),
  phrases: phrases.map(exact ? asTyped : asTerms),
}));
const nouns = reportPhrasings.nouns.map(asTerms);

/**
 * Word positions where a phrase (as stemmed terms, or words as typed) stands in the question; not
 * where one of `notBefore` or a number follows it ("which item in the report", "item 3 of the report").
 */
function phrasePositions(words: readonly string[], phrase: readonly string[], typed?: readonly string[], notBefore?: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!phrase.every((t, k) => words[i + k] === t)) continue;
    const next = typed?.[i + phrase.length];
    if (notBefore && next !== undefined && (notBefore.has(next) || /^\d/.test(next))) continue;
    for (let k = 0; k < phrase.length; k++) out.push(i + k);
  }
  return out;
}

interface Asked {
  attribute: ReportAttribute;
  positions: Set<number>;
  /** Only common words ask it: the question must also say a report is meant. */
  needsReport: boolean;
  /** It is asked where the report stands on its meeting's agenda (reports.json `agendaItem`). */
  agendaItem: boolean;
}

/** Chat around a question ("atm", "now", "thanks", "pls"): what follows a phrase that counts only at the end. */
const isFiller = (slot: ReadContext['query']['slots'][number]) => slot.soft || slotCues(slot).includes('soft');

/** Each attribute the question asks for, with the word positions that ask it (one row per attribute, the specific phrasings first). */
function askedAttributes(stems: readonly string[], typed: readonly string[], isContent: (position: number) => boolean): Asked[] {
  const out = new Map<ReportAttribute, Asked>();
  const lastContent = stems.reduce((at, _, i) => (isContent(i) ? i : at), -1);
  for (const { attribute, phrases, needsReport, last, agendaItem, exact, notBefore } of phrasings) {
    const positions = phrases.flatMap((p) => {
      const at = phrasePositions(exact ? typed : stems, p, typed, notBefore);
      // A phrase that counts only at the end: nothing but small words may follow it.
      return last && at.some((i) => i < lastContent) && !at.includes(lastContent) ? [] : at;
    });
    if (positions.length === 0) continue;
    const seen = out.get(attribute);
    if (!seen) out.set(attribute, { attribute, positions: new Set(positions), needsReport, agendaItem });
    else {
      for (const p of positions) seen.positions.add(p);
      seen.needsReport &&= needsReport;
      seen.agendaItem ||= agendaItem;
    }
  }
  return [...out.values()];
}

/** Slots standing on any of these word positions, with full credit. */
function slotsAt(ctx: ReadContext, positions: ReadonlySet<number>): Map<number, number> {
  return fully(ctx.query.slots.flatMap((slot, n) => (slot.positions.some((p) => positions.has(p)) ? [n] : [])));
}

/** Least share of a title a question must name when the title is not the only one it fits. */
const TITLE_MENTION = 0.25;
/** Recommendations and headings matched in full per question (a report's title words bring in many). */
const PARTS = 40;
/** A name this much stronger than the next report's names the report on its own. */
const CLEAR_LEAD = 1.3;

/**
 * Readings of the question as about one report's attribute: "who wrote the HIF report", "who is the
 * old vicarage addendum report from", "what is the committee asked to approve for the child
 * exploitation task and finish group", "what page is 2.3 implementation and delivery on in the HMIP
 * report". The report is named by its title, or by one of its recommendations or contents headings.
 */
export function readReports(ctx: ReadContext): Reading[] {
  const reports = ctx.index.data.reports ?? [];
  if (reports.length === 0) return [];
  const typed = ctx.query.words.map((w) => w.toLowerCase().replace(/'/g, ''));
  const stems = typed.map((w) => stem(w));
  const nounPositions = new Set(nouns.flatMap((n) => phrasePositions(stems, n)));
  // "The lead member report", "the director of public health's report": named by the role of who it is from.
  const roles = byRole(ctx, nounPositions);
  const rolePositions = new Set(roles.flatMap((r) => [...r.match.explained.keys()].flatMap((n) => ctx.query.slots[n]!.positions)));
  const asked = askedAttributes(stems, typed, (i) => ctx.query.slots.some((slot) => slot.positions.includes(i) && !isFiller(slot)))
    .map((a) => ({ ...a, positions: new Set([...a.positions].filter((p) => !rolePositions.has(p))) }))
    .filter((a) => a.positions.size > 0);
  if (asked.length === 0) return [];
  const nounSlots = slotsAt(ctx, nounPositions);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const subject = (s: number) => !ctx.query.slots[s]!.soft && slotCues(ctx.query.slots[s]!).length === 0;
  // The words that ask ("portfolio holder", "asked to agree") do not name a report.
  const asking = slotsAt(ctx, new Set(asked.flatMap((a) => [...a.positions])));
  const naming = (n: number) => subject(n) && !asking.has(n);
  const titles = named(findCandidates(ctx.query, ctx.index, ['report'], { limit: 8, mustExplain: naming }), (m) => m.entry.ref);
  // A word of the report's committee ("for the sept scrutiny") confirms it, however little of the name it is;
  // but the committee's name alone ("what is cabinet asked to agree") names none of its reports.
  const bodies = new Map(findCandidates(ctx.query, ctx.index, ['body'], { limit: 12 }).map((m) => [m.entry.ref, m]));
  const namesBeyond = (match: NameMatch | undefined, body: NameMatch | undefined) =>
    !!match && [...match.explained].some(([n, c]) => c >= 0.5 && naming(n) && !((body?.explained.get(n) ?? 0) >= 0.5));
  const out: Reading[] = [];
  for (const { attribute, positions, needsReport, agendaItem } of asked) {
    const phrase = slotsAt(ctx, positions);
    const parts = attribute === 'recommendations' ? 'report-item' : attribute === 'pages' ? 'report-section' : undefined;
    const reportOf = (m: NameMatch) => parseReportPartRef(m.entry.ref).reportId;
    // A recommendation or heading is the one asked about only when it names more than its report's title
    // does ("... for the child exploitation task and finish group", "2.3 implementation and delivery").
    const beyondTitle = (m: NameMatch) => {
      const report = byId.get(reportOf(m))!;
      const title = titles.find((t) => t.key === report.id);
      return namesBeyond(m, bodies.get(bodyKey(report.council, report.body))) && [...m.explained.keys()].some((k) => naming(k) && !title?.match.explained.has(k));
    };
    const partFound = parts ? findCandidates(ctx.query, ctx.index, [parts], { limit: PARTS, mustExplain: naming }).filter(beyondTitle) : [];
    const partMatches = named(partFound, reportOf);
    for (const report of reports) {
      const body = bodies.get(bodyKey(report.council, report.body));
      const title = titles.find((t) => t.key === report.id && namesBeyond(t.match, body));
      const best = partMatches.find((p) => p.key === report.id);
      const role = roles.find((r) => r.key === report.id);
      if (!title && !best && !role) continue;
      if (title && !best && !role && title.match.precision < TITLE_MENTION && !title.clear) continue;
      // "When was X", "what is X about" ask about a report only when the question says a report is meant.
      if (needsReport && nounSlots.size === 0 && !(attribute === 'pages' && best)) continue;
      if (attribute === 'pages' && !best && !agendaItem && agendaSays(ctx, report) && agendaAsked(ctx)) continue;
      if (attribute === 'pages' && !best && !report.pages) continue;
      if (attribute === 'recommendations' && report.recommendations.length === 0) continue;
      // A report saying nothing of whose decision it is leaves the question to the papers.
      if (attribute === 'decision' && !report.framework) continue;
      // Two headings of one report named equally ("Assessment" under two parts): each is a reading, and the member chooses.
      const tied = best && attribute === 'pages' ? headingsOver(report, partFound.filter((m) => parseReportPartRef(m.entry.ref).reportId === report.id && m.strength >= best.match.strength - 1e-9)) : [];
      for (const match of tied.length > 0 ? tied : [best?.match]) {
        const part = match && best ? { match, clear: best.clear } : undefined;
        const precision = Math.max(title?.clear ? 1 : (title?.match.precision ?? 0), part?.clear ? 1 : (part?.match.precision ?? 0), role ? (role.clear ? 1 : ROLE_NAMING) : 0);
        const n = part ? parseReportPartRef(part.match.entry.ref).n : undefined;
        const section = attribute === 'pages' ? n : undefined;
        out.push({
          intent: {
            kind: 'report',
            reportId: report.id,
            focus: attribute,
            ...(n !== undefined ? (attribute === 'pages' ? { section: n } : { item: n }) : {}),
          },
          key: `report:${report.id}${section !== undefined ? `#s${section}` : ''}`,
          choice: section !== undefined ? sectionChoice(byId.get(report.id)!, section) : reportChoice(byId.get(report.id)!, attribute),
          explained: mergeExplained(title?.match.explained, part?.match.explained, role?.match.explained, phrase, nounSlots, body?.explained, councilSlots(ctx, [report.council])),
          precision,
          tags: [...commonTags, ...attributeTags[attribute]],
          prior: outsidePeriod(ctx, report) ? 0.8 : 1,
        });
      }
    }
  }
  if (out.length === 0) out.push(...followUps(ctx, asked, byId, bodies));
  return widest(out, subject);
}

/** How completely a role named just before "report" names the report: reports by the same role tie, and are asked back. */
const ROLE_NAMING = 0.9;

/**
 * Reports named by the role of someone they are from or by (src/nlu/report-entries.ts), said just
 * before a word for a report ("the commissioner's report", "the lead member report"): every word
 * between the article and that word must stand in the role, and the role's words must be
 * those words (not one of many words of a long role).
 */
function byRole(ctx: ReadContext, nounPositions: ReadonlySet<number>): { key: string; match: NameMatch; clear: boolean }[] {
  if (nounPositions.size === 0) return [];
  const matches = findCandidates(ctx.query, ctx.index, ['report-role'], { limit: 24, mustExplain: (n) => !ctx.query.slots[n]!.soft });
  const before = matches.filter((match) => {
    const slots = [...match.explained].filter(([, c]) => c >= 0.5).map(([n]) => ctx.query.slots[n]!);
    const positions = slots.flatMap((s) => s.positions);
    if (positions.length === 0) return false;
    const last = Math.max(...positions);
    // Right before the report word, and every content word from the first of them to it explained.
    if (!nounPositions.has(last + 1)) return false;
    const first = Math.min(...positions);
    const between = ctx.query.slots.filter((s) => !s.soft && s.positions.some((p) => p >= first && p <= last));
    return !between.some((s) => !slots.includes(s));
  });
  return named(before, (m) => m.entry.ref);
}

/** "And who wrote it?" after a report's answer, naming no report: the same report's attribute. */
function followUps(ctx: ReadContext, asked: Asked[], byId: Map<string, Report>, bodies: Map<string, NameMatch>): Reading[] {
  const last = ctx.memory?.subject;
  const report = last?.kind === 'report' ? byId.get(last.id) : undefined;
  if (!report) return [];
  const body = bodies.get(bodyKey(report.council, report.body));
  return asked.map(({ attribute, positions }) => ({
    intent: { kind: 'report' as const, reportId: report.id, focus: attribute },
    key: `report:${report.id}`,
    choice: reportChoice(report, attribute),
    explained: mergeExplained(slotsAt(ctx, positions), body?.explained),
    precision: 1,
    tags: [...commonTags, ...attributeTags[attribute]],
    prior: ctx.followUp ? 0.97 : 0.75,
    implicit: true,
  }));
}

/**
 * A report whose reading accounts for every subject word another report's does, and more, is named
 * as fully as a question names a report: members call a report by a few of its title's words.
 */
function widest(readings: Reading[], subject: (slot: number) => boolean): Reading[] {
  const slots = readings.map((r) => new Set([...r.explained].filter(([n, c]) => c >= 0.5 && subject(n)).map(([n]) => n)));
  return readings.map((r, i) => {
    const mine = slots[i]!;
    const report = (key: string) => key.replace(/#s\d+$/, '');
    const others = readings.flatMap((o, j) => (report(o.key) !== report(r.key) ? [slots[j]!] : []));
    const wider = mine.size > 0 && others.every((theirs) => theirs.size < mine.size && [...theirs].every((n) => mine.has(n)));
    return wider ? { ...r, precision: 1 } : r;
  });
}

/** Matches grouped by the report they name, best first, each marked clear when well ahead of the next report's. */
function named(matches: NameMatch[], reportOf: (m: NameMatch) => string): { key: string; match: NameMatch; clear: boolean }[] {
  const best = new Map<string, NameMatch>();
  for (const m of matches) {
    const key = reportOf(m);
    const seen = best.get(key);
    if (!seen || m.strength > seen.strength) best.set(key, m);
  }
  const sorted = [...best].sort((a, b) => b[1].strength - a[1].strength);
  return sorted.map(([key, match], i) => ({ key, match, clear: i === 0 && (sorted.length === 1 || match.strength >= sorted[1]![1].strength * CLEAR_LEAD) }));
}

/** The report's meeting has an agenda item on the report's first page: the agenda answers which pages it is on. */
function agendaSays(ctx: ReadContext, report: Report): boolean {
  return agendaItemsOf(report, report.meetingId ? ctx.index.meetings.get(report.meetingId) : undefined).length > 0;
}

/** "Agenda pages for the X report": the meeting's agenda, which lists the item's pages, is asked for. */
const agendaAsked = (ctx: ReadContext) => ctx.tags.has('agenda');

/** The question names a period the report's meeting falls outside. */
function outsidePeriod(ctx: ReadContext, report: Report): boolean {
  const period = ctx.period;
  if (!period || period.yearless) return false;
  return (!!period.from && report.date < period.from) || (!!period.to && report.date > period.to);
}

const askWords: Record<ReportAttribute, string> = {
  author: 'who wrote',
  from: 'who is',
  contact: 'who is the contact for',
  portfolio: 'who is the portfolio holder for',
  considered: 'when was',
  recommendations: 'what are the recommendations of',
  purpose: 'what is',
  pages: 'which pages is',
  decision: 'whose decision is',
};

/** The unambiguous way to ask about one report. */
export function reportChoice(report: Report, attribute: ReportAttribute): { label: string; text: string } {
  const tail = attribute === 'from' ? ' from' : attribute === 'considered' ? ' considered' : attribute === 'purpose' ? ' about' : attribute === 'pages' ? ' on' : '';
  return {
    label: `${report.title} (${report.body}, ${report.date})`,
    text: `${askWords[attribute]} the ${report.title} report to the ${report.body} on ${report.date}${tail}`,
  };
}

/** The unambiguous way to ask which page one heading of a report is on. */
export function sectionChoice(report: Report, n: number): { label: string; text: string } {
  const section = report.sections[n]!;
  const heading = section.parent ? `${section.heading} (${section.parent})` : section.heading;
  return { label: `${heading}, ${report.title}`, text: `which page is ${heading} on in the ${report.title} report to the ${report.body} on ${report.date}` };
}

/**
 * Of headings named alike, those no other of them sits under: a subsection is named with the heading
 * it sits under ("1.2. Staff (1. Organisational delivery)"), so the words of that heading name it as
 * well as the heading itself, and "the organisational delivery section" is the heading, not a choice
 * between it and each of its subsections. Subsections of a heading not among them stay.
 */
function headingsOver(report: Report, tied: NameMatch[]): NameMatch[] {
  const headingOf = (m: NameMatch) => report.sections[parseReportPartRef(m.entry.ref).n];
  const named = new Set(tied.map((m) => headingOf(m)?.heading).filter((h): h is string => !!h));
  return tied.filter((m) => {
    const parent = headingOf(m)?.parent;
    return !parent || !named.has(parent);
  });
}
