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
});
