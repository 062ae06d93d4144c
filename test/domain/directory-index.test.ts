import { describe, expect, it } from 'vitest';
import { type DirectoryPerson, findPerson, peopleWithRole } from '../../src/domain/directory';
import { leadPeople } from '../../src/domain/update-permissions';

const person = (name: string, extra: Partial<DirectoryPerson> = {}): DirectoryPerson => ({ name, roles: ['officer'], jobTitles: [], committees: [], ...extra });

describe('directory lookups (indexed once per people list)', () => {
  it('finds by Entra id, then e-mail, ignoring case, the first entry winning as a search from the top would', () => {
    const people = [
      person('First', { aadObjectId: 'AAA-1', email: 'one@council.gov.uk' }),
      person('Second', { aadObjectId: 'aaa-1', email: 'TWO@council.gov.uk' }),
    ];
    const directory = { people };
    expect(findPerson(directory, { userId: 'u', aadObjectId: 'aaa-1' })?.name).toBe('First');
    expect(findPerson(directory, { userId: 'u', aadObjectId: 'unknown', email: 'two@COUNCIL.gov.uk' })?.name).toBe('Second');
    expect(findPerson(directory, { userId: 'u' })).toBeUndefined();
  });

  it('sees people added to the list later', () => {
    const people = [person('Ada', { roles: ['admin'] })];
    const directory = { people };
    expect(peopleWithRole(directory, 'admin').map((p) => p.name)).toEqual(['Ada']);
    people.push(person('Bo', { roles: ['admin', 'officer'], aadObjectId: 'b' }));
    expect(peopleWithRole(directory, 'admin').map((p) => p.name)).toEqual(['Ada', 'Bo']);
    expect(findPerson(directory, { userId: 'u', aadObjectId: 'B' })?.name).toBe('Bo');
  });

  it('finds an action\'s leads by title or name among people who may act, in directory order', () => {
    const directory = {
      people: [
        person('Cllr Lee', { roles: ['member'], jobTitles: ['Head of Service, Safeguarding'] }),
        person('Sam Officer', { jobTitles: ["Head of Service, Safeguarding"] }),
        person('Pat Manager'),
      ],
    };
    expect(leadPeople(directory, { leads: ['Pat Manager and Head of Service Safeguarding'] }).map((p) => p.name)).toEqual(['Sam Officer', 'Pat Manager']);
  });
});
