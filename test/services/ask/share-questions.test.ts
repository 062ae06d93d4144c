import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/**
 * Questions asking for a share ("what %", "what proportion") and the abbreviations members use for
 * ethnicity (BME, BAME), through the real understanding and answering path over the seed packs.
 */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);

describe('a share asked for', () => {
  it.each(['what % of the yot caseload is bme', 'what percentage of the yot caseload is black and minority ethnic', 'yot caseload bme proportion'])(
    'is answered by the share, not by a count of the same people: "%s"',
    async (text) => {
      const a = await ask(text);
      expect(a.kind, text).toBe('indicator');
      expect(a.headline, text).toContain('30%');
      expect(a.headline, text).not.toContain('3,480');
    },
  );
});

describe('BME written short or in full', () => {
  it.each(['bme youth population in medway', 'black and minority ethnic youth population medway', 'medway youth population bme'])(
    'finds the count of black and minority ethnic young people, dated as its source dates it: "%s"',
    async (text) => {
      const a = await ask(text);
      expect(a.kind, text).toBe('indicator');
      expect(a.headline, text).toContain('3,480 (Census 2011)');
    },
  );
});
