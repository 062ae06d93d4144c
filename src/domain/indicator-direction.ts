import { dateAtPrecision } from './due-date';
import type { DirectionReason, Indicator, Polarity, TargetState } from './model';

/**
 * An indicator's target state and which way is better, each with where it comes from. Pure: the
 * words are passed in (src/language/data/targets.json).
 *
 * @remarks
 * Direction comes, in this order, from the plan's own words ("reduce", "minimise delays", "lower is
 * better"), else from the target against the starting figure (a target below it means lower is
 * better), else from a plan administrator in Teams. With none of these there is no direction and so
 * no status: a colour is never put on a figure nobody defined.
 */
export interface TargetWords {
  targetStates: Record<'to-be-agreed' | 'to-be-set', string[]>;
  directions: Record<'lower-is-better' | 'higher-is-better', string[]>;
  delayWords: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrasePattern = (phrases: string[]) => new RegExp(`\\b(${phrases.map(escape).join('|')})\\b`, 'i');

/** The state of an indicator's target: a figure (set), words saying it is still to come, or none. */
export function targetStateOf(indicator: Pick<Indicator, 'targets'>, words: TargetWords): TargetState {
  if (indicator.targets.length === 0) return 'none';
  if (indicator.targets.some((t) => t.value !== null)) return 'set';
  const raw = indicator.targets.map((t) => t.raw).join(' ');
  if (phrasePattern(words.targetStates['to-be-agreed']).test(raw)) return 'to-be-agreed';
  if (phrasePattern(words.targetStates['to-be-set']).test(raw)) return 'to-be-set';
  // Words that are a target but not a figure ("above the national average") are still a target set.
  return raw.trim() ? 'set' : 'none';
}

const FILLER = new Set(['the', 'and', 'for', 'with', 'number', 'proportion', 'percentage', 'rate', 'rates', 'level', 'levels']);
const contentWords = (text: string): string[] => (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !FILLER.has(w));
const TIME_UNITS = /^(weeks?|days?|working days|months?|hours?)$/i;

/**
 * Which way the plan's own words say is better for this indicator: a cue ("reduce", "increase")
 * whose object names the indicator, or "minimise delays" for a measure of time. `texts` are the
 * indicator's name and the words around it in the plan (the action, its success measures).
 */
export function directionFromWords(indicator: Pick<Indicator, 'name' | 'unit'>, texts: string[], words: TargetWords): { polarity: Polarity; quote: string } | undefined {
  const nameWords = new Set(contentWords(indicator.name));
  // NOTE: layouts without a Measure column run the measure's name on after the success text: it is
  // not the object of the cue before it ("Increase in permanent post holders Agency social worker rate").
  const name = indicator.name.trim();
  const timed = !!indicator.unit && TIME_UNITS.test(indicator.unit.trim());
  const delay = new Set(words.delayWords);
  for (const polarity of ['lower-is-better', 'higher-is-better'] as const) {
    for (const whole of texts) {
      const text = name ? whole.split(name).join(' | ') : whole;
      for (const clause of text.split(/[;.\n|]|\s(?:and|to|so)\s/i)) {
        const cue = phrasePattern(words.directions[polarity]).exec(clause);
        if (!cue) continue;
        const after = contentWords(clause.slice(cue.index + cue[0].length)).slice(0, 4);
        const cueWords = contentWords(cue[0]);
        // "lower is better" said outright, or "reduce <the indicator's own words>".
        const outright = cueWords.includes('better');
        const namesIt = nameWords.size > 0 && after.filter((w) => nameWords.has(w)).length >= Math.min(2, nameWords.size);
        const delays = timed && polarity === 'lower-is-better' && after.some((w) => delay.has(w));
        if (outright || namesIt || delays) return { polarity, quote: clause.slice(cue.index).trim().split(/\s+/).slice(0, 6).join(' ') };
      }
    }
  }
  return undefined;
}

/** Lower is better when the target is below the starting figure, higher when above; none when equal. */
export function directionFromBaseline(indicator: Pick<Indicator, 'values' | 'targets' | 'unit'>): { polarity: Polarity; detail: string } | undefined {
  const start = indicator.values.find((v) => v.value !== null);
  const target = indicator.targets.find((t) => t.value !== null);
  if (!start || !target || start.value === target.value) return undefined;
  const polarity: Polarity = target.value! < start.value! ? 'lower-is-better' : 'higher-is-better';
  const detail = `the target (${target.raw.trim()}) is ${polarity === 'lower-is-better' ? 'below' : 'above'} the starting figure (${start.raw.trim()})`;
  return { polarity, detail };
}

/**
 * The indicator with its target state and, where its importer left the direction unknown, the
 * direction from the plan's words or the baseline, each with its reason. A direction the importer
 * read from the plan keeps it, with the plan as its reason.
 */
export function settleIndicator(indicator: Indicator, planTexts: string[], words: TargetWords): Indicator {
  const out: Indicator = { ...indicator, targetState: indicator.targetState ?? targetStateOf(indicator, words) };
  if (out.polarityReason) return out;
  if (out.polarity === 'higher-is-better' || out.polarity === 'lower-is-better') {
    const said = directionFromWords(indicator, planTexts, words);
    const inName = phrasePattern(words.directions[out.polarity]).test(indicator.name);
    const detail = said && said.polarity === out.polarity ? `'${said.quote}'` : inName ? `'${indicator.name.trim()}'` : 'as the plan states it';
    const reason: DirectionReason = { source: 'plan', detail };
    return { ...out, polarityReason: reason };
  }
  if (out.polarity !== 'unknown') return out;
  const said = directionFromWords(indicator, [indicator.name, ...planTexts], words);
  if (said) return { ...out, polarity: said.polarity, polarityReason: { source: 'plan', detail: `'${said.quote}'` } };
  const baseline = directionFromBaseline(indicator);
  if (baseline) return { ...out, polarity: baseline.polarity, polarityReason: { source: 'baseline', detail: baseline.detail } };
  return out;
}

/** A direction a plan administrator set in Teams, with who and when (ISO date-time). */
export interface SetDirection {
  polarity: 'higher-is-better' | 'lower-is-better';
  by: { name: string };
  at: string;
}

/**
 * The indicator with an administrator's direction applied, only where the plan's words and figures
 * give none (they come first); unchanged otherwise.
 */
export function withDirection<T extends Pick<Indicator, 'polarity' | 'polarityReason'>>(indicator: T, set: SetDirection | undefined): T {
  if (!set || indicator.polarity !== 'unknown') return indicator;
  return { ...indicator, polarity: set.polarity, polarityReason: { source: 'administrator', detail: 'set in Teams', by: set.by.name, at: set.at.slice(0, 10) } };
}

/** What the target state means in words: "to be agreed", "to be set", "none set". */
export function targetStateText(state: TargetState | undefined): string | undefined {
  if (state === 'to-be-agreed') return 'to be agreed';
  if (state === 'to-be-set') return 'to be set';
  if (state === 'none') return 'none set';
  return undefined;
}

/** "lower is better (plan: 'minimise delays')", for a status's reason. */
export function directionText(polarity: Polarity, reason: DirectionReason | undefined): string {
  const way = polarity === 'lower-is-better' ? 'lower is better' : polarity === 'higher-is-better' ? 'higher is better' : '';
  if (!way || !reason) return way;
  if (reason.source === 'plan') return `${way} (plan: ${reason.detail})`;
  if (reason.source === 'baseline') return `${way} (${reason.detail})`;
  return `${way} (set by ${reason.by ?? 'a plan administrator'}, a plan administrator${reason.at ? `, on ${dateAtPrecision(reason.at, 'day')}` : ''})`;
}
