import type { Flag, Person, RoleHeld } from '../../../domain/model';
import { personId } from '../../../domain/ids';
import { readFrontSheet } from '../../text/front-sheet';
import { readMembership } from '../meetings/membership';
import type { PackParser, PackText } from '../types';
import { readContactBlocks } from './contact-blocks';
import { readReportHeaderPeople } from './report-headers';
import { readRoleTables } from './role-tables';
import type { Sighting } from './sighting';

const MEMBER_TITLE = { chair: 'Chair', 'vice-chair': 'Vice-chair', member: 'Member', 'co-optee': 'Co-optee', substitute: 'Substitute', other: 'Member' } as const;

/** Membership lines as sightings: "Chair, Children and young people scrutiny committee". */
function membershipSightings(pack: PackText): Sighting[] {
  const front = readFrontSheet(pack.lines);
  if (!front) return [];
  // Lines the membership reader cannot read are flagged by the meetings parser; not twice.
  return readMembership(pack.lines, front.firstLine, front.agendaStart, [], pack.documentId).map((m) => ({
    name: m.name,
    role: `${MEMBER_TITLE[m.role]}, ${front.body}${m.note ? ` (${m.note})` : ''}`,
    ...(m.role !== 'co-optee' ? { councillor: true } : {}),
    line: m.line,
    lineEnd: m.line,
  }));
}

/** Two people run together in one cell ("…Public Health Ian Sutherland, Director of…"): split on a name known elsewhere. */
function splitRunTogether(sightings: Sighting[], pack: PackText, flags: Flag[]): Sighting[] {
  const names = [...new Set(sightings.map((s) => s.name))];
  return sightings.flatMap((s) => {
    const role = s.role ?? '';
    const other = names.find((n) => n !== s.name && role.includes(` ${n},`));
    if (!other) return [s];
    const at = role.indexOf(` ${other},`);
    flags.push({ code: 'people-run-together', severity: 'repaired', raw: role, message: `"${s.name}" and "${other}" were printed as one entry; split at the known name`, source: { documentId: pack.documentId, lineStart: s.line, lineEnd: s.lineEnd } });
    return [{ ...s, role: role.slice(0, at).trim() }, { ...s, name: other, role: role.slice(at + other.length + 2).trim() }];
  });
}

/** An e-mail is a person's own only when it carries their name; team mailboxes stay with meetings. */
function ownEmail(name: string, email: string | undefined): string | undefined {
  if (!email) return undefined;
  const local = email.split('@')[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  const parts = name.toLowerCase().split(/\s+/).map((p) => p.replace(/[^a-z]/g, '')).filter((p) => p.length > 1);
  return parts.some((p) => local.includes(p)) ? email : undefined;
}

function addRole(roles: RoleHeld[], role: RoleHeld): void {
  const same = roles.find((r) => r.title.toLowerCase() === role.title.toLowerCase());
  if (!same) roles.push(role);
  else {
    same.from ??= role.from;
    same.until ??= role.until;
    same.precision ??= role.precision;
    if (!same.precision) delete same.precision;
    if (!same.from) delete same.from;
    if (!same.until) delete same.until;
  }
}

/**
 * People named in a pack with their job titles: report headers, lead officer contacts, the
 * front sheet's contact and membership, and "Name | Job Title" tables with from/until dates.
 * One record per person (deterministic id from the name), roles collected from every sighting.
 */
export const parsePeople: PackParser = (pack) => {
  const flags: Flag[] = [];
  const front = readFrontSheet(pack.lines);
  const frontContact: Sighting[] = front?.contact
    ? [{ ...front.contact, line: front.agendaEnd + 1, lineEnd: front.agendaEnd + 1 }]
    : [];
  const sightings = splitRunTogether(
    [...frontContact, ...readReportHeaderPeople(pack.lines), ...readContactBlocks(pack.lines), ...readRoleTables(pack, flags), ...membershipSightings(pack)],
    pack,
    flags,
  );
  const people = new Map<string, Person>();
  for (const s of sightings) {
    const id = personId(s.name);
    if (!id) continue;
    let person = people.get(id);
    if (!person) {
      const page = pack.pageOfLine(s.line);
      person = { id, name: s.name, ...(pack.council ? { council: pack.council } : {}), roles: [], source: { documentId: pack.documentId, ...(page !== undefined ? { page } : {}), lineStart: s.line, lineEnd: s.lineEnd } };
      people.set(id, person);
    }
    if (s.councillor) addRole(person.roles, { title: 'Councillor' });
    if (s.role) addRole(person.roles, { title: s.role.replace(/\s+/g, ' ').trim(), ...(s.from ? { from: s.from } : {}), ...(s.until ? { until: s.until } : {}), ...(s.precision ? { precision: s.precision } : {}) });
    const email = ownEmail(s.name, s.email);
    if (email && !person.email) person.email = email;
    if (s.phone && !person.phone) person.phone = s.phone;
    else if (s.phone && person.phone && s.phone.replace(/\s/g, '') !== person.phone.replace(/\s/g, '')) {
      flags.push({ code: 'person-phone-differs', severity: 'ambiguous', raw: s.phone, message: `${s.name}: phone ${s.phone} here, ${person.phone} earlier in the pack; both are printed, the first is shown`, source: { documentId: pack.documentId, lineStart: s.line, lineEnd: s.lineEnd } });
    }
  }
  return people.size > 0 || flags.length > 0 ? { people: [...people.values()], flags } : {};
};
