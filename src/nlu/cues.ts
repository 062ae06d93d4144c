import { stem } from './text';

/**
 * Words that say what kind of answer is wanted rather than what it is about. A reading of the
 * question (indicator, action, list...) explains a cue word when its kind uses that cue; so "target"
 * pulls towards an indicator and "overdue" towards a list, without ruling anything out.
 */
export type CueTag =
  | 'figure'
  | 'comparator'
  | 'target'
  | 'trend'
  | 'status'
  | 'action'
  | 'lead'
  | 'due'
  | 'late'
  | 'update'
  | 'list'
  | 'count'
  | 'plan'
  | 'priority'
  | 'meeting'
  | 'next'
  | 'agenda'
  | 'venue'
  | 'deadline'
  | 'question'
  | 'members'
  | 'chair'
  | 'contact'
  | 'meaning'
  | 'person'
  | 'papers'
  | 'more'
  | 'version'
  | 'recommendation'
  | 'soft';

const lexicon: Record<string, CueTag[]> = {};
const add = (tag: CueTag, words: string) => {
  for (const w of words.split(' ')) (lexicon[stem(w)] ??= []).push(tag);
};

add('figure', 'long quickly quick fast often figure figures rate value number numbers percentage percent proportion level levels score rating performance performing perform doing like latest current currently stats statistics measure measures indicator indicators kpi kpis pi metric metrics');
add('comparator', 'compare compared comparison comparisons comparator comparators benchmark benchmarks national nationally england english wales region regional regionally neighbour neighbours average averages elsewhere others');
add('target', 'target targets aim aiming goal ambition');
add('trend', 'trend trends improving improved improve worse worsening better direction travel trajectory history previous before year last prior');
add('status', 'status rag red amber green blue rating track progress complete completed done key');
add('action', 'action actions task tasks');
add('lead', 'lead leads leading led responsible owner owns owned doing charge accountable');
add('due', 'due deadline date dates timescale timescales timeline');
add('late', 'late overdue behind slipping slipped delayed');
add('update', 'update updates updated commentary comment comments news');
add('list', 'list which all anything any show outstanding open');
add('count', 'count total totals number');
add('plan', 'plan plans');
add('priority', 'priority priorities theme themes objective objectives area areas section');
add('meeting', 'meet meets meeting meetings sit sits next convene time start starts');
add('next', 'next upcoming coming soon future');
add('agenda', 'agenda item items discussed discussing considering consider considers considered discuss');
add('venue', 'venue where held location room virtual online remote');
add('deadline', 'deadline deadlines');
add('question', 'question questions ask submit public');
add('members', 'member members membership sit sits councillors cllrs');
add('chair', 'chair chairs chairman chairperson vice');
add('contact', 'contact contacts email phone clerk officer');
add('meaning', 'mean means meaning stand stands definition define abbreviation acronym short');
add('person', 'person people role job title');
add('papers', 'say said says report reports paper papers mention mentioned write wrote commissioner minister letter');
add('more', 'more next further page');
add('version', 'version versions revision revised edition approved approval adopted published dated signed');
add('recommendation', 'recommendation recommendations rec recs recommend recommended answer answers answering address addresses respond responds');
add('status', 'going happening');
add('soft', 'council councils authority info information detail details summary summarise overview tell know need want find look looking thanks thank hi hello please quick quickly now today currently whole everything');

/** The cue tags of a word (already stemmed), if it is a cue word. */
export function cueTags(term: string): CueTag[] {
  return lexicon[term] ?? [];
}

/** Tags present in a question's words (raw words; stemmed here). */
export function questionTags(words: string[]): Set<CueTag> {
  const out = new Set<CueTag>();
  for (const w of words) for (const tag of cueTags(stem(w))) out.add(tag);
  return out;
}
