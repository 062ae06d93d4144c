import { createRequire } from 'node:module';
import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deferUnusedTeamsPackages } from '../../src/teams/lazy-packages';

describe('packages the Teams libraries load and the bot never calls', () => {
  it('are loaded on first use, and are then the real module', () => {
    deferUnusedTeamsPackages();
    const fromDialogs = createRequire(createRequire(__filename).resolve('@microsoft/teams-ai'));
    const dialogsRequire = createRequire(fromDialogs.resolve('botbuilder-dialogs'));
    const filename = dialogsRequire.resolve('@microsoft/recognizers-text-number');
    const cache = createRequire(__filename).cache;
    // Before first use: a stand-in, not the package.
    expect(types.isProxy(cache[filename]?.exports)).toBe(true);
    const number = dialogsRequire('@microsoft/recognizers-text-number') as { recognizeNumber: (text: string, culture: string) => { resolution: { value: string } }[] };
    // First use: the real recogniser answers.
    expect(number.recognizeNumber('twenty one', 'en-us')[0]!.resolution.value).toBe('21');
    // After it: the package itself.
    expect(types.isProxy(dialogsRequire('@microsoft/recognizers-text-number'))).toBe(false);
  });

  it('still lets botbuilder-dialogs and teams-ai load and build their prompts', async () => {
    deferUnusedTeamsPackages();
    const dialogs = createRequire(createRequire(__filename).resolve('@microsoft/teams-ai'))('botbuilder-dialogs') as { NumberPrompt: new (id: string) => { id: string } };
    expect(new dialogs.NumberPrompt('n').id).toBe('n');
  });

  it("serves the culture names botbuilder-dialogs reads while loading without loading the recognisers' suite, the same as the suite's", () => {
    deferUnusedTeamsPackages();
    const dialogsRequire = createRequire(createRequire(createRequire(__filename).resolve('@microsoft/teams-ai')).resolve('botbuilder-dialogs'));
    const suite = dialogsRequire('@microsoft/recognizers-text-suite') as { Culture: Record<string, unknown>; recognizeNumber: unknown };
    const served = suite.Culture;
    expect(served.English).toBe('en-us');
    // Still the stand-in: reading the culture names did not load the suite.
    expect(types.isProxy(dialogsRequire('@microsoft/recognizers-text-suite'))).toBe(true);
    expect(typeof suite.recognizeNumber).toBe('function');
    const real = suite.Culture;
    expect(real).not.toBe(served);
    // Every culture name botbuilder-dialogs reads, and every other the served class holds.
    const read = ['Chinese', 'Dutch', 'English', 'French', 'German', 'Italian', 'Japanese', 'Portuguese', 'Spanish'];
    const names = [...new Set([...read, ...Object.getOwnPropertyNames(served).filter((key) => key !== 'name' && typeof served[key] === 'string')])];
    for (const key of names) expect([key, served[key]]).toEqual([key, real[key]]);
    for (const key of read) expect(typeof real[key]).toBe('string');
  });
});
