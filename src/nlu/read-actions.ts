import { clipAtWord } from '../domain/clip';
import { listWords } from '../language/list-words';
import { questionWords } from '../language/question-words';
import type { Action } from '../domain/model';
import { fallsWithin } from '../domain/period-range';
import type { CatalogueIndex } from './catalogue-index';
import type { CueTag } from './cues';
import type { Intent } from './intents';
import { findCandidates } from './match';
import { CONTEXT_CREDIT, councilSlots, fully, mergeExplained, type ReadContext, type Reading, scaled, slotCues } from './reading';

const tags: CueTag[] = ['action', 'lead', 'due', 'late', 'update', 'status', 'resources', 'success', 'soft'];
// The words are data (src/language/data/questions.json, lists.json).
const { who, when } = questionWords.askedBy;
const severalActions = listWords.actions.words;

/** The unambiguous way to ask for one action: its reference and its plan. */
export function actionChoice(action: Action, index: CatalogueIndex): { label: string; text: string } {
  const plan = index.plans.get(action.planId);
  const planName = plan?.name ?? action.planId;
  return { label: `${action.ref}: ${clipAtWord(action.text, 60)} (${planName})`, text: `action ${action.ref} of the ${planName}` };
}

/** Readings of the question as about one action (by reference, or by what it says). */
export function readActions(ctx: ReadContext): Reading[] {
  const { index, query } = ctx;
  const mentionedPlans = new Set(ctx.plans.map((p) => p.entry.ref));
  const planSlotsOf = (planId: string) => ctx.plans.filter((p) => p.entry.ref === planId).flatMap((p) => [...p.explained.keys()]);
  const refSlots = new Set(ctx.refs.map((r) => r.slot));
  const areaSlots = new Set(ctx.areas.flatMap((a) => a.slots));
  const readings = new Map<string, Reading>();
  // "How many actions..." or "which actions..." asks about several: one action is a weaker reading.
  const several = ctx.counting || ctx.query.words.some((w) => severalActions.includes(w)) ? 0.85 : 1;

  for (const { slot, ref } of ctx.refs) {
    const all = index.actionsByRef.get(ref) ?? [];
    const inPlan = all.filter((a) => mentionedPlans.has(a.planId));
    const pool = inPlan.length > 0 ? inPlan : ctx.memory?.planId && all.some((a) => a.planId === ctx.memory?.planId) && !ctx.plans.length ? all.filter((a) => a.planId === ctx.memory?.planId) : all;
    for (const action of pool) {
      readings.set(action.id, {
        intent: toIntent(action, ctx),
        key: `action:${action.id}`,
        choice: actionChoice(action, index),
        explained: mergeExplained(fully([slot]), fully(planSlotsOf(action.planId)), actionCouncilSlots(ctx, action, index)),
        precision: 1,
        tags,
        prior: several,
      });
    }
  }

  const matches = findCandidates(query, index, ['action'], { allowed: (n) => !refSlots.has(n) && !areaSlots.has(n), limit: 12 });
  const ids = new Set([...readings.keys(), ...matches.map((m) => m.entry.ref)]);
  // Words around each action: its measures and notes, and the title of the part it sits under.
  const around = (kind: 'context' | 'part') =>
    new Map(findCandidates(query, index, [kind], { allowed: (n) => !refSlots.has(n) && !areaSlots.has(n), among: ids, limit: ids.size }).map((m) => [m.entry.ref, m.explained]));
  const notes = around('context');
  const parts = around('part');
  const context = new Map([...ids].map((id) => [id, mergeExplained(notes.get(id), parts.get(id))]));
  // "Action 2.1, the project team one": words of the action's own text, beside its reference, name it too.
  const ownText = new Map(matches.map((m) => [m.entry.ref, m.explained]));
  for (const reading of readings.values()) {
    const id = reading.intent.kind === 'action' ? reading.intent.actionId : '';
    reading.explained = mergeExplained(reading.explained, ownText.get(id), scaled(context.get(id), CONTEXT_CREDIT));
  }
  for (const match of matches) {
    const action = index.actions.get(match.entry.ref);
    if (!action || readings.has(action.id)) continue;
    // The action's own words must name it: a plan's name alone names every action in it.
    const planSlots = new Set(planSlotsOf(action.planId));
    if (![...match.explained].some(([n, credit]) => credit >= 0.5 && !planSlots.has(n) && !query.slots[n]!.soft && slotCues(query.slots[n]!).length === 0)) continue;
    const intent = toIntent(action, ctx);
    const explained = mergeExplained(match.explained, fully(planSlotsOf(action.planId)), actionCouncilSlots(ctx, action, index), scaled(context.get(action.id), CONTEXT_CREDIT));
    // "Who chairs the improvement board", "who was it submitted to": asked with "who" alone, a word the
    // action does not explain says who did something else, not who leads it.
    if (intent.kind === 'action' && intent.focus === 'lead' && !ctx.tags.has('lead') && asksOther(ctx, explained, areaSlots)) continue;
    readings.set(action.id, {
      intent,
      key: `action:${action.id}`,
      choice: actionChoice(action, index),
      explained,
      // NOTE: action texts are long; naming a few of their words is normal, so precision is softened.
      precision: Math.sqrt(match.precision),
      tags,
      prose: true,
      prior: (mentionedPlans.size > 0 && !mentionedPlans.has(action.planId) ? 0.85 : 1) * several * (ctx.period && !fallsWithin(action.due?.date, ctx.period) ? 0.8 : 1),
    });
  }
  return [...readings.values()];
}

/** A word of the question the reading leaves unexplained: not a place, nor a word asking about an action ("lead", "due"). */
function asksOther(ctx: ReadContext, explained: Map<number, number>, places: ReadonlySet<number>): boolean {
  return ctx.query.slots.some((slot, n) => !slot.soft && !places.has(n) && (explained.get(n) ?? 0) < 0.5 && !slotCues(slot).some((c) => tags.includes(c)));
}

/** The question's words naming the council whose plan holds the action. */
function actionCouncilSlots(ctx: ReadContext, action: Action, index: CatalogueIndex): Map<number, number> {
  return councilSlots(ctx, [index.plans.get(action.planId)?.council]);
}

type ActionFocus = Extract<Intent, { kind: 'action' }>['focus'];

/** What an action question dwells on, the first that applies. */
const focusRules: [ActionFocus, (tags: ReadContext['tags'], words: Set<string>) => boolean][] = [
  ['late', (tags) => tags.has('late')],
  ['lead', (tags, words) => tags.has('lead') || who.some((w) => words.has(w))],
  ['update', (tags) => tags.has('update')],
  ['due', (tags, words) => tags.has('due') || when.some((w) => words.has(w))],
  // Both asked ("success measure and resources?"): the card's facts give both, the headline neither.
  ['success', (tags) => tags.has('success') && !tags.has('resources')],
  ['resources', (tags) => tags.has('resources') && !tags.has('success')],
  ['status', (tags) => tags.has('status')],
];

/** The action intent, with what the question dwells on. */
export function toIntent(action: Action, ctx: Pick<ReadContext, 'tags' | 'query'>): Intent {
  const words = new Set(ctx.query.words);
  const focus = focusRules.find(([, asks]) => asks(ctx.tags, words))?.[0] ?? 'summary';
  return { kind: 'action', actionId: action.id, focus };
}

