import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

const schemaUrl = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i;

/**
 * The official Teams manifest schema for the manifest's `$schema`, from the copy that
 * `@microsoft/app-manifest` bundles: validation never goes to the network (an unknown URL is an error).
 */
export function bundledManifestSchema(manifest: { $schema?: unknown }): object {
  const version = schemaUrl.exec(String(manifest.$schema ?? ''))?.[1];
  if (!version) throw new Error(`The manifest's $schema (${String(manifest.$schema)}) is not a Teams schema URL this check knows.`);
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new Error(`@microsoft/app-manifest does not bundle the Teams schema ${version}.`);
  // NOTE: the same clean-up the library applies: the published schemas hold \a and \v escapes JSON lacks.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Errors of a filled-in manifest against the official schema; empty when it is valid. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = bundledManifestSchema(manifest);
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}
