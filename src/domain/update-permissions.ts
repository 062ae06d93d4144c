import { type Actor, type Directory, type DirectoryPerson, findPerson, hasRole, peopleWithRole } from './directory';
import { leadForms, leadKey, leadMatches } from './lead-matches';
import type { Action } from './model';

/**
 * Who may update an action: its lead(s), the people they delegate to, and the plan's administrators.
 * Pure. Leads are matched through the directory: a person whose job title is the lead role the plan
 * names, or whose name is the named lead, compared as lead-matches.ts says. Councillors (member or
 * chair only) never update.
 */

/** A plan's own lists (from its settings): Entra object ids or e-mail addresses. */
export interface PlanAuthority {
  administrators: string[];
  /** Delegates by action id. */
  delegates: Record<string, string[]>;
}

export type UpdatePermission =
  | { allowed: true; as: 'lead' | 'delegate' | 'administrator'; person?: DirectoryPerson }
  | { allowed: false; reason: 'unknown-person' | 'councillor' | 'not-allowed'; whoCan: string };

/** True when the person holds one of the action's lead roles or is named as a lead. */
export function leadsAction(person: DirectoryPerson, action: Pick<Action, 'leads'>): boolean {
  const mine = [...person.jobTitles, person.name];
  return action.leads.some((lead) => leadMatches(lead, mine));
}

// NOTE: built once per people list, as in directory.ts: each person who may act, under each of
// their titles and their name, normalised.
interface LeadIndex {
  size: number;
  forms: Map<string, DirectoryPerson[]>;
  position: Map<DirectoryPerson, number>;
}
const byLeadForm = new WeakMap<readonly DirectoryPerson[], LeadIndex>();

function leadIndex(directory: Directory): LeadIndex {
  const known = byLeadForm.get(directory.people);
  if (known && known.size === directory.people.length) return known;
  const index: LeadIndex = { size: directory.people.length, forms: new Map(), position: new Map() };
  directory.people.forEach((person, i) => {
    if (!mayAct(person)) return;
    index.position.set(person, i);
    for (const form of new Set([...person.jobTitles, person.name].map(leadKey))) {
      const list = index.forms.get(form);
      if (list) list.push(person);
      else index.forms.set(form, [person]);
    }
  });
  byLeadForm.set(directory.people, index);
  return index;
}

/** Everyone in the directory who leads the action, in directory order. */
export function leadPeople(directory: Directory, action: Pick<Action, 'leads'>): DirectoryPerson[] {
  const { forms, position } = leadIndex(directory);
  const found = new Set(action.leads.flatMap((lead) => leadForms(lead).parts.flatMap((form) => forms.get(form) ?? [])));
  return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
}

/** Officers and administrators act; a councillor (member or chair and nothing else) does not. */
function mayAct(person: DirectoryPerson): boolean {
  return person.roles.some((r) => r === 'officer' || r === 'admin' || r === 'democratic-services');
}

function listed(ids: string[] | undefined, actor: Actor, person?: DirectoryPerson): boolean {
  const wanted = new Set((ids ?? []).map((id) => id.trim().toLowerCase()));
  const mine = [actor.aadObjectId, actor.email, person?.aadObjectId, person?.email].filter(Boolean) as string[];
  return mine.some((id) => wanted.has(id.toLowerCase()));
}

/** Whether the actor may administer the plan: the directory's admin role, or listed in its settings. */
export function administersPlan(directory: Directory, actor: Actor, authority: PlanAuthority | undefined): boolean {
  const person = findPerson(directory, actor);
  if (person && !mayAct(person)) return false;
  return hasRole(person, 'admin') || listed(authority?.administrators, actor, person);
}

/** "the lead (Head of Service, Safeguarding: Sam Officer), their delegates and the plan's administrators (Ada Admin)" */
export function whoCanUpdate(directory: Directory, action: Pick<Action, 'leads'>): string {
  const leads = action.leads.map((lead) => {
    const people = leadPeople(directory, { leads: [lead] }).map((p) => p.name);
    return people.length > 0 ? `${lead}: ${people.join(', ')}` : lead;
  });
  const admins = peopleWithRole(directory, 'admin').map((p) => p.name);
  const leadText = leads.length === 0 ? 'its lead (the plan names none)' : `its lead${leads.length > 1 ? 's' : ''} (${leads.join('; ')})`;
  const adminText = admins.length > 0 ? `the plan's administrators (${admins.join(', ')})` : "the plan's administrators";
  return `${leadText}, the people they delegate to, and ${adminText}`;
}

/** Decides whether the actor may update the action, and if not, says who can. */
export function mayUpdate(
  directory: Directory,
  actor: Actor,
  action: Pick<Action, 'id' | 'leads'>,
  authority: PlanAuthority | undefined,
): UpdatePermission {
  const person = findPerson(directory, actor);
  // NOTE: the sentence saying who can is built only for a refusal (most checks allow).
  if (person && !mayAct(person)) return { allowed: false, reason: 'councillor', whoCan: whoCanUpdate(directory, action) };
  if (person && leadsAction(person, action)) return { allowed: true, as: 'lead', person };
  if (listed(authority?.delegates[action.id], actor, person)) return { allowed: true, as: 'delegate', ...(person ? { person } : {}) };
  if (administersPlan(directory, actor, authority)) return { allowed: true, as: 'administrator', ...(person ? { person } : {}) };
  return { allowed: false, reason: person ? 'not-allowed' : 'unknown-person', whoCan: whoCanUpdate(directory, action) };
}

/** The polite refusal: what they asked, why not, and who can. */
export function refusalText(permission: Extract<UpdatePermission, { allowed: false }>, what: string): string {
  const why =
    permission.reason === 'unknown-person'
      ? "I can't find you in the council's directory of people, so I can't take updates from you yet."
      : permission.reason === 'councillor'
        ? 'Updates come from officers, so councillors can read the status but not change it.'
        : "You're not down as a lead, delegate or administrator for this.";
  return `Sorry, I can't take that update for ${what}. ${why} Updates can come from ${permission.whoCan}.`;
}
