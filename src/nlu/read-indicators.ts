import type { Indicator } from '../domain/model';
import { fallsWithin } from '../domain/period-range';
import { anyOf } from '../language/patterns';
import { indicatorWords } from '../language/record-words';
import { type CueTag, cueTags } from './cues';
import type { Intent } from './intents';
import { findCandidates } from './match';
import { CONTEXT_CREDIT, fully, mergeExplained, type ReadContext, type Reading, scaled } from './reading';
import { otherPlace } from './places';
import { nameTerms, rawTokens, stem } from './text';

const tags: CueTag[] = ['figure', 'comparator', 'target', 'trend', 'status', 'count', 'soft'];
// The phrasings are data (src/language/data/indicators.json).
const { definition, previous } = indicatorWords;
const totals = new Set(indicatorWords.totals.words);
const { rateNames, countNames } = indicatorWords;
const rateName = new RegExp(`\\b${anyOf(rateNames.words)}\\b|${anyOf(rateNames.endings)}\\b`, 'i');
const countName = new RegExp(anyOf(countNames.parts), 'i');

/** The unambiguous way to ask for one indicator: its name and its area. */
export function indicatorChoice(indicator: Indicator): { label: string; text: string } {
  const label = indicator.area ? `${indicator.name} (${indicator.area})` : indicator.name;
  return { label, text: indicator.area ? `${indicator.name} in ${indicator.area}` : indicator.name };
}

/** Readings of the question as a request for an indicator's figures. */
export function readIndicators(ctx: ReadContext): Reading[] {
  const { index, query } = ctx;
  const areaSlots = new Set(ctx.areas.flatMap((a) => a.slots));
  const areaNames = new Set(ctx.areas.map((a) => a.area));
  // A place named narrows the search to its measures first (at scale, the same measure exists in
  // many places and would crowd it out); if it has none that fit, everywhere is searched.
  const inArea = areaNames.size > 0
    ? findCandidates(query, index, ['indicator'], { allowed: (n) => !areaSlots.has(n), within: (e) => areaNames.has(index.indicators.get(e.ref)?.area ?? '') })
    : [];
  const matches = inArea.length > 0 ? inArea : findCandidates(query, index, ['indicator'], { allowed: (n) => !areaSlots.has(n) });
  const byId = new Map<string, (typeof matches)[number] | undefined>(matches.map((m) => [m.entry.ref, m]));

  // An action reference ("the target for 1.9") names the indicators that measure that action.
  for (const { ref } of ctx.refs) {
    for (const indicator of index.indicatorsByActionRef.get(ref) ?? []) if (!byId.has(indicator.id)) byId.set(indicator.id, undefined);
  }

  const context = new Map(
    findCandidates(query, index, ['context'], { allowed: (n) => !areaSlots.has(n), among: byId, limit: byId.size }).map((m) => [m.entry.ref, m.explained]),
  );
  const mentioned = new Set(ctx.areas.map((a) => a.area));
  // A place named that the papers hold no figures for: a figure for somewhere else is no answer.
  if (mentioned.size === 0 && namesOtherPlace(ctx)) return [];
  const readings: Reading[] = [];
  // Asked what a measure is, only measures the papers define can answer.
  const asksDefinition = definitionAsked(ctx);
  const defining = asksDefinition && [...byId.keys()].some((id) => index.indicators.get(id)?.definition);
  for (const [id, match] of byId) {
    const indicator = index.indicators.get(id);
    if (!indicator || (defining && !indicator.definition)) continue;
    const qualifier = qualifierKept(indicator);
    const inArea = indicator.area !== undefined && mentioned.has(indicator.area);
    // NOTE: a question naming a place is about that place's figure; the same measure elsewhere is
    // a different answer, so it is not offered unless the named place has no such measure at all.
    if (mentioned.size > 0 && !inArea && hasNamesake(ctx, indicator, mentioned)) continue;
    const refHits = ctx.refs.filter((r) => indicator.actionRef?.toLowerCase() === r.ref).map((r) => r.slot);
    const planSlots = ctx.plans.filter((p) => p.entry.ref === indicator.planId).flatMap((p) => [...p.explained.keys()]);
    const explained = mergeExplained(
      match?.explained,
      fully(refHits),
      fully(planSlots),
      inArea ? fully(ctx.areas.filter((a) => a.area === indicator.area).flatMap((a) => a.slots)) : undefined,
      // "compared to West Mercia and England": a place named as one of this measure's comparators.
      fully(comparatorMention(indicator, ctx)?.slots ?? []),
      scaled(context.get(indicator.id), CONTEXT_CREDIT),
    );
    if (explained.size === 0) continue;
    // "What does X measure": one definition answers for every area the measure is reported in.
    const defines = asksDefinition && indicator.definition !== undefined;
    const definition = indicator.definition?.source;
    readings.push({
      intent: defines ? { kind: 'indicator', indicatorId: indicator.id, focus: 'definition' } : inPeriod(toIntent(indicator, ctx), indicator, ctx),
      key: defines ? `indicator-definition:${definition?.documentId}:${definition?.lineStart}` : `indicator:${indicator.id}`,
      choice: indicatorChoice(indicator),
      explained,
      // A reference names the action; its measure is meant only when a figure is asked for.
      precision: refHits.length > 0 ? Math.max(match?.precision ?? 0, figureAsked(ctx) && !actionStatusAsked(ctx) ? 0.8 : 0.5) : (match?.precision ?? 0),
      tags: defines ? [...tags, 'meaning'] : tags,
      ...(qualifier ? { qualifier } : {}),
      prior:
        tableRolePrior(indicator, ctx) *
        // A measure with no certain figure answers a figure question less well than one with its figure;
        // a rating or other words as the value ("Requires improvement") is a certain value too.
        (indicator.values.some((v) => v.value !== null || isWordsValue(v.raw)) ? 1 : 0.9) *
        (mentioned.size > 0 && !inArea ? 0.8 : 1) *
        (ctx.counting && isRate(indicator) && hasCount(ctx, indicator) ? 0.75 : 1) *
        // "What % of the youth population is BME" is not answered by the count of BME young people.
        (ctx.sharing && !isRate(indicator) ? 0.75 : 1) *
        // A measure with no figure dated in the period asked answers it less well.
        (ctx.period && !coversPeriod(indicator, ctx.period) ? 0.6 : 1),
    });
  }
  return readings;
}

