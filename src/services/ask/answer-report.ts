import type { AgendaItem, Report, ReportContact, ReportPerson, ReportPersonRole } from '../../domain/model';
import { agendaItemsOf } from '../../domain/report-agenda';
import { lexicon } from '../../language/lexicon';
import { anyPhrase } from '../../language/patterns';
import type { Intent } from '../../nlu/intents';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { cite } from './cite';
import { capital, formatDate, formatTime } from './format';

type ReportIntent = Extract<Intent, { kind: 'report' }>;

const partNames: Record<ReportPersonRole, string> = { 'portfolio-holder': 'Portfolio holder', 'report-from': 'Report from', author: 'Author' };

const who = (p: ReportPerson) => (p.role ? `${p.name}, ${p.role}` : p.name);
const names = (people: ReportPerson[]) => people.map(who).join('; ');
const withPart = (report: Report, part: ReportPersonRole) => report.people.filter((p) => p.as === part);

/** Where a part of the report stands: the pack, its page where known, and the lines. */
function source(catalogue: AskCatalogue, report: Report, line?: number, page?: number): string | undefined {
  const ref = line !== undefined ? { documentId: report.source.documentId, lineStart: line, lineEnd: line, ...(page !== undefined ? { page } : {}) } : report.source;
  const cited = cite(catalogue, ref);
  return cited ? `${cited} (line ${ref.lineStart})` : undefined;
}

/**
 * One report's attribute, as its own pages give it: who wrote it or who it is from, its portfolio
 * holder, the meeting that considers it, what that meeting is asked to do, what it is about, or the
 * page a heading of it is on; with the report's title and meeting, and where in the pack it says so.
 */
export function answerReport(catalogue: AskCatalogue, intent: ReportIntent): Answer {
  const report = catalogue.index.data.reports?.find((r) => r.id === intent.reportId);
  if (!report) return emptyAnswer('not-found', 'Not found', 'That report is no longer in the papers I hold.');
  const meeting = `${report.body}, ${formatDate(report.date)}`;
  const name = /\breport$/i.test(report.title) ? `the ${report.title}` : `the ${report.title} report`;
  const { headline, line, page, extra } = attribute(catalogue, report, intent, name);
  const answer = emptyAnswer('passage', report.title, headline);
  const facts: Fact[] = [{ title: 'Report', value: report.title }, { title: 'Meeting', value: meeting }];
  for (const p of report.people) facts.push({ title: partNames[p.as], value: who(p) });
  for (const c of report.contacts ?? []) facts.push({ title: 'Contact', value: contactLine(c) });
  answer.facts = facts;
  answer.sections.push(...extra);
  answer.sources = [source(catalogue, report, line, page)].filter((s): s is string => !!s);
  answer.memory = { subject: { kind: 'report', id: report.id }, meetingDate: report.date };
  return answer;
}

interface Part {
  headline: string;
  line?: number;
  page?: number;
  extra: Answer['sections'];
}

function attribute(catalogue: AskCatalogue, report: Report, intent: ReportIntent, name: string): Part {
  switch (intent.focus) {
    case 'author':
    case 'from':
    case 'portfolio':
      return people(report, intent.focus, name);
    case 'contact':
      return contacts(report, name);
    case 'considered':
      return considered(catalogue, report, name);
    case 'recommendations':
      return recommendations(report, intent.item);
    case 'purpose':
      return report.purpose
        ? { headline: report.purpose.text, line: report.purpose.lineStart, ...(report.purpose.page !== undefined ? { page: report.purpose.page } : {}), extra: [] }
        : { headline: `The papers give no summary or purpose for ${name}.`, extra: [] };
    case 'pages':
      return pages(catalogue, report, intent.section, name);
    case 'decision':
      return decision(report, name);
  }
}

/** Whose decision the report is and on what footing (urgency, classification), in its own words. */
function decision(report: Report, name: string): Part {
  const framework = report.framework ?? [];
  const first = framework[0];
  if (!first) return { headline: `${capital(name)} does not say whose decision it is: it has no "Budget and policy framework" or "Decision type" section.`, extra: [] };
  return {
    headline: framework.map((f) => f.text).join(' '),
    line: first.lineStart,
    ...(first.page !== undefined ? { page: first.page } : {}),
    extra: [],
  };
}

