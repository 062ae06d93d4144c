import { numberedFamily } from '../domain/numbered-figures';
import SearchableMap from 'minisearch/SearchableMap';
import type { Action, Indicator, Meeting, Plan } from '../domain/model';
import { addRiskEntries, registerKey, riskEntryKinds } from './risk-entries';
import type { Risk } from '../domain/risks';
import { type Body, bodyKey, type CatalogueData } from './catalogue-data';
import { comparable, nameTerms } from './text';
import { agendaTitles, coreOf, groupBy, type KnownPerson, knownPeople, siblingThemes } from './catalogue-parts';
import { compileSynonyms, type Synonyms } from './synonym-phrases';
import { addReports } from './report-entries';

export type EntryKind =
  | 'indicator'
  | 'action'
  | 'plan'
  | 'priority'
  | 'body'
  | 'agenda'
  | 'person'
  | 'role'
  | 'glossary'
  | 'area'
  | 'level'
  /** A risk by its name; its register (report, intro, every row's words) by the register's key. */
  | 'risk'
  | 'risk-register'
  /** A report (paper) by its title; one of its recommendations; a heading its contents table gives. */
  | 'report'
  | 'report-item'
  | 'report-section'
  /** The role of someone a report is from or by, as its header gives it ("the director of public health report"). */
  | 'report-role'
  /** A recommendation by its text: matched by list filters only, never put in the index (its words weigh nothing here). */
  | 'recommendation'
  /** Words around a thing rather than its name: an action's measures and progress notes, an indicator's report. */
  | 'context'
  /**
   * The title of the part an action sits under ("SEND Continuous Professional Development"), by the
   * action's id: words around it, not counted in the words' weights (a title is repeated per action).
   */
  | 'part'
  /** A risk's description, mitigation, owner and report. */
  | 'risk-context';

/** One name of one thing, as terms: what a question is matched against. */
export interface Entry {
  kind: EntryKind;
  /** The thing's key: an id, or for bodies/people/roles/areas their comparable name. */
  ref: string;
  label: string;
  terms: string[];
  /** The same terms as a set; a term's weight is the index's (`weight`), the same for every entry. */
  termSet: Set<string>;
  /** The weights of its terms, summed (filled in once the whole catalogue is known). */
  totalWeight: number;
  /**
   * The name without its qualifiers ("Vacancy rate" of "Key staffing data: Vacancy rate (total ...)"):
   * `termSet` itself when that is the whole name (most are).
   */
  core: ReadonlySet<string>;
  coreWeight: number;
}

/**
 * The catalogue as a search structure, built once per catalogue version and reused by every turn:
 * entries with an inverted index, term weights (rarer terms weigh more) and a typo-tolerant
 * vocabulary (minisearch's radix tree).
 */
export interface CatalogueIndex {
  data: CatalogueData;
  entries: Entry[];
  postings: Map<string, number[]>;
  vocabulary: SearchableMap<number>;
  weight(term: string): number;
  maxWeight: number;
  synonyms: Synonyms;
  plans: Map<string, Plan>;
  actions: Map<string, Action>;
  indicators: Map<string, Indicator>;
  meetings: Map<string, Meeting>;
  /** Each committee's meetings, by body key, oldest first. */
  meetingsByBody: Map<string, Meeting[]>;
  actionsByRef: Map<string, Action[]>;
  /** Indicators by the (lower-case) ref of the action they measure. */
  indicatorsByActionRef: Map<string, Indicator[]>;
  /** Indicators by name: the same measure in several areas. */
  indicatorsByName: Map<string, Indicator[]>;
  bodies: Map<string, Body>;
  areas: string[];
  /** People by comparable name: the pack's people and the directory, with every title they hold. */
  people: Map<string, KnownPerson>;
  /** People by each title they hold (comparable title). */
  holders: Map<string, KnownPerson[]>;
  /** The terms of each action's text, and of each indicator's name, by id: what a list's topic is matched on. */
  actionTextTerms: Map<string, ReadonlySet<string>>;
  indicatorNameTerms: Map<string, ReadonlySet<string>>;
  /** Risks by id, and each register's risks (by register key, in table order). */
  risks: Map<string, Risk>;
  registers: Map<string, Risk[]>;
}

/** A person from the packs or the directory, and the titles they hold (with dates where known). */
export type { KnownPerson } from './catalogue-parts';

