import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { activityProblem, incomingActivity } from '../../src/teams/activity-schema';
import { activityFixture } from '../helpers/fixtures';

const names = readdirSync(join(__dirname, '..', 'fixtures', 'activities')).map((f) => f.replace(/\.json$/, ''));

/** Values that break one rule or another, and some that keep them. */
const values: unknown[] = [
  undefined,
  null,
  42,
  true,
  '',
  'x',
  'x'.repeat(65),
  'x'.repeat(513),
  'x'.repeat(2049),
  'not a url',
  'https://smba.trafficmanager.net/emea/',
  [],
  [{}],
  [{ id: 'a' }],
  [{ id: '' }],
  [null],
  [[]],
  Array.from({ length: 40 }, () => ({ id: 'a' })),
  {},
  { id: 'a' },
  { id: 'a', name: 7 },
  { id: 'a', aadObjectId: 'x'.repeat(65) },
  { id: 'a'.repeat(1025) },
  new Date(0),
  Object.create(null) as object,
];

const fields = ['type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'text', 'name', 'replyToId'];
const more = ['entities', 'attachments', 'channelData', 'membersAdded', 'membersRemoved', 'conversation.id', 'conversation.tenantId', 'from.id', 'from.name'];

function withValue(name: string, path: string, value: unknown): unknown {
  const activity = JSON.parse(JSON.stringify(activityFixture(name))) as Record<string, Record<string, unknown>>;
  const [field, inner] = path.split('.') as [string, string | undefined];
  if (inner) activity[field] = { ...activity[field], [inner]: value };
  else (activity as Record<string, unknown>)[field] = value;
  return activity;
}

describe('activityProblem', () => {
  it('passes every fixture activity', () => {
    for (const name of names) expect(activityProblem(activityFixture(name)), name).toBeUndefined();
  });

  it('gives the schema verdict for each field made good or bad (its quick check never passes what the schema refuses)', () => {
    for (const name of names) {
      for (const path of [...fields, ...more]) {
        for (const value of values) {
          const body = withValue(name, path, value);
          expect(activityProblem(body) === undefined, `${name} ${path}=${JSON.stringify(value)?.slice(0, 40)}`).toBe(incomingActivity.safeParse(body).success);
        }
      }
    }
  });

  it('refuses what is not an activity', () => {
    for (const body of [undefined, null, 'text', 42, [], Object.create(null)]) expect(activityProblem(body)).toBeDefined();
  });
});

/** The module's path, imported afresh after a reset (a string, so the import is not resolved at compile time). */
const freshModule = join(__dirname, '..', '..', 'src', 'teams', 'activity-schema');

describe('the fast check in a process that has seen no service URL yet', () => {
  it('refuses an empty service URL, as the schema does', async () => {
    vi.resetModules();
    const fresh = (await import(freshModule)) as typeof import('../../src/teams/activity-schema');
    const body = { type: 'message', channelId: 'msteams', serviceUrl: '', from: { id: 'a' }, recipient: { id: 'b' }, conversation: { id: 'c' } };
    expect(fresh.incomingActivity.safeParse(body).success).toBe(false);
    expect(fresh.activityProblem(body)).toMatch(/serviceUrl/);
  });
});
