import { abbreviate } from './acronyms';
import { titleCase } from './title-case';

/** What a plan's aliases are built from. */
export interface AliasInput {
  name: string;
  headings: string[];
  /** Bodies named in the title ("Medway Youth Offending Team", "Youth Justice Partnership Board"). */
  owners: string[];
  council: string;
  /** An inspectorate the plan answers, as its table names it ("HMIP"). */
  inspectorate?: string;
  acronyms: Map<string, string>;
}

/** Youth offending teams are also called youth justice services; people use both. */
const SYNONYMS: [RegExp, string][] = [[/\byouth offending (?:team|service)s?\b/i, 'Youth Justice']];

/**
 * The names people use for a plan: its headings, the same with the pack's own acronyms (YOT, YJPB),
 * each owning body's "<body> Improvement Plan", "<ACRONYM> plan", the council-prefixed short form,
 * and "<inspectorate> action plan" when it answers an inspection.
 */
export function planAliases(input: AliasInput): string[] {
  const kind = /\b((?:improvement|action|delivery) plan)$/i.exec(input.name)?.[1] ?? 'Plan';
  const kindTitle = titleCase(kind);
  const out: string[] = [...input.headings];
  for (const owner of input.owners) {
    const body = owner.replace(new RegExp(`^${input.council}\\s+`, 'i'), '');
    const short = abbreviate(body, input.acronyms);
    out.push(`${body} ${kindTitle}`, `${short} ${kindTitle}`, `${short} Plan`, `${input.council} ${short} ${kindTitle}`);
    for (const [pattern, synonym] of SYNONYMS) {
      if (pattern.test(body)) out.push(`${body.replace(pattern, synonym)} ${kindTitle}`);
    }
  }
  for (const heading of input.headings) out.push(abbreviate(heading, input.acronyms));
  out.push(abbreviate(input.name, input.acronyms));
  if (input.inspectorate) out.push(`${input.inspectorate} ${kindTitle}`, `${input.inspectorate} Action Plan`);
  const seen = new Set([input.name.toLowerCase()]);
  return out
    .map((a) => a.replace(/\s+/g, ' ').trim())
    .filter((a) => {
      const key = a.toLowerCase();
      if (a === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
