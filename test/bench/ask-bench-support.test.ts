import { describe, expect, it } from 'vitest';
import { benchConversations } from '../../bench/ask/ask-bench';
import { councilName, syntheticCopy, writeSyntheticCatalogue } from '../../bench/synthetic-catalogue';
import { dedupeDataset } from '../../src/domain/merge-records';
import { parseFiles } from '../../src/import/parse-files';
import { readSeedFiles } from '../../src/import/seed-files';
import { devQuestions } from '../eval/questions';
import { useSharedStores } from '../helpers/shared-stores';

const stores = useSharedStores();

async function seedDataset() {
  const parsed = await parseFiles(readSeedFiles());
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return dedupeDataset(parsed.dataset);
}

describe('the synthetic catalogue for the ask benchmark', () => {
  it('invents a different council for each copy', () => {
    const names = Array.from({ length: 49 }, (_, i) => councilName(i + 1));
    expect(new Set(names).size).toBe(49);
    expect(names[0]).toBe('Northvale');
  });

  it('copies every record of the seeds under new ids, names and refs', async () => {
    const seed = await seedDataset();
    const copy = syntheticCopy(seed, 3);
    for (const key of ['plans', 'actions', 'indicators', 'recommendations', 'meetings', 'people', 'documents'] as const) {
      expect(copy[key]).toHaveLength(seed[key].length);
      const seedIds = new Set(seed[key].map((r) => r.id));
      expect(copy[key].some((r) => seedIds.has(r.id))).toBe(false);
    }
    expect(copy.plans.map((p) => p.name).join(' ')).not.toMatch(/Medway|Herefordshire|West Mercia/);
    expect(copy.actions.find((a) => a.ref.endsWith('-1.9'))?.ref).toBe('EA3-1.9');
    expect(new Set(copy.indicators.map((i) => i.area)).size).toBeGreaterThan(1);
  });

  it('fills a store with N times the seed data', async () => {
    await writeSyntheticCatalogue(stores().catalogue, 3);
    expect(await stores().health.counts()).toEqual({ plans: 24, actions: 597, indicators: 669, meetings: 60, recommendations: 228, documents: 15, risks: 99, reports: 45 });
  });
});

describe('the ask benchmark load', () => {
  it('sends every eval question, follow-ups in their conversation', () => {
    const { questions } = benchConversations();
    expect(questions.flat()).toHaveLength(devQuestions.length);
    expect(questions.flat().every((t) => t.kind === 'question')).toBe(true);
    const plo = questions.find((c) => c.some((t) => t.text === 'whats the plo figure'));
    expect(plo?.map((t) => t.text)).toEqual(['whats the plo figure', 'and the target?']);
  });

  it('sends the echo turns in conversations of the same shape', () => {
    const { questions, echoes } = benchConversations();
    expect(echoes.map((c) => c.length)).toEqual(questions.map((c) => c.length));
    expect(echoes.flat().every((t) => t.kind === 'echo' && t.text === 'ping')).toBe(true);
  });
});
