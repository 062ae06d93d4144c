/**
 * Who is who: the council's people as the bot knows them, from PEOPLE_FILE. Pure.
 *
 * @remarks
 * A Teams user is matched on their Entra object id (aadObjectId), else on e-mail. Roles decide what a
 * person may do: members ask and submit questions, officers update the actions they lead, chairs and
 * democratic services run question windows, admins administer plans.
 */
export const directoryRoles = ['member', 'officer', 'chair', 'democratic-services', 'admin'] as const;
export type DirectoryRole = (typeof directoryRoles)[number];

export interface DirectoryPerson {
  name: string;
  email?: string;
  aadObjectId?: string;
  roles: DirectoryRole[];
  /** Job titles as plans name leads: "Head of Service, Safeguarding". */
  jobTitles: string[];
  /** Committees or boards the person sits on (as named in meetings). */
  committees: string[];
}

/** The person on the other end of a turn, as Teams identifies them. */
export interface Actor {
  /** Teams user id (29:...). */
  userId: string;
  aadObjectId?: string;
  name?: string;
  email?: string;
}

export interface Directory {
  people: DirectoryPerson[];
}

const norm = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/** The directory entry for a Teams user: by aadObjectId first, else by e-mail. */
export function findPerson(directory: Directory, actor: Actor): DirectoryPerson | undefined {
  if (actor.aadObjectId) {
    const byId = directory.people.find((p) => p.aadObjectId && norm(p.aadObjectId) === norm(actor.aadObjectId));
    if (byId) return byId;
  }
  if (actor.email) return directory.people.find((p) => p.email && norm(p.email) === norm(actor.email));
  return undefined;
}

export function hasRole(person: DirectoryPerson | undefined, role: DirectoryRole): boolean {
  return !!person && person.roles.includes(role);
}

/** People holding a job title (case and spacing ignored), e.g. an action's lead role. */
export function peopleWithTitle(directory: Directory, title: string): DirectoryPerson[] {
  const wanted = norm(title).replace(/\s+/g, ' ');
  return directory.people.filter((p) => p.jobTitles.some((t) => norm(t).replace(/\s+/g, ' ') === wanted));
}
