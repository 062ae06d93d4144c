import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { compileTemplate, NOT_COVERED } from './compiled-template';

/** The folder of Adaptive Card templates (schema 1.5), each with a `.sample.json` beside it. */
export const defaultCardsDir = resolve(__dirname, '..', '..', 'cards');

export type CardJson = Record<string, unknown>;

/** Expands card templates from `cards/` with a view model; templates are read once. */
export interface CardRenderer {
  render(name: string, data: object): CardJson;
  names(): string[];
}

export function createCardRenderer(dir: string = defaultCardsDir): CardRenderer {
  const templates = new Map<string, unknown>();
  // NOTE: a Template parses every ${...} expression when constructed (milliseconds per card);
  // prepared on first use and kept, each later render only evaluates them.
  const prepared = new Map<string, ACData.Template>();
  // NOTE: evaluating them is most of a render; the forms the templates use are expanded in plain
  // code (compiled-template.ts), and the library expands whatever that does not cover.
  const compiled = new Map<string, ReturnType<typeof compileTemplate>>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json') || file.endsWith('.sample.json')) continue;
    templates.set(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return {
    render(name, data) {
      const template = templates.get(name);
      if (!template) throw new Error(`No card template named "${name}" in ${dir}.`);
      if (!compiled.has(name)) compiled.set(name, compileTemplate(template));
      const root = neutralise(data);
      const fast = compiled.get(name)?.expand(root) ?? NOT_COVERED;
      let card = fast as CardJson;
      if (fast === NOT_COVERED) {
        let ready = prepared.get(name);
        if (!ready) prepared.set(name, (ready = new ACData.Template(template)));
        card = ready.expand({ $root: root }) as CardJson;
      }
      const leftover = findUnexpanded(card);
      // NOTE: the templating library leaves unknown paths as literal "${...}" text; that is a bug in
      // the view model, and showing it to a councillor would be worse than failing loudly.
      if (leftover) throw new Error(`Card "${name}" has an unexpanded expression: ${leftover}`);
      delete card.$schema;
      return card;
    },
    names: () => [...templates.keys()],
  };
}

/**
 * Text in a view model (what a person typed, what a pack says) is shown, never evaluated: "${" in it
 * gets an invisible zero-width space so it cannot be taken for a template expression. The copy is
 * built key by key (Object.entries and fromEntries made three arrays per object, and every string
 * went through a regular expression: a tenth of an answer card's render).
 */
function neutralise(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('${') ? value.replace(/\$\{/g, '$\u200b{') : value;
  if (Array.isArray(value)) return value.map(neutralise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = neutralise((value as Record<string, unknown>)[key]);
      // NOTE: an own "__proto__" stays a field, as fromEntries made it (assigning it would set the prototype).
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  }
  return value;
}

/** The first "${...}" left in a card, if any. */
export function findUnexpanded(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('${') ? /\$\{[^}]*\}/.exec(value)?.[0] : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnexpanded(item);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = findUnexpanded(item);
      if (found) return found;
    }
  }
  return undefined;
}
