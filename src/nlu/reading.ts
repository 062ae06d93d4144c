import type { CatalogueIndex } from './catalogue-index';
import { type CueTag, cueTags } from './cues';
import type { Choice, Intent } from './intents';
import type { NameMatch } from './match';
import type { Period } from './periods';
import type { AskMemory } from './intents';
import type { Query, Slot } from './query';

/** One way of understanding a question: an intent, and how much of the question it accounts for. */
export interface Reading {
  intent: Intent;
  /** Identity of the subject: two readings with the same key are the same answer. */
  key: string;
  /** How to offer this reading on an ask-back card: a label, and a question that names it unambiguously. */
  choice: Choice;
  /** Slot index -> credit, from names, areas, references and periods this reading used. */
  explained: Map<number, number>;
  /** How completely the subject's name was given (1 = all of it, or a reference). */
  precision: number;
  /** Cue words this kind of answer accounts for. */
  tags: CueTag[];
  /** Below 1 for weaker kinds of evidence (a follow-up without a pronoun, a guess at a topic). */
  prior: number;
  /**
   * The subject need not be named in the question: a follow-up (the conversation's subject) or a list
   * defined by its filters ("overdue actions"). Any other reading must name its subject in a word
   * that is more than a cue ("target" alone names no indicator).
   */
  implicit?: boolean;
  /** The subject's name is long prose (an action's text): a cue word found in it is weak evidence. */
  prose?: boolean;
  /**
   * The words that tell this subject from its siblings of the same name ("IRO" of "Caseloads in CPC
   * and IRO Service reduced (IRO)"), as terms: naming them picks it out from the others.
   */
  qualifier?: string[];
}

/** A place the question names: an indicator area or a council. */
export interface AreaMention {
  area: string;
  slots: number[];
}

/** What every reader is given. */
export interface ReadContext {
  query: Query;
  index: CatalogueIndex;
  today: Date;
  memory?: AskMemory;
  tags: Set<CueTag>;
  areas: AreaMention[];
  /** Plans the question names, strongest first. */
  plans: NameMatch[];
  period?: Period;
  /** References such as 1.9 or 2A, by slot. */
  refs: { slot: number; ref: string }[];
  /** The question points back ("it", "that", "and the target?"). */
  followUp: boolean;
  /** Words such as "how many", "number of". */
  counting: boolean;
  /** A share is asked for ("what %", "what proportion"). */
  sharing: boolean;
  /** People and roles the question names (for leads), strongest first. */
  people: NameMatch[];
  roles: NameMatch[];
  /**
   * The question as read (trimmed; spelling put right, contractions written out, a polite opening
   * read away): what ask-back choices are built from, so a choice picked is read as the question was.
   */
  original: string;
  /** The question as typed, before spelling was put right: what a reply quotes back. */
  shown: string;
}

/** Merges explained-slot maps, keeping the higher credit. */
export function mergeExplained(...maps: (Map<number, number> | undefined)[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const map of maps) {
    if (!map) continue;
    for (const [slot, credit] of map) if (credit > (out.get(slot) ?? 0)) out.set(slot, credit);
  }
  return out;
}

/** Explained slots at a fraction of their credit (context words count for less than a name). */
export function scaled(map: Map<number, number> | undefined, factor: number): Map<number, number> | undefined {
  return map ? new Map([...map].map(([slot, credit]) => [slot, credit * factor])) : undefined;
}

/** Credit for words found around a thing (its report, its plan, its notes) rather than in its name. */
export const CONTEXT_CREDIT = 0.7;

/** The slots of the question naming one of these councils ("in Medway"), with full credit. */
export function councilSlots(ctx: Pick<ReadContext, 'areas'>, councils: (string | undefined)[]): Map<number, number> {
  return fully(ctx.areas.filter((a) => councils.includes(a.area)).flatMap((a) => a.slots));
}

/** Slots as an explained map with full credit. */
export function fully(slots: number[]): Map<number, number> {
  return new Map(slots.map((s) => [s, 1]));
}

/**
 * The reading's score, 0-1: the weighted share of the question it explains (names, places,
 * references, and cue words its kind uses), scaled by how completely the subject was named.
 */
export function scoreReading(reading: Reading, query: Query, index: CatalogueIndex): number {
  if (!reading.implicit && ![...reading.explained].some(([n, credit]) => credit >= 0.5 && !query.slots[n]!.soft && slotCues(query.slots[n]!).length === 0)) return 0;
  let total = 0;
  let got = 0;
  let softSlots = 0;
  let softHeld = 0;
  const tags = new Set(reading.tags);
  query.slots.forEach((slot, n) => {
    const explained = reading.explained.get(n) ?? 0;
    const cues = slotCues(slot);
    // NOTE: steering words ("figure", "like", "rate") never decide between readings on coverage;
    // a name that holds them only breaks ties (below).
    const soft = slot.soft || (cues.length > 0 && cues.every((c) => c === 'soft' || !isWeighty(c)));
    if (soft) {
      softSlots += 1;
      if (explained > 0) softHeld += 1;
      return;
    }
    const cue = cues.some((c) => tags.has(c)) ? CUE_CREDIT : 0;
    // A cue word that only turns up in a name ("meets" in an action's text) is weak evidence.
    const byName = cues.length > 0 && reading.prose ? explained * 0.5 : explained;
    const weight = cues.length > 0 ? Math.min(slot.weight, index.maxWeight * CUE_WEIGHT) : slot.weight;
    total += weight;
    got += weight * Math.max(byName, cue);
  });
  // "And the latest?" after an answer: nothing but steering words, all of which the subject kept answers.
  const steeredOnly =
    total === 0 &&
    reading.implicit &&
    query.slots.some((slot) => slotCues(slot).some((c) => c !== 'soft' && tags.has(c))) &&
    query.slots.every((slot) => slot.soft || slotCues(slot).some((c) => c === 'soft' || tags.has(c)));
  const coverage = total > 0 ? got / total : steeredOnly ? 1 : 0;
  const tieBreak = softSlots > 0 ? (SOFT_BONUS * softHeld) / softSlots : 0;
  return (coverage * (0.6 + 0.4 * reading.precision) + tieBreak) * reading.prior;
}

/** What a name holding the question's steering words ("number of...") adds: enough to break a tie. */
const SOFT_BONUS = 0.08;

/**
 * A slot's cue tags: every term must be a cue word (a phrase such as "status key" is one), and so must
 * its synonyms ("lead member" is a role, whatever its words).
 */
export function slotCues(slot: Pick<Slot, 'terms' | 'alternatives'>): CueTag[] {
  const out = new Set<CueTag>();
  for (const term of slot.terms) {
    const tags = cueTags(term);
    if (tags.length === 0) return [];
    for (const t of tags) out.add(t);
  }
  if (slot.alternatives.some((a) => a.terms.some((t) => cueTags(t).length === 0))) return [];
  return [...out];
}

/** Credit for a cue word the reading's kind uses. */
const CUE_CREDIT = 0.95;
/** Cue words weigh at most this share of the rarest term: they steer, the subject decides. */
const CUE_WEIGHT = 0.5;

/** Cue tags that must be accounted for when present (others are steering words only). */
function isWeighty(tag: CueTag): boolean {
  return tag !== 'figure' && tag !== 'more' && tag !== 'papers' && tag !== 'person' && tag !== 'list' && tag !== 'count';
}

export type { Period };
