import type { ContactDetails } from '../../domain/model';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** UK numbers as packs print them: "01634 332509", "01432 383690", "07700 900123". */
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}\)?\s?\d{3}\s?\d{3,4}\b/;
/** Where the name-and-role part of a contact line stops. */
const DETAILS_START = /\s*(?:\bon\s+(?:tel(?:ephone)?|phone)\b|\b(?:tel(?:ephone)?|phone|t|e-?mail|e)\s*[:.]|[:,]?\s*(?:\+44|\b0)\d{3,4}\s?\d{3}|[:,]?\s*[A-Za-z0-9._%+-]+@)/i;

/** The first e-mail address in the text, as written. */
export function findEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0].replace(/\.$/, '');
}

/** The first UK phone number in the text, spacing as written. */
export function findPhone(text: string): string | undefined {
  return PHONE.exec(text)?.[0].trim();
}

/** Title words that start a job title, so "Dawn Hudd Assistant Director..." splits after the name. */
const TITLE_START =
  /\b(?:Interim|Acting|Deputy|Assistant|Director|Head|Chief|Senior|Principal|Programme|Democratic|Leader|Lead|Portfolio|Manager|Officer|Monitoring|Executive|Strategic|Service|Corporate|Councillor|Chair|Commissioner|Regeneration|HR)\b/;

/** Honorifics and post-nominals that are not part of the name a person is filed under. */
export function bareName(name: string): string {
  return name
    .replace(/^(?:(?:Councillor|Cllr\.?|Mrs\.?|Mr\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|Sir|Dame)\s+)+/i, '')
    .replace(/(?:\s+[A-Z]{2,6}){1,3}$/, '')
    .trim();
}

/** "Jane Smith" shape: two to four capitalised words (hyphens and apostrophes allowed). */
export function looksLikeName(text: string): boolean {
  const words = bareName(text).split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*|de|van|von|le|la)$/u.test(w)) &&
    !TITLE_START.test(text.replace(/^(?:Councillor|Cllr)\s+/i, ''))
  );
}

/**
 * Splits "Name, Role" (or "Name Role" when the role starts with a title word) into its parts.
 * Returns undefined when the text does not start with something shaped like a name.
 */
export function splitNameRole(text: string): { name: string; role?: string } | undefined {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/[,:;.]+$/, '');
  const comma = clean.indexOf(',');
  if (comma > 0 && looksLikeName(clean.slice(0, comma))) {
    const role = clean.slice(comma + 1).trim();
    return { name: bareName(clean.slice(0, comma)), ...(role ? { role } : {}) };
  }
  const start = TITLE_START.exec(clean.replace(/^(?:Councillor|Cllr\.?)\s+/i, (m) => ' '.repeat(m.length)));
  if (start && start.index > 0 && looksLikeName(clean.slice(0, start.index).trim())) {
    return { name: bareName(clean.slice(0, start.index).trim()), role: clean.slice(start.index).trim() };
  }
  if (looksLikeName(clean)) return { name: bareName(clean) };
  return undefined;
}

/**
 * A contact as a sentence or block gives it: "Wayne Hemingway, Principal Democratic Services
 * Officer on Telephone: 01634 332509 or Email: democratic.services@medway.gov.uk".
 */
export function parseContact(text: string): ContactDetails | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = DETAILS_START.exec(flat);
  const head = (cut ? flat.slice(0, cut.index) : flat).trim();
  const who = splitNameRole(head);
  if (!who) return undefined;
  const phone = findPhone(flat);
  const email = findEmail(flat);
  return {
    name: who.name,
    ...(who.role ? { role: who.role } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}