/** Entries whose words a question may use but whose repeats say nothing of how rare a word is. */
const uncountedKinds: ReadonlySet<EntryKind> = new Set<EntryKind>(['part']);

/** The share of the rarest weight a word found only in risks carries: that of an unknown word. */
const RISK_ONLY_WEIGHT = 0.6;

/**
 * Each term's weight: rarer terms weigh more.
 *
 * @remarks
 * Counted over every entry but the risks' and the parts' titles (uncountedKinds), so adding a
 * register to the papers does not move how other questions are read, nor does a title repeated for
 * each action under it (its words are a priority's too, so none is new); a word only risks use
 * weighs as a rare word.
 */
export function termWeights(entries: readonly Entry[], postings: ReadonlyMap<string, number[]>): Pick<CatalogueIndex, 'weight' | 'maxWeight'> {
  const counted = entries.filter((e) => !riskEntryKinds.has(e.kind) && !uncountedKinds.has(e.kind));
  const df = new Map<string, number>();
  for (const entry of counted) for (const term of entry.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const total = counted.length || 1;
  const maxWeight = Math.log(1 + total);
  const weight = (term: string) => {
    const n = df.get(term);
    // A word of risks alone weighs what a word the catalogue does not know weighs (query.ts).
    return n ? Math.log(1 + total / n) : postings.has(term) ? maxWeight * RISK_ONLY_WEIGHT : maxWeight;
  };
  return { weight, maxWeight };
}

/** Gives back one string for equal strings: the first seen. */
export function interner(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const first = known.get(text);
    if (first !== undefined) return first;
    known.set(text, text);
    return text;
  };
}

/**
 * A name's core terms as a set: the name's own set when they are its terms in the same order (the
 * order weights are summed in), or when it has none.
 */
function coreTerms(terms: readonly string[], termSet: ReadonlySet<string>, core: string[]): ReadonlySet<string> {
  if (core.length === 0) return termSet;
  const set = new Set(core);
  const list = [...set];
  return list.length === terms.length && list.every((t, n) => t === terms[n]) ? termSet : set;
}

