import * as chrono from 'chrono-node';
import type { QuestionRules } from '../../domain/model';
import type { QuestionMeeting, QuestionWindow } from '../../domain/questions';
import { fromCatalogue } from '../../domain/questions-meeting';
import { DEFAULT_MAX_LENGTH, DEFAULT_MAX_PER_MEMBER } from '../../domain/questions-rules';
import { tokens } from '../../domain/similarity';
import type { Actor } from '../../domain/directory';
import { hasRole } from '../../domain/directory';
import { type QuestionContext, today, whoIs } from './context';
import type { OpenValues } from '../../views/questions/open-cards';

/** Imported meetings from today on that have no question window yet, soonest first. */
export async function openableMeetings(ctx: QuestionContext): Promise<QuestionMeeting[]> {
  const from = today(ctx);
  const taken = new Set((await ctx.questions.listWindows()).map((w) => w.meeting.id));
  return (await ctx.catalogue.listMeetings())
    .filter((m) => m.date >= from && !taken.has(m.id))
    .sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body))
    .map(fromCatalogue);
}

/** An imported meeting by id, with the question rules its pack states. */
export async function catalogueMeeting(ctx: QuestionContext, id: string): Promise<{ meeting: QuestionMeeting; rules?: QuestionRules } | undefined> {
  const found = (await ctx.catalogue.listMeetings()).find((m) => m.id === id);
  return found ? { meeting: fromCatalogue(found), ...(found.questionRules ? { rules: found.questionRules } : {}) } : undefined;
}

/** The open form's starting values: what the pack states where it states it, else common practice. */
export function suggestedValues(rules: QuestionRules | undefined, meetingDate: string): OpenValues {
  const fixed = rules?.deadline ? { date: rules.deadline.slice(0, 10), time: rules.deadline.slice(11, 16) } : undefined;
  return {
    deadlineKind: fixed && rules?.clearWorkingDays === undefined ? 'fixed' : 'rule',
    days: rules?.clearWorkingDays ?? 3,
    time: rules?.deadlineTime ?? '17:00',
    fixedDate: fixed?.date ?? meetingDate,
    fixedTime: fixed?.time ?? rules?.deadlineTime ?? '17:00',
    maxPerMember: DEFAULT_MAX_PER_MEMBER,
    maxLength: DEFAULT_MAX_LENGTH,
    notifyMembers: true,
  };
}

export type WindowLookup =
  | { kind: 'found'; window: QuestionWindow }
  | { kind: 'none'; dateText?: string }
  | { kind: 'ambiguous'; windows: QuestionWindow[] };

/**
 * The question window a phrase names: "the 2 March meeting", "9 April 2026", "children's committee
 * on 2 March". A date without a year matches that day in any year; words of a committee's name
 * narrow several meetings on one day. No date: the next meeting with a window (else the latest).
 */
export async function findWindow(ctx: Pick<QuestionContext, 'questions' | 'now' | 'timeZone'>, phrase: string): Promise<WindowLookup> {
  const windows = await ctx.questions.listWindows();
  const date = chrono.en.GB.parse(phrase, ctx.now).find((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  if (!date) {
    if (phrase.trim() && !/^(the\s+)?(next|upcoming)(\s+meeting)?$/i.test(phrase.trim())) {
      const named = byName(windows, phrase);
      if (named.length === 1) return { kind: 'found', window: named[0]! };
      if (named.length > 1) return { kind: 'ambiguous', windows: named };
      return { kind: 'none' };
    }
    const from = today(ctx);
    const next = windows.find((w) => w.meeting.date >= from) ?? windows[windows.length - 1];
    return next ? { kind: 'found', window: next } : { kind: 'none' };
  }
  const mmdd = `${String(date.start.get('month')).padStart(2, '0')}-${String(date.start.get('day')).padStart(2, '0')}`;
  const year = date.start.isCertain('year') ? String(date.start.get('year')) : undefined;
  let matches = windows.filter((w) => w.meeting.date.slice(5) === mmdd && (!year || w.meeting.date.startsWith(year)));
  if (matches.length > 1) {
    const named = byName(matches, phrase.replace(date.text, ' '));
    if (named.length > 0) matches = named;
  }
  if (matches.length === 0) return { kind: 'none', dateText: date.text };
  if (matches.length === 1) return { kind: 'found', window: matches[0]! };
  return { kind: 'ambiguous', windows: matches };
}

/** Windows whose committee name shares the most words with the phrase. */
function byName(windows: QuestionWindow[], phrase: string): QuestionWindow[] {
  const wanted = new Set(tokens(phrase).filter((t) => !['meeting', 'committee'].includes(t)));
  if (wanted.size === 0) return [];
  const scored = windows.map((w) => ({ w, n: tokens(w.meeting.body).filter((t) => wanted.has(t)).length }));
  const best = Math.max(0, ...scored.map((s) => s.n));
  return best === 0 ? [] : scored.filter((s) => s.n === best).map((s) => s.w);
}

/**
 * The committees someone may open questions for, to pick from rather than type (a typed name that is
 * not theirs was refused only at the last step): a chair's own; for democratic services, every
 * committee the people file names. Empty when none is known (then the name is typed).
 */
export function knownCommittees(ctx: QuestionContext, actor: Actor): string[] {
  const { person } = whoIs(ctx, actor);
  const all = hasRole(person, 'democratic-services') ? ctx.directory.people.flatMap((p) => p.committees) : hasRole(person, 'chair') ? (person?.committees ?? []) : [];
  return [...new Set(all.map((c) => c.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
