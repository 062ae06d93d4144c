import { meetingWords } from '../language/meeting-words';
import { anyOf } from '../language/patterns';
import { questionWords } from '../language/question-words';
import { type Body, bodyKey } from './catalogue-data';
import type { CueTag } from './cues';
import type { Intent } from './intents';
import { findCandidates } from './match';
import { fully, mergeExplained, type ReadContext, type Reading, slotCues } from './reading';
import { nameTerms } from './text';

const tags: CueTag[] = ['meeting', 'next', 'agenda', 'venue', 'deadline', 'question', 'members', 'chair', 'contact', 'due', 'soft', 'papers'];
const meetingTags: CueTag[] = ['meeting', 'agenda', 'venue', 'deadline', 'question', 'members', 'chair'];

// The phrasings are data (src/language/data/meetings.json).
const latest = meetingWords.latest.words;
/** "Who's on", "who sits on", "who is sitting on" the committee (not "who's on 12 May"). */
const sitsOnPattern = new RegExp(`\\bwhos? (?:is |are )?${anyOf(meetingWords.sitsOn.phrases)}\\b(?! \\d)`);
const { agenda: agendaWords, venue: venueWords } = meetingWords.focus;

type MeetingIntent = Extract<Intent, { kind: 'meeting' }>;

/** The unambiguous way to ask about a committee's meeting, keeping what was asked about it. */
export function meetingChoice(body: Body, intent: Pick<MeetingIntent, 'focus' | 'when'>): { label: string; text: string } {
  const which = intent.when === 'latest' ? 'last' : 'next';
  const lead = {
    summary: `${which} meeting of`,
    deadline: `question deadline for the ${which} meeting of`,
    agenda: `agenda for the ${which} meeting of`,
    membership: `members of`,
    venue: `venue of the ${which} meeting of`,
    contact: `contact for`,
  }[intent.focus];
  return { label: `${body.name} (${body.council})`, text: `${lead} the ${body.name} (${body.council})` };
}

/** How much of an agenda item's title a question must name: alone, and with the item's committee named. */
const ITEM_NAMED = 0.5;
const ITEM_NAMED_IN_PART = 0.3;

/** Readings of the question as about a committee or board and its meetings. */
export function readMeetings(ctx: ReadContext): Reading[] {
  const { query, index } = ctx;
  const asked = meetingTags.some((t) => ctx.tags.has(t));
  const matches = findCandidates(query, index, ['body'], { limit: 8 });
  const strong = matches.filter((m) => m.precision >= 0.6);
  if (!asked && strong.length === 0) return [];

  const readings: Reading[] = [];
  for (const match of matches) {
    const body = index.bodies.get(match.entry.ref);
    if (body) readings.push(meetingReading(ctx, body, match.explained, match.precision));
  }
  // An agenda item named ("when will the committee consider the HMIP report"): the meeting that has it.
  if (asked) {
    // Named by its subject, not by cue words ("Date of Next Meeting" is not "when do they meet next").
    const subject = (n: number) => !query.slots[n]!.soft && slotCues(query.slots[n]!).length === 0;
    for (const item of findCandidates(query, index, ['agenda'], { limit: 4, mustExplain: subject }).filter((m) => m.precision >= ITEM_NAMED_IN_PART)) {
      const meeting = index.meetings.get(item.entry.ref.slice(0, item.entry.ref.lastIndexOf('#')));
      const body = meeting ? index.bodies.get(bodyKey(meeting.council, meeting.body)) : undefined;
      if (!meeting || !body) continue;
      // An item named by part of its title ("the sufficiency strategy" of "Childrens Social Care
      // Sufficiency Strategy 2023-2025") is one of the committee's items only when the committee is named.
      if (item.precision < ITEM_NAMED && !strong.some((m) => m.entry.ref === body.key)) continue;
      // A date the question names bounds it: an item at a meeting outside it is another meeting's.
      if (ctx.period && !inPeriod(meeting.date, ctx.period)) continue;
      const named = matches.find((m) => m.entry.ref === body.key);
      const onDay = { ...ctx, period: { from: meeting.date, to: meeting.date, label: meeting.date, positions: ctx.period?.positions ?? [] } };
      // An item named in part is weaker evidence than one named whole: the two precisions meet halfway.
      const precision = item.precision >= ITEM_NAMED ? Math.max(item.precision, named?.precision ?? 0) : (item.precision + (named?.precision ?? 0)) / 2;
      const reading = meetingReading(onDay, body, mergeExplained(item.explained, named?.explained), precision);
      readings.push({ ...reading, intent: { ...reading.intent, focus: reading.intent.kind === 'meeting' && reading.intent.focus === 'summary' ? 'agenda' : (reading.intent as MeetingIntent).focus } as MeetingIntent });
    }
  }
  return readings;
}

