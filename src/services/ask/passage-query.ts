import type { PassageSlot } from '../../nlu/intents';
import { plainWords } from '../../language/plain-words';
import { stem } from '../../nlu/text';
import { documentFrequency, type PassageIndex } from './passage-index';

/** One way a slot may be written in a passage: terms that stand together, and how sure a match is. */
export interface Form {
  terms: string[];
  credit: number;
  /** The papers' word for an everyday one (plain-words.json): a common one adds to passages the question's own words found, and brings none. */
  plain?: true;
}

/** A question slot ready to be looked for in passages. */
export interface SearchSlot {
  role: PassageSlot['role'];
  /** What is counted ("how many care leavers"). */
  focus?: boolean;
  /** What the papers are asked about: held in the passage's own text, and weighing double. */
  topic?: boolean;
  /** Must be held in the passage's own text or its heading. */
  held?: boolean;
  /** A word of general English or a cue word ("times", "each year"): it weighs half, and says little of what is counted. */
  weak?: boolean;
  forms: Form[];
  /** Rarer words weigh more: log(1 + N / (1 + passages holding it)). */
  weight: number;
  /** Passages holding it (its forms' rarest words, summed; capped at all of them). */
  df: number;
}

/** Endings that make another word of the same family ("closure" for "close", "inspection" for "inspect"). */
const family = /^(?:ur|ure|ures|ion|ions|ment|ments|al|ally|ly|ed|ing|ings|e|es|ive)$/;
/** A near spelling counts for this much of an exact word. */
const NEAR = 0.85;
const FAMILY = 0.8;
/**
 * A word the papers never hold that begins a few of theirs is a word cut short ("regen" for
 * regeneration): as sure as a word of the same family. Beginning more than this many, it says too little.
 */
const CLIPPED = 0.8;
/**
 * A word found written the other way round in the papers' register ("additional" for "extra",
 * plain-words.json): as sure as a near spelling, less than the word itself.
 */
const PLAIN = 0.6;
const MAX_CLIPPED = 8;

/** Edits tolerated when a word is not in the papers at all: none for short words and figures. */
function edits(term: string): number {
  if (/\d/.test(term) || term.length <= 4) return 0;
  return term.length <= 7 ? 1 : 2;
}

/**
 * The papers' spellings of a word the papers do not hold: the longer words it begins, its nearest
 * spellings, or words of its family. Remembered per index (a prefix walk and a fuzzy search of its vocabulary each time).
 */
function variants(index: PassageIndex, term: string): readonly Form[] {
  let known = variantsKnown.get(index);
  if (!known) variantsKnown.set(index, (known = new Map()));
  let found = known.get(term);
  if (!found) {
    if (known.size >= VARIANTS_KEPT) known.clear();
    known.set(term, (found = variantsOf(index, term)));
  }
  return found;
}
const variantsKnown = new WeakMap<PassageIndex, Map<string, readonly Form[]>>();
const VARIANTS_KEPT = 20000;

/** The family of a word written in the other register, remembered per index as variants are (words of short stems: none). */
function plainFamily(index: PassageIndex, term: string): readonly Form[] {
  if (/\d/.test(term) || term.length < 4) return [];
  let known = familiesKnown.get(index);
  if (!known) familiesKnown.set(index, (known = new Map()));
  let found = known.get(term);
  if (!found) known.set(term, (found = familyOf(index, term)));
  return found;
}
const familiesKnown = new WeakMap<PassageIndex, Map<string, readonly Form[]>>();

/** The papers' words of a word's family that begin with it ("concerned" for "concern"). */
function familyOf(index: PassageIndex, term: string): Form[] {
  const out: Form[] = [];
  for (const [word] of index.vocabulary.atPrefix(term)) {
    if (word !== term && family.test(word.slice(term.length))) out.push({ terms: [word], credit: FAMILY });
  }
  return out;
}

