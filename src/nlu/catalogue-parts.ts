import type { CatalogueData } from './catalogue-data';
import type { Action, DatePrecision } from '../domain/model';
import { comparable, nameTerms } from './text';

/** The parts of building the catalogue index that are about the data's shape, not about matching. */

/** A person the papers name, with the titles they held and when. */
export interface KnownPerson {
  name: string;
  council?: string;
  email?: string;
  /** The telephone number the papers give with their name ("Tel: 01634 332133"). */
  phone?: string;
  titles: { title: string; from?: string; until?: string; precision?: DatePrecision }[];
}

/** A name's core: qualifiers in brackets and a "Heading:" prefix dropped. */
export function coreOf(label: string): string {
  const unbracketed = label.replace(/\([^)]*\)?|\[[^\]]*\]/g, ' ');
  const colon = unbracketed.indexOf(': ');
  return colon > 0 && unbracketed.length - colon > 8 ? unbracketed.slice(colon + 2) : unbracketed;
}

/** The agenda item a source line sits in (its report's title): pages give the line's printed page. */
export function agendaTitles(data: CatalogueData): (source: { documentId: string; lineStart?: number }) => string | undefined {
  const pages = new Map((data.documents ?? []).map((d) => [d.id, d.pages]));
  const items = new Map<string, { from: number; to: number; title: string }[]>();
  for (const meeting of data.meetings) {
    for (const item of meeting.agenda) {
      if (item.pageFrom === undefined) continue;
      const list = items.get(meeting.source.documentId) ?? [];
      list.push({ from: item.pageFrom, to: item.pageTo ?? item.pageFrom, title: item.title });
      items.set(meeting.source.documentId, list);
    }
  }
  return (source) => {
    if (source.lineStart === undefined) return undefined;
    const page = pages.get(source.documentId)?.find((p) => p.lineStart <= source.lineStart! && source.lineStart! <= p.lineEnd);
    if (!page) return undefined;
    return items.get(source.documentId)?.find((i) => i.from <= page.number && page.number <= i.to)?.title;
  };
}

/** Items by a key, in their order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Everyone the papers and the directory name, with every title they hold, and who holds each title. */
export function knownPeople(data: CatalogueData): { people: Map<string, KnownPerson>; holders: Map<string, KnownPerson[]> } {
  const people = new Map<string, KnownPerson>();
  const person = (name: string) => {
    const key = comparable(name);
    let known = people.get(key);
    if (!known) people.set(key, (known = { name, titles: [] }));
    return known;
  };
  for (const p of data.people) {
    const known = person(p.name);
    known.council ??= p.council;
    known.email ??= p.email;
    known.phone ??= p.phone;
    for (const role of p.roles) known.titles.push({ title: role.title, ...(role.from ? { from: role.from } : {}), ...(role.until ? { until: role.until } : {}), ...(role.precision ? { precision: role.precision } : {}) });
  }
  for (const p of data.directory) {
    const known = person(p.name);
    known.email ??= p.email;
    for (const title of p.jobTitles) if (!known.titles.some((t) => t.title === title)) known.titles.push({ title });
  }
  const holders = new Map<string, KnownPerson[]>();
  for (const known of people.values()) {
    for (const t of new Set(known.titles.map((x) => comparable(x.title)))) holders.set(t, [...(holders.get(t) ?? []), known]);
  }
  return { people, holders };
}

/**
 * Words the other actions answering the same recommendation (or under the same priority) share:
 * what the group is about ("Otter" for "Schedule training", whose siblings trial and roll out Otter).
 * Action id -> those words, for the action's context.
 */
export function siblingThemes(actions: Action[]): Map<string, string> {
  const out = new Map<string, string>();
  const groups = groupBy(actions, (a) => `${a.planId}#${a.recommendationRefs?.[0] ?? a.priority ?? ''}`);
  for (const group of groups.values()) {
    if (group.length < 3) continue;
    const terms = group.map((a) => new Set(nameTerms(a.text)));
    for (const [i, action] of group.entries()) {
      const counts = new Map<string, number>();
      terms.forEach((set, j) => {
        if (j !== i) for (const t of set) counts.set(t, (counts.get(t) ?? 0) + 1);
      });
      const shared = [...counts].filter(([t, n]) => n >= 2 && !terms[i]!.has(t)).map(([t]) => t);
      if (shared.length > 0) out.set(action.id, shared.join(' '));
    }
  }
  return out;
}
