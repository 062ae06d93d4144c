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
  /**
   * The Entra tenant its people are in (BOT_TENANT_ID): a Teams user of any other tenant is nobody
   * here, whatever Entra object id they carry. Absent in local mode.
   */
  tenantId?: string;
}

const norm = (text: string | undefined) => (text ?? '').trim().toLowerCase();

interface DirectoryIndex {
  size: number;
  byId: Map<string, DirectoryPerson>;
  byEmail: Map<string, DirectoryPerson>;
  byRole: Map<DirectoryRole, DirectoryPerson[]>;
}

// NOTE: lookups run several times a turn over directories of hundreds to thousands of people; the
// index is built once per people list (rebuilt if its length changes) and changes no result.
const indexes = new WeakMap<readonly DirectoryPerson[], DirectoryIndex>();

function indexOf(directory: Directory): DirectoryIndex {
  const known = indexes.get(directory.people);
  if (known && known.size === directory.people.length) return known;
  const index: DirectoryIndex = { size: directory.people.length, byId: new Map(), byEmail: new Map(), byRole: new Map() };
  for (const person of directory.people) {
    // The first entry wins, as a search from the top would find it.
    if (person.aadObjectId && !index.byId.has(norm(person.aadObjectId))) index.byId.set(norm(person.aadObjectId), person);
    if (person.email && !index.byEmail.has(norm(person.email))) index.byEmail.set(norm(person.email), person);
    for (const role of new Set(person.roles)) {
      const list = index.byRole.get(role);
      if (list) list.push(person);
      else index.byRole.set(role, [person]);
    }
  }
  indexes.set(directory.people, index);
  return index;
}

/** The directory entry for a Teams user: by aadObjectId first, else by e-mail. */
export function findPerson(directory: Directory, actor: Actor): DirectoryPerson | undefined {
  const index = indexOf(directory);
  if (actor.aadObjectId) {
    const byId = index.byId.get(norm(actor.aadObjectId));
    if (byId) return byId;
  }
  if (actor.email) return index.byEmail.get(norm(actor.email));
  return undefined;
}

/** Everyone holding a role, in directory order. */
export function peopleWithRole(directory: Directory, role: DirectoryRole): DirectoryPerson[] {
  return indexOf(directory).byRole.get(role) ?? [];
}

export function hasRole(person: DirectoryPerson | undefined, role: DirectoryRole): boolean {
  return !!person && person.roles.includes(role);
}

/** People holding a job title (case and spacing ignored), e.g. an action's lead role. */
export function peopleWithTitle(directory: Directory, title: string): DirectoryPerson[] {
  const wanted = norm(title).replace(/\s+/g, ' ');
  return directory.people.filter((p) => p.jobTitles.some((t) => norm(t).replace(/\s+/g, ' ') === wanted));
}
