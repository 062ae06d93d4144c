import { highestRated, ratingCode, type Risk } from '../domain/risks';
import { type RiskAttribute, riskAttributes, riskWords } from '../language/risk-words';
import type { CueTag } from './cues';
import type { CatalogueIndex } from './catalogue-index';
import { findCandidates, type NameMatch } from './match';
import { CONTEXT_CREDIT, councilSlots, fully, mergeExplained, type ReadContext, type Reading, scaled, slotCues } from './reading';
import { comparable, stem } from './text';

/** Cue words a risk answer accounts for: its rating is a figure or status, its owner a lead. */
const tags: CueTag[] = ['figure', 'status', 'lead', 'list', 'count', 'papers', 'soft', 'action'];

/** The phrasings of a file's list as stemmed word sequences. */
const stemmed = (phrases: string[]) => phrases.map((p) => p.split(/\s+/).map(stem));
const subject = stemmed(riskWords.subject);
const lists = stemmed(riskWords.lists);
/** The list words as typed: "risks" and "risk" share a stem. */
const listsAsTyped = riskWords.lists.map((p) => p.split(/\s+/));
const attributes = riskAttributes.map((a) => [a, stemmed(riskWords.attributes[a])] as const);
/** A colour named ("red") and colour asked for ("rag status"): the papers rate risks otherwise. */
const colours = riskWords.colours.words.map((p) => ({ typed: p, stems: stemmed([p])[0]! }));
const colourAsking = stemmed(riskWords.colours.asking);
const highestWords = stemmed(riskWords.highest);
/** Every risk phrasing: a slot whose words stand in one of them is accounted for by a risk reading. */
const phrasings = [...subject, ...lists, ...attributes.flatMap(([, p]) => p), ...colours.map((c) => c.stems), ...colourAsking, ...highestWords];
/** Words a score asked for follows ("score 12", "scored 12", "rated 12"). */
const scoreWords = stemmed(riskWords.scores);

/** True when the stemmed words hold the phrase, its words together and in order. */
function holds(words: string[], phrase: string[]): boolean {
  return words.some((_, i) => phrase.every((w, j) => words[i + j] === w));
}

/** The positions of the words standing in any of the phrases. */
function positionsOf(words: string[], phrases: string[][]): Set<number> {
  const out = new Set<number>();
  words.forEach((_, i) => {
    for (const p of phrases) if (p.every((w, j) => words[i + j] === w)) p.forEach((_, j) => out.add(i + j));
  });
  return out;
}

/** What the question asks of a risk, as the data's phrasings say. */
function focusOf(words: string[]): RiskAttribute[] {
  return attributes.filter(([, phrases]) => phrases.some((p) => holds(words, p))).map(([a]) => a);
}

/** A RAG colour the question asks for, with the colour it names ("red"), if any. */
function colourOf(words: string[]): { named?: string } | undefined {
  const named = colours.find((c) => holds(words, c.stems));
  if (named) return { named: named.typed };
  return colourAsking.some((p) => holds(words, p)) ? {} : undefined;
}

/** The unambiguous way to ask about one risk. */
export function riskChoice(risk: Risk): { label: string; text: string } {
  const where = risk.report?.title ? ` (${risk.report.title})` : '';
  return { label: `${risk.name}${where}`, text: `risk "${risk.name}"${where}` };
}

/** Slots that are risk words, a rating code ("B2", "с3") or a score asked for, by kind. */
function riskSlots(ctx: ReadContext): { words: number[]; code?: { slot: number; code: string }; score?: { slot: number; value: number } } {
  const words: number[] = [];
  let code: { slot: number; code: string } | undefined;
  let score: { slot: number; value: number } | undefined;
  const stems = ctx.query.words.map(stem);
  const covered = positionsOf(stems, phrasings);
  const afterScore = new Set([...positionsOf(stems, scoreWords)].flatMap((p) => [p + 1, p + 2, p + 3]));
  ctx.query.slots.forEach((slot, n) => {
    if (slot.positions.length > 0 && slot.positions.every((p) => covered.has(p))) words.push(n);
    const found = slot.terms.length === 1 ? ratingCode(slot.raw) : undefined;
    if (found) code = { slot: n, code: found };
    else if (/^\d{1,2}$/.test(slot.raw) && slot.positions.some((p) => afterScore.has(p))) score = { slot: n, value: Number(slot.raw) };
  });
  return { words, ...(code ? { code } : {}), ...(score ? { score } : {}) };
}