function variantsOf(index: PassageIndex, term: string): Form[] {
  // An age band said as a plural ("over 85s", "under 18s", "10-17s") is its number in the papers ("aged 85 and over").
  const band = /^(\d{1,3})s$/.exec(term)?.[1];
  if (band && documentFrequency(index, term) === 0) return [{ terms: [band], credit: 1 }];
  if (/\d/.test(term) || term.length < 4) return [];
  const out = familyOf(index, term);
  if (documentFrequency(index, term) > 0) return out;
  // A word cut short as people type ("regen", "admin", "exec"): the papers' longer words it begins.
  const longer = [...index.vocabulary.atPrefix(term)].filter(([word]) => word.length >= term.length + 2 && !/\d/.test(word));
  if (longer.length > 0 && longer.length <= MAX_CLIPPED) {
    for (const [word] of longer) out.push({ terms: [word], credit: CLIPPED });
    return out;
  }
  const max = edits(term);
  if (max === 0) return out;
  const near = [...index.vocabulary.fuzzyGet(term, max)].filter(([word]) => word !== term && !/\d/.test(word));
  if (near.length === 0) return out;
  const best = Math.min(...near.map(([, [, d]]) => d));
  for (const [word, [, d]] of near) if (d === best) out.push({ terms: [word], credit: NEAR - 0.05 * (d - 1) });
  return out;
}

/**
 * A word the papers write joined or hyphenated that the question writes as two ("non critical" for
 * "non-critical", "re offending" for "reoffending"): each of the two is held where the joined word is.
 */
function joinedWith(index: PassageIndex, slots: PassageSlot[], n: number): string[] {
  const word = (slot: PassageSlot | undefined) => (slot && slot.role !== 'steer' && slot.phrases[0]?.length === 1 ? slot.phrases[0][0]! : undefined);
  const here = word(slots[n]);
  if (!here) return [];
  const out: string[] = [];
  // Stems joined ("non" + "critical"), or the joined word stemmed ("web" + "site": "websit").
  const join = (a: string, b: string) => {
    for (const joined of new Set([a + b, stem(a + b)])) if (documentFrequency(index, joined) > 0) out.push(joined);
  };
  const before = word(slots[n - 1]);
  const after = word(slots[n + 1]);
  if (before) join(before, here);
  if (after) join(here, after);
  return out;
}

/** Each slot's forms (its phrases, near spellings of single words, words of the same family) and weight. */
export function searchSlots(index: PassageIndex, slots: PassageSlot[]): SearchSlot[] {
  const total = index.passages.length || 1;
  return slots.map((slot, n) => {
    const forms = new Map<string, Form>();
    const add = (form: Form) => {
      const key = form.terms.join(' ');
      if ((forms.get(key)?.credit ?? 0) < form.credit) forms.set(key, form);
    };
    for (const phrase of slot.phrases) {
      add({ terms: phrase, credit: 1 });
      if (phrase.length === 1) for (const v of variants(index, phrase[0]!)) add(v);
    }
    for (const joined of joinedWith(index, slots, n)) add({ terms: [joined], credit: 1 });
    // How rare the slot is, by its own ways of writing it: a common official word for it ("areas for
    // improvement" for "weaknesses") would make it weigh less, and a passage lacking it lose less.
    const own = [...forms.values()];
    // The same thing in the papers' words ("worried": concerned), after the slot's own ways of writing it.
    for (const phrase of slot.phrases) {
      for (const other of plainWords.get(phrase.join(' ')) ?? []) {
        if (other.every((t) => documentFrequency(index, t) > 0)) add({ terms: other, credit: PLAIN, plain: true });
        if (other.length === 1) for (const f of plainFamily(index, other[0]!)) add({ terms: f.terms, credit: PLAIN * FAMILY, plain: true });
      }
    }
    const list = [...forms.values()];
    const df = Math.min(total, own.reduce((sum, f) => sum + Math.min(...f.terms.map((t) => documentFrequency(index, t))), 0));
    const weight = Math.log(1 + total / (1 + df)) * (slot.topic ? 2 : 1) * (slot.weak ? 0.5 : 1);
    const marks = { ...(slot.focus ? { focus: true } : {}), ...(slot.topic ? { topic: true } : {}), ...(slot.held ? { held: true } : {}), ...(slot.weak ? { weak: true } : {}) };
    return { role: slot.role, ...marks, forms: list, df, weight };
  });
}
