import { describe, expect, it } from 'vitest';
import type { Actor, Directory, DirectoryPerson } from '../../src/domain/directory';
import { mayUpdate, refusalText } from '../../src/domain/update-permissions';

const person = (name: string, roles: DirectoryPerson['roles'], jobTitles: string[] = [], aadObjectId?: string, email?: string): DirectoryPerson => ({
  name,
  roles,
  jobTitles,
  committees: [],
  ...(aadObjectId ? { aadObjectId } : {}),
  ...(email ? { email } : {}),
});
const directory: Directory = {
  people: [
    person('Sam Officer', ['officer'], ['Head of Service, Safeguarding'], 'aad-sam'),
    person('Pat Both', ['officer'], ['Performance Team Lead'], 'aad-pat'),
    person('Jo Named', ['officer'], [], 'aad-jo'),
    person('Ada Admin', ['admin'], [], 'aad-ada'),
    person('Cllr Jane Example', ['member', 'chair'], ['Head of Service, Safeguarding'], 'aad-jane'),
    person('Dee Delegate', ['officer'], [], undefined, 'dee@council.example.gov.uk'),
  ],
};
const action = (leads: string[]) => ({ id: 'p#1.9', leads });
const actor = (aadObjectId?: string, email?: string): Actor => ({ userId: '29:x', ...(aadObjectId ? { aadObjectId } : {}), ...(email ? { email } : {}) });
const settings = { administrators: ['aad-listed'], delegates: { 'p#1.9': ['dee@council.example.gov.uk', 'aad-outside'] } };

describe('who may update an action', () => {
  it.each([
    ['the lead, by job title', actor('aad-sam'), ['Head of Service, Safeguarding'], { allowed: true, as: 'lead' }],
    ['the lead, whatever the case and punctuation', actor('AAD-SAM'), ['head of service safeguarding'], { allowed: true, as: 'lead' }],
    ['one of two leads joined by "&"', actor('aad-pat'), ['Performance Team Lead & Business Support Service Manager'], { allowed: true, as: 'lead' }],
    ['a lead named in person', actor('aad-jo'), ['Jo Named'], { allowed: true, as: 'lead' }],
    ['a delegate, by e-mail from the directory', actor(undefined, 'DEE@council.example.gov.uk'), ['Someone else'], { allowed: true, as: 'delegate' }],
    ['a delegate not in the directory, by Entra id', actor('aad-outside'), ['Someone else'], { allowed: true, as: 'delegate' }],
    ['an administrator by directory role', actor('aad-ada'), ['Someone else'], { allowed: true, as: 'administrator' }],
    ['an administrator listed in the plan settings', actor('aad-listed'), ['Someone else'], { allowed: true, as: 'administrator' }],
    ['another officer', actor('aad-pat'), ['Head of Service, Safeguarding'], { allowed: false, reason: 'not-allowed' }],
    ['a councillor, even with a matching title', actor('aad-jane'), ['Head of Service, Safeguarding'], { allowed: false, reason: 'councillor' }],
    ['someone the directory does not know', actor('aad-stranger'), ['Head of Service, Safeguarding'], { allowed: false, reason: 'unknown-person' }],
  ] as const)('%s', (_name, who, leads, expected) => {
    expect(mayUpdate(directory, who, action([...leads]), settings)).toMatchObject(expected);
  });

  it('says politely who can when it refuses', () => {
    const refused = mayUpdate(directory, actor('aad-pat'), action(['Head of Service, Safeguarding']), settings);
    if (refused.allowed) throw new Error('expected a refusal');
    expect(refusalText(refused, 'action 1.9')).toBe(
      "Sorry, I can't take that update for action 1.9. You're not down as a lead, delegate or administrator for this. " +
        "Updates can come from its lead (Head of Service, Safeguarding: Sam Officer), the people they delegate to, and the plan's administrators (Ada Admin).",
    );
  });
});
