import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/services/ask/answer-compound';
import { choose } from '../../../src/services/ask/answer-passage';
import type { Answer } from '../../../src/services/ask/answer-types';
import type { PassageScore } from '../../../src/services/ask/passage-score';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** Which passages are offered, as a pure choice over scored passages. */
describe('choosing the passages to show', () => {
  const hit = (n: number, score: number, more: Partial<PassageScore> = {}): PassageScore => ({
    passage: { id: n, documentId: 'd', page: { number: 1, lineStart: 1, lineEnd: 2 }, text: `passage ${n}`, heading: `heading ${n}`, outline: '', context: '' },
    score,
    coverage: 0.9,
    textShare: 0.8,
    sectionShare: 0.8,
    missing: 0,
    requiredHeld: true,
    fits: true,
    best: [0, 0],
    focus: 0,
    attached: false,
    sentences: [`sentence ${n}`],
    titled: false,
    namesSomeone: false,
    ...more,
  });
  /** A hit in one section ("Risks"), under the numbered headings `outline`, holding `textShare` of the question in its own text. */
  const section = (n: number, score: number, outline = '', textShare = 0.3) => {
    const h = hit(n, score, { textShare, sectionShare: 0.9 });
    return { ...h, passage: { ...h.passage, heading: 'Risks', outline } };
  };
  const ids = (hits: PassageScore[]) => hits.map((h) => h.passage.id);
  const plain = { topic: false, attaching: false };
  const who = { topic: false, attaching: false, person: true };

  it.each([
    ['one clearly best', [hit(1, 1.0), hit(2, 0.6)], plain, [1]],
    ['others nearly as good: up to two beside the best, best first', [hit(1, 1.0), hit(2, 0.9), hit(3, 0.8), hit(4, 0.75)], plain, [1, 2, 3]],
    ['one nearly as good lacking the place or year: not beside it', [hit(1, 1.0), hit(2, 0.9, { requiredHeld: false })], plain, [1]],
    ['one nearly as good holding too little of the question: not beside it', [hit(1, 1.0), hit(2, 0.9, { coverage: 0.3, missing: 4 })], plain, [1]],
    ['one nearly as good with no figure where "how many" asked: not beside it', [hit(1, 1.0), hit(2, 0.9, { fits: false })], plain, [1]],
    ['two about equally good: both', [hit(1, 1.0), hit(2, 0.98)], plain, [1, 2]],
    ['three about equally good: none', [hit(1, 1.0), hit(2, 0.99), hit(3, 0.98)], plain, []],
    ['three about equally good, all of one section: the section, from its first', [section(3, 1.0), section(2, 0.99), section(4, 0.98)], plain, [2]],
    ['three of one heading, printed for different areas: none', [section(3, 1.0), section(2, 0.99, 'Appendix 7'), section(4, 0.98)], plain, []],
    ['three of one section holding the question in their own text (rows of a table): none', [section(3, 1.0, '', 0.9), section(2, 0.99, '', 0.9), section(4, 0.98, '', 0.9)], plain, []],
    ['the same sentence printed twice counts once', [hit(1, 1.0), hit(2, 0.99, { sentences: ['sentence 1'] })], plain, [1]],
    [
      'the same sentence numbered as a paragraph once and not the other time counts once',
      [hit(1, 1.0, { sentences: ['1.4.1. Are the necessary policies in place?'] }), hit(2, 0.99, { sentences: ['Are the necessary policies in place?'] })],
      plain,
      [1],
    ],
    ['a first word is not a paragraph letter', [hit(1, 1.0, { sentences: ['Are the policies in place?'] }), hit(2, 0.99, { sentences: ['The policies in place.'] })], plain, [1, 2]],
    ['a count is not a paragraph number', [hit(1, 1.0, { sentences: ['12 children were seen.'] }), hit(2, 0.99, { sentences: ['5 children were seen.'] })], plain, [1, 2]],
    ['a paragraph letter is', [hit(1, 1.0, { sentences: ['(ii) The policies in place.'] }), hit(2, 0.99, { sentences: ['b. The policies in place.'] })], plain, [1]],
    ['too little of the question held, another passage near it: none', [hit(1, 1.0, { coverage: 0.65 }), hit(2, 0.95, { coverage: 0.6 })], plain, []],
    ['too little held in its own text, another passage near it: none', [hit(1, 1.0, { textShare: 0.3, sectionShare: 0.5 }), hit(2, 0.98, { textShare: 0.3, sectionShare: 0.5 })], plain, []],
    ['too little of the question held, but far ahead of any other passage: it', [hit(1, 1.0, { coverage: 0.65, missing: 2 }), hit(2, 0.85, { coverage: 0.55, missing: 3 })], plain, [1]],
    ['far ahead of any other, holding too little of the question: none', [hit(1, 0.6, { coverage: 0.55, missing: 2 }), hit(2, 0.3, { coverage: 0.3, missing: 4 })], plain, []],
    ['alone in sharing the question\'s words, holding too little of it: none', [hit(1, 1.0, { coverage: 0.65 })], plain, []],
    ['far ahead of any other, with three of the question\'s words nowhere in it: none', [hit(1, 1.0, { coverage: 0.65, missing: 3 }), hit(2, 0.85, { coverage: 0.55 })], plain, []],
    ['far ahead of any other, little of the question in its own text or heading: none', [hit(1, 1.0, { coverage: 0.65, textShare: 0.2, sectionShare: 0.25 }), hit(2, 0.85, { coverage: 0.55 })], plain, []],
    ['far ahead of any other, a table\'s row: none', [hit(1, 1.0, { coverage: 0.65, sentences: ['Risk / opportunity | Mitigation'] }), hit(2, 0.85, { coverage: 0.55 })], plain, []],
    [
      'far ahead of any other, a form\'s value alone: none',
      [{ ...hit(1, 1.0, { coverage: 0.65 }), passage: { ...hit(1, 1.0).passage, text: 'Children and Families', value: true as const } }, hit(2, 0.85, { coverage: 0.55 })],
      plain,
      [],
    ],
    ['far ahead of any other, lacking the place or year: none', [hit(1, 1.0, { coverage: 0.65, requiredHeld: false }), hit(2, 0.7, { coverage: 0.5 })], plain, []],
    ['far ahead of any other, no figure where "how many" asked: none', [hit(1, 1.0, { coverage: 0.65 }), hit(2, 0.7, { coverage: 0.5 })], { topic: false, attaching: true }, []],
    [
      'far ahead of any other, though printed twice: it',
      [hit(1, 1.0, { coverage: 0.65 }), hit(2, 0.99, { coverage: 0.65, sentences: ['sentence 1'] }), hit(3, 0.8, { coverage: 0.5 })],
      plain,
      [1],
    ],
    ['little in its own text, most in its text and section heading: it', [hit(1, 1.0, { textShare: 0.3, sectionShare: 0.8 })], plain, [1]],
    ['a missing place or year: none', [hit(1, 1.0, { requiredHeld: false })], plain, []],
    ['no figure where "how many" asked: none', [hit(1, 1.0, { fits: false })], plain, []],
    ['a topic: the few that say most about it', [hit(1, 1.0), hit(2, 0.97), hit(3, 0.95), hit(4, 0.93)], { topic: true, attaching: false }, [1, 2, 3]],
    ['"how many": only a figure for what is counted', [hit(1, 1.0), hit(2, 0.9, { attached: true })], { topic: false, attaching: true }, [2]],
    ['"how many" with no figure for it: none', [hit(1, 1.0)], { topic: false, attaching: true }, []],
    ['"who", three about equally good, one naming someone: it', [hit(1, 1.0), hit(2, 0.99, { namesSomeone: true }), hit(3, 0.98)], who, [2]],
    ['"who", three about equally good, two naming someone: both', [hit(1, 1.0, { namesSomeone: true }), hit(2, 0.99), hit(3, 0.98, { namesSomeone: true })], who, [1, 3]],
    ['"who", three about equally good, each naming someone: none', [hit(1, 1.0, { namesSomeone: true }), hit(2, 0.99, { namesSomeone: true }), hit(3, 0.98, { namesSomeone: true })], who, []],
    ['not "who": naming someone picks none out', [hit(1, 1.0), hit(2, 0.99, { namesSomeone: true }), hit(3, 0.98)], plain, []],
  ])('%s', (_, hits, question, expected) => {
    expect(ids(choose(hits, question))).toEqual(expected);
  });
});

