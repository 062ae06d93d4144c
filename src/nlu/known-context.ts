import { bodyKey } from './catalogue-data';
import type { AskMemory } from './intents';
import type { ReadContext, Reading } from './reading';
import { comparable, nameTerms } from './text';
import { genericBodyWords } from './body-words';

/** What is known about who asks and where, besides the words: it settles a choice before the bot asks back. */
export interface AskerContext {
  /** Committees the people file puts the asker on (names as meetings give them). */
  committees?: string[];
  /** Committees the conversation is tied to (a channel where questions were opened for one). */
  channelCommittees?: string[];
}

const sameName = (a: string, b: string) => comparable(a.replace(/&/g, ' and ')) === comparable(b.replace(/&/g, ' and '));

/**
 * Of several committees a question could mean, the one what is known points to, or undefined: the
 * committee whose exact name the question holds; else the only one a word of the question names; else
 * the conversation's last subject; else the
 * channel's committee; else the one committee of these the asker sits on (the people file); else the
 * only one in the council of the conversation's last subject. Each step decides only when it leaves
 * exactly one; a step that leaves none or several passes to the next.
 */
export function preferKnown<T extends { reading: Reading }>(all: T[], ctx: ReadContext, asker: AskerContext | undefined): T | undefined {
  const candidates = all.filter((c) => c.reading.intent.kind === 'meeting');
  const bodies = candidates.map((c) => ctx.index.bodies.get((c.reading.intent as { bodyKey: string }).bodyKey));
  if (candidates.length < 2 || bodies.some((b) => !b)) return undefined;
  // Besides committees, only a committee's own office ("Chair, <committee>") may be in the running:
  // the committee's meeting answers that too (its chair and members).
  const names = bodies.map((b) => comparable(b!.name.replace(/&/g, ' and ')));
  const office = (c: T) => c.reading.key.startsWith('role:') && names.some((n) => comparable(c.reading.choice.label.replace(/&/g, ' and ')).includes(n));
  if (all.some((c) => c.reading.intent.kind !== 'meeting' && !office(c))) return undefined;
  const pick = (test: (n: number) => boolean): T | undefined => {
    const kept = candidates.filter((_, n) => test(n));
    const keys = new Set(kept.map((c) => (c.reading.intent as { bodyKey: string }).bodyKey));
    return keys.size === 1 ? kept[0] : undefined;
  };
  const text = ` ${comparable(ctx.original.replace(/&/g, ' and '))} `;
  const memory: AskMemory | undefined = ctx.memory;
  const lastBody = memory?.subject?.kind === 'meeting' ? memory.subject.id : undefined;
  const lastCouncil = lastBody ? ctx.index.bodies.get(lastBody)?.council : memory?.planId ? ctx.index.plans.get(memory.planId)?.council : undefined;
  const on = (names: string[] | undefined) => (n: number) => (names ?? []).some((name) => sameName(name, bodies[n]!.name) || bodyKey(bodies[n]!.council, name) === bodies[n]!.key);
  // A word of the question that only one of their names holds ("hereford scrutiny" of a committee and a board).
  const asked = new Set(nameTerms(ctx.original).filter((t) => !genericBodyWords.has(t)));
  return (
    pick((n) => text.includes(` ${comparable(bodies[n]!.name.replace(/&/g, ' and '))} `)) ??
    pick((n) => nameTerms(bodies[n]!.name).some((t) => asked.has(t))) ??
    (lastBody ? pick((n) => bodies[n]!.key === lastBody) : undefined) ??
    pick(on(asker?.channelCommittees)) ??
    pick(on(asker?.committees)) ??
    (lastCouncil ? pick((n) => bodies[n]!.council === lastCouncil) : undefined)
  );
}

/**
 * Of several measures a follow-up could mean ("what about the yjb grant" after the police's
 * contribution), the one printed in the same table as the conversation's last measure (or the last
 * list's measures), when exactly one is; else undefined.
 */
export function preferSameTable<T extends { reading: Reading }>(all: T[], ctx: ReadContext): T | undefined {
  const memory = ctx.memory;
  const last = memory?.subject?.kind === 'indicator' ? [memory.subject.id] : (memory?.list?.filter.indicatorIds ?? []);
  const tables = new Set(last.flatMap((id) => ctx.index.indicators.get(id)?.table?.title ?? []));
  if (tables.size === 0 || all.some((c) => c.reading.intent.kind !== 'indicator')) return undefined;
  const tableOf = (c: T) => (c.reading.intent.kind === 'indicator' ? ctx.index.indicators.get(c.reading.intent.indicatorId)?.table?.title : undefined);
  const kept = all.filter((c) => tables.has(tableOf(c) ?? ''));
  return kept.length === 1 ? kept[0] : undefined;
}
