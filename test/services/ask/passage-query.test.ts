import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchSlots } from '../../../src/services/ask/passage-query';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf as document, wordSlots as slots } from '../../helpers/passage-documents';

/** Words people cut short when they type, looked for among the papers' longer words. */
const formsOf = (index: ReturnType<typeof buildPassageIndex>, word: string) =>
  searchSlots(index, slots(word))[0]!.forms.map((f) => f.terms.join(' '));

describe('a word cut short', () => {
  const index = buildPassageIndex([
    document([
      'Four staff have been redeployed to assist the Regeneration team with the administration of the business grants scheme.',
      'The executive accepted the recommendation, and the Executive Director will report back in the autumn.',
      'Children in care were visited within the timescales set by the service throughout the year.',
    ]),
  ]);

  it.each([
    ['regen', 'Regeneration team'],
    ['admin', 'administration'],
    ['exec', 'Executive Director'],
  ])('reads "%s" as the longer words of the papers it begins, finding "%s"', (short, expected) => {
    const [first] = searchPassages(index, slots(short));
    expect(first?.passage.text).toContain(expected);
    expect(first!.coverage).toBeGreaterThan(0.7);
  });

  it('counts a word cut short for less than the word itself', () => {
    const [whole] = searchPassages(index, slots('regeneration'));
    const [cut] = searchPassages(index, slots('regen'));
    expect(cut!.coverage).toBeLessThan(whole!.coverage);
  });

  it('leaves words of three letters, words the papers hold, and figures alone', () => {
    expect(formsOf(index, 'adm')).toEqual(['adm']);
    expect(formsOf(index, 'staff')).toEqual(['staff']);
    expect(formsOf(index, '20')).toEqual(['20']);
  });

  it('reads nothing into a beginning shared by many words of the papers', () => {
    const many = ['contract', 'contact', 'context', 'contingency', 'continue', 'contribution', 'control', 'contrast', 'content', 'contest'];
    const wide = buildPassageIndex([document(many.map((w) => `The ${w} was discussed by the committee at length.`))]);
    expect(formsOf(wide, 'cont')).toEqual(['cont']);
  });
});

describe('an age band said as a plural', () => {
  const index = buildPassageIndex([
    document([
      'The number of people aged 85 and over in Medway is projected to grow by 44% by 2025, an increase of 6,900 people.',
      'There are an estimated 65,000 children and young people under 18 living in Medway.',
    ]),
  ]);

  it.each([
    ['over 85s projected', '85 and over'],
    ['under 18s living', 'under 18 living'],
  ])('reads "%s" as the number of the band, finding "%s"', (words, expected) => {
    const [first] = searchPassages(index, slots(words));
    expect(first?.passage.text).toContain(expected);
    expect(first!.missing).toBe(0);
  });
});

describe('a word the papers join that the question writes as two', () => {
  const index = buildPassageIndex([
    document([
      'Government advice was followed around the closure of non-critical services and facilities such as sports centres and libraries.',
      'The service website was updated in the year, and the critical incidents were reviewed by the board.',
    ]),
  ]);

  it.each([
    ['non critical services', 'sports centres'],
    ['service web site', 'updated in the year'],
  ])('finds "%s" where the papers write the two words as one', (words, expected) => {
    const [first] = searchPassages(index, slots(words));
    expect(first?.passage.text).toContain(expected);
    expect(first!.coverage).toBe(1);
  });

  it('joins only words standing next to each other in the question, and only into a word of the papers', () => {
    expect(searchSlots(index, slots('critical non services')).flatMap((s) => s.forms.map((f) => f.terms.join(' ')))).not.toContain('noncritical');
    expect(searchSlots(index, slots('critical board')).flatMap((s) => s.forms.map((f) => f.terms.join(' ')))).not.toContain('criticalboard');
  });
});

describe('an everyday word the papers write in their own register (plain-words.json)', () => {
  // Each passage the answer is in has a twin holding the question's other words but not what the
  // everyday word stands for: only reading that word in the papers' register tells them apart.
  const index = buildPassageIndex([
    document([
      'The service has funded additional equipment for frontline staff so that they can work remotely.',
      'The service has funded training for frontline staff so that they can work remotely.',
      'Members raised concerns about the reliance on agency social workers in the assessment teams.',
      'Members raised the number of agency social workers in the assessment teams.',
      'There has been a significant increase in referrals to the front door since September.',
      'There has been a change in referrals to the front door since September.',
      'The committee agreed to commence the review of home to school transport in the spring.',
      'The committee agreed to publish the review of home to school transport in the spring.',
      'Extra places were found for children in the borough this year.',
    ]),
  ]);

  it.each([
    ['extra kit frontline staff', 'additional equipment'],
    ['members worried agency social workers', 'raised concerns'],
    ['big rise referrals front door', 'significant increase'],
    ['start review school transport', 'commence the review'],
  ])('reads "%s" as the papers word it, finding "%s" before its twin', (words, expected) => {
    const [first, second] = searchPassages(index, slots(words));
    expect(first?.passage.text).toContain(expected);
    expect(second!.score).toBeLessThan(first!.score);
  });

  it('counts the other register for less than the word itself: "extra" finds "Extra places" before "additional"', () => {
    const [first, second] = searchPassages(index, slots('extra'));
    expect(first!.passage.text).toContain('Extra places');
    expect(second!.passage.text).toContain('additional equipment');
    expect(second!.coverage).toBeLessThan(first!.coverage);
  });

  it('weighs a word by how rare its own spellings are, not its official alternatives', () => {
    const weight = (word: string) => searchSlots(index, slots(word))[0]!.weight;
    // "kit" is in no passage, "equipment" in one: the official word does not make "kit" commoner.
    expect(weight('kit')).toBeGreaterThan(weight('equipment'));
  });
});
