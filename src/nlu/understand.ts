import { followUpWords } from '../language/follow-up-words';
import { meetingWords } from '../language/meeting-words';
import { anyOf, anyPhrase } from '../language/patterns';
import { chairAsWord, leadAsWord, nowAsWord, writtenOut } from '../language/contractions';
import { withoutPoliteOpening } from '../language/courtesy';
import { questionWords } from '../language/question-words';
import type { CatalogueIndex } from './catalogue-index';
import { adjustPriors } from './adjust-priors';
import { plainCuePositions, questionTags } from './cues';
import type { AskMemory, Intent } from './intents';
import { genericBodyWords } from './body-words';
import { withJointReading } from './joint-readings';
import { type AskerContext, preferKnown, preferSameTable } from './known-context';
import { findCandidates } from './match';
import { type Period, periodWordPositions, readPeriod } from './periods';
import { parseQuery, type Query } from './query';
import { readActions } from './read-actions';
import { readFollowUp } from './read-follow-up';
import { readGlossary } from './read-glossary';
import { readIndicators } from './read-indicators';
import { readLists } from './read-lists';
import { genericMeetingChoices, readMeetings } from './read-meetings';
import { readPeople } from './read-people';
import { planChoice, plansAskedByKind, readPlans } from './read-plans';
import { readRecommendations } from './read-recommendations';
import { readRisks } from './read-risks';
import { readReports } from './read-reports';
import { type AreaMention, type ReadContext, type Reading, slotCues } from './reading';
import { ACCEPT, decide, type Ranked, rankReadings } from './rank';
import { choiceTable } from './choice-table';
import { comparable, rawTokens, refPattern } from './text';

export interface UnderstandOptions {
  today: Date;
  memory?: AskMemory;
  /** The message as the person typed it, before shorthand and spelling were put right: what is quoted back. */
  typed?: string;
  /** Who asks and where: settles a choice between committees before asking back. */
  asker?: AskerContext;
}

export interface Understanding {
  intent: Intent;
  /** Every reading considered, best first (for tests and the evaluation's diagnostics). */
  ranked: Ranked[];
}

// The phrasings are data (src/language/data/follow-ups.json, meetings.json, questions.json).
const morePattern = new RegExp(`^(?:${anyOf(followUpWords.more.phrases)}|next \\d+)$`);
const pointers = new Set(followUpWords.pointers.words);
const openers = new RegExp(`^${anyOf(followUpWords.openers.phrases)}\\b`);
const meetingOnlyWords = anyPhrase(meetingWords.meetingOnly.words);
const countingPattern = anyPhrase(questionWords.counting.phrases);
/** "What %" is a share asked for as surely as "what percentage". */
const sharingPattern = new RegExp(`${anyPhrase(questionWords.sharing.phrases).source}|\\d?\\s?%`, 'i');

/** Turns a question into an intent over the catalogue: deterministic, and only ever naming things that exist. */
export function understand(text: string, index: CatalogueIndex, options: UnderstandOptions): Understanding {
  const original = withoutPoliteOpening(chairAsWord(leadAsWord(nowAsWord(writtenOut(text.trim().replace(/\s+/g, ' '))))));
  const exact = choiceTable(index).get(comparable(original));
  if (exact) return { intent: exact, ranked: [] };
  const tokens = rawTokens(original);
  const period = readPeriod(tokens, options.today);
  // Period words and cue words used as plain English ("due to covid") are read softly.
  const plain = new Set(plainCuePositions(tokens));
  const query = parseQuery(original, index, new Set([...(period?.positions ?? []), ...periodWordPositions(tokens, options.today), ...plain]));
  if (morePattern.test(query.text)) {
    const list = options.memory?.list;
    return { intent: list ? { kind: 'list', filter: list.filter, page: list.page + 1 } : { kind: 'not-found', reason: 'no-more' }, ranked: [] };
  }
  const ctx = readContext(original, query, index, options, period, plain);
  const readings: Reading[] = [
    ...readIndicators(ctx),
    ...readActions(ctx),
    ...readLists(ctx),
    ...readPlans(ctx),
    ...readMeetings(ctx),
    ...readPeople(ctx),
    ...readRecommendations(ctx),
    ...readRisks(ctx),
    ...readReports(ctx),
    ...readGlossary(ctx),
    ...readFollowUp(ctx),
  ];
  const ranked = withJointReading(rankReadings(adjustPriors(readings, ctx), query, index), query, index);
  // NOTE: "send" alone is not about meetings ("SEND transport"); the word "question" is.
  const meetingOnly = ['meeting', 'deadline', 'agenda', 'venue'].some((t) => ctx.tags.has(t as never)) || meetingOnlyWords.test(query.text);
  if (meetingOnly && !ranked.some((r) => r.score >= ACCEPT) && !namesOtherSubject(ctx, ranked)) {
    // "When's the next meeting?" without a committee: the one what is known points to, else ask which.
    const generic = genericMeetingChoices(ctx);
    const known = preferKnown(generic.map((reading) => ({ reading })), ctx, options.asker);
    if (known) return { intent: known.reading.intent, ranked };
    const choices = generic.slice(0, 5).map((r) => r.choice);
    if (choices.length === 1) return { intent: generic[0]!.intent, ranked };
    if (choices.length > 1) return { intent: { kind: 'ask-back', prompt: 'Which committee or board do you mean?', choices }, ranked };
  }
  // "Pull up the action plan": a plan asked for by its kind alone. One of that kind is the answer; else ask which.
  const plans = ranked.some((r) => r.score >= ACCEPT) ? undefined : plansAskedByKind(ctx);
  if (plans?.length === 1) return { intent: { kind: 'plan', planId: plans[0]!.id, focus: 'summary' }, ranked };
  if (plans && plans.length > 1) return { intent: { kind: 'ask-back', prompt: 'Which plan do you mean?', choices: plans.map(planChoice) }, ranked };
  return { intent: decide(ranked, ctx, (candidates) => preferKnown(candidates, ctx, options.asker) ?? preferSameTable(candidates, ctx)), ranked };
}

