import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';
import { bodyMentions } from '../../../src/services/ask/body-in-papers';

/** Who chairs a body no meeting record gives members for, as the papers say it in prose. */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);

describe('a chair the committee records do not give', () => {
  // 002's Youth Justice Plan: "The Youth Justice Service Management Board is currently chaired by the
  // Director of Children Services for Shropshire Council." No meeting record lists the board's members.
  it.each(['who chairs the west mercia youth justice management board', 'wmyjs management board - who is the chair?'])('quotes the sentence naming it and its chair: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('passage');
    expect(answer.headline).toContain('No meeting record in the papers lists its chair or members');
    expect(answer.quote).toContain('Karen Bradshaw');
    expect(answer.quote).toContain('currently chaired by the Director of Children Services for Shropshire Council');
    expect(answer.sources.join(' ')).toContain('Youth Justice Plan');
  });

  it('takes the name whole or without the place it opens with, a signature with its name, and no sentence naming only part of it', () => {
    const body = [...seed.catalogue.index.bodies.values()].find((b) => b.name === 'West Mercia Youth Justice Service Management Board')!;
    const mentions = bodyMentions(seed.catalogue, body);
    const [signature, chaired, ...more] = mentions.map((m) => m.sentence);
    // The plan's signature ("**Karen Bradshaw**" / "**Chair – West Mercia ... Board**"): the name signs the post.
    expect(signature).toBe('Karen Bradshaw\nChair – West Mercia Youth Justice Service Management Board');
    // The sentence naming it and its chair, with the table of members it goes on to give.
    const lines = chaired!.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'The Youth Justice Service Management Board is currently chaired by the Director of Children Services for Shropshire Council.',
      'The Membership of the Board at 1st April 2019 is outlined in the table below:',
      'Agency | Representative | Role',
    ]);
    expect(lines).toContain('Herefordshire Council | Chris Baird | Director of Children and Families');
    expect(more).toEqual([]);
  });

  // 000:2141-2144, the Better Care Fund plan's sign-off: "Chair of the Medway Health and Wellbeing Board" / "Cllr David Brake".
  it.each(['who chairs the health and wellbeing board', 'who leads the medway health and wellbeing board'])('quotes a post with the name signed under it: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('passage');
    expect(answer.quote).toBe('Chair of the Medway Health and Wellbeing Board\nCllr David Brake');
  });

  it('still says plainly when the papers name no chair for a body (Medway CYP O&S), never a chair from another body\'s sentence', async () => {
    const answer = await ask('who chairs medway cyp o&s');
    expect(answer.kind).toBe('not-found');
    expect(answer.headline).toContain('no membership or chair');
  });

  it("takes no other council's papers, and no chair word that is another body's", () => {
    // Medway's lead member: "As chair of Corporate Parenting Board, I have..."; "... the NHS Integrated Care Board, I chair the SEND Improvement Board".
    expect(bodyMentions(seed.catalogue, { name: 'Herefordshire Corporate Parenting Board', council: 'Herefordshire' })).toEqual([]);
    expect(bodyMentions(seed.catalogue, { name: 'Corporate Parenting Board', council: 'Medway' }).length).toBeGreaterThan(0);
    expect(bodyMentions(seed.catalogue, { name: 'NHS Integrated Care Board', council: 'Medway' })).toEqual([]);
  });

  it('finds a name written with commas or an apostrophe, as the index reads its words', () => {
    const [mention] = bodyMentions(seed.catalogue, { name: 'Regeneration, Culture and Environment Overview and Scrutiny Committee', council: 'Medway' });
    expect(mention?.sentence).toMatch(/^The Chairman of the Regeneration, Culture and Environment Overview and Scrutiny Committee agreed/);
    expect(bodyMentions(seed.catalogue, { name: "Children's Oversight Board", council: 'Medway' })[0]?.sentence).toContain("As chair of the Children's Oversight Board");
  });

  it('takes no sentence where the body is only beside a "cabinet member": members are not its membership', () => {
    const body = [...seed.catalogue.index.bodies.values()].find((b) => b.name === 'Children and young people scrutiny committee')!;
    expect(bodyMentions(seed.catalogue, body)).toEqual([]);
  });
});
