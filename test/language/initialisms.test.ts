import { describe, expect, it } from 'vitest';
import { asName, findInitialisms } from '../../src/language/initialisms';
import { compileSynonyms } from '../../src/nlu/synonym-phrases';
import { parseQuery } from '../../src/nlu/query';
import { useSeedAskCatalogue } from '../helpers/seed-ask-catalogue';

const none = () => false;
const keys = (texts: string[], isWord: (k: string) => boolean = none) => Object.fromEntries(findInitialisms(texts, isWord).map((f) => [f.term, f.expansion]));

describe('initialisms found in the papers', () => {
  it('reads the initials of a run of capitalised words, with "and" and "of" inside it', () => {
    const found = keys(['Work with the Voluntary and Community Sector cell continued.', 'The Secretary of State issued a direction.']);
    expect(found.vcs).toBe('voluntary and community sector');
    expect(found.vacs).toBe('voluntary and community sector');
    expect(found.ss).toBe('secretary of state');
    expect(found.sos).toBe('secretary of state');
  });

  it('reads no name across table cells or lines ("Yes", "Ref", "Ofsted" in three cells)', () => {
    const found = keys(['Yes\tRef\tOfsted Recommendation', 'Head of Service\nYoung Carers']);
    expect(found.yro).toBeUndefined();
    expect(found.syc).toBeUndefined();
    expect(found.hos).toBe('head of service');
  });

  it('reads a word of three or more hyphenated parts by every part\'s initial, but not inside an address', () => {
    const found = keys(['Out-of-court disposals rose.', 'More out-of-court work.', 'See https://example.org/about-our-work now.']);
    expect(found.ooc).toBe('out-of-court');
    expect(found.aow).toBeUndefined();
  });

  it('keeps none for a key that is a word in its own right', () => {
    expect(keys(['Children Are Tested here.'], (k) => k === 'cat').cat).toBeUndefined();
  });

  it('keeps none when two names share a key and neither clearly owns it', () => {
    const found = keys(['Care Quality Commission met.', 'Children Quality Council met.', 'Care Quality Commission again.', 'Children Quality Council again.']);
    expect(found.cqc).toBeUndefined();
  });

  it('takes the name written clearly more often', () => {
    const texts = ['Care Quality Commission', 'Care Quality Commission', 'Children Quality Council'].map((t) => `The ${t} said so.`);
    expect(keys(texts).cqc).toBe('care quality commission');
  });

  it('reads a term the papers define in lower case as a name ("Youth rehabilitation order" is "yro")', () => {
    expect(asName('Youth rehabilitation order')).toBe('Youth Rehabilitation Order');
    expect(asName('secretary of state for education')).toBe('Secretary of State for Education');
    expect(keys([asName('Youth rehabilitation order')]).yro).toBe('youth rehabilitation order');
  });

  it('keeps none for a name of one word once small words are dropped ("Out of Court" is only "court")', () => {
    expect(keys(['Out of Court disposals rose.']).ooc).toBeUndefined();
  });
});

describe('found initialisms as synonyms', () => {
  const synonyms = compileSynonyms([], [], [{ term: 'vcs', expansion: 'voluntary and community sector' }]);

  it('reads the key as its name', () => {
    const [phrase] = synonyms.byFirst.get('vcs') ?? [];
    expect(synonyms.byGroup.get(phrase!.group)?.map((p) => p.terms.join(' '))).toEqual(['vcs', 'voluntary community sector']);
  });

  it('does not read the name as a way of asking for the key (the name\'s own words stay whole)', () => {
    expect(synonyms.byFirst.get('voluntary')).toBeUndefined();
  });

  it('joins a group that already says the name, and leaves a key another group reads alone', () => {
    const maintained = [{ phrases: ['early help', 'early intervention'] }, { phrases: ['vcs', 'voluntary sector'] }];
    const joined = compileSynonyms([], maintained, [
      { term: 'eh', expansion: 'Early Help' },
      { term: 'vcs', expansion: 'voluntary and community sector' },
    ]);
    const [eh] = joined.byFirst.get('eh') ?? [];
    expect(joined.byGroup.get(eh!.group)?.map((p) => p.terms.join(' '))).toContain('early intervention');
    expect(joined.byFirst.get('vcs')?.map((p) => p.group)).toEqual([1]);
  });
});

describe('a question using an initialism the seed papers support', () => {
  const seed = useSeedAskCatalogue();

  it('reads "vcs" as the Voluntary and Community Sector the covid report names', () => {
    const query = parseQuery('what did the vcs cell do', seed.catalogue.index);
    const slot = query.slots.find((s) => s.raw === 'vcs');
    expect(slot?.alternatives.map((a) => a.terms.join(' '))).toContain('voluntary community sector');
  });

  it('reads "yro" as the youth rehabilitation order a glossary defines, though the papers never write "YRO"', () => {
    const query = parseQuery('whats a yro', seed.catalogue.index);
    const slot = query.slots.find((s) => s.raw === 'yro');
    expect(slot?.alternatives.map((a) => a.terms.join(' '))).toContain('youth rehabilitation order');
  });

  it.each(['pls', 'atm', 'thx', 'asap'])('leaves the chat filler "%s" filler, whatever its initials could spell', (filler) => {
    const query = parseQuery(`what did the vcs cell do ${filler}`, seed.catalogue.index);
    expect(query.slots.find((s) => s.raw === filler)?.alternatives ?? []).toEqual([]);
  });
});