/** Builds the index over a catalogue snapshot. Pure; takes ~tens of ms for the seed data. */
export function buildCatalogueIndex(data: CatalogueData): CatalogueIndex {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  // NOTE: one string per term, however many names hold it (each reading of a name makes its own).
  const intern = interner();
  /** Adds an entry for a label; gives back its set of terms (none when it has no terms or is known). */
  const add = (kind: EntryKind, ref: string, label: string): ReadonlySet<string> | undefined => {
    const terms = [...new Set(nameTerms(label))].map(intern);
    if (terms.length === 0) return undefined;
    const key = `${kind}|${ref}|${terms.join(' ')}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const termSet = new Set(terms);
    entries.push({ kind, ref, label, terms, termSet, totalWeight: 0, core: coreTerms(terms, termSet, nameTerms(coreOf(label)).map(intern)), coreWeight: 0 });
    return termSet;
  };
  // NOTE: the terms of each action's text and indicator's name, as their entries hold them, for list filters.
  const actionTextTerms = new Map<string, ReadonlySet<string>>();
  const indicatorNameTerms = new Map<string, ReadonlySet<string>>();

  for (const plan of data.plans) {
    for (const name of [plan.name, ...plan.aliases]) add('plan', plan.id, name);
    for (const priority of plan.priorities) add('priority', `${plan.id}#${priority.number}`, priority.title);
    for (const level of plan.scale.levels) add('level', `${plan.id}#${level.code}`, level.label);
  }
  const plansById = new Map(data.plans.map((p) => [p.id, p]));
  const actionsById = new Map(data.actions.map((a) => [a.id, a]));
  const themes = siblingThemes(data.actions);
  for (const action of data.actions) {
    const textTerms = add('action', action.id, action.text);
    if (textTerms) actionTextTerms.set(action.id, textTerms);
    const around = [action.successMeasures, action.statusRaw, ...Object.values(action.extra ?? {}), themes.get(action.id)].filter((t): t is string => !!t);
    if (around.length > 0) add('context', action.id, around.join(' '));
    const part = action.priority ? plansById.get(action.planId)?.priorities.find((p) => p.number === action.priority) : undefined;
    if (part) add('part', action.id, part.title);
  }
  const itemTitle = agendaTitles(data);
  const numbered = numberedFamily(data.indicators);
  for (const indicator of data.indicators) {
    const nameTermSet = add('indicator', indicator.id, indicator.name);
    if (nameTermSet) indicatorNameTerms.set(indicator.id, nameTermSet);
    for (const alias of indicator.aliases) add('indicator', indicator.id, alias);
    // What the figure is part of: the report it sits in, the plan and action it measures, and the figure
    // it is numbered under ("2.1.3 Does assessment..." under "Court disposals – 2.1 Assessment").
    const action = indicator.planId && indicator.actionRef ? actionsById.get(`${indicator.planId}#${indicator.actionRef}`) : undefined;
    const whole = numbered.wholeOf(indicator)?.name;
    const around = [itemTitle(indicator.source), indicator.planId ? plansById.get(indicator.planId)?.name : undefined, action?.text, action?.successMeasures, indicator.table?.intro, indicator.definition?.text, indicator.context, whole].filter(
      (t): t is string => !!t,
    );
    if (around.length > 0) add('context', indicator.id, around.join(' '));
  }
  const bodies = new Map<string, Body>();
  for (const meeting of data.meetings) {
    const key = bodyKey(meeting.council, meeting.body);
    if (!bodies.has(key)) bodies.set(key, { key, council: meeting.council, name: meeting.body });
    add('body', key, meeting.body);
    for (const item of meeting.agenda) add('agenda', `${meeting.id}#${item.number}`, item.title);
  }
  for (const person of data.people) {
    add('person', comparable(person.name), person.name);
    for (const role of person.roles) add('role', comparable(role.title), role.title);
  }
  for (const person of data.directory) {
    add('person', comparable(person.name), person.name);
    for (const title of person.jobTitles) add('role', comparable(title), title);
  }
  for (const action of data.actions) for (const lead of action.leads) add('role', comparable(lead), lead);
  // Glossary entries are keyed by their stemmed term, so "IRO" and "IROs" are one abbreviation.
  for (const entry of data.glossary) add('glossary', nameTerms(entry.term).join(' '), entry.term);
  addRiskEntries(data.risks ?? [], add);
  addReports(data.reports ?? [], add, itemTitle);
  const areas = [...new Set([...data.indicators.map((i) => i.area), ...data.plans.map((p) => p.council)].filter((a): a is string => !!a))];
  for (const area of areas) add('area', area, area);

  const postings = new Map<string, number[]>();
  entries.forEach((entry, n) => {
    for (const term of entry.terms) {
      const list = postings.get(term);
      if (list) list.push(n);
      else postings.set(term, [n]);
    }
  });
  const vocabulary = new SearchableMap<number>();
  for (const [term, list] of postings) vocabulary.set(term, list.length);
  const { weight, maxWeight } = termWeights(entries, postings);
  for (const entry of entries) {
    entry.totalWeight = entry.terms.reduce((a, t) => a + weight(t), 0);
    entry.coreWeight = [...entry.core].reduce((a, t) => a + (entry.termSet.has(t) ? weight(t) : 0), 0);
  }

  const { people, holders } = knownPeople(data);

  return {
    data,
    people,
    holders,
    actionTextTerms,
    indicatorNameTerms,
    entries,
    postings,
    vocabulary,
    weight,
    maxWeight,
    synonyms: compileSynonyms(data.glossary),
    plans: new Map(data.plans.map((p) => [p.id, p])),
    actions: new Map(data.actions.map((a) => [a.id, a])),
    indicators: new Map(data.indicators.map((i) => [i.id, i])),
    meetings: new Map(data.meetings.map((m) => [m.id, m])),
    meetingsByBody: new Map([...groupBy(data.meetings, (m) => bodyKey(m.council, m.body))].map(([k, list]) => [k, [...list].sort((a, b) => a.date.localeCompare(b.date))])),
    actionsByRef: groupBy(data.actions, (a) => a.ref.toLowerCase()),
    indicatorsByActionRef: groupBy(data.indicators.filter((i) => i.actionRef), (i) => i.actionRef!.toLowerCase()),
    indicatorsByName: groupBy(data.indicators, (i) => i.name),
    bodies,
    areas,
    risks: new Map((data.risks ?? []).map((r) => [r.id, r])),
    registers: groupBy(data.risks ?? [], registerKey),
  };
}
