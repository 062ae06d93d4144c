import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';

const dir = join(__dirname, '..', 'fixtures', 'activities');

/** A captured Teams activity, with the fields a test is about overridden. */
export function activityFixture(name: string, overrides: Record<string, unknown> = {}): Partial<Activity> {
  const base = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;
  return { ...base, ...overrides } as Partial<Activity>;
}
