import type { AgendaItem, Flag, Meeting } from '../../../domain/model';
import { meetingId } from '../../../domain/ids';
import { parseLongDate } from '../../text/dates';
import { readFrontSheet, type FrontSheet } from '../../text/front-sheet';
import { findReportHeaders, type ReportHeader } from '../../text/report-headers';
import type { PackParser, PackText } from '../types';
import { readAttendance } from './attendance';
import { readMembership } from './membership';
import { readQuestionRules } from './question-rules';
import { findProseMentions } from './prose-meetings';
import { findMeetingMentions, findMinutesMentions, findProgrammeDates } from './referenced-meetings';

function sentenceCase(body: string): string {
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/** Collects meetings by id; a later sighting only fills what earlier ones left out. */
class MeetingBook {
  readonly byId = new Map<string, Meeting>();
  constructor(private readonly pack: PackText, readonly council: string) {}

  add(body: string, date: string, line: number, extra: Partial<Meeting>, lineEnd = line): Meeting {
    const id = meetingId(this.council, body, date);
    const known = this.byId.get(id);
    if (known) {
      if (!known.time && extra.time) known.time = extra.time;
      // Every mention of a meeting known only from mentions is kept, with where it is, not only the first.
      // NOTE: never on a fuller reading: a mention flag marks a record as partial when readings merge.
      const mentionOnly = known.flags.some((f) => f.code === 'meeting-from-mention' && f.source?.lineStart === known.source.lineStart);
      for (const flag of mentionOnly ? (extra.flags ?? []) : []) if (!known.flags.some((f) => f.message === flag.message && f.source?.lineStart === flag.source?.lineStart)) known.flags.push(flag);
      if (!known.venue && extra.venue) known.venue = extra.venue;
      if (!known.despatch && extra.despatch) known.despatch = extra.despatch;
      return known;
    }
    const page = this.pack.pageOfLine(line);
    const meeting: Meeting = {
      id,
      council: this.council,
      body: sentenceCase(body),
      date,
      membership: [],
      agenda: [],
      flags: [],
      ...extra,
      source: { documentId: this.pack.documentId, ...(page !== undefined ? { page } : {}), lineStart: line, lineEnd },
    };
    this.byId.set(id, meeting);
    return meeting;
  }
}

function fromFrontSheet(pack: PackText, book: MeetingBook, front: FrontSheet): void {
  const flags: Flag[] = [...front.flags];
  const membership = readMembership(pack.lines, front.firstLine, front.agendaStart, flags, pack.documentId).map(
    ({ name, role, note }) => ({ name, role, ...(note ? { note } : {}) }),
  );
  const agenda: AgendaItem[] = front.agenda.map(({ number, title, pageFrom, pageTo }) => ({
    number,
    title,
    ...(pageFrom !== undefined ? { pageFrom } : {}),
    ...(pageTo !== undefined ? { pageTo } : {}),
  }));
  const questionRules = readQuestionRules(front.agenda.map((i) => i.description ?? ''));
  const meeting = book.add(front.body, front.date, front.firstLine, {
    ...(front.time ? { time: front.time } : {}),
    ...(front.venue ? { venue: front.venue } : {}),
    ...(front.contact ? { contact: front.contact } : {}),
    membership,
    agenda,
    ...(questionRules ? { questionRules } : {}),
    flags: flags.map((f) => ({ ...f, source: f.source ?? { documentId: pack.documentId } })),
  }, front.agendaEnd);
  const next = front.agenda.flatMap((i) => {
    const m = /\bnext meeting of the (?:committee|board|panel|cabinet) is (?:scheduled|to be held|arranged) (?:for|on) (.+)$/i.exec(i.description ?? '');
    return m ? [{ text: m[1] ?? '', line: i.line }] : [];
  });
  for (const { text, line } of next) {
    const iso = parseLongDate(text);
    if (iso) book.add(meeting.body, iso, line, { flags: [mentioned(pack, line, 'next meeting named on the agenda')] });
  }
}

function mentioned(pack: PackText, line: number, how: string): Flag {
  const page = pack.pageOfLine(line);
  return {
    code: 'meeting-from-mention',
    severity: 'info',
    message: `Known only from a mention (${how}); only what the mention states is filled in`,
    source: { documentId: pack.documentId, ...(page !== undefined ? { page } : {}), lineStart: line, lineEnd: line },
  };
}

function fromHeaders(book: MeetingBook, headers: ReportHeader[], front: FrontSheet | undefined): void {
  for (const h of headers) {
    const known = front !== undefined && meetingId(book.council, h.body, h.date) === meetingId(book.council, front.body, front.date);
    const meeting = book.add(h.body, h.date, h.line, {
      ...(h.time ? { time: h.time } : {}),
      ...(h.venue ? { venue: h.venue } : {}),
    }, h.titleLine);
    if (!known && h.kind !== 'minutes') meeting.agenda.push({ number: '', title: h.title });
  }
}

/**
 * Who attended the meetings whose minutes the pack holds, and who sent apologies: the membership of
 * that meeting. A name written "Mr Burbidge" takes the role of the one member of that surname the
 * committee's membership lists (a co-optee), and keeps the name as the minutes write it.
 */
function attendanceFromMinutes(pack: PackText, book: MeetingBook, headers: ReportHeader[]): void {
  const listed = [...book.byId.values()].flatMap((m) => m.membership);
  headers.forEach((h, i) => {
    if (h.kind !== 'minutes') return;
    const meeting = book.byId.get(meetingId(book.council, h.body, h.date));
    if (!meeting || meeting.membership.length > 0) return;
    const to = (headers[i + 1]?.line ?? pack.lines.length + 1) - 1;
    const seen = readAttendance(pack.lines, h.titleLine + 1, to);
    meeting.membership = seen.map(({ line: _line, ...entry }) => {
      if (entry.attendance !== 'apologies') return entry;
      const surname = entry.name.split(/\s+/).at(-1)?.toLowerCase();
      const same = [...new Map(listed.filter((m) => m.name.split(/\s+/).at(-1)?.toLowerCase() === surname).map((m) => [m.name, m])).values()];
      return same.length === 1 ? { ...entry, role: same[0]!.role, ...(same[0]!.note ? { note: same[0]!.note } : {}) } : entry;
    });
  });
}

/** Where "the minutes of the meeting on ..." is certainly the committee's own: its front sheet and its minutes. */
function ownMinutesRanges(pack: PackText, headers: ReportHeader[], front: FrontSheet | undefined): { body: string; from: number; to: number }[] {
  const ranges = front ? [{ body: front.body, from: front.agendaStart, to: front.agendaEnd }] : [];
  headers.forEach((h, i) => {
    if (h.kind === 'minutes') ranges.push({ body: h.body, from: h.titleLine + 1, to: (headers[i + 1]?.line ?? pack.lines.length + 1) - 1 });
  });
  return ranges;
}

/**
 * Meetings in a pack: the one its agenda front sheet is for (body, date, time, venue, contact,
 * membership, agenda with pages, question rules where stated), the meetings its report headers and
 * minutes are for, and other meetings it names with a body and a full date.
 */
export const parseMeetings: PackParser = (pack) => {
  const council = pack.council ?? 'unknown';
  const book = new MeetingBook(pack, council);
  const front = readFrontSheet(pack.lines);
  const headers = findReportHeaders(pack.lines);
  if (front) fromFrontSheet(pack, book, front);
  fromHeaders(book, headers, front);
  attendanceFromMinutes(pack, book, headers);
  const after = front ? front.agendaEnd + 1 : 1;
  for (const m of findMeetingMentions(pack.lines, after, pack.lines.length)) {
    book.add(m.body, m.date, m.line, { ...(m.time ? { time: m.time } : {}), flags: [mentioned(pack, m.line, 'named with its date in the text')] });
  }
  for (const m of findProseMentions(pack.lines, after, pack.lines.length)) {
    book.add(m.body, m.date, m.line, { flags: [mentioned(pack, m.line, 'a report going to it, or its decision, with the date')] });
  }
  for (const { body, from, to } of ownMinutesRanges(pack, headers, front)) {
    for (const m of findMinutesMentions(pack.lines, from, to)) {
      book.add(body, m.date, m.line, { flags: [mentioned(pack, m.line, 'minutes of an earlier meeting')] });
    }
  }
  for (const p of findProgrammeDates(pack.lines, after, pack.lines.length)) {
    const owner = [...headers].reverse().find((h) => h.line <= p.line && h.kind !== 'minutes');
    const body = owner?.body ?? front?.body;
    if (!body) continue;
    const meeting = book.add(body, p.date, p.line, { ...(p.time ? { time: p.time } : {}), ...(p.despatch ? { despatch: p.despatch } : {}), flags: [mentioned(pack, p.line, 'work programme row')] });
    const planned = p.items.map(({ title, author, form, line }) => {
      const page = pack.pageOfLine(line);
      return { title, ...(author ? { author } : {}), ...(form ? { form } : {}), source: { documentId: pack.documentId, ...(page !== undefined ? { page } : {}), lineStart: line, lineEnd: line } };
    });
    if (planned.length > 0) meeting.planned = [...(meeting.planned ?? []), ...planned];
  }
  const flags: Flag[] = pack.council ? [] : [{ code: 'council-unknown', severity: 'ambiguous', message: `${pack.fileName}: the pack does not say which council it is from` }];
  return { meetings: [...book.byId.values()], flags };
};
