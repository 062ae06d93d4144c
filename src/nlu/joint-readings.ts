import { listWords } from '../language/list-words';
import type { CatalogueIndex } from './catalogue-index';
import type { ListFilter } from './intents';
import type { Query } from './query';
import { ACCEPT, AMBIGUITY_RATIO, type Ranked } from './rank';
import { type Reading, scoreReading } from './reading';

/**
 * Two or three measures named in one question ("practice managers fte: establishment v perm v
 * agency", "the planning rating and the implementation rating"): each measure's reading explains its
 * own words and the words they share, and none explains the others'. Read together, as one list of
 * those measures, they explain the whole question, and that reading competes with the rest.
 */

/** Measures read together at most: more is a list of its own. */
const MAX_JOINED = 4;
/** Credit from which a reading counts as naming a word. */
const NAMED = 0.8;
/** A measure joined in must be at least this plausible on its own. */
const JOIN_SCORE = 0.4;

const joiners = new Set(listWords.several.joiners);
const eachWords = new Set(listWords.several.each);
/** Most alike measures given for "each of": one page of a list. */
const MAX_EACH = 8;

/** The ranking with a reading of the measures named together, when there is one that explains more than any alone. */
export function withJointReading(ranked: Ranked[], query: Query, index: CatalogueIndex): Ranked[] {
  const top = ranked[0];
  if (!top || top.reading.intent.kind !== 'indicator') return ranked;
  const each = everyOne(ranked, query);
  if (each) return each;
  const joinAt = query.words.flatMap((w, p) => (joiners.has(w) ? [p] : []));
  if (joinAt.length === 0) return ranked;
  const named = (r: Ranked) => new Set([...r.reading.explained].filter(([n, c]) => c >= NAMED && !query.slots[n]!.soft).map(([n]) => n));
  const chosen = [top];
  // Words a chosen measure names: a measure is joined only for words none of them names.
  const covered = named(top);
  for (const other of ranked.slice(1)) {
    if (chosen.length >= MAX_JOINED || other.score < JOIN_SCORE) break;
    if (other.reading.intent.kind !== 'indicator') continue;
    const own = named(other);
    const added = [...own].filter((n) => !covered.has(n));
    if (added.length === 0 || !chosen.some((c) => joinedBetween(query, distinct(named(c), own), added, joinAt))) continue;
    chosen.push(other);
    for (const n of own) covered.add(n);
  }
  if (chosen.length < 2) return ranked;
  const reading = jointReading(chosen.map((c) => c.reading));
  const score = scoreReading(reading, query, index);
  if (score <= top.score) return ranked;
  // Its parts are no rivals to it: they are what it answers.
  return [{ reading, score }, ...ranked.filter((r) => !chosen.includes(r))];
}

/**
 * "Ratings for each of the out-of-court standards": several measures fit about equally, and the
 * question asks for each of them, so it is answered with them all rather than asked back.
 */
function everyOne(ranked: Ranked[], query: Query): Ranked[] | undefined {
  const top = ranked[0]!;
  if (top.score < ACCEPT || !query.words.some((w) => eachWords.has(w))) return undefined;
  const close = ranked.filter((r) => r.score >= ACCEPT && r.score >= top.score * AMBIGUITY_RATIO).slice(0, MAX_EACH);
  if (close.length < 2 || close.some((r) => r.reading.intent.kind !== 'indicator')) return undefined;
  return [{ reading: jointReading(close.map((c) => c.reading)), score: top.score }, ...ranked.filter((r) => !close.includes(r))];
}

/** Slots one reading names that another does not. */
const distinct = (mine: Set<number>, theirs: Set<number>) => [...mine].filter((n) => !theirs.has(n));

/** A joining word stands between the words only one measure names and those only the other names. */
function joinedBetween(query: Query, one: number[], other: number[], joinAt: number[]): boolean {
  const at = (slots: number[]) => slots.flatMap((n) => query.slots[n]!.positions);
  const a = at(one);
  const b = at(other);
  if (a.length === 0 || b.length === 0) return false;
  return joinAt.some((p) => (Math.max(...a) < p && p < Math.min(...b)) || (Math.max(...b) < p && p < Math.min(...a)));
}

function jointReading(readings: Reading[]): Reading {
  const ids = readings.map((r) => (r.intent.kind === 'indicator' ? r.intent.indicatorId : ''));
  const filter: ListFilter = { entity: 'indicators', indicatorIds: ids };
  const explained = new Map<number, number>();
  for (const r of readings) for (const [n, c] of r.explained) if (c > (explained.get(n) ?? 0)) explained.set(n, c);
  return {
    intent: { kind: 'list', filter, page: 1 },
    key: `list:${JSON.stringify(filter)}`,
    choice: { label: readings.map((r) => r.choice.label).join('; '), text: readings.map((r) => r.choice.text).join(' and ') },
    explained,
    precision: Math.min(...readings.map((r) => r.precision)),
    tags: [...new Set(readings.flatMap((r) => r.tags))],
    prior: Math.min(...readings.map((r) => r.prior)),
  };
}
