import { peopleWithRole } from '../../domain/directory';
import type { Directory, DirectoryPerson } from '../../domain/directory';
import type { Action } from '../../domain/model';
import { leadPeople, leadsAction } from '../../domain/update-permissions';
import type { PlanSettings } from '../../domain/plan-settings';

/** A person the bot can message: they have an Entra object id. */
export interface Recipient {
  aadObjectId: string;
  person: DirectoryPerson;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Splits people into those the bot can message and the names of those it cannot (no Entra id). */
function reachable(people: DirectoryPerson[]): { recipients: Recipient[]; unreachable: string[] } {
  const recipients: Recipient[] = [];
  const unreachable: string[] = [];
  for (const person of people) {
    if (person.aadObjectId) recipients.push({ aadObjectId: person.aadObjectId.toLowerCase(), person });
    else unreachable.push(person.name);
  }
  return { recipients, unreachable };
}

/**
 * Who leads an action, from the directory (job title or name, as officers' update permissions
 * read it); leads with nobody behind them are returned as written, never guessed.
 */
export function actionLeads(directory: Directory, action: Pick<Action, 'leads'>) {
  const people = leadPeople(directory, action);
  const unmatched = action.leads.filter((lead) => !people.some((p) => leadsAction(p, { leads: [lead] })));
  return { ...reachable(people), unmatched };
}

/**
 * A plan's administrators, to tell about overdue updates: those its settings list (by Entra id or
 * e-mail, looked up in the directory), else the directory's administrators.
 */
export function planAdministrators(directory: Directory, settings: PlanSettings | undefined) {
  const listed = (settings?.administrators ?? []).map((id) => id.trim().toLowerCase());
  const found: DirectoryPerson[] = [];
  const extra: Recipient[] = [];
  for (const id of listed) {
    const person = directory.people.find((p) => p.aadObjectId?.toLowerCase() === id || p.email?.toLowerCase() === id);
    if (person) found.push(person);
    else if (guid.test(id)) extra.push({ aadObjectId: id, person: { name: id, aadObjectId: id, roles: ['admin'], jobTitles: [], committees: [] } });
  }
  const people = listed.length > 0 ? found : peopleWithRole(directory, 'admin');
  const { recipients, unreachable } = reachable(people);
  const all = [...recipients, ...extra];
  return { recipients: all.filter((r, i) => all.findIndex((o) => o.aadObjectId === r.aadObjectId) === i), unreachable };
}
