import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/**
 * A form's value ("Directorate or organisation responsible" / "Children and Families", pack 002's
 * equality impact assessment of the care leavers accommodation service) holds the question's words in
 * its label, its heading: its own text cannot repeat them. It answers when the label and the form's
 * subject are both asked, and never for a subject the form is not about.
 */
describe('a form value in the papers', () => {
  const seed = useSeedAskCatalogue();
  const ask = seedAsker(seed);

  it.each([
    'which directorate is responsible for the care leavers accommodation service',
    'care leavers accommodation - which directorate is responsible?',
    'directorate responsible for care leavers supported accommodation pls',
    'which directorate is responsible for the care leavers supported accomodation service?',
  ])('"%s": the value under its label', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.headline).toContain('Children and Families');
    expect(a.headline).toContain('Directorate or organisation responsible');
  });

  it.each(['which directorate is responsible for the youth offending team', 'which directorate is responsible for highways'])(
    '"%s": another subject than the form\'s, so not its value',
    async (text) => {
      const a = await ask(text);
      expect(a.headline).not.toContain('Children and Families');
    },
  );
});