/** A reading of the question as about this body's meetings. */
export function meetingReading(ctx: ReadContext, body: Body, explained: Map<number, number>, precision: number): Reading {
  let intent = toIntent(ctx);
  // "Who's the democratic services officer for cabinet": the committee's contact, named by role or name.
  const contactSlots = contactMention(ctx, body);
  if (contactSlots.length > 0 && (intent.focus === 'summary' || intent.focus === 'membership')) intent = { ...intent, focus: 'contact' };
  const council = fully(ctx.areas.filter((a) => a.area === body.council).flatMap((a) => a.slots));
  return {
    intent: { ...intent, bodyKey: body.key },
    key: `meeting:${body.key}:${intent.when}:${intent.period?.from ?? ''}`,
    choice: meetingChoice(body, intent),
    explained: mergeExplained(explained, council, fully(contactSlots)),
    precision,
    tags,
    // A date named that this committee did not meet on points to another committee.
    prior: intent.when === 'period' && intent.period && !metOn(ctx, body, intent.period) ? 0.8 : 1,
  };
}

/** Slots naming this committee's contact by their role or name ("democratic services officer", "Jade Milnes"). */
function contactMention(ctx: ReadContext, body: Body): number[] {
  const terms = new Set(
    (ctx.index.meetingsByBody.get(body.key) ?? []).filter((m) => m.contact).flatMap((m) => nameTerms(`${m.contact!.name} ${m.contact!.role ?? ''}`)),
  );
  if (terms.size === 0) return [];
  return ctx.query.slots.flatMap((slot, n) =>
    slot.terms.length > 0 && (slot.terms.every((t) => terms.has(t)) || slot.alternatives.some((a) => a.terms.every((t) => terms.has(t)))) ? [n] : [],
  );
}

function metOn(ctx: ReadContext, body: Body, p: NonNullable<MeetingIntent['period']>): boolean {
  return (ctx.index.meetingsByBody.get(body.key) ?? []).some((m) => inPeriod(m.date, p));
}

/** Whether a date (ISO) falls in a period, by month and day alone when the period names no year. */
function inPeriod(date: string, p: { from?: string; to?: string; yearless?: boolean }): boolean {
  const key = (iso: string) => (p.yearless ? iso.slice(5) : iso);
  return (!p.from || key(date) >= key(p.from)) && (!p.to || key(date) <= key(p.to));
}

/** When a question about meetings names no committee: every committee, to be offered on an ask-back card. */
export function genericMeetingChoices(ctx: ReadContext): Reading[] {
  const intent = toIntent(ctx);
  const council = new Set(ctx.areas.map((a) => a.area));
  return [...ctx.index.bodies.values()]
    .filter((b) => council.size === 0 || council.has(b.council))
    .map((body) => ({
      intent: { ...intent, bodyKey: body.key },
      key: `meeting:${body.key}`,
      choice: meetingChoice(body, intent),
      explained: new Map<number, number>(),
      precision: 0,
      tags,
      prior: 1,
    }));
}

function toIntent(ctx: ReadContext): Omit<MeetingIntent, 'bodyKey'> {
  const words = new Set(ctx.query.words);
  const when = ctx.period ? 'period' : latest.some((w) => words.has(w)) ? 'latest' : 'next';
  const whoIsOn = sitsOnPattern.test(ctx.query.text) && !ctx.tags.has('contact');
  // "Who attended / who was there": about a meeting, "who" asks for its people, unless for its contact.
  const asksWho = questionWords.askedBy.who.some((w) => words.has(w)) && !ctx.tags.has('contact');
  const focus = ctx.tags.has('deadline') || ctx.tags.has('question')
    ? 'deadline'
    : ctx.tags.has('agenda') || agendaWords.some((w) => words.has(w))
      ? 'agenda'
      : ctx.tags.has('members') || ctx.tags.has('chair') || whoIsOn || asksWho
        ? 'membership'
        : ctx.tags.has('venue') || venueWords.some((w) => words.has(w))
          ? 'venue'
          : ctx.tags.has('contact')
            ? 'contact'
            : 'summary';
  return {
    kind: 'meeting',
    when,
    focus,
    ...(when === 'period' && ctx.period
      ? { period: { ...(ctx.period.from ? { from: ctx.period.from } : {}), ...(ctx.period.to ? { to: ctx.period.to } : {}), label: ctx.period.label, ...(ctx.period.yearless ? { yearless: true } : {}) } }
      : {}),
  };
}
