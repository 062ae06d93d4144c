import { dateFormat } from '../../domain/date-format';
import { CREATED_IN_TEAMS } from '../../domain/meetings-in-teams';
import type { ContactDetails, Meeting } from '../../domain/model';
import type { QuestionWindow } from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';
import type { Intent } from '../../nlu/intents';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { type BodyMention, bodyMentions } from './body-in-papers';
import { cite } from './cite';
import { formatDate, formatDay, formatTime } from './format';

type MeetingIntent = Extract<Intent, { kind: 'meeting' }>;
type Focus = MeetingIntent['focus'];

/** How much a meeting record says: a full agenda front sheet beats a passing mention. */
const detail = (m: Meeting) => (m.venue ? 4 : 0) + (m.agenda.length > 0 ? 2 : 0) + (m.contact ? 2 : 0) + (m.questionRules ? 1 : 0) + (m.time ? 1 : 0);

/** Whether a meeting record holds what a question dwells on (a window opened in Teams holds a deadline). */
const holding = (windows: Map<string, QuestionWindow>): Record<Focus, (m: Meeting) => boolean> => ({
  summary: () => true,
  deadline: (m) => !!m.questionRules || windows.has(m.id),
  agenda: (m) => m.agenda.length > 0 || (m.planned?.length ?? 0) > 0,
  membership: (m) => m.membership.length > 0,
  venue: (m) => !!m.venue,
  contact: (m) => !!m.contact,
});

/** The clock a question is asked at, for "last" (before now) and whether questions are still open. */
export interface AskedAt {
  now: Date;
  timeZone: string;
}

