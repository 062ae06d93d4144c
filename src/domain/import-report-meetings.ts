import type { Meeting } from './model';

/** A meeting the import knows only from a mention in prose, with where it is said: for the import report. */
export interface ProseMeeting {
  meeting: string;
  /** How it is known and where: "a report going to it... (pack:004-... page 12, line 133)". */
  from: string[];
  /** Items a work programme plans for it. */
  planned: number;
}

/**
 * Meetings known only from the text (a report going to Cabinet on a date, a committee "at its meeting
 * on ...", a work programme's row), each with every mention's document, page and line; and, for any
 * meeting, the work programme items attached to it and the attendance its minutes give.
 */
export function proseMeetings(meetings: readonly Meeting[]): ProseMeeting[] {
  return meetings.flatMap((m) => {
    const mentions = m.flags.filter((f) => f.code === 'meeting-from-mention');
    // Known only from a mention: its own record is where a mention was read.
    const own = mentions.some((f) => f.source?.documentId === m.source.documentId && f.source?.lineStart === m.source.lineStart);
    if (!own) return [];
    const from = mentions.map((f) => {
      const s = f.source;
      const where = s ? ` (${s.documentId}${s.page !== undefined ? ` page ${s.page}` : ''}${s.lineStart ? ` line ${s.lineStart}` : ''})` : '';
      return `${f.message.replace(/^Known only from a mention \((.+?)\);.*$/, '$1')}${where}`;
    });
    return [{ meeting: `${m.body} (${m.council}), ${m.date}${m.time ? ` ${m.time}` : ''}`, from: [...new Set(from)], planned: m.planned?.length ?? 0 }];
  });
}

/** Meetings with attendance read from their minutes: "… 15 July 2019: 8 present, 2 apologies". */
export function minutedAttendance(meetings: readonly Meeting[]): string[] {
  return meetings
    .filter((m) => m.membership.some((e) => e.attendance))
    .map((m) => {
      const apologies = m.membership.filter((e) => e.attendance === 'apologies').length;
      return `${m.body} (${m.council}), ${m.date}: ${m.membership.length - apologies} present, ${apologies} apologies`;
    });
}
