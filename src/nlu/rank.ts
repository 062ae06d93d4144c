import { isRepeatOf } from '../domain/repeated-actions';
import { isUnderPart } from '../domain/refs';
import { splitCompound } from '../language/compound';
import type { CatalogueIndex } from './catalogue-index';
import type { Intent } from './intents';
import type { Query } from './query';
import { frequencyAsked, passageIntent, wantedOf } from './read-passage';
import { type ReadContext, type Reading, scoreReading, slotCues } from './reading';

/** Below this, no reading of the question is trusted: the papers are searched instead. */
export const ACCEPT = 0.55;
/** A second subject scoring within this share of the best is "about equally" good: ask back. */
export const AMBIGUITY_RATIO = 0.92;
const MAX_CHOICES = 5;

export interface Ranked {
  reading: Reading;
  score: number;
}

/** Scores every reading, best first, one per subject. */
export function rankReadings(readings: Reading[], query: Query, index: CatalogueIndex): Ranked[] {
  const best = new Map<string, Ranked>();
  for (const reading of readings) {
    const score = scoreReading(reading, query, index);
    const current = best.get(reading.key);
    if (!current || score > current.score) best.set(reading.key, { reading, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Decides between answering, asking back and searching the papers. Never picks at random: when two
 * different subjects score about equally, the person chooses.
 */
export function decide(ranked: Ranked[], ctx: ReadContext, prefer?: (candidates: Ranked[]) => Ranked | undefined): Intent {
  const top = ranked[0];
  // Asking of the papers ("what did the report say") goes to them, unless for where a report is in them ("what pages is the yot report on").
  const where = top?.reading.intent;
  const papers = ctx.tags.has('papers') && !(where?.kind === 'report' && where.focus === 'pages');
  if (!top || top.score < ACCEPT || (papers && top.score < 0.85) || asksWhyOfFigure(top, ctx) || asksHowOftenOfRecord(top, ctx)) return passage(ctx, ranked);
  const near = ranked.filter((r) => r !== top && r.score >= top.score * AMBIGUITY_RATIO);
  // The list of a part's actions ranked first, and the part itself near it: the part answers (it lists them too).
  const lead = near.find((r) => listOfPart(top, r)) ?? top;
  const close = near.filter((r) => r !== lead && !sameAction(lead, r, ctx) && !underPart(lead, r, ctx) && !underPart(r, lead, ctx) && !listOfPart(r, lead) && !listOfPart(lead, r));
  if (close.length === 0) return lead.reading.intent;
  const named = namedByQualifier([lead, ...close], ctx);
  if (named) return named.reading.intent;
  // One that accounts for all the others account for, and more, is not "about equally" good.
  if (close.every((c) => dominates(lead, c, ctx))) return lead.reading.intent;
  // What is known besides the words (the asker's committees, the channel's, the last subject) settles it.
  const known = prefer?.([lead, ...close]);
  if (known) return known.reading.intent;
  const choices = [lead, ...close].slice(0, MAX_CHOICES).map((r) => r.reading.choice);
  const unique = choices.filter((c, i) => choices.findIndex((d) => d.text === c.text) === i);
  if (unique.length < 2) return lead.reading.intent;
  return { kind: 'ask-back', prompt: `"${ctx.shown}" could mean more than one thing. Which did you mean?`, choices: unique };
}

/**
 * Two actions of one plan saying the same thing with the same leads and date (a response repeating an
 * action under a second recommendation): asking which would offer two identical answers.
 */
function sameAction(a: Ranked, b: Ranked, ctx: ReadContext): boolean {
  const [x, y] = [a.reading.intent, b.reading.intent];
  if (x.kind !== 'action' || y.kind !== 'action' || x.focus !== y.focus) return false;
  const [p, q] = [ctx.index.actions.get(x.actionId), ctx.index.actions.get(y.actionId)];
  return !!p && !!q && isRepeatOf(p, q);
}

/**
 * The actions under one part of a plan, listed, and that part itself are one thing to choose between
 * ("what's priority 2 of the west mercia plan", "yjs plan priority 1 - what's under it"): the part's
 * answer names it, its lead and the parts under it, and lists those actions. A list narrowed any further
 * (due, late, by lead or status...) or counted is a question of its own.
 */
function listOfPart(list: Ranked, part: Ranked): boolean {
  const [l, p] = [list.reading.intent, part.reading.intent];
  if (l.kind !== 'list' || l.count || l.page !== 1 || p.kind !== 'plan' || !p.priority || (p.focus !== 'summary' && p.focus !== 'priorities')) return false;
  const { entity, planId, priority, ...narrowed } = l.filter;
  return entity === 'actions' && planId === p.planId && priority === p.priority && Object.keys(narrowed).length === 0;
}

/**
 * A plan's part and an action under it are not two things to choose between: the part's answer lists
 * its actions with their leads and due dates ("multi agency attendance at annual reviews - owner and
 * deadline?" names part 11 whole and its one action in part). Whichever ranks first answers.
 */
function underPart(top: Ranked, other: Ranked, ctx: ReadContext): boolean {
  const [part, action] = [top.reading.intent, other.reading.intent];
  if (part.kind !== 'plan' || !part.priority || action.kind !== 'action') return false;
  const a = ctx.index.actions.get(action.actionId);
  return !!a && a.planId === part.planId && isUnderPart(a, part.priority);
}

/**
 * "Why are there so many vacancies": a reason, which a figure's card does not give (its status does say
 * why it is red, so a question about the status stays with it). The papers are searched instead.
 */
function asksWhyOfFigure(top: Ranked, ctx: ReadContext): boolean {
  const intent = top.reading.intent;
  return intent.kind === 'indicator' && intent.focus !== 'status' && intent.focus !== 'definition' && wantedOf(ctx.original) === 'reason';
}

/**
 * "How often does the management board meet": a frequency, which no plan's or meeting's card gives (a
 * meeting's dates are not how often it meets), nor an action's unless it recurs ("Due: Quarterly from
 * September 2019"). A figure's card may ("how often were visits on time" is a rate), so a figure
 * stays, unless it is a sum of money or a rating, which never say how often ("how often are the
 * partners' contributions reviewed" is not the contributions' total) and a question is one question:
 * in a message of two ("how much does probation put in and how often is it reviewed") the sum may
 * be the other question's answer, and each is answered on its own. Otherwise the papers are searched.
 */
function asksHowOftenOfRecord(top: Ranked, ctx: ReadContext): boolean {
  if (!frequencyAsked.test(ctx.query.text)) return false;
  const intent = top.reading.intent;
  if (intent.kind === 'indicator') {
    const unit = ctx.index.indicators.get(intent.indicatorId)?.unit;
    return (!!unit?.startsWith('£') || unit === 'rating') && splitCompound(ctx.query.text).length < 2;
  }
  if (intent.kind !== 'action') return true;
  const recurs = ctx.index.actions.get(intent.actionId)?.due?.recurrence;
  return !recurs || recurs === 'ongoing';
}

/**
 * Of near-equal siblings told apart by a qualifier ("... (IRO)" and "... (CP)"), the one whose
 * qualifier the question names, when it is the only one named and every other has its own.
 */
function namedByQualifier(candidates: Ranked[], ctx: ReadContext): Ranked | undefined {
  if (candidates.some((c) => !c.reading.qualifier)) return undefined;
  const said = new Set(ctx.query.slots.flatMap((s) => [...s.terms, ...s.alternatives.filter((a) => a.terms.length === 1).flatMap((a) => a.terms)]));
  const named = candidates.filter((c) => c.reading.qualifier!.every((t) => said.has(t)));
  return named.length === 1 ? named[0] : undefined;
}

/** The subject words (not cues, not dates) a reading accounts for. */
function subjectSlots(r: Ranked, ctx: ReadContext): Set<number> {
  return new Set([...r.reading.explained].filter(([n, credit]) => credit >= 0.5 && !ctx.query.slots[n]!.soft && slotCues(ctx.query.slots[n]!).length === 0).map(([n]) => n));
}

/** `a` accounts for every subject word `b` does, and for more. */
function dominates(a: Ranked, b: Ranked, ctx: ReadContext): boolean {
  const mine = subjectSlots(a, ctx);
  const theirs = subjectSlots(b, ctx);
  return mine.size > theirs.size && [...theirs].every((n) => mine.has(n));
}

function passage(ctx: ReadContext, ranked: Ranked[]): Intent {
  const suggestions = ranked.filter((r) => r.score >= ACCEPT * 0.75).slice(0, 3).map((r) => r.reading.choice);
  return passageIntent(ctx, suggestions);
}