/** Whether a meeting is over by now: an earlier day, or today at a time already gone. */
function pastBy(today: string, at: AskedAt | undefined): (m: Meeting) => boolean {
  const clock = at ? dateFormat({ timeZone: at.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at.now) : undefined;
  return (m) => m.date < today || (m.date === today && !!m.time && !!clock && m.time <= clock);
}

const missing: Record<Focus, string> = {
  summary: 'no details',
  deadline: 'no deadline for questions',
  agenda: 'no agenda',
  membership: 'no membership or chair',
  venue: 'no venue',
  contact: 'no contact',
};

/**
 * A committee's meeting: date, time, venue, contact, chair and membership, agenda with pages, and how
 * questions are taken. What a pack does not give is said plainly (a "not found" pointing to the
 * contact); standing details (membership, where questions go) come from the meeting that states them,
 * and say so. Nothing is worked out of thin air.
 */
export function answerMeeting(catalogue: AskCatalogue, intent: MeetingIntent, today: string, at?: AskedAt): Answer {
  const body = catalogue.index.bodies.get(intent.bodyKey)!;
  const meetings = catalogue.index.meetingsByBody.get(body.key) ?? [];
  const contact = [...meetings].reverse().find((m) => m.contact)?.contact;
  const isPast = pastBy(today, at);
  const holds = holding(catalogue.windows);
  const chosen = choose(meetings, intent, isPast, holds.deadline);

  if (!chosen) {
    const latest = meetings.filter(isPast).at(-1) ?? meetings.at(-1);
    const what = intent.when === 'period' ? `on ${intent.period?.label ?? 'that date'}` : intent.when === 'latest' ? `before ${formatDate(today)}` : `after ${formatDate(today)}`;
    return notInPapers(catalogue, body, `The papers I hold name no meeting of the ${body.name} ${what}.${latest ? ` The latest they name is on ${formatDate(latest.date)}.` : ''}`, contact);
  }
  let meeting = chosen;
  const notes: string[] = [];
  if (!holds[intent.focus](meeting)) {
    // NOTE: a deadline set in Teams is that meeting's own; only a pack's standing rule speaks for another.
    const standing = [...meetings].reverse().find((m) => (intent.focus === 'deadline' ? !!m.questionRules : holds[intent.focus](m)) && (intent.focus === 'membership' || intent.focus === 'contact' || intent.focus === 'deadline'));
    // The committee records list nobody, but the papers may say in prose who chairs it (undated: not
    // for a particular meeting asked about).
    if (intent.focus === 'membership' && !standing && intent.when !== 'period') {
      const mentions = bodyMentions(catalogue, body);
      if (mentions.length > 0) return membersInProse(body, mentions);
    }
    // A particular meeting was asked about: its pack lacks it, and another meeting's rule is not its rule.
    if (intent.when === 'period' || !standing) {
      // NOTE: another meeting's deadline is not this meeting's: only where questions went is offered.
      const pointer = standing && intent.focus === 'deadline' && standing.questionRules?.sendTo ? ` For an earlier meeting the pack asked for questions to be sent to ${standing.questionRules.sendTo}.` : '';
      return notInPapers(catalogue, body, `The papers give ${missing[intent.focus]} for the ${body.name} meeting on ${formatDay(meeting.date)}.${pointer}`, meeting.contact ?? contact, meeting);
    }
    notes.push(`The meeting on ${formatDate(meeting.date)} is known only by its date; this is from the pack for the meeting on ${formatDate(standing.date)}.`);
    meeting = standing;
  }

  const chair = meeting.membership.find((m) => m.role === 'chair');
  const answer = emptyAnswer('meeting', `${body.name} (${body.council}), ${formatDate(meeting.date)}`, '');
  const when = `${formatDay(meeting.date)}${meeting.time ? ` at ${formatTime(meeting.time)}` : ''}`;
  const meetingContact = meeting.contact ?? contact;
  const window = catalogue.windows.get(meeting.id);
  const questions = window && at ? windowText(window, at) : questionsText(meeting, meetingContact);
  const headline: Record<Focus, string> = {
    summary: `${!isPast(meeting) ? 'Next meeting' : 'Meeting'}: ${when}${meeting.venue ? `, ${meeting.venue}` : ''}.${meeting.despatch ? ` Papers out: ${formatDate(meeting.despatch)}.` : ''}`,
    deadline: questions,
    agenda:
      meeting.agenda.length > 0 || !meeting.planned?.length
        ? `${meeting.agenda.length} agenda items for ${when}: ${meeting.agenda.map((a) => `${a.number ? `${a.number} ` : ''}${a.title}${pages(a)}`).join('; ')}.`
        : `The work programme plans ${meeting.planned.length} items for ${when} (no agenda in the papers): ${meeting.planned.map((p) => p.title).join('; ')}.`,
    membership: membershipText(meeting, body.name),
    venue: `${when}, ${meeting.venue}.`,
    contact: `Contact: ${meetingContact ? contactText(meetingContact) : 'not named'}.`,
  };
  answer.headline = headline[intent.focus];

  const facts: Fact[] = [{ title: 'Date', value: when }];
  facts.push({ title: 'Venue', value: meeting.venue ?? 'not given in the papers' });
  facts.push({ title: 'Contact', value: meetingContact ? contactText(meetingContact) : 'not named in the papers' });
  if (chair) facts.push({ title: 'Chair', value: chair.name });
  if (meeting.despatch) facts.push({ title: 'Papers out', value: formatDate(meeting.despatch) });
  facts.push({ title: 'Questions', value: questions });
  answer.facts = facts;
  if (meeting.agenda.length > 0) {
    answer.sections.push({ heading: 'Agenda', facts: meeting.agenda.map((a) => ({ title: a.number || '•', value: `${a.title}${pages(a)}` })) });
  }
  if (meeting.planned?.length) {
    const where = cite(catalogue, meeting.planned[0]!.source);
    answer.sections.push({
      heading: `Planned in the work programme${where ? ` (${where})` : ''}`,
      lines: meeting.planned.map((p) => `${p.title}${p.form ? ` – ${p.form}` : ''}${p.author ? ` (${p.author})` : ''}`),
    });
  }
  if (meeting.membership.length > 0) {
    const attended = meeting.membership.some((m) => m.attendance);
    answer.sections.push({
      heading: attended ? `Attendance on ${formatDate(meeting.date)} (from the minutes)` : 'Membership',
      lines: meeting.membership.map((m) => `${m.name}${m.role !== 'member' ? ` (${m.role.replace('-', ' ')})` : ''}${m.note ? `, ${m.note}` : ''}${m.attendance === 'apologies' ? ': sent apologies' : ''}`),
    });
  }
  const other = meetings.filter((m) => m.id !== meeting.id).map((m) => formatDate(m.date));
  if (other.length > 0) answer.sections.push({ heading: 'Other meetings in the papers', lines: [other.join('; ')] });
  if (meeting.flags.some((f) => f.code === 'meeting-from-mention')) {
    const planned = meeting.planned?.length ? ' and what the work programme plans for it' : '';
    notes.push(`This meeting is known only from a mention in the papers, so only its date (and time, where given)${planned} is known.`);
  }
  answer.notes = notes;
  const added = meeting.flags.some((f) => f.code === CREATED_IN_TEAMS) ? catalogue.windows.get(meeting.id) : undefined;
  const inTeams = added ? `Added in Teams when questions were opened on ${formatDate(added.openedAt)}` : undefined;
  answer.sources = [cite(catalogue, meeting.source), inTeams].filter((s): s is string => !!s);
  answer.memory = { subject: { kind: 'meeting', id: body.key }, meetingDate: meeting.date };
  return answer;
}

/** The meeting asked about: on the date named, the next one, or the latest; undefined when there is none. */
function choose(meetings: Meeting[], intent: MeetingIntent, isPast: (m: Meeting) => boolean, takesQuestions: (m: Meeting) => boolean): Meeting | undefined {
  if (intent.when === 'period' && intent.period) {
    const p = intent.period;
    // "the 16 Sept meeting": a day or month without a year matches it in any year, the latest first.
    const key = (iso: string) => (p.yearless ? iso.slice(5) : iso);
    const within = meetings.filter((m) => (!p.from || key(m.date) >= key(p.from)) && (!p.to || key(m.date) <= key(p.to)));
    if (p.from && !p.to) return within[0];
    return within.sort((a, b) => (p.yearless ? b.date.localeCompare(a.date) : 0) || detail(b) - detail(a))[0];
  }
  if (intent.when === 'next') {
    const ahead = meetings.filter((m) => !isPast(m));
    // "The deadline for questions": the next meeting that takes them, where one ahead does.
    const next = (intent.focus === 'deadline' ? ahead.find(takesQuestions) : undefined) ?? ahead[0];
    if (next) return meetings.filter((m) => m.date === next.date).sort((a, b) => detail(b) - detail(a))[0];
    // None ahead: a summary cannot be given; other questions are answered from what the papers hold.
    if (intent.focus === 'summary') return undefined;
  }
  // "The last meeting" is the newest one over by now, never one still to come.
  const latest = meetings.filter(isPast).at(-1);
  return latest ? meetings.filter((m) => m.date === latest.date).sort((a, b) => detail(b) - detail(a))[0] : undefined;
}

const names = (entries: Meeting['membership']) => entries.map((m) => m.name).join(', ');

/** Chair, vice-chair, members, co-opted members and substitutes; at a minuted meeting, who was there and who sent apologies. */
function membershipText(meeting: Meeting, body: string): string {
  const all = meeting.membership;
  const chair = all.find((m) => m.role === 'chair');
  const vice = all.find((m) => m.role === 'vice-chair');
  const apologies = all.filter((m) => m.attendance === 'apologies');
  const there = all.filter((m) => m.attendance !== 'apologies');
  const of = (role: string) => there.filter((m) => m.role === role);
  const parts = [
    chair ? `${chair.name} ${chair.attendance ? 'chaired' : 'chairs'} the ${body}${vice ? `; ${vice.name} is vice-chair` : ''}.` : '',
    of('member').length > 0 ? `${all.some((m) => m.attendance) ? 'Members present' : 'Members'}: ${names(of('member'))}.` : '',
    of('co-optee').length > 0 ? `Co-opted members${all.some((m) => m.attendance) ? ' present' : ''}: ${names(of('co-optee'))}.` : '',
    of('substitute').length > 0 ? `Substitutes: ${of('substitute').map((m) => `${m.name}${m.note ? ` (${m.note})` : ''}`).join(', ')}.` : '',
    all.some((m) => m.attendance) ? (apologies.length > 0 ? `Apologies: ${names(apologies)}.` : 'The minutes record no apologies.') : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Who chairs a body, as the papers say it in prose: quoted, with the place, never worked into a membership list. */
function membersInProse(body: { key: string; name: string; council: string }, mentions: BodyMention[]): Answer {
  const answer = emptyAnswer('passage', `${body.name} (${body.council})`, 'No meeting record in the papers lists its chair or members, but the papers say:');
  answer.quote = mentions.map((m) => m.sentence).join('\n');
  answer.notes.push('Quoted as written from the papers; I have not worked it into a membership list.');
  answer.sources = [...new Set(mentions.flatMap((m) => (m.source ? [m.source] : [])))];
  answer.memory = { subject: { kind: 'meeting', id: body.key } };
  return answer;
}

/** What the papers do not hold about a committee, said plainly, with who to ask instead. */
function notInPapers(catalogue: AskCatalogue, body: { key: string; name: string; council: string }, headline: string, contact: ContactDetails | undefined, meeting?: Meeting): Answer {
  // NOTE: the council says which committee was taken, where two have like names.
  const answer = emptyAnswer('not-found', `Not in the papers: ${body.name} (${body.council})`, `${headline}${contact ? ` Ask ${contactText(contact)}.` : ''}`);
  if (meeting) answer.sources = [cite(catalogue, meeting.source)].filter((s): s is string => !!s);
  // The committee (and the meeting) stay the subject: "who's the contact?" follows on.
  answer.memory = { subject: { kind: 'meeting', id: body.key }, ...(meeting ? { meetingDate: meeting.date } : {}) };
  return answer;
}

const pages = (a: Meeting['agenda'][number]) =>
  a.pageFrom !== undefined ? ` (pages ${a.pageFrom}${a.pageTo !== undefined && a.pageTo !== a.pageFrom ? `–${a.pageTo}` : ''})` : '';

function contactText(c: ContactDetails): string {
  return [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ');
}

/** The deadline a chair set when opening questions in Teams: the one that counts for that meeting. */
function windowText(window: QuestionWindow, at: AskedAt): string {
  const deadline = formatDeadline(window.deadline, at.timeZone);
  if (Date.parse(window.deadline) <= at.now.getTime()) {
    return `Questions for this meeting closed at ${deadline} (the deadline set in Teams). A late question can still be sent to the chair: type "ask a question".`;
  }
  return `Deadline: ${deadline}, set in Teams when questions were opened. Type "ask a question" to submit one.`;
}

/** How to put a question to the meeting, only as the pack states it. */
function questionsText(meeting: Meeting, contact: ContactDetails | undefined): string {
  const rules = meeting.questionRules;
  const ask = contact ? `ask ${contact.name}${contact.role ? `, ${contact.role}` : ''}${contact.email ? ` (${contact.email}${contact.phone ? `, ${contact.phone}` : ''})` : contact.phone ? ` (${contact.phone})` : ''}` : 'ask democratic services';
  if (!rules) return `The pack gives no deadline for questions and does not say where to send them; ${ask}.`;
  const parts: string[] = [];
  if (rules.deadline) parts.push(`Deadline: ${formatDay(rules.deadline.slice(0, 10))}${rules.deadlineTime ? ` at ${formatTime(rules.deadlineTime)}` : ''}.`);
  else if (rules.clearWorkingDays !== undefined) parts.push(`Deadline: ${rules.clearWorkingDays} clear working days before the meeting${rules.deadlineTime ? `, by ${formatTime(rules.deadlineTime)}` : ''}.`);
  else parts.push('The pack gives no deadline for questions.');
  parts.push(rules.sendTo ? `Send questions to ${rules.sendTo}.` : `The pack does not say where to send questions; ${ask}.`);
  parts.push(`The pack says: "${rules.raw}"`);
  return parts.join(' ');
}