/**
 * What tells a measure from others of the same name: its trailing bracket ("(IRO)"), or for one of
 * several measures stacked in one cell ("... 1 working day (S47) and 5 working days (S17) [1 of 2]")
 * the bracket in its place when there is one bracket per measure.
 */
export function qualifierOf(name: string): string[] | undefined {
  const part = /\[(\d+) of (\d+)\]\s*$/.exec(name);
  const brackets = [...name.replace(/\[[^\]]*\]/g, '').matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!);
  const chosen = part ? (brackets.length === Number(part[2]) ? brackets[Number(part[1]) - 1] : undefined) : /\(([^)]+)\)\s*$/.exec(name)?.[1];
  const terms = chosen ? nameTerms(chosen) : [];
  return terms.length > 0 ? terms : undefined;
}

/** An indicator's qualifier (qualifierOf its name), worked out once per indicator, not per question. */
function qualifierKept(indicator: Indicator): string[] | undefined {
  if (!qualifiers.has(indicator)) qualifiers.set(indicator, qualifierOf(indicator.name));
  return qualifiers.get(indicator);
}
const qualifiers = new WeakMap<Indicator, string[] | undefined>();

/** The period the question names, kept with the intent when some figure of the indicator falls in it. */
function inPeriod(intent: Intent, indicator: Indicator, ctx: ReadContext): Intent {
  const period = ctx.period;
  if (intent.kind !== 'indicator' || !period) return intent;
  // Only where every figure is dated: an undated figure ("Current performance") may be of that period.
  if (!coversPeriod(indicator, period)) return indicator.values.length > 0 && indicator.values.every((v) => v.periodEnd) ? { ...intent, periodNotHeld: period.label } : intent;
  return { ...intent, period: { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}), label: period.label } };
}

/** Some figure of the indicator falls in the period the question names. */
function coversPeriod(indicator: Indicator, period: NonNullable<ReadContext['period']>): boolean {
  return [...indicator.values, ...indicator.comparators].some((m) => fallsWithin(m.periodEnd, period));
}

/** The question names a council or place (from the gazetteer) the catalogue has no area for. */
function namesOtherPlace(ctx: ReadContext): boolean {
  return otherPlace(ctx.query.words, ctx.index.areas) !== undefined;
}

/** Asked for a total, a table's total answers before its subtotals and rows. */
function tableRolePrior(indicator: Indicator, ctx: ReadContext): number {
  if (!indicator.table) return 1;
  const total = indicator.table.role === 'total' ? 1 : indicator.table.role === 'subtotal' ? 0.85 : 0.9;
  if (ctx.query.words.some((w) => totals.has(w))) return total;
  // A question naming the table and none of its rows ("Medway YOT funding from partner agencies") is about the whole: its total.
  const { row, title } = tableTerms(indicator, indicator.table);
  const named = ctx.query.words.map(stem).some((w) => row.has(w) && !title.has(w));
  return named ? 1 : total;
}

/** The terms of a table row's own name and of its table's title, once per indicator. */
function tableTerms(indicator: Indicator, table: NonNullable<Indicator['table']>): { row: Set<string>; title: Set<string> } {
  let terms = tableTermsKept.get(indicator);
  if (!terms) {
    terms = { row: new Set(nameTerms(indicator.name.slice(table.title.length))), title: new Set(nameTerms(table.title)) };
    tableTermsKept.set(indicator, terms);
  }
  return terms;
}
const tableTermsKept = new WeakMap<Indicator, { row: Set<string>; title: Set<string> }>();

