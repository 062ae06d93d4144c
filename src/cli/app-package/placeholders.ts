/**
 * The `${{NAME}}` placeholders of the Teams manifest, the same syntax the Microsoft 365 Agents Toolkit
 * fills from its env files, so one manifest serves both `npm run package` and the Toolkit.
 */
const placeholder = /\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/g;

/** Values a deployment may leave out, and what they default to. */
export const placeholderDefaults: Record<string, string> = {
  // Appended to the app's name, e.g. " (test)" for a test tenant's copy; empty for production.
  APP_NAME_SUFFIX: '',
};

/** Every placeholder name in a manifest text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1]!))];
}

export class MissingValuesError extends Error {
  constructor(readonly missing: string[]) {
    super(`No value for ${missing.join(', ')}: set them in the environment or the env file (see docs/deployment.md).`);
    this.name = 'MissingValuesError';
  }
}

/** Replaces every placeholder; throws {@link MissingValuesError} naming all the values it lacks. */
export function fillPlaceholders(text: string, values: Record<string, string | undefined>): string {
  // An empty value counts as missing, except where an empty default is allowed.
  const lookup = (name: string) => {
    const value = values[name];
    if (value !== undefined && (value.trim() !== '' || name in placeholderDefaults)) return value;
    return placeholderDefaults[name];
  };
  const missing = placeholdersIn(text).filter((name) => lookup(name) === undefined);
  if (missing.length > 0) throw new MissingValuesError(missing);
  // NOTE: values go into a JSON text, so they are escaped as JSON string content.
  return text.replace(placeholder, (_match, name: string) => JSON.stringify(lookup(name)).slice(1, -1));
}

/** Reads a dotenv-style file (KEY=VALUE lines, # comments, optional quotes), as the Toolkit writes them. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    let value = line.slice(at + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    values[key] = value;
  }
  return values;
}
