import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as AC from 'adaptivecards';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardRenderer, defaultCardsDir } from '../../src/cards/render';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { cardActions } from './card-actions';
import { cardSchemaValidator } from './card-schema';
import { routeProbe } from './route-probe';

/**
 * Every template in cards/, expanded with its sample data, checked as Teams will take it. The list of
 * cards and the verbs the app handles are both read at run time, so new cards and routes are covered
 * without touching this file.
 */
const files = readdirSync(defaultCardsDir);
const names = files.filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json')).map((f) => f.replace(/\.json$/, '')).sort();
const renderer = createCardRenderer();
const sample = (name: string) => JSON.parse(readFileSync(join(defaultCardsDir, `${name}.sample.json`), 'utf8')) as object;
const expand = (name: string) => renderer.render(name, sample(name));
const validateSchema = cardSchemaValidator();
// Bot messages were capped at 40 KB (now about 100 KB); the platform notes budget 40 KB to be safe.
const maxCardBytes = 40 * 1024;
// Lints the official library reports but Teams does not enforce; not counted as errors here.
const advisory = new Set([AC.ValidationEvent.RequiredInputsShouldHaveLabel, AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage]);

describe('the card templates in cards/', () => {
  it('are there, each with its .sample.json beside it and no sample without a template', () => {
    expect(names).toEqual(expect.arrayContaining(['help', 'welcome', 'apology']));
    for (const name of names) expect(files, `cards/${name}.sample.json is missing`).toContain(`${name}.sample.json`);
    for (const file of files.filter((f) => f.endsWith('.sample.json'))) {
      expect(names, `${file} has no template`).toContain(file.replace(/\.sample\.json$/, ''));
    }
  });
});

describe.each(names)('the %s card, expanded with its sample data', (name) => {
  it('expands with no ${...} left over (the renderer throws on any)', () => {
    expect(() => expand(name)).not.toThrow();
  });

  it('declares Adaptive Card version 1.5 and is valid against the 1.5 schema with Teams extensions', () => {
    const card = expand(name);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(validateSchema(card)).toEqual([]);
  });

  it(`stays under ${maxCardBytes / 1024} KB`, () => {
    expect(Buffer.byteLength(JSON.stringify(expand(name)), 'utf8')).toBeLessThan(maxCardBytes);
  });

  it('parses with the official adaptivecards library without errors', () => {
    const context = new AC.SerializationContext();
    const card = new AC.AdaptiveCard();
    card.parse(expand(name), context);
    const problems: string[] = [];
    for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
    for (const event of card.validateProperties().validationEvents) {
      if (!advisory.has(event.event)) problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the actions on the cards', () => {
  let testBot: TestBot;
  let handled: ReturnType<typeof routeProbe>;
  beforeAll(async () => {
    testBot = await createTestBot();
    handled = routeProbe(testBot.bot.app);
  });
  afterAll(async () => {
    await testBot?.close();
  });

  it.each(names)('%s: every verb, submission and typeahead reaches a route of the real app', async (name) => {
    const unhandled: string[] = [];
    for (const action of cardActions(expand(name))) {
      if (!(await handled(action))) {
        const what = action.kind === 'unroutable' ? action.why : action.kind === 'text' ? `"${action.text}"` : action.kind === 'search' ? `dataset ${action.dataset}` : `${action.kind} verb ${action.verb}`;
        unhandled.push(`${what} at ${action.path || '/'}`);
      }
    }
    expect(unhandled, 'actions no route of the app handles').toEqual([]);
  });

  it('probes for real: a verb no route registers is reported as unhandled', async () => {
    expect(await handled({ kind: 'execute', verb: 'no.such.verb', data: {}, path: '' })).toBe(false);
    expect(await handled({ kind: 'submit', verb: 'no.such.verb', data: { verb: 'no.such.verb' }, path: '' })).toBe(false);
    expect(await handled({ kind: 'text', text: 'help', path: '' })).toBe(true);
  });
});
