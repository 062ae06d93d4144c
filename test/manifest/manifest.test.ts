import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppPackage, defaultManifestDir, InvalidManifestError } from '../../src/cli/app-package/build-package';
import { menuTitle, type HelpSection } from '../../src/cli/app-package/command-menu';
import { MissingValuesError, placeholdersIn } from '../../src/cli/app-package/placeholders';
import { registeredCommands } from '../../src/cli/app-package/registered-commands';
import { bundledManifestSchema, validateManifest } from '../../src/cli/app-package/validate-manifest';
import { sampleValues } from './sample-values';

type Bot = { botId: string; scopes: string[]; commandLists?: { scopes: string[]; commands: { title: string; description: string }[] }[] };

const template = readFileSync(join(defaultManifestDir, 'manifest.json'), 'utf8');

describe('the Teams app manifest', () => {
  let commands: HelpSection[];
  let manifest: Record<string, unknown>;
  let left: { usage: string; reason: string }[];

  beforeAll(async () => {
    commands = await registeredCommands();
    ({ manifest, left } = await buildAppPackage({ values: sampleValues, commands }));
  });

  it('uses a manifest schema version Teams accepts, from the copy bundled with @microsoft/app-manifest', () => {
    const version = Number(JSON.parse(template).manifestVersion);
    expect(version).toBeGreaterThanOrEqual(1.19);
    expect(bundledManifestSchema(manifest)).toHaveProperty('properties.manifestVersion.const', JSON.parse(template).manifestVersion);
  });

  it('validates against the official schema once the placeholders are filled in', async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('has placeholders only for what a deployment fills, each explained in the deployment guide', () => {
    const names = placeholdersIn(template);
    expect(names).toEqual(expect.arrayContaining(['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN']));
    const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
    for (const name of names) expect(guide, `docs/deployment.md should explain ${name}`).toContain(`\`${name}\``);
  });

  it('installs the bot in personal chats, teams and group chats, with a command list for each', () => {
    const bot = (manifest.bots as Bot[])[0]!;
    expect(bot.botId).toBe(sampleValues.BOT_ID);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.commandLists!.map((list) => list.scopes).flat().sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.validDomains).toEqual([sampleValues.BOT_DOMAIN]);
  });

  it('puts every command the app registers on the menu, or says why it is left off', () => {
    const menu = (manifest.bots as Bot[])[0]!.commandLists![0]!.commands.map((c) => c.title);
    const all = commands.flatMap((section) => section.commands.map((c) => c.usage));
    expect(all.length).toBeGreaterThan(0);
    for (const usage of all) {
      const listed = menu.includes(menuTitle(usage)) || left.some((l) => l.usage === usage);
      expect(listed, `"${usage}" is neither on the menu nor reported as left off`).toBe(true);
    }
    // And the menu offers nothing the app does not register.
    for (const title of menu) expect(all.some((usage) => menuTitle(usage) === title)).toBe(true);
    expect(menu).toContain('help');
  });

  it('names every missing value at once instead of writing a half-filled package', async () => {
    const { TEAMS_APP_ID: _a, BOT_ID: _b, ...partial } = sampleValues;
    const attempt = buildAppPackage({ values: partial, commands });
    await expect(attempt).rejects.toBeInstanceOf(MissingValuesError);
    await expect(attempt).rejects.toThrow(/TEAMS_APP_ID, BOT_ID/);
  });

  it('refuses a value the schema rejects, naming the field', async () => {
    const attempt = buildAppPackage({ values: { ...sampleValues, BOT_ID: 'not-a-guid' }, commands });
    await expect(attempt).rejects.toBeInstanceOf(InvalidManifestError);
    await expect(attempt).rejects.toThrow(/\/bots\/0\/botId/);
  });

  it('never fetches a schema: an unknown $schema URL is an error, not a download', () => {
    expect(() => bundledManifestSchema({ $schema: 'https://example.com/schema.json' })).toThrow(/not a Teams schema URL/);
  });
});
