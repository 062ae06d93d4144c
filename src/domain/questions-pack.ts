import {
  meetingTitle,
  outcomeLabels,
  type MeetingOutcome,
  type Question,
  type QuestionAgendaItem,
  type QuestionWindow,
  questionRef,
} from './questions';

/**
 * The question pack for a meeting (the supplementary agenda): accepted questions grouped by agenda
 * item in agenda order, numbered 1, 2, 3... through the pack in order of receipt within each item,
 * with the approved written answers. Pure: the Word and Markdown renderings are built from this.
 */

export interface PackEntry {
  /** Number in the pack. */
  number: number;
  /** The reference the member was given ("Q7"). */
  ref: string;
  askers: string[];
  putTo?: string;
  text: string;
  late: boolean;
  /** Approved written answer, when there is one. */
  answer?: string;
  outcome?: MeetingOutcome;
}

export interface PackGroup {
  item: QuestionAgendaItem;
  entries: PackEntry[];
}

export interface QuestionPack {
  title: string;
  meeting: QuestionWindow['meeting'];
  groups: PackGroup[];
  count: number;
}

/** Agenda order: by the item's position in the meeting's agenda. */
function agendaIndex(window: QuestionWindow, number: string): number {
  const i = window.meeting.agenda.findIndex((item) => item.number === number);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

export function buildPack(window: QuestionWindow, questions: Question[]): QuestionPack {
  const accepted = questions
    .filter((q) => q.status === 'accepted')
    .sort(
      (a, b) =>
        agendaIndex(window, a.agendaItem) - agendaIndex(window, b.agendaItem) ||
        a.receivedAt.localeCompare(b.receivedAt) ||
        a.number - b.number,
    );
  const groups: PackGroup[] = [];
  accepted.forEach((q, i) => {
    let group = groups.find((g) => g.item.number === q.agendaItem);
    if (!group) {
      const item = window.meeting.agenda.find((a) => a.number === q.agendaItem) ?? { number: q.agendaItem, title: '' };
      group = { item, entries: [] };
      groups.push(group);
    }
    group.entries.push({
      number: i + 1,
      ref: questionRef(q),
      askers: q.askers.map((a) => a.name),
      ...(q.putTo ? { putTo: q.putTo } : {}),
      text: q.text,
      late: q.late,
      ...(q.answer?.status === 'approved' && q.answer.text ? { answer: q.answer.text } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
    });
  });
  return { title: `Questions: ${meetingTitle(window.meeting)}`, meeting: window.meeting, groups, count: accepted.length };
}

/**
 * Characters that open or close a CommonMark or GFM inline construct wherever they stand: escapes,
 * code, emphasis, links and images, headings, HTML and autolinks, tables, strike-through.
 */
const INLINE = /[\\`*_[\]#<>|~!()]/g;
/** "&" starting a character reference ("&amp;", "&#169;", "&#xA9;"), which would show another character. */
const ENTITY = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;

/** One typed line, escaped so it starts no block (list, quote, setext underline, code) and no inline construct. */
function literalLine(line: string): string {
  const escaped = line
    // Leading spaces or tabs would make an indented code block; a paragraph drops them anyway.
    .replace(/^[ \t]+/, '')
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&');
  return escaped
    .replace(/^[-+=]/, '\\$&') // bullet, thematic break or setext underline ("---", "===")
    .replace(/^(\d+)\.(?=[ \t]|$)/, '$1\\.'); // ordered list ("1. " here; "1)" is escaped above)
}

/**
 * Text people wrote, as CommonMark that shows it literally, line by line: every character that would
 * start Markdown is backslash-escaped once, and other punctuation is left alone so it stays readable.
 */
export function literalMarkdown(text: string): string {
  return text.split(/\r\n|\r|\n/).map(literalLine).join('\n');
}

/** The same for a one-line place (a heading, the "From" line): line breaks typed in it become spaces. */
function mdLine(text: string): string {
  return literalLine(text.replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' '));
}

/** Who asks, in the pack's words: "Councillor A and Councillor B". */
export function askersLine(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function packMarkdown(pack: QuestionPack): string {
  const m = pack.meeting;
  const lines = [`# ${mdLine(pack.title)}`, ''];
  const where = [m.time ? `at ${m.time}` : '', m.venue ? mdLine(m.venue) : ''].filter(Boolean).join(', ');
  if (where) lines.push(where, '');
  if (pack.count === 0) lines.push('No questions have been accepted for this meeting.', '');
  for (const group of pack.groups) {
    lines.push(`## Item ${mdLine(group.item.number)}: ${mdLine(group.item.title)}`, '');
    for (const e of group.entries) {
      const to = e.putTo ? ` to ${mdLine(e.putTo)}` : '';
      const late = e.late ? ' (received after the deadline, accepted by the chair)' : '';
      lines.push(`### Question ${e.number} (${e.ref})`, '', `From ${mdLine(askersLine(e.askers))}${to}${late}`, '', literalMarkdown(e.text), '');
      if (e.answer) lines.push('**Answer**', '', literalMarkdown(e.answer), '');
      if (e.outcome) lines.push(`*${outcomeLabels[e.outcome]}*`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
