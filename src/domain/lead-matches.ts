/**
 * Whether a person or a role "leads" an action: the one rule, used by update permissions, reminders
 * and the answers to "what does Kim lead". Pure.
 *
 * @remarks
 * Plans write leads as free text: several to a cell ("The YJPB and Head Of Service", "Assistant
 * Director / Lisa Morgan", "Chief Executive; Leader of the Council"), in any case ("HEAD OF ADULTS'
 * COMMISSIONING"), with or without apostrophes, hyphens and honorifics ("Cllr Mrs Josie Iles").
 * A lead matches a title or name that is the whole cell or one of its parts, compared as {@link leadKey}.
 */

/** Honorifics that are not part of the name a person is filed under ("Cllr Mrs Josie Iles" is Josie Iles). */
const honorifics = /^(?:(?:councillor|cllr|mrs|mr|ms|mx|miss|dr|prof|professor|sir|dame) )+/;

/** Where a cell naming several leads divides them: "/", ";", "+", or a spaced "and" or "&". */
const between = /\s*[/;+]\s*|\s+(?:and|&)\s+/i;

/**
 * A lead, title or name as compared: lower case, accents, apostrophes and honorifics gone, "&" read
 * as "and", hyphenated words joined ("Co-ordinator" = "Coordinator"), other punctuation a space.
 */
export function leadKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`']/g, '')
    .replace(/&/g, ' and ')
    .replace(/([a-z])-(?=[a-z])/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(honorifics, '');
}

export interface LeadForms {
  /** The whole cell as a key. */
  whole: string;
  /** The whole cell and each lead it names, as keys. */
  parts: string[];
}

// NOTE: list questions test every action's leads against a person's titles; the forms of a cell
// are remembered (a bounded cache, changing no result).
const remembered = new Map<string, LeadForms>();

/** A lead cell as keys, whole and split into the leads it names; remembered. */
export function leadForms(lead: string): LeadForms {
  let found = remembered.get(lead);
  if (!found) {
    const whole = leadKey(lead);
    found = { whole, parts: [...new Set([whole, ...lead.split(between).map(leadKey)])].filter(Boolean) };
    if (remembered.size > 20_000) remembered.clear();
    remembered.set(lead, found);
  }
  return found;
}

/**
 * Whether a lead cell names one of these titles (or names).
 * `exact`: the title is the cell or one of its leads (a person's own titles and name);
 * `contains`: the title's words appear in the cell (a role asked about in general, "Head of Service").
 */
export function leadMatches(lead: string, titles: readonly string[], mode: 'exact' | 'contains' = 'exact'): boolean {
  if (mode === 'exact') return titles.some((title) => leadNamesTitle(lead, title));
  const { whole } = leadForms(lead);
  return titles.some((title) => {
    const key = leadForms(title).whole;
    return key !== '' && ` ${whole} `.includes(` ${key} `);
  });
}

/** Whether a lead cell names this one title or name: {@link leadMatches}' exact rule, with no array to build. */
export function leadNamesTitle(lead: string, title: string): boolean {
  const key = leadForms(title).whole;
  return key !== '' && leadForms(lead).parts.includes(key);
}
