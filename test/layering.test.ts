import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layering rules in .dependency-cruiser.cjs, run on the real source and on a tree that breaks them. */
const root = join(__dirname, '..');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

async function violations(baseDir: string): Promise<Violation[]> {
  const { cruise } = await import('dependency-cruiser');
  const rules = require(join(root, '.dependency-cruiser.cjs'));
  const result = await cruise(['src'], {
    ...rules.options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: rules.forbidden },
    tsConfig: { fileName: join(root, 'tsconfig.json') },
  });
  if (typeof result.output === 'string') throw new Error('expected a cruise result');
  return result.output.summary.violations as Violation[];
}

describe('the layering', () => {
  it('lets a route name the domain\'s types, and nothing else of it', async () => {
    const found = await violations(join(root, 'test/fixtures/layering'));
    const routes = found.filter((v) => v.from.startsWith('src/teams/routes/')).map((v) => `${v.rule.name}: ${v.to}`);
    expect(routes.sort()).toEqual(['routes-decide-nothing: src/domain/clock.ts', 'routes-read-no-store: src/store/ports.ts']);
  }, 120_000);

  it('holds in src', async () => {
    const found = await violations(root);
    const lines = found.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(lines).toEqual([]);
  }, 120_000);

  it('catches each rule broken in a fixture tree', async () => {
    const found = await violations(join(root, 'test/fixtures/layering'));
    const names = new Set(found.map((v) => v.rule.name));
    expect([...names].sort()).toEqual([
      'domain-is-pure',
      'no-cycles',
      'only-the-edge-imports-teams',
      'routes-decide-nothing',
      'routes-read-no-store',
      'services-see-ports-only',
      'store-knows-no-use-case',
      'teams-libraries-only-in-teams',
      'views-render-only',
    ]);
  }, 120_000);
});