/** "What does the re-offending indicator measure", "how is custody measured", "definition of FTE". */
export function definitionAsked(ctx: Pick<ReadContext, 'query'>): boolean {
  const words = new Set(ctx.query.words);
  const said = (list: string[]) => list.some((w) => words.has(w));
  if (said(definition.words)) return true;
  return said(definition.measure) && said(definition.question) && said(definition.verb);
}

/** "What's the rag for action 1.9": the action's own status, not its measure's, when nothing else of a figure is asked. */
function actionStatusAsked(ctx: ReadContext): boolean {
  return ctx.tags.has('action') && ctx.tags.has('status') && !(['figure', 'target', 'trend', 'comparator'] as const).some((t) => ctx.tags.has(t)) && !ctx.counting;
}

function figureAsked(ctx: ReadContext): boolean {
  return (['figure', 'target', 'trend', 'comparator', 'status'] as const).some((t) => ctx.tags.has(t)) || ctx.counting;
}

/** A rate or share, not a count: "how many" asks for the count where the papers give one. */
function isRate(indicator: Indicator): boolean {
  return indicator.unit === '%' || rateName.test(`${indicator.name} ${indicator.unit ?? ''}`);
}

/** The same place has a count of the same thing ("First time entrants (number)"). */
function hasCount(ctx: ReadContext, indicator: Indicator): boolean {
  let known = countsByArea.get(ctx.index);
  if (!known) {
    known = new Set(ctx.index.data.indicators.filter((i) => !isRate(i) && countName.test(`${i.name} ${i.unit ?? ''}`)).map((i) => `${i.area}|${i.name.split(' ')[0]}`));
    countsByArea.set(ctx.index, known);
  }
  return known.has(`${indicator.area}|${indicator.name.split(' ')[0]}`);
}

const countsByArea = new WeakMap<object, Set<string>>();

function hasNamesake(ctx: ReadContext, indicator: Indicator, areas: Set<string>): boolean {
  return (ctx.index.indicatorsByName.get(indicator.name) ?? []).some((i) => i.area !== undefined && areas.has(i.area));
}

/** Words too general to name a comparator on their own ("region", "average"). */
const generic = new Set(indicatorWords.genericComparatorWords.words);

/** A comparator of this indicator the question names by its label, and the question's slots it used. */
export function comparatorMention(indicator: Indicator, ctx: Pick<ReadContext, 'query'>): { label: string; slots: number[] } | undefined {
  const joined = ctx.query.words.join('');
  for (const c of indicator.comparators) {
    const words = rawTokens(c.label).filter((w) => !generic.has(w));
    if (words.length === 0 || !words.every((w) => joined.includes(w))) continue;
    const slots = ctx.query.slots.flatMap((slot, n) => (slot.terms.length > 0 && slot.positions.every((p) => words.some((w) => w.includes(ctx.query.words[p]!))) ? [n] : []));
    if (slots.length > 0) return { label: c.label, slots };
  }
  return undefined;
}

/** Words asking for a comparison without naming one ("compared", "comparison": indicators.json `comparators.generic`), stemmed. */
const genericComparison = new Set(indicatorWords.comparators.generic.map(stem));
/** The question's words cueing a comparator, stemmed. */
const comparatorCues = (words: string[]) => words.map(stem).filter((w) => cueTags(w).includes('comparator'));

/** The indicator intent, with what the question dwells on. */
export function toIntent(indicator: Indicator, ctx: Pick<ReadContext, 'tags' | 'query'>): Intent {
  const named = comparatorMention(indicator, ctx);
  if (named) return { kind: 'indicator', indicatorId: indicator.id, focus: 'comparators', comparatorLabel: named.label };
  const words = new Set(ctx.query.words);
  const said = (list: string[]) => list.some((w) => words.has(w));
  const kind = indicatorWords.comparators.rows.find((row) => said(row.words))?.comparator;
  // "Compared with target": a comparison asked for in general words only, with the target named as
  // what the figure is compared with. "Target and national benchmark" asks for both.
  const onlyCompared = ctx.tags.has('target') && comparatorCues(ctx.query.words).every((w) => genericComparison.has(w));
  const comparator = kind ?? (ctx.tags.has('comparator') && !onlyCompared ? 'national' : undefined);
  const before = said(previous.words) || previous.together.some((p) => p.split(' ').every((w) => words.has(w)));
  const focus = before && ctx.tags.has('trend')
    ? 'trend'
    : comparator
    ? 'comparators'
    : ctx.tags.has('target')
      ? 'target'
      : ctx.tags.has('trend')
        ? 'trend'
        : ctx.tags.has('status')
          ? 'status'
          : 'summary';
  return { kind: 'indicator', indicatorId: indicator.id, focus, ...(comparator ? { comparator } : {}) };
}

/** A value given in words, not a figure: a rating ("Requires improvement"), never a number kept raw. */
const isWordsValue = (raw: string) => /\p{L}{3}/u.test(raw) && !/\d/.test(raw);
