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

/** Escapes Markdown's special characters in text people wrote. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

/** Who asks, in the pack's words: "Councillor A and Councillor B". */
export function askersLine(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function packMarkdown(pack: QuestionPack): string {
  const m = pack.meeting;
  const lines = [`# ${md(pack.title)}`, ''];
  const where = [m.time ? `at ${m.time}` : '', m.venue ? md(m.venue) : ''].filter(Boolean).join(', ');
  if (where) lines.push(where, '');
  if (pack.count === 0) lines.push('No questions have been accepted for this meeting.', '');
  for (const group of pack.groups) {
    lines.push(`## Item ${md(group.item.number)}: ${md(group.item.title)}`, '');
    for (const e of group.entries) {
      const to = e.putTo ? ` to ${md(e.putTo)}` : '';
      const late = e.late ? ' (received after the deadline, accepted by the chair)' : '';
      lines.push(`### Question ${e.number} (${e.ref})`, '', `From ${md(askersLine(e.askers))}${to}${late}`, '', md(e.text), '');
      if (e.answer) lines.push('**Answer**', '', md(e.answer), '');
      if (e.outcome) lines.push(`*${outcomeLabels[e.outcome]}*`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