function people(report: Report, focus: 'author' | 'from' | 'portfolio', name: string): Part {
  const authors = withPart(report, 'author');
  const from = withPart(report, 'report-from');
  const holders = withPart(report, 'portfolio-holder');
  const [asked, said, other, otherSaid] =
    focus === 'author' ? [authors, 'was written by', from, 'is from'] : focus === 'from' ? [from, 'is from', authors, 'was written by'] : [holders, 'has as its portfolio holder', [], ''];
  if (asked.length > 0) return { headline: `${capital(name)} ${said} ${names(asked)}.`, line: asked[0]!.line, extra: [] };
  if (other.length > 0) return { headline: `${capital(name)} names no ${focus === 'from' ? '"report from"' : 'author'}; it ${otherSaid} ${names(other)}.`, line: other[0]!.line, extra: [] };
  return { headline: `The papers do not say who ${focus === 'portfolio' ? 'the portfolio holder of' : 'wrote'} ${name} ${focus === 'portfolio' ? 'is' : ''}`.trim() + '.', extra: [] };
}

const contactLine = (c: ReportContact) => [c.role ? `${c.name}, ${c.role}` : c.name, c.phone ? `tel ${c.phone}` : '', c.email ?? ''].filter(Boolean).join(', ');

/** Who to contact about a report, with the phone and e-mail its contact block gives; failing one, who it is by. */
function contacts(report: Report, name: string): Part {
  const listed = report.contacts ?? [];
  if (listed.length === 0) {
    const by = people(report, 'author', name);
    return { ...by, headline: `${capital(name)} gives no contact. ${by.headline}` };
  }
  return { headline: `The contact for ${name} is ${listed.map(contactLine).join('; and ')}.`, line: listed[0]!.line, extra: [] };
}

/** Words of a summary saying the report came before another meeting first (answers.json). */
const consideredBefore = anyPhrase(lexicon.answers.consideredBefore, 'i');

function considered(catalogue: AskCatalogue, report: Report, name: string): Part {
  const held = report.meetingId ? catalogue.index.meetings.get(report.meetingId) : undefined;
  const at = [held?.time ? `at ${formatTime(held.time)}` : '', held?.venue ? `(${held.venue})` : ''].filter(Boolean).join(' ');
  const headline = `${capital(name)} goes to the ${report.body} on ${formatDate(report.date)}${at ? ` ${at}` : ''}.`;
  // A report that came before another meeting first says so in its summary ("considered by ... on 9 January 2020").
  const before = report.purpose && consideredBefore.test(report.purpose.text) ? report.purpose.text.split(/(?<=\.)\s+/).filter((s) => consideredBefore.test(s)) : [];
  return { headline, line: report.source.lineStart!, extra: before.length > 0 ? [{ heading: 'Considered before', lines: before }] : [] };
}

function recommendations(report: Report, item: number | undefined): Part {
  const items = report.recommendations;
  const first = item !== undefined ? items[item] : undefined;
  const lead = first ?? items[0]!;
  const headline = first ? first.text : `The ${report.body} is asked: ${items.map((r) => r.text).join(' ')}`;
  return {
    headline,
    line: lead.lineStart,
    ...(lead.page !== undefined ? { page: lead.page } : {}),
    extra: [{ heading: 'Recommendations', lines: items.map((r) => r.text) }],
  };
}

function pages(catalogue: AskCatalogue, report: Report, section: number | undefined, name: string): Part {
  const heading = section !== undefined ? report.sections[section] : undefined;
  if (heading) {
    return {
      headline: `"${heading.heading}"${heading.parent ? ` (under "${heading.parent}")` : ''} is on page ${heading.page} of ${name}'s papers, as their contents list numbers the pages.`,
      line: heading.line,
      extra: [],
    };
  }
  const { from, to } = report.pages!;
  const item = agendaItemOf(catalogue, report);
  const at = item ? ` is item ${item.number} on the agenda of the ${report.body}, ${formatDate(report.date)}, and` : '';
  return { headline: `${capital(name)}${at} is on ${from === to ? `page ${from}` : `pages ${from}–${to}`} of the pack.`, line: report.source.lineStart!, page: from, extra: [] };
}

/** The item of the report's meeting's agenda that starts on the report's first page, as the agenda numbers it. */
function agendaItemOf(catalogue: AskCatalogue, report: Report): AgendaItem | undefined {
  const meeting = report.meetingId ? catalogue.index.meetings.get(report.meetingId) : undefined;
  return agendaItemsOf(report, meeting).find((item) => item.number.trim() !== '');
}