/** Answers from the papers over the five seed packs, through the real question path. */
const seed = useSeedAskCatalogue();

const ask = seedAsker(seed);
const all = (a: Answer) => [a.headline, a.quote ?? '', ...a.sections.flatMap((s) => [s.heading, ...(s.lines ?? [])]), ...a.notes, ...a.sources].join('\n');

describe('answers from the papers', () => {
  it.each([
    ['when was the medway ILACS inspection', 'The Ofsted ILACS took place in Medway Children\'s Services from 15 to 26 July 2019', /^Cabinet – Supplementary agenda No\.2, pages 9–102, item 6/],
    ['how many children did medway yot supervise in 2019', 'supervised a total of 101 children', /^Cabinet – Supplementary agenda No\.1, pages 23–98/],
    ['how many young people in shropshire received youth justice sanctions in 2018', 'Of the 81 young people receiving youth justice sanctions in 2018', /item 8: Youth Justice Plan/],
    // Dated where the inspection is named, not where the framework was launched (January 2018).
    ["when did ofsted inspect medway children's services", 'from 15 to 26 July 2019', /^Cabinet – Supplementary agenda No\.2/],
    // What was done, not what "will be" done.
    ['when was the yot improvement plan signed off', '25 June at the Children\'s Improvement Board', /HMIP Inspection of Youth Offending Team \(YOT\)/],
  ])('"%s" quotes the passage holding it, the matching sentence first, with its document and pages', async (text, passage, source) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.headline).toMatch(/^The papers say: “/);
    expect(all(a)).toContain(passage);
    expect(a.sources[0]).toMatch(source);
  });

  // The minutes of 15 July 2019 (002:130-140): what the committee resolved on an item, under "RESOLVED: That:".
  it.each([
    'what did the committee resolve on the corporate parenting annual update',
    'corporate parenting annual update - what was resolved?',
    'what was resolved on the corporate parenting annual update in july 2019',
  ])('"%s" quotes what was resolved on the item, headed by the item', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.tentative).toBeUndefined();
    expect(a.quote).toContain('CORPORATE PARENTING ANNUAL UPDATE 2018/2019 – RESOLVED');
    expect(a.quote).toContain('A briefing note is provided on SHYPP referral levels');
  });

  // A board's lead is its chair (004: the Improvement Board "is independently chaired by Lucy Butler"), not
  // the youth justice board's plan, nor an action naming the board.
  it.each(['who leads the improvement board', "who's heading up the improvement board?", 'who runs the improvement board', 'who is the head of the improvement board'])(
    '"%s" names the board\'s chair',
    async (text) => {
      const a = await ask(text);
      expect(a.kind).toBe('passage');
      expect(a.headline).toContain('chaired by Lucy Butler');
    },
  );

  // Appendices 4-7 of the youth justice plan (002:1010-1300) give each area's figures under "### <Area> Local
  // Information", their sections alike: the area is said in the heading above, never in the passage.
  it.each([
    ['herefordshire', '61 YCs or YCCs'],
    ['shropshire', '58 YCs or YCCs'],
    ['worcestershire', '171 YCs or YCCs'],
  ])('answers "%s" youth cautions from that area\'s appendix, not another\'s', async (area, figure) => {
    const others = ['61 YCs', '58 YCs', '171 YCs'].filter((f) => !figure.startsWith(f));
    for (const text of [`how many youth cautions were issued in ${area} in 2018`, `${area} out of court disposals 2018 - how many YCs or YCCs?`]) {
      const a = await ask(text);
      expect(a.headline).toContain(figure);
      for (const other of others) expect(all(a)).not.toContain(other);
    }
  });

  it('counts a figure only for the whole of what is counted: "looked after children", not any "children"', async () => {
    // "Section 26 of the Children and Families Act" holds a figure before "Children", and no count of looked after children.
    const a = await ask('how many looked after children has herefordshire got?');
    expect(all(a)).not.toContain('Section 26 of the Children and Families Act');
  });

  it('quotes a list item with the paragraph it hangs from, which says whose work the items are (000:104-109)', async () => {
    const a = await ask('how many prescriptions did the community groups collect for residents in lockdown');
    expect(a.headline).toContain('150 prescriptions collected');
    expect(a.quote).toMatch(/provided to over 8,000 residents included:\n- More than 1,000 food parcels/);
  });

  // No passage holds all of these questions, and one stands well clear of any other: it is offered
  // as the nearest, under its section's heading when the heading is what holds the question.
  it.each([
    ['did hmip say whether the names in its case examples were changed', /^Nearest in the papers: “Please note that throughout the report the names in the practice examples have been changed/],
    ['what risks does the commissioner see to achieving and sustaining improvement?', /^Nearest in the papers, under “18\. Risks to achieving and sustaining improvement”: “/],
  ])('"%s": the one passage far ahead of any other, said to hold only part of the question', async (text, headline) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.tentative).toBe(true);
    expect(a.headline).toMatch(headline);
    expect(a.notes.join(' ')).toContain('though it does not hold all of it: check that it answers you');
  });

  it('answers "yot partner funding total" from the table, as a figure with its source, no longer a passage', async () => {
    const a = await ask('yot partner funding total');
    expect(a.kind).toBe('indicator');
    expect(a.facts.find((f) => f.title === 'Latest')?.value).toBe('£611,589');
    expect(a.sources[0]).toMatch(/HMIP Inspection of Youth Offending Team/);
  });

  it('gives both passages when two answer about equally well, each with its source', async () => {
    const a = await ask('how many care leavers will the new herefordshire accommodation house');
    expect(all(a)).toContain('five care leavers');
    expect(a.sections.some((s) => s.heading.startsWith('Also in the papers: '))).toBe(true);
  });

  it('answers a question about who leads from the papers when a passage names them where its words are', async () => {
    const a = await ask('who is responsible for the briefing note on the safeguarding monitoring arrangements');
    expect(a.kind).toBe('passage');
    expect(all(a)).toContain('Liz Elgar');
  });

  it.each([
    'how many daily bulletins went out in lockdown',
    'number of daily updates issued to staff during the peak of lockdown',
  ])('"%s" is answered by a count marked as a tally after what it counts ("(45 no.)", 000:300)', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.quote).toContain('(45 no.)');
  });

  it.each([
    // Items cut into the passages after the lead-in, each a section headed "...:" (000:2380-2404).
    ['what is the iBCF going to focus on to stabilise the local care market', ['Fair cost of care', 'Pathway redesign', 'Micro-commissioning'], 'National condition 3'],
    // Bullets the page cut after the first (002, key considerations 5).
    ['how will the care leavers accommodation service meet strategic objectives', ['out of county placements', 'housing benefit'], '6. Guidance'],
    // The lead-in is the sentence after the matching one ("...five service areas. These are:", 004:455).
    ['which five service areas is the operational childrens social care service structured into', ['Leaving Care', 'Quality Assurance (QA) service'], 'A separate Head of Service'],
    // A numbered list whose short items were read as section headings (000:2152), each quoted once.
    ['what are the key priority areas for health and social care integration in 2017', ['2. Rationalisation of estate', '4. Digital roadmap', '5. Communications and engagement'], 'Like all health and social care'],
    // A lead-in ending ":-" (002:748). (The plan's name, "West Mercia", is not in this part's headings,
    // so naming it leaves a word missing; the question once passed with it only because "18/19" was
    // read as a rarer word than the "2018/19" it is.)
    ['during 18/19 what was achieved by the youth justice service', ['A staff survey was undertaken', 'Mental health training'], 'Responses to inspections'],
  ])('quotes what a lead-in ending in a colon introduces: "%s"', async (text, items, after) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    for (const item of items) expect(a.quote?.split(item)).toHaveLength(2);
    expect(a.quote).not.toContain(after);
  });

  it.each([
    // The lead-in ("...according to the Council's constitution are:", 003) is shown beside the report's opening.
    ['which areas does the lead member for childrens services cover', ['SEND Transport', 'Early Help']],
    // "...three broad areas:" (000:410) beside "...inspecting the YOT in three areas of its work".
    ['which 3 areas did hmip inspect the yot in', ['organisational delivery', 'out-of-court']],
  ])('quotes the items a lead-in introduces in a passage shown beside the best: "%s"', async (text, items) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    for (const item of items) expect(all(a)).toContain(item);
  });

  it.each([
    ['the briefing note on safeguarding arrangements - progress update', 'passage'],
    ["the old vicarage children's home - progress update", 'not-found'],
  ])('answers a question about progress, "%s", only from a passage that says update itself (%s)', async (text, kind) => {
    const a = await ask(text);
    expect(a.kind).toBe(kind);
    if (kind === 'passage') expect(a.headline).toMatch(/update/i);
  });

  it.each([
    ["kent's first time entrants rate", 'I hold no papers or figures for Kent'],
    ['how many young people in kent received youth justice sanctions in 2018', 'I hold no papers or figures for Kent'],
    // The papers write "Mid Kent College" and "Kent Police": neither is Kent's school attendance.
    ["what's the school attendance rate in kent", 'I hold no papers or figures for Kent'],
    ['what did the hampshire managers look at', 'I hold no papers or figures for Hampshire'],
    // "Kent and Medway" bookings are in the papers; Kent County Council's are not.
    ['how many bookings has kent county council had', 'I hold no papers or figures for Kent'],
  ])('"%s" names a place the data holds nothing for: not found, saying so', async (text, headline) => {
    const a = await ask(text);
    expect(a.kind).toBe('not-found');
    expect(a.headline).toContain(headline);
    expect(a.headline).toContain('The councils in the data are Herefordshire and Medway.');
  });

  it.each([
    ['any climate change implications from the yot inspection report?', 'virtual working'],
    ['background papers for the hif project delivery report?', 'Housing Infrastructure Fund Bid'],
  ])('answers "%s" with the section its heading names, though the text does not repeat the words', async (text, said) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(all(a)).toContain(said);
  });

  it.each([
    ['how often does the west mercia yjs management board meet?', 'every two months'],
    ['how often does the jcmg meet', 'every six weeks'],
    ['how often are the partner contributions reviewed', 'reviewed annually'],
    ['how often is the risk register reviewed', 'on a monthly basis'],
    ['how long will meetings be under the new hybrid model', 'no more than three hours'],
  ])('answers "%s" from a passage saying how often or how long (%s) in its headline, not a meeting\'s or action\'s card', async (text, often) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.headline).toContain(often);
  });

  it('does not answer how often one body meets with another\'s frequency named in the same long sentence', async () => {
    // "Meeting every six weeks, the JCMG has ... e.g. ... Cabinet": the JCMG's, not the Cabinet's.
    expect(all(await ask('how often does cabinet meet'))).not.toContain('every six weeks');
  });

  it('leaves "how often" to a figure that counts it, and to an action that recurs', async () => {
    expect((await ask('how often do we meet the judiciary')).kind).toBe('indicator');
    const recurring = await ask('how often is action 1.10 due');
    expect(recurring.kind).toBe('action');
    expect(all(recurring)).toContain('Quarterly');
  });

  it('does not answer "how often" with a sum of money: the papers say how often', async () => {
    // The YOT's partner funding table (£611,589 in all) was read for "partner contributions".
    const a = await ask('yot funding - how often are the partner contributions reviewed');
    expect(a.kind).toBe('passage');
    expect(a.headline).toContain('reviewed annually');
  });

  it('keeps a sum of money asked for beside a "how often" in a message of two questions', async () => {
    const { answers } = await answerMessage(seed.catalogue, seed.stores, { text: 'yot funding - how much does probation put in and how often is it reviewed', now: new Date('2020-01-02T10:00:00Z'), timeZone: 'Europe/London' });
    expect(answers.map((a) => a.headline).join('\n')).toMatch(/£2,500[\s\S]*reviewed annually/);
  });

  it('does not answer "how often" with a rating', async () => {
    expect((await ask('how often does the hmip rate governance and leadership')).kind).not.toBe('indicator');
  });

  it.each(['hampshire peer challenge - when was it?', 'what did the hampshire peer challenge look at'])(
    '"%s" names a place the data has no area for, as the papers name it: they are searched, and the passage names it',
    async (text) => {
      const a = await ask(text);
      expect(a.kind).toBe('passage');
      expect(a.quote).toMatch(/Hampshire peer challenge/);
    },
  );

  it.each([
    // The papers mention libraries closing, with no number.
    'how many libraries closed in medway during covid',
    // The work programme refers to the June 2018 judgement without saying what it was.
    "what was herefordshire's ofsted ILACS judgement in june 2018",
    // Several passages say how a YOT was rated; none how close it came to "good".
    'how close was the yot to a good rating',
  ])('"%s" is an honest "not found" that lists where the papers come nearest', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('not-found');
    expect(a.quote).toBeUndefined();
    expect(a.sections[0]?.heading).toBe('The papers come nearest here (they may not answer it)');
    expect(a.sections[0]?.lines?.length).toBeGreaterThan(0);
    // The others are places only.
    for (const line of a.sections[0]!.lines!.slice(1)) expect(line).not.toMatch(/^“/);
  });

  it('quotes the nearest passage\'s sentence holding most of the question, without its number, and says where it is', async () => {
    const a = await ask('how close was the yot to a good rating');
    expect(a.sections[0]!.lines![0]).toBe('“7 areas of good” (Cabinet – Supplementary agenda No.1, pages 23–98, item 6: Outcome of HMIP Inspection of Youth Offending Team)');
  });

  it('quotes no sentence whose figure is not of what "how many" asked: the places only', async () => {
    for (const text of ['how many libraries closed in medway during covid', 'how many social workers left last year']) {
      const a = await ask(text);
      expect(a.kind).toBe('not-found');
      expect(a.sections[0]!.lines!.length).toBeGreaterThan(0);
      for (const line of a.sections[0]!.lines!) expect(line).not.toMatch(/^“/);
    }
  });
});
