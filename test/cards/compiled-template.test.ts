import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { describe, expect, it } from 'vitest';
import { compileTemplate, NOT_COVERED } from '../../src/cards/compiled-template';
import { defaultCardsDir } from '../../src/cards/render';

const read = (file: string): unknown => JSON.parse(readFileSync(join(defaultCardsDir, file), 'utf8'));
const names = readdirSync(defaultCardsDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json'))
  .map((f) => f.replace(/\.json$/, ''));
const library = (template: unknown, data: unknown) => new ACData.Template(template).expand({ $root: data });

/** The sample with one field changed: taken out, emptied, or given another type. */
function variants(sample: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (value: unknown, set: (v: unknown) => Record<string, unknown>) => {
    for (const other of [undefined, null, '', [], {}, 0, true, false, 'text']) out.push(set(other));
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, (v) => set(value.map((x, j) => (j === i ? v : x)))));
    else if (value && typeof value === 'object')
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], (v) => set({ ...(value as object), [key]: v }));
  };
  for (const key of Object.keys(sample)) walk(sample[key], (v) => ({ ...sample, [key]: v }));
  return out;
}

describe('card templates compiled to plain code', () => {
  it('compiles every template in cards/', () => {
    expect(names.filter((name) => !compileTemplate(read(`${name}.json`)))).toEqual([]);
  });

  it.each(names)('expands %s as the library does, its sample and every one-field change of it', (name) => {
    const template = read(`${name}.json`);
    const compiled = compileTemplate(template)!;
    const sample = read(`${name}.sample.json`) as Record<string, unknown>;
    expect(compiled.expand(sample)).not.toBe(NOT_COVERED);
    expect(compiled.expand(sample)).toEqual(library(template, sample));
    let covered = 0;
    for (const data of variants(sample)) {
      const fast = compiled.expand(data);
      if (fast === NOT_COVERED) continue;
      covered += 1;
      expect(fast).toEqual(library(template, data));
    }
    expect(covered).toBeGreaterThan(0);
  });

  it('leaves to the library what it does not compile', () => {
    expect(compileTemplate({ text: '${toUpper(name)}' })).toBeUndefined();
    expect(compileTemplate({ text: 'a \\ ${name}' })).toBeUndefined();
    expect(compileTemplate({ $data: [1, 2], text: 'x' })).toBeUndefined();
    expect(compileTemplate({ text: '${name}' })!.expand({})).toBe(NOT_COVERED);
  });
});
