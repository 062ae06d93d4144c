import { describe, expect, it } from 'vitest';
import type { SearchSlot } from '../../../src/services/ask/passage-query';
import { namesHeading } from '../../../src/services/ask/passage-score';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** A section of a report answering as a whole: its heading holds the question, its sentences the answer. */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);

describe('a section the question names by its heading', () => {
  // The commissioner's report, section 18: four bullets, none repeating the heading's words.
  it.each([
    'what are the risks to achieving and sustaining improvement, according to the commissioner',
    'commissioner - what are the risks to achieving and sustaining improvement?',
    "risks to achieving and sustaining improvement in the commissioner's report?",
  ])('is quoted under its heading from its first passage: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('passage');
    expect(answer.headline).toMatch(/^Under “18\. Risks to achieving and sustaining improvement”, the papers say: “/);
    expect(answer.quote).toContain('Lack of sufficient pace');
    expect(answer.quote).toContain('poor SEND re-visit');
  });

  // The BCF plan's "National Condition 4" section: many passages hold its heading's words equally.
  it.each(['bcf - managing transfers of care?', 'managing transfers of care in the bcf?', 'better care fund: managing transfers of care'])(
    'answers with the section when its passages tie on the heading: "%s"',
    async (text) => {
      const answer = await ask(text);
      expect(answer.kind).toBe('passage');
      expect(answer.headline).toMatch(/^Under “National Condition 4: Managing Transfers of Care”/);
      expect(answer.quote?.match(/^- We will/gm)?.length).toBeGreaterThanOrEqual(3);
    },
  );

  // 002: the YJ plan's "3.1 Vision and underlying principles", and an introduction saying the board agreed them:
  // three passages tie on the words, and only the section's heading holds them beyond its text.
  it('answers with the one section whose heading holds the question when passages of other sections tie with it', async () => {
    const answer = await ask('what are the underlying principles of the west mercia youth justice service?');
    expect(answer.kind).toBe('passage');
    expect(answer.headline).toMatch(/^Under “3\.1 Vision and underlying principles”/);
    expect(answer.quote).toContain('best practice, innovation and outstanding quality');
  });

  // Pack 002 prints "Resource implications" for two reports (care leavers' accommodation, the youth justice plan).
  it("does not take one report's section for another's of the same heading in the same pack", async () => {
    const answer = await ask('resource implications');
    if (answer.kind === 'passage') expect(`${answer.quote} ${JSON.stringify(answer.sections)}`).toContain('189,576');
  });

  // "Diversity impact assessment" heads the sufficiency strategy's; "SEND transport" is only a heading carried over from before it.
  it('answers with a named section only where the question\'s other words are its own', async () => {
    expect((await ask('diversity impact assessment for send transport')).kind).not.toBe('passage');
  });

  // Four areas' appendices print the same sentences under the same heading: the question names none.
  it('does not pick one area where the same section is printed for each', async () => {
    expect((await ask('how many youth cautions/yccs in 2018 and for how many young people')).kind).not.toBe('passage');
  });
});

describe('namesHeading', () => {
  const slot = (...words: string[]): SearchSlot => ({ role: 'subject', forms: [{ terms: words, credit: 1 }], weight: 1, df: 1 });
  const heading = (...words: string[]) => new Map(words.map((w, n) => [w, [n]]));

  it('holds when each of the heading\'s words is one of the question\'s', () => {
    expect(namesHeading([slot('view'), slot('staff'), slot('commissioner')], heading('view', 'staff'))).toBe(true);
  });

  it('ignores figures in the heading (section numbers, footnote marks)', () => {
    expect(namesHeading([slot('risk'), slot('improvement')], heading('18', 'risk', 'improvement'))).toBe(true);
  });

  it('fails when the heading holds a word the question lacks', () => {
    expect(namesHeading([slot('transfer'), slot('care')], heading('national', 'condition', 'transfer', 'care'))).toBe(false);
  });

  it('fails for a one-word heading: it names a kind of section, not one', () => {
    expect(namesHeading([slot('background'), slot('hif')], heading('background'))).toBe(false);
  });
});

describe('a share or a span of time asked of the papers', () => {
  // 000:784: "...a youth population of 27,033. Of this, 12.9 per cent identify as black and minority ethnic".
  it('headlines the sentence giving the share: "what percentage of the youth population is bme"', async () => {
    const answer = await ask('what percentage of the youth population is bme');
    expect(answer.kind).toBe('passage');
    expect(answer.headline).toContain('12.9 per cent identify as black and minority ethnic');
  });

  // 000: "Nineteen per cent of children working with the YOT at the time of our inspection were girls".
  it('takes a share written in words: "what proportion of the children inspected were girls"', async () => {
    const answer = await ask('what proportion of the children inspected were girls');
    expect(answer.headline).toContain('Nineteen per cent of children working with the YOT');
  });

  // The papers give no EHC plan timeliness; a "20% increase in waste" and "a 20 week process" are not it.
  it('says not found where no passage gives a share for a span ("% of ehcps done in 20 weeks")', async () => {
    const answer = await ask('% of ehcps done in 20 weeks');
    expect(answer.kind).toBe('not-found');
  });
});
