import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';

type Schema = { id?: string; $id?: string; definitions: Record<string, { properties: Record<string, unknown> }> };

/**
 * The official Adaptive Card 1.5 schema (vendored, see schema/README.md) with the properties Teams
 * adds allowed, compiled with ajv. Returns a card's errors as readable lines; none when it is valid.
 */
export function cardSchemaValidator(): (card: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(__dirname, 'schema', 'adaptive-card-1.5.json'), 'utf8')) as Schema;
  // NOTE: the file names itself with draft-04's "id"; draft-06 (and ajv) want "$id".
  schema.$id = schema.id;
  delete schema.id;
  schema.definitions.AdaptiveCard!.properties.msteams = {
    type: 'object',
    additionalProperties: false,
    properties: { width: { enum: ['Full'] }, entities: { type: 'array', items: { type: 'object' } } },
  };
  schema.definitions.Image!.properties.msTeams = {
    type: 'object',
    additionalProperties: false,
    properties: { allowExpand: { type: 'boolean' } },
  };
  // NOTE: strict off: the schema carries its own annotation keywords ("version", "features");
  // formats are checked below rather than ignored.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://example.invalid/'));
  const validate = ajv.compile(schema);
  return (card) => (validate(card) ? [] : describe(validate.errors ?? []));
}

/**
 * The schema's top-level anyOf over every element type makes ajv report each alternative; the lines
 * worth reading are the deepest ones (where the card actually goes wrong).
 */
function describe(errors: ErrorObject[]): string[] {
  const deepest = Math.max(...errors.map((e) => e.instancePath.split('/').length));
  const lines = errors
    .filter((e) => e.instancePath.split('/').length >= deepest - 1 && e.keyword !== 'anyOf')
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  return [...new Set(lines.length > 0 ? lines : errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`))];
}