/** Readings of the question as about a risk of a register, or the risks of one (rated B2, scoring 12). */
export function readRisks(ctx: ReadContext): Reading[] {
  const { index, query } = ctx;
  if (index.risks.size === 0) return [];
  const words = query.words.map(stem);
  const focus = focusOf(words);
  if (!subject.some((p) => holds(words, p))) return followUps(ctx, words, focus);
  const slots = riskSlots(ctx);
  const plural = listsAsTyped.some((p) => holds(query.words, p));
  const scoreAsked = slots.score;
  const colour = colourOf(words);
  const highest = highestWords.some((p) => holds(words, p));
  const taken = new Set([...slots.words, ...(slots.code ? [slots.code.slot] : []), ...(scoreAsked ? [scoreAsked.slot] : [])]);
  const free = (n: number) => !taken.has(n);
  // A rating or score asked for is a list of the risks having it; otherwise one risk and the register compete.
  if (slots.code || scoreAsked) {
    const list = listReading(ctx, free, taken, slots.code?.code, scoreAsked?.value);
    return list ? [list] : [];
  }
  const singles = singleReadings(ctx, free, taken, colour ? [...new Set([...focus, 'rating' as const])] : focus, colour);
  // A colour asked of risks, not of one ("any red risks?"): the highest-rated, as the papers rate them.
  const ranked = { highest: highest || (!!colour && (plural || singles.length === 0)), ...(colour ? { colour } : {}) };
  const list = plural || ranked.highest ? listReading(ctx, free, taken, undefined, undefined, ranked) : undefined;
  return [...singles, ...(list ? [list] : []), ...(singles.length === 0 && !list ? followUps(ctx, words, focus) : [])];
}

/**
 * "And the mitigation?", "who owns it?" after a risk's answer, naming no risk: the same risk (and the
 * same row in other papers), asked what the question's attribute words ask.
 */
function followUps(ctx: ReadContext, words: string[], focus: RiskAttribute[]): Reading[] {
  const last = ctx.memory?.subject;
  const risk = last?.kind === 'risk' ? ctx.index.risks.get(last.id) : undefined;
  if (!risk || focus.length === 0) return [];
  const asked = positionsOf(words, attributes.filter(([a]) => focus.includes(a)).flatMap(([, p]) => p));
  const explained = fully(ctx.query.slots.flatMap((slot, n) => (slot.positions.some((p) => asked.has(p)) ? [n] : [])));
  return [
    {
      intent: { kind: 'risk', riskId: risk.id, also: (rowsLike(ctx.index).get(rowKey(risk)) ?? []).filter((id) => id !== risk.id), focus },
      key: `risk:${comparable(risk.name)}|${risk.rating?.raw ?? ''}|${risk.score ?? ''}`,
      choice: riskChoice(risk),
      explained,
      precision: 1,
      tags,
      prior: ctx.followUp ? 0.97 : 0.75,
      implicit: true,
    },
  ];
}

/** A reading per risk the question names (by its name, or the words around it), the same row in two papers once. */
function singleReadings(ctx: ReadContext, free: (n: number) => boolean, taken: Set<number>, focus: RiskAttribute[], colour?: { named?: string }): Reading[] {
  const { index } = ctx;
  const names = findCandidates(ctx.query, index, ['risk'], { limit: 12, allowed: free });
  const around = findCandidates(ctx.query, index, ['risk-context'], { limit: 24, allowed: free });
  const byRisk = new Map<string, { name?: NameMatch; context?: NameMatch }>();
  for (const m of names) byRisk.set(m.entry.ref, { ...byRisk.get(m.entry.ref), name: m });
  for (const m of around) byRisk.set(m.entry.ref, { ...byRisk.get(m.entry.ref), context: m });
  const readings: Reading[] = [];
  for (const [id, found] of byRisk) {
    const risk = index.risks.get(id)!;
    const named = mergeExplained(found.name?.explained, scaled(found.context?.explained, CONTEXT_CREDIT));
    // The risk words ("risk", "rating") say what is asked, not which risk: the rest must be mostly its words.
    if (subjectShare(ctx, named, taken) < SUBJECT_SHARE) continue;
    const same = (rowsLike(index).get(rowKey(risk)) ?? []).filter((other) => other !== id);
    readings.push({
      intent: { kind: 'risk', riskId: id, also: same, focus, ...(colour ? { colour } : {}) },
      key: `risk:${comparable(risk.name)}|${risk.rating?.raw ?? ''}|${risk.score ?? ''}`,
      choice: riskChoice(risk),
      explained: mergeExplained(named, fully([...taken]), councilSlots(ctx, [risk.council])),
      precision: Math.max(namePrecision(ctx, found.name), (found.context?.precision ?? 0) * CONTEXT_CREDIT),
      tags,
      prior: 1,
    });
  }
  return readings;
}

/** Least weighted share of the question's other words (not risk words, not dates) a risk must account for. */
const SUBJECT_SHARE = 0.5;

