import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);
const quoted = (a: Awaited<ReturnType<typeof ask>>) => a.sections.filter((s) => s.heading.startsWith('In the papers, under'));

/** A rating says how good, not at what: its card quotes what the report sets out under the standard's heading (000:1111-1115). */
describe("a rating's standard", () => {
  it.each([
    ['hmip 1.4 information and facilities rating for medway yot', '1.4. Information and facilities', 'Timely and relevant information is available'],
    ['what does hmip standard 3.3 ooc implementation and delivery expect', '3.3. Implementation and delivery', 'High-quality, well-focused, personalised and coordinated services'],
  ])('"%s" quotes the first sentence under the standard\'s heading', async (text, heading, sentence) => {
    const a = await ask(text);
    expect(a.kind).toBe('indicator');
    const [section] = quoted(a);
    expect(section?.heading).toBe(`In the papers, under “${heading}”`);
    expect(section?.lines?.[0]).toContain(sentence);
  });

  // 000:1297-1301 prints 2.4's standard ("Reviewing of progress...") under "2.3. Implementation and delivery",
  // and 000:1493-1497 3.1's ("Assessment is...") under "3.2. Planning": not quoted as theirs.
  it.each(['hmip 2.3 implementation and delivery rating for medway court disposals', 'hmip 3.2 out of court planning rating'])(
    '"%s" quotes no sentence that speaks of another standard',
    async (text) => {
      const a = await ask(text);
      expect(a.kind).toBe('indicator');
      expect(quoted(a)).toEqual([]);
    },
  );

  it('quotes nothing beside a figure', async () => {
    const a = await ask('first time entrants rate in shropshire');
    expect(a.kind).toBe('indicator');
    expect(quoted(a)).toEqual([]);
  });
});
