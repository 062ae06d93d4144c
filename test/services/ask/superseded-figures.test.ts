import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../../src/import/seed-files';
import { type AskCatalogue, loadAskCatalogue } from '../../../src/services/ask/ask-catalogue';
import { answerQuestion } from '../../../src/services/ask/answer-question';
import { importFiles } from '../../../src/services/import-files';
import { openStores } from '../../../src/store/open-stores';
import type { Stores } from '../../../src/store/ports';

/** The seed packs and, a year on, the same committee report with the YJB's contribution changed. */
const yot = readFileSync('seeds/packs/001_4cc41449b754ee5d.txt', 'utf8');
const yearOn = yot.replace('**23 JULY 2020**', '**22 JULY 2021**').replace('YJB\t£304,366', 'YJB\t£310,000');
let stores: Stores;
let catalogue: AskCatalogue;

beforeAll(async () => {
  stores = await openStores({});
  const imported = await importFiles(stores.catalogue, [...readSeedFiles(), { fileName: '001b_yot_2021.txt', bytes: Buffer.from(yearOn) }]);
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
  expect(imported.report.superseded).toEqual([expect.stringContaining('£310,000 (2021-07-22, pack:001b-yot-2021) supersedes £304,366')]);
  catalogue = await loadAskCatalogue(stores.catalogue, [], await stores.catalogue.version());
});
afterAll(async () => stores?.close());

describe('a newer paper supersedes', () => {
  it('gives the newest dated figure as the latest, and the earlier one with its date and source', async () => {
    const a = (await answerQuestion(catalogue, stores, { text: 'how much does the YJB give Medway YOT', now: new Date('2023-04-01T10:00:00Z'), timeZone: 'Europe/London' }))!;
    expect(a.facts.find((f) => f.title === 'Latest')?.value).toBe('£310,000');
    expect(a.facts.find((f) => f.title === 'As at')?.value).toBe('the papers of 22 July 2021');
    const earlier = a.sections.find((s) => s.heading === 'Earlier figures')?.facts ?? [];
    expect(earlier).toEqual([{ title: 'papers of 23 July 2020', value: expect.stringMatching(/^£304,366 \(Children and Young People Overview and Scrutiny Committee, HMIP Inspection/) }]);
  });
});
