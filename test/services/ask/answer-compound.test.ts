import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../src/language/lexicon';
import { questionWords } from '../../../src/language/question-words';
import { answerMessage } from '../../../src/services/ask/answer-compound';
import { answerQuestion } from '../../../src/services/ask/answer-question';
import { useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** Messages holding two questions, over the five seed packs, at 2 January 2020. */
const seed = useSeedAskCatalogue();
const now = new Date('2020-01-02T10:00:00Z');

const message = async (text: string) => (await answerMessage(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London' })).answers;
const remembered = async (text: string) => (await answerMessage(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London' })).memory;
const single = (text: string) => answerQuestion(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London' });

describe('two questions in one message', () => {
  it('answers both when they are about different things, in the order asked', async () => {
    const [first, second] = await Promise.all([single('what is action 1.9'), single('weeks in plo')]);
    const answers = await message("what is action 1.9 and what's the target");
    expect(answers.map((a) => a.kind)).toEqual([first!.kind, 'indicator']);
    expect(answers[0]!.title).toBe(first!.title);
    expect(answers[1]!.title).toBe(second!.title);
  });

  // The second part alone reached Medway's "child entering care" adoption figure: another area, and another thing.
  it("gives no later part a figure of another area than the part before it, when it names none", async () => {
    const answers = await message('FTE rate for shropshire vs national and how many kids entered the system?');
    expect(answers.map((a) => a.title)).toEqual(['First time entrants rate (Shropshire)']);
    // Naming the other area asks for it.
    const both = await message('FTE rate for shropshire and the FTE rate for herefordshire');
    expect(JSON.stringify(both)).toContain('Herefordshire');
  });

  // The reorder of the robustness suite: a topic after the questions is the topic every part is about.
  it.each([
    ['action 1.20 care leaver apprenticeships - when due and whats the target', 'when due and whats the target - action 1.20 care leaver apprenticeships'],
    ['kent bexley medway raa report - which director is it from', 'which director is it from - kent bexley medway raa report'],
    ['action 4.5 (reviewing the performance reports) - what resources, and when does it kick off?', 'what resources, and when does it kick off - action 4.5 (reviewing the performance reports)?'],
  ])('answers "%s" and the same with the topic last alike', async (first, last) => {
    const [a, b] = await Promise.all([message(first), message(last)]);
    expect(a[0]!.kind).not.toBe('not-found');
    expect(b.map((x) => [x.kind, x.title, x.headline])).toEqual(a.map((x) => [x.kind, x.title, x.headline]));
  });

  // Read with its topic first, a message is still quoted back as the member typed it.
  it.each(['when is it due and whats the target - the zebra crossing programme', 'who leads it - the   zebra crossing programme', 'who leads it - the $& zebra crossing programme'])(
    'quotes "%s" as typed when nothing answers it',
    async (text) => {
      const [answer] = await message(text);
      expect(answer!.kind).toBe('not-found');
      expect(answer!.headline).toContain(`"${text.replace(/\s+/g, ' ')}"`);
    },
  );

  // A time after the dash says when: the message is read as typed, and quoted so.
  it.each(['what was the reoffending rate in medway last year - this year', 'how many first time entrants in shropshire - this year vs last year', 'how many first time entrants in shropshire spring - summer 2018'])(
    'leaves "%s" in the order typed',
    async (text) => {
      const answers = await message(text);
      expect(JSON.stringify(answers)).not.toMatch(/(?:this year|last year|summer 2018) - (?:what|how)/);
    },
  );

  it('gives one answer when the message read whole answers every part', async () => {
    const answers = await message('who leads 1.9 and when is it due');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.kind).toBe('action');
  });

  it('reads the message whole when a part cannot be answered alone', async () => {
    const whole = await single('when is 1.9 due and what about the weather');
    const answers = await message('when is 1.9 due and what about the weather');
    expect(answers).toEqual([whole]);
  });

  it('remembers the last subject answered, for the next follow-up', async () => {
    expect((await remembered("what is action 1.9 and what's the target"))?.subject?.kind).toBe('indicator');
  });
});

describe('two questions in one message, when the whole finds nothing', () => {
  it('gives the part that was found, and says which part was not', async () => {
    expect((await single("life story work and what's the target")).kind).toBe('not-found');
    const answers = await message("life story work and what's the target");
    expect(answers.map((a) => a.kind)).toEqual(['action', 'not-found']);
  });

  it('counts a whole offered only as the nearest passage as nothing found: the part found in the records is given', async () => {
    const text = 'reoffending rate for telford and how many kids entered the system pls?';
    expect((await single(text)).tentative).toBe(true);
    const answers = await message(text);
    expect(answers[0]!.title).toBe('Re-offending rate (binary) (Telford and Wrekin)');
    expect(answers.some((a) => a.tentative)).toBe(false);
  });

  // The first part is a question in itself: it gets the passage it would get asked alone.
  it.each([
    ["how many spaces did we mobilise for rough sleepers and what's the target", 'how many spaces did we mobilise for rough sleepers'],
    ['how many libraries staff were redeployed during covid, and who leads it?', 'how many libraries staff were redeployed during covid'],
  ])('answers a first part found in the papers as if asked alone: "%s"', async (text, alone) => {
    const asked = await single(alone);
    expect(asked.kind).toBe('passage');
    const answers = await message(text);
    expect(answers[0]!.kind).toBe('passage');
    expect(answers[0]!.headline).toBe(asked.headline);
    expect(answers[1]!.kind).toBe('not-found');
  });

  // A later part is searched in the papers under the topic the message opens with, as if asked so alone.
  it('asks a later part about the topic the message opens with: "home first - ... and where\'s the assessment done?"', async () => {
    const alone = await single("home first - where's the assessment done");
    expect(alone.kind).toBe('passage');
    const answers = await message("home first - who's it for and where's the assessment done?");
    expect(answers).toHaveLength(2);
    expect(answers[1]!.kind).toBe('passage');
    expect(answers[1]!.headline).toBe(alone.headline);
    expect((await message("who's it for and where's the assessment done?")).every((a) => a.kind !== 'passage')).toBe(true);
  });
});

describe('two questions in one message, both for the papers', () => {
  // A later part naming what it asks about is answered on its own words.
  it.each([
    'how many food parcels were delivered and how many befriending calls were made',
    'how many food parcels were delivered, and how many befriending calls were made?',
    'how many food parcels were delivered & how many befriending calls were made',
  ])('answers each part from the papers: "%s"', async (text) => {
    const first = await single('how many food parcels were delivered');
    const answers = await message(text);
    expect(answers.map((a) => a.kind)).toEqual(['passage', 'passage']);
    expect(answers[0]!.headline).toBe(first.headline);
    expect(answers[1]!.headline).toContain('4,000 befriending calls');
  });

  // A later part pointing back ("who carried it out") is read with what the first asked about, as if asked so alone.
  it('reads a later part pointing back with what the first part asked about', async () => {
    const later = await single('the alternative provision review commissioned - who carried it out');
    const answers = await message('when was the alternative provision review commissioned and who carried it out');
    expect(answers).toHaveLength(2);
    expect(answers[1]!.headline).toBe(later.headline);
    expect(answers[1]!.headline).not.toBe(answers[0]!.headline);
  });

  it('does not trust a record a later part reaches on its few words', async () => {
    expect((await single('when did it take place')).kind).not.toBe('passage');
    const answers = await message('what was the overall judgement of the ofsted ilacs and when did it take place');
    expect(answers.every((a) => a.kind === 'passage')).toBe(true);
  });
});

describe('a message too long to be a question', () => {
  it('is answered with what to do, its words unread', async () => {
    const answers = await message(`weeks in plo ${'and more '.repeat(200)}`);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.kind).toBe('not-found');
    expect(answers[0]!.headline).toMatch(/up to 1000 characters; this one has \d+\. Ask about one thing at a time/);
  });
});

describe('two measures named together in one question', () => {
  it.each(["what's medway's total population and the 10-17 population", 'whats the total population and 10-17 population', "medway's total population and the 10-17 population"])(
    'answers each measure: "%s"',
    async (text) => {
      const answers = await message(text);
      expect(answers.map((a) => a.title)).toEqual(['Total population (Medway)', 'Total youth population (10-17 years) (Medway)']);
    },
  );

  // The whole message was read as a measure that says nothing of "why is it so high": it does not stand for that side.
  it('does not offer the measure read whole for a side it says nothing of', async () => {
    const answers = await message("what's the agency social worker rate and why is it so high");
    expect(answers.filter((a) => a.kind === 'indicator').length).toBeLessThan(2);
  });

  it('keeps one answer when the sides are not two measures', async () => {
    const whole = await single('children and young people in care');
    expect(await message('children and young people in care')).toEqual([whole]);
  });
});

describe('a later part pointing back to what the part before it listed', () => {
  it.each([
    'send t&f recommendation 5 - what are the actions and when are they due',
    'send t&f rec 5 - what are the actions and who leads them',
  ])('"%s" gets the list once: its lines give each action\'s lead and due date', async (text) => {
    const answers = await message(text);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.kind).toBe('list');
    expect(answers[0]!.items?.[0]?.detail).toMatch(/^Lead: .*Due: /);
  });
});

describe('a follow-up after a list of actions', () => {
  const conversation = async (...texts: string[]) => {
    let memory: Awaited<ReturnType<typeof remembered>>;
    const out = [];
    for (const text of texts) {
      const { answers, memory: next } = await answerMessage(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London', ...(memory ? { memory } : {}) });
      out.push(answers);
      memory = next ?? memory;
    }
    return out;
  };

  it.each(['when are they due', 'who leads them', 'and who are they led by?'])('reads "%s" as the same list', async (followUp) => {
    const [[list], [again]] = await conversation('send t&f recommendation 5 - what are the actions', followUp);
    expect(list!.kind).toBe('list');
    expect(again!.kind).toBe('list');
    expect(again!.title).toBe(list!.title);
  });

  it('still reads a question about the plan, pointing back to one thing, as the plan', async () => {
    const [, [plan]] = await conversation('list the actions in the Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan', 'what version is it');
    expect(plan!.kind).toBe('plan');
    const [, [owner]] = await conversation('list the actions in the dtoc plan', 'who owns it');
    expect(owner!.headline).toBe('The plan is owned by Medway Council and Medway CCG.');
  });

  it('narrows the list when asked which of them are overdue, rather than showing it again', async () => {
    const [[all], [overdue]] = await conversation('list the actions in the dtoc plan', 'which of them are overdue');
    expect(overdue!.kind).toBe('list');
    expect(overdue!.title).toMatch(/^Overdue actions/);
    expect(overdue!.title).not.toBe(all!.title);
  });

  it('shows the page the member was looking at', async () => {
    const [, [second], [again]] = await conversation('list the actions in the dtoc plan', 'more', 'when are they due');
    expect(second!.headline).toMatch(/showing 9–16/);
    expect(again!.headline).toBe(second!.headline);
  });
});

describe('a later part pointing back to the message\'s topic, not to what the part before listed', () => {
  it('answers "dtoc plan - list the actions and who owns it" with the list and the plan\'s owner', async () => {
    const answers = await message('dtoc plan - list the actions and who owns it');
    expect(answers.map((a) => a.kind)).toEqual(['list', 'plan']);
    expect(answers[1]!.headline).toBe('The plan is owned by Medway Council and Medway CCG.');
  });
});

/**
 * A greeting before a question, thanks after it and capitals throughout change nothing of what it
 * asks (an invariance test over every greeting, opener and closing in the data): before, "? thanks"
 * was a part of its own, "quick one - " the topic of every part, and a word in capitals an abbreviation.
 */
describe('a question among courtesies', () => {
  const questions = [
    'who provides substance misuse services to the yot?',
    'how often do camhs nurses come into the yot? and the SALT?',
    "who's the diocese of hereford rep on the herefordshire cyp scrutiny cttee",
    'yjs plan performance & practice - what is planned on QA?',
    'roughly what % of ict staff have been wfh?',
  ];
  const { greetings } = lexicon.grammar.smallTalk;
  const { openers, closings, looseClosings } = questionWords.courtesies;
  const opened = [...greetings.filter((g) => !/^(who|what|are)\b/.test(g)), ...openers];
  const texts = (answers: { kind: string; headline: string; quote?: string }[]) => answers.map((a) => [a.kind, a.kind === 'not-found' ? '' : a.headline, a.quote]);

  it.each(questions)('"%s", greeted, thanked or typed in capitals, gets the same answers', async (question) => {
    const plain = texts(await message(question));
    const bare = question.replace(/\?$/, '');
    const variants = [...opened.map((g) => `${g} - ${question}`), ...closings.map((c) => `${bare}? ${c}`), ...looseClosings.map((c) => `${bare} ${c}`), `hi all, quick one — ${bare}, thanks`, `hi all, ${bare} thanks`, question.toUpperCase()];
    for (const variant of variants) expect({ variant, answers: texts(await message(variant)) }).toEqual({ variant, answers: plain });
  });

  // An aside closing the message asks nothing: the "q" of "quick q" had been read as asking a question deadline.
  it.each(['how is medway yot funded, quick q', 'how is medway yot funded - quick question'])('reads "%s" as the question alone', async (text) => {
    expect(texts(await message(text))).toEqual(texts(await message('how is medway yot funded')));
  });
});