/** The weighted share of the question's subject words (not risk words, not soft) a risk's words account for. */
function subjectShare(ctx: ReadContext, named: Map<number, number>, taken: Set<number>): number {
  let total = 0;
  let got = 0;
  ctx.query.slots.forEach((slot, n) => {
    if (taken.has(n) || slot.soft || slotCues(slot).length > 0) return;
    total += slot.weight;
    got += slot.weight * (named.get(n) ?? 0);
  });
  return total > 0 ? got / total : 0;
}

/** Rarest-word weights that name a risk completely: its name is a sentence, and a few of its words say which. */
const NAMING_WORDS = 2;

/** How completely a risk was named: its name's words asked for, up to a few rare words' worth. */
function namePrecision(ctx: ReadContext, match: NameMatch | undefined): number {
  if (!match) return 0;
  const covered = match.precision * match.entry.totalWeight;
  const enough = Math.min(match.entry.totalWeight, NAMING_WORDS * ctx.index.maxWeight);
  return enough > 0 ? Math.min(1, covered / enough) : 0;
}

/** The same risk printed in two papers (a report to cabinet, then to scrutiny): one answer. */
function sameRow(a: Risk, b: Risk): boolean {
  return rowKey(a) === rowKey(b);
}

/** What makes two rows the same risk: its name, rating, score and council (worked out once per risk). */
function rowKey(risk: Risk): string {
  let key = rowKeys.get(risk);
  if (key === undefined) rowKeys.set(risk, (key = `${comparable(risk.name)}|${risk.rating?.raw ?? ''}|${risk.score ?? ''}|${risk.council}`));
  return key;
}
const rowKeys = new WeakMap<Risk, string>();

/** The catalogue's risks by row key, built once per catalogue: every question asks which rows are the same. */
function rowsLike(index: CatalogueIndex): Map<string, string[]> {
  let rows = rowsByIndex.get(index);
  if (!rows) {
    rows = new Map();
    for (const risk of index.risks.values()) rows.set(rowKey(risk), [...(rows.get(rowKey(risk)) ?? []), risk.id]);
    rowsByIndex.set(index, rows);
  }
  return rows;
}
const rowsByIndex = new WeakMap<CatalogueIndex, Map<string, string[]>>();

/** Registers share of the best a register must reach to be listed with it. */
const REGISTER_SHARE = 0.8;

/** One reading listing the risks of the registers the question names (all when it names none), by rating or score. */
function listReading(
  ctx: ReadContext,
  free: (n: number) => boolean,
  taken: Set<number>,
  rating?: string,
  score?: number,
  ranked: { highest: boolean; colour?: { named?: string } } = { highest: false },
): Reading | undefined {
  const { index } = ctx;
  const matches = findCandidates(ctx.query, index, ['risk-register'], { limit: 12, allowed: free }).filter((m) => m.strength > 0);
  const best = matches[0]?.strength ?? 0;
  const named = matches.filter((m) => m.strength >= best * REGISTER_SHARE);
  const councils = ctx.areas.map((a) => a.area);
  const registers = (named.length > 0 ? named.map((m) => m.entry.ref) : [...index.registers.keys()]).filter((key) => {
    const council = index.registers.get(key)?.[0]?.council;
    return councils.length === 0 || !council || councils.includes(council);
  });
  // The highest asked (or a colour, which the papers do not give): each register's highest-rated rows.
  const highest = ranked.highest && rating === undefined && score === undefined;
  const rows = registers.flatMap((key) => (highest ? highestRated(index.registers.get(key) ?? [], riskWords.ratingKey) : (index.registers.get(key) ?? [])));
  const wanted = rows.filter((r) => (rating === undefined || r.rating?.code === rating) && (score === undefined || r.score === score));
  const unique = wanted.filter((r, i) => wanted.findIndex((o) => sameRow(o, r)) === i);
  if (registers.length === 0) return undefined;
  const explained = mergeExplained(...named.map((m) => m.explained), fully([...taken]), councilSlots(ctx, councils));
  const label = [rating ? `rated ${rating}` : undefined, score !== undefined ? `scoring ${score}` : undefined, highest ? 'rated highest' : undefined].filter(Boolean).join(', ');
  const asked = highest ? { highest, ...(ranked.colour ? { colour: ranked.colour } : {}) } : {};
  return {
    intent: { kind: 'risks', riskIds: unique.map((r) => r.id), registers, ...(rating ? { rating } : {}), ...(score !== undefined ? { score } : {}), ...asked },
    key: `risks:${registers.join(',')}|${label}`,
    choice: { label: `Risks ${label}`.trim(), text: `which risks are ${label || 'listed'}` },
    explained,
    precision: named.length > 0 || rating || score !== undefined ? 1 : 0.7,
    tags,
    prior: 1,
    implicit: named.length === 0,
  };
}

