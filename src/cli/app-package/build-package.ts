import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { buildCommandMenu, type CommandMenu, type HelpSection } from './command-menu';
import { fillPlaceholders } from './placeholders';
import { validateManifest } from './validate-manifest';

/** The folder holding manifest.json and its two icons. */
export const defaultManifestDir = resolve(__dirname, '..', '..', '..', 'manifest');

export interface PackageInput {
  /** Values for the manifest's `${{NAME}}` placeholders. */
  values: Record<string, string | undefined>;
  /** The help registry's sections (the menu is generated from them); read only once the values are in. */
  commands: HelpSection[] | (() => Promise<HelpSection[]>);
  manifestDir?: string;
  /**
   * Also declare the bot as a Microsoft 365 Copilot custom engine agent (`copilotAgents`), a public
   * preview in the manifest schema: off unless asked for (`npm run package -- --copilot-agent`).
   */
  copilotAgent?: boolean;
}

/** Shown to Copilot users before they first use the agent (at most 500 characters). */
export const copilotDisclaimer =
  "Answers come only from the council's published papers and the updates officers make in Teams, each with its source; no language model writes them. Check the source before relying on a figure.";

export interface AppPackage {
  manifest: Record<string, unknown>;
  zip: Buffer;
  left: CommandMenu['left'];
}

export class InvalidManifestError extends Error {
  constructor(readonly errors: string[]) {
    super(`The filled-in manifest is not valid against the Teams schema:\n  ${errors.join('\n  ')}`);
    this.name = 'InvalidManifestError';
  }
}

/**
 * The zip an admin uploads to Teams: manifest.json (placeholders filled, command lists from the
 * registry, checked against the official schema) and the colour and outline icons, at its root.
 */
export async function buildAppPackage(input: PackageInput): Promise<AppPackage> {
  const dir = input.manifestDir ?? defaultManifestDir;
  const manifest = JSON.parse(fillPlaceholders(readFileSync(join(dir, 'manifest.json'), 'utf8'), input.values)) as Record<string, unknown>;
  const menu = buildCommandMenu(typeof input.commands === 'function' ? await input.commands() : input.commands);
  const bots = manifest.bots as Record<string, unknown>[];
  if (menu.commandLists.some((list) => list.commands.length > 0)) bots[0]!.commandLists = menu.commandLists;
  if (input.copilotAgent) manifest.copilotAgents = { customEngineAgents: [{ type: 'bot', id: bots[0]!.botId, disclaimer: { text: copilotDisclaimer } }] };

  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new InvalidManifestError(errors);

  const icons = manifest.icons as { color: string; outline: string };
  // NOTE: a fixed date keeps the zip byte-for-byte the same for the same inputs.
  const options = { date: new Date('2020-01-01T00:00:00Z') };
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, options);
  for (const icon of [icons.color, icons.outline]) zip.file(icon, readFileSync(join(dir, icon)), options);
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { manifest, zip: content, left: menu.left };
}
