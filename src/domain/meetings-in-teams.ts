import type { Meeting } from './model';
import { sameBody, type QuestionWindow } from './questions';

/** Flag on a meeting a chair added in Teams when opening questions: it is in no agenda pack. */
export const CREATED_IN_TEAMS = 'meeting-created-in-teams';

/** The imported meetings and the meetings questions were opened for in Teams, as one list. */
export interface AllMeetings {
  /** Every meeting, imported or added in Teams, by date. */
  meetings: Meeting[];
  /** The question window of a meeting, by the meeting's id in `meetings`. */
  windows: Map<string, QuestionWindow>;
}

/**
 * One meeting model: a meeting a chair added in Teams (when opening questions) joins the imported
 * ones, under the committee's imported name and council where the name is one the papers use, so
 * every meeting question finds it. A window for a meeting the papers also hold (by id, or the same
 * committee on the same day) is attached to that meeting instead of adding a second one. Pure.
 */
export function allMeetings(imported: readonly Meeting[], windows: readonly QuestionWindow[]): AllMeetings {
  const meetings = [...imported];
  const byWindow = new Map<string, QuestionWindow>();
  const councils = [...new Set(imported.map((m) => m.council))];
  for (const window of windows) {
    const q = window.meeting;
    const same = imported.find((m) => m.id === q.id) ?? imported.find((m) => m.date === q.date && sameBody(m.body, q.body));
    if (same) {
      byWindow.set(same.id, window);
      continue;
    }
    // NOTE: an imported meeting a later import no longer holds is not brought back from a window's copy.
    if (q.origin !== 'created') continue;
    const named = imported.filter((m) => sameBody(m.body, q.body));
    const namedCouncils = [...new Set(named.map((m) => m.council))];
    const council = q.council ?? (namedCouncils.length === 1 ? namedCouncils[0] : councils.length === 1 ? councils[0] : undefined) ?? 'this council';
    const body = named.find((m) => m.council === council)?.body ?? q.body;
    meetings.push({
      id: q.id,
      council,
      body,
      date: q.date,
      ...(q.time ? { time: q.time } : {}),
      ...(q.venue ? { venue: q.venue } : {}),
      membership: [],
      agenda: q.agenda.map((a) => ({ number: a.number, title: a.title })),
      source: { documentId: `teams:${window.id}` },
      flags: [{ code: CREATED_IN_TEAMS, severity: 'info', message: 'Added in Teams when questions were opened; in no agenda pack' }],
    });
    byWindow.set(q.id, window);
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { meetings, windows: byWindow };
}
