import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPerson, hasRole, peopleWithTitle } from '../../../src/domain/directory';
import { parsePeopleFile } from '../../../src/import/people-file';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'people.sample.csv'), 'utf8');

describe('parsePeopleFile', () => {
  it('reads the shipped sample, splitting ;-separated fields', () => {
    const result = parsePeopleFile(sample);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people).toHaveLength(4);
    expect(result.people[0]).toMatchObject({ name: 'Cllr Jane Example', roles: ['member', 'chair'] });
    expect(result.people[1]?.jobTitles).toEqual(['Head of Service, Safeguarding']);
    const directory = { people: result.people };
    expect(findPerson(directory, { userId: '29:x', aadObjectId: '0A9B8C7D-6E5F-4A3B-9C2D-1E0F9A8B7C6D' })?.name).toBe('Sam Officer');
    expect(findPerson(directory, { userId: '29:y', email: 'DEE.services@council.example.gov.uk' })?.name).toBe('Dee Services');
    expect(findPerson(directory, { userId: '29:z', aadObjectId: '00000000-0000-0000-0000-000000000000' })).toBeUndefined();
    expect(hasRole(findPerson(directory, { userId: '29:y', email: 'ada.admin@council.example.gov.uk' }), 'admin')).toBe(true);
    expect(peopleWithTitle(directory, 'head of service,  safeguarding').map((p) => p.name)).toEqual(['Sam Officer']);
  });

  it('reports each bad row with its number and column, and returns no one', () => {
    const text = [
      'name,email,aadObjectId,roles,jobTitles,committees',
      ',a@b.gov.uk,,member,,',
      'X,not-an-email,,member,,',
      'Y,y@b.gov.uk,not-a-guid,boss,,',
      'Z,,,member,,',
    ].join('\n');
    const result = parsePeopleFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringMatching(/^Row 2, name: is empty/),
      expect.stringMatching(/^Row 3, email: is not an e-mail address/),
      expect.stringMatching(/^Row 4, aadObjectId: is not an Entra object id/),
      expect.stringMatching(/^Row 4, roles: has "boss"/),
      expect.stringMatching(/^Row 5: give an aadObjectId or an email/),
    ]);
  });

  it('refuses a file without the expected header', () => {
    expect(parsePeopleFile('who,what\nA,B')).toEqual({ ok: false, errors: [expect.stringMatching(/^Row 1 must be the header/)] });
  });
});