/**
 * The question names something no committee is called ("when does the improvement board meet"): not
 * a question to answer with a list of every committee.
 */
function namesOtherSubject(ctx: ReadContext, ranked: Ranked[]): boolean {
  const meetings = ranked.filter((r) => r.reading.intent.kind === 'meeting');
  return ctx.query.slots.some(
    (slot, n) =>
      !slot.soft && slotCues(slot).length === 0 && !genericBodyWords.has(slot.terms.join(' ')) && !meetings.some((r) => (r.reading.explained.get(n) ?? 0) >= 0.5),
  );
}


/** Least share of a plan's name that names it ("the SEND plan" names a long title by its one rare word). */
const PLAN_MENTION = 0.2;

/** Plans whose matched words are a strict part of another named plan's ("improvement plan" within "children's improvement plan"). */
function dropDominated(plans: ReturnType<typeof findCandidates>): ReturnType<typeof findCandidates> {
  const slots = plans.map((p) => new Set(p.explained.keys()));
  return plans.filter((_, i) => !slots.some((other, j) => j !== i && other.size > slots[i]!.size && [...slots[i]!].every((s) => other.has(s))));
}

/** `plain`: positions of cue words used as plain English ("due to covid"), found once with the query's. */
function readContext(original: string, query: Query, index: CatalogueIndex, options: UnderstandOptions, period: Period | undefined, plain: ReadonlySet<number>): ReadContext {
  const words = query.words;
  const text = query.text;
  const areas: AreaMention[] = findCandidates(query, index, ['area'], { limit: 4 })
    .filter((m) => m.precision >= 0.5)
    .map((m) => ({ area: m.entry.ref, slots: [...m.explained].filter(([, c]) => c >= 0.8).map(([s]) => s) }))
    .filter((a) => a.slots.length > 0);
  // A plan is named only by words beyond "action plan": cue words alone name no plan.
  const plans = dropDominated(
    findCandidates(query, index, ['plan'], { limit: 6, mustExplain: (s) => !query.slots[s]!.soft && slotCues(query.slots[s]!).length === 0 }).filter(
      (m) => m.precision >= PLAN_MENTION,
    ),
  );
  const refs = query.slots.flatMap((slot, n) => {
    const raw = slot.raw;
    return slot.positions.length === 1 && refPattern.test(raw) && !/^\d{1,2}-\d{1,2}$/.test(raw) ? [{ slot: n, ref: raw }] : [];
  });
  return {
    query,
    index,
    today: options.today,
    ...(options.memory ? { memory: options.memory } : {}),
    // Words inside a longer name ("time" in "first time entrants") are not cues, nor plain English ("due to covid").
    tags: questionTags(words.filter((_, pos) => !plain.has(pos) && !query.slots.some((slot) => slot.terms.length > 1 && slot.positions.includes(pos) && slotCues(slot).length === 0))),
    areas,
    plans,
    ...(period ? { period } : {}),
    refs,
    // "Target?" alone, after an answer, is about that answer's subject.
    followUp: openers.test(text) || words.some((w) => pointers.has(w)) || (!!options.memory?.subject && query.slots.every((s) => s.soft || slotCues(s).length > 0)),
    counting: countingPattern.test(text),
    sharing: sharingPattern.test(original),
    people: findCandidates(query, index, ['person'], { limit: 5 }).filter((m) => m.precision >= 0.5),
    roles: findCandidates(query, index, ['role'], { limit: 5 }).filter((m) => m.precision >= 0.6),
    original,
    shown: options.typed?.trim().replace(/\s+/g, ' ') || original,
  };
}
