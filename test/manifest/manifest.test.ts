import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppPackage, defaultManifestDir, InvalidManifestError } from '../../src/cli/app-package/build-package';
import { menuTitle, type HelpSection } from '../../src/cli/app-package/command-menu';
import { MissingValuesError, placeholdersIn } from '../../src/cli/app-package/placeholders';
import { registeredCommands } from '../../src/cli/app-package/registered-commands';
import { bundledManifestSchema, validateManifest } from '../../src/cli/app-package/validate-manifest';
import { searchCommandId, searchParameter } from '../../src/teams/routes/compose';
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

  it('offers a search command to the compose box and to Copilot, described for Copilot to call it, answered by the bot', () => {
    const [extension] = manifest.composeExtensions as { botId: string; commands: Record<string, unknown>[] }[];
    expect(extension!.botId).toBe(sampleValues.BOT_ID);
    const [command] = extension!.commands as { id: string; type: string; description: string; semanticDescription: string; samplePrompts: { text: string }[]; parameters: Record<string, string>[] }[];
    expect(command).toMatchObject({ id: searchCommandId, type: 'query' });
    expect(command!.semanticDescription.length).toBeGreaterThan(100);
    expect(command!.samplePrompts.map((p) => p.text)).toEqual(expect.arrayContaining(['PLO', 'overdue priority 4', 'next CYP scrutiny']));
    expect(command!.parameters).toHaveLength(1);
    expect(command!.parameters[0]).toMatchObject({ name: searchParameter, inputType: 'text' });
    expect(command!.parameters[0]!.description!.length).toBeGreaterThan(20);
    expect(command!.parameters[0]!.semanticDescription!.length).toBeGreaterThan(100);
  });

  it('declares the bot as a Copilot custom engine agent only when asked, and then still validates', async () => {
    expect(manifest).not.toHaveProperty('copilotAgents');
    const { manifest: withAgent } = await buildAppPackage({ values: sampleValues, commands, copilotAgent: true });
    expect(withAgent.copilotAgents).toEqual({ customEngineAgents: [{ type: 'bot', id: sampleValues.BOT_ID, disclaimer: { text: expect.stringContaining('published papers') } }] });
    expect(await validateManifest(withAgent)).toEqual([]);
    // The schema's own rule: the agent's id is the bot's, and the bot is installable in personal scope.
    expect((withAgent.bots as Bot[])[0]!.scopes).toContain('personal');
    // And the schema does check the block: a second agent is refused.
    const agents = withAgent.copilotAgents as { customEngineAgents: unknown[] };
    const twice = { ...withAgent, copilotAgents: { customEngineAgents: [...agents.customEngineAgents, ...agents.customEngineAgents] } };
    expect((await validateManifest(twice)).join('\n')).toMatch(/copilotAgents/);
  });

  it('never fetches a schema: an unknown $schema URL is an error, not a download', () => {
    expect(() => bundledManifestSchema({ $schema: 'https://example.com/schema.json' })).toThrow(/not a Teams schema URL/);
  });
});
