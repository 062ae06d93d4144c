import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/**
 * Who someone is, from the people the packs name: their titles, and the e-mail and telephone number
 * their contact block gives (000:2672, "Tel: 01634 332133" under Perry Holmes).
 */
describe('a person asked about by name', () => {
  const seed = useSeedAskCatalogue();
  const ask = seedAsker(seed);

  it.each(['perry holmes contact details - email and phone', 'perry holmes phone number'])('"%s": the titles, e-mail and telephone number', async (text) => {
    const a = await ask(text);
    expect(a.headline).toContain('Chief Legal Officer');
    expect(a.headline).toContain('perry.holmes@medway.gov.uk');
    expect(a.headline).toContain('tel 01634 332133');
  });
});
