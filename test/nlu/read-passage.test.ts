import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueIndex } from '../../src/nlu/catalogue-index';
import type { Intent, PassageSlot } from '../../src/nlu/intents';
import { otherPlace } from '../../src/nlu/places';
import { wantedOf } from '../../src/nlu/read-passage';
import { qualifierOf } from '../../src/nlu/read-indicators';
import { plainCuePositions } from '../../src/nlu/cues';
import { nameTerms, rawTokens, stem } from '../../src/nlu/text';
import { loadPlainWords } from '../../src/language/plain-words';
import { understand } from '../../src/nlu/understand';
import { seedIndex, today } from './seed-index';

let index: CatalogueIndex;
beforeAll(async () => {
  index = await seedIndex();
});

const ask = (text: string): Intent => understand(text, index, { today }).intent;
const passage = (text: string) => {
  const intent = ask(text);
  if (intent.kind !== 'passage') throw new Error(`"${text}" was read as ${intent.kind}`);
  return intent;
};
const slot = (slots: PassageSlot[], word: string) => slots.find((s) => s.phrases.some((p) => p.join(' ') === word));

describe('what a question for the papers asks for', () => {
  it.each([
    ['what 3 areas did hmip look at when inspecting the yot', 'list'],
    ['who did the council consult when designing the care leavers service', 'person'],
    ['did case managers respond when risks to the child went up', undefined],
    ['when was the ILACS inspection', 'date'],
    ['who wrote the report, and when', 'date'],
    ['the audit - who leads it and by when', 'date'],
    ['ilacs - when did it finish', 'date'],
    ['can you tell me when is the focus group on the sufficiency strategy', 'date'],
    ['youth reoffending: up or down? since when?', 'date'],
    // "When" setting the scene for a later question asks nothing itself.
    ['when the PPE supply chains failed who led the procurement collaboration?', 'person'],
    ['when the board met in may, what did it decide', undefined],
    ['when the audit finished, why was it not published', 'reason'],
    ['when and where is the next cyp o&s', 'date'],
    ['when is 1.9 due and who leads it', 'date'],
    ['when exactly did the scg say who would lead the response', 'date'],
    ['when approximately did HMIP inspect the YOT and what did it find', 'date'],
  ])('"when" asks when only where it opens a clause: "%s"', (text, wanted) => {
    expect(wantedOf(text)).toBe(wanted);
  });

  it.each([
    ['how often does the jcmg meet', 'frequency'],
    ['how frequently are partner contributions reviewed', 'frequency'],
    ['court cases: how often did the assessment cover keeping other people safe, %?', 'number'],
    ['how often, as a percentage, were visits on time', 'number'],
    ['new hybrid model for cyp o&s - how long will meetings be?', 'duration'],
    ['the urgent decision to lift the counterparty limits - for how long?', 'duration'],
  ])('"how often" asks for a frequency, "how long" for a span of time, unless a share is asked: "%s"', (text, wanted) => {
    expect(wantedOf(text)).toBe(wanted);
  });

  it('reads "key" as an adjective, not as the RAG key: only "status key" names it', () => {
    const key = slot(passage('what were the key issues in the old improvement notices').slots, 'key');
    expect(key?.phrases).toEqual([['key']]);
  });

  it.each([
    ['what 3 areas did hmip rate the yot on', 'list'],
    ['what are the five priorities in the plan', 'list'],
    ['which two committees looked at it', 'list'],
    ["what're the 4 key risks", 'list'],
    ['PSED - what 3 things must we have due regard to?', 'list'],
    ['name the 6 workstreams', 'list'],
    // A count before a unit of time, a year, or a count not asked after "what" or "which" asks for no list.
    ['what 5 year plan covers send', undefined],
    ['what 2019 report rated the yot', 'rating'],
    ['did hmip rate three areas', undefined],
    ['how many of the 8 cases were reviewed well', 'number'],
    // Another kind of answer asked wins over a list: a date, a rating, a reason.
    ['when was the HMIP inspection and what are the five recommendations', 'date'],
    ['which 2 areas were rated inadequate', 'rating'],
    ['what were the 2 reasons for the overspend', 'reason'],
    ['which one is late', undefined],
  ])('a count after "what" or "which" asks for a list: "%s" wants %s', (text, wanted) => {
    expect(wantedOf(text)).toBe(wanted);
  });

  it.each([
    ['how many food parcels were delivered', 'number'],
    ['how much did the YJB put in', 'number'],
    ['what % of looked after children are placed out of county', 'number'],
    ['yot partner funding total', 'number'],
    ['when was the ILACS inspection', 'date'],
    ['what date was the plan signed off', 'date'],
    ['why is the home closing', 'reason'],
    ["what was herefordshire's ofsted judgement", 'rating'],
    ['how was the service rated', 'rating'],
    ['who wrote the old vicarage report', 'person'],
    ["who's responsible for the yot's strategic leadership", 'person'],
    ['whose data is the caseload breakdown', 'person'],
    ['the eia - by whom was it done', 'person'],
    ['who wrote v1.0 and when', 'date'],
    ['what did the court judgements group recommend', undefined],
    ['what is the hybrid model', undefined],
    // Money named asks how much, unless the question asks whether.
    ['what was the yjb grant', 'number'],
    ['care leavers service funding?', 'number'],
    ['does the care leavers accommodation decision involve any capital spend?', undefined],
    ['yot grant - is it ring-fenced?', undefined],
    ['has the council cut the early help budget', undefined],
    ['did the yjb grant go up, and how much is it', 'number'],
    ['can you tell me the yjb grant', 'number'],
    ['do you know the youth justice grant for 2020', 'number'],
    // Question words run together as typed.
    ["what's the reoffending rate for girls", 'number'],
    ['whats the average caseload', 'number'],
    ['whens the next meeting', 'date'],
    // Things of another kind asked for, with money named: not how much.
    ['what outcomes is the yjb grant supposed to achieve', undefined],
    ['which schemes does the bcf funding pay for', undefined],
    ['what grant did medway get from the yjb', 'number'],
    ['what budget does the yot have', 'number'],
    ['what level of youth justice grant does medway get', 'number'],
  ])('"%s" wants %s', (text, wanted) => {
    expect(wantedOf(text)).toBe(wanted);
  });
});

describe('the words of a question for the papers', () => {
  it('marks places the data holds, years, steering words and what is counted', () => {
    const intent = passage('how many children in care did medway have in 2022');
    expect(intent.wanted).toBe('number');
    expect(intent.tense).toBe('past');
    expect(slot(intent.slots, 'medway')?.role).toBe('place');
    expect(slot(intent.slots, '2022')?.role).toBe('figure');
    expect(slot(intent.slots, 'children care')).toMatchObject({ role: 'subject', focus: true });
  });

  it('marks what is counted when "how many" comes last', () => {
    const intent = passage('children in care in medway in 2022 - how many?');
    expect(intent.wanted).toBe('number');
    expect(slot(intent.slots, 'children care')).toMatchObject({ role: 'subject', focus: true });
  });

  // "What's the X rate": a figure of X is asked for, so it must stand with X, as after "how many".
  it.each(["what's the reoffending rate for girls in the medway yot", 'whats the reoffending rate for girls in the medway yot', 'what is the reoffending rate for girls in the medway yot'])(
    'marks the words before the measure as what is measured: "%s"',
    (text) => {
      const intent = passage(text);
      expect(intent.wanted).toBe('number');
      expect(intent.slots.find((s) => s.phrases.some((p) => p.includes('reoffend')))?.focus).toBe(true);
      expect(slot(intent.slots, 'girl')?.focus).toBeUndefined();
    },
  );

  // "How many times a year" asks how often, and still marks what follows "how many", as it always did.
  it('marks what follows "how many" whatever kind of answer is asked', () => {
    const intent = passage('how many times a year does the jcmg meet');
    expect(intent.wanted).toBe('frequency');
    expect(slot(intent.slots, 'time')?.focus).toBe(true);
  });

  it('marks nothing when the measure comes first ("what\'s the latest number in the report")', () => {
    const intent = passage("first time entrants into the CJS in medway - what's the latest number in the cabinet report?");
    expect(intent.slots.some((s) => s.focus)).toBe(false);
  });

  it('marks what a "when" question dates, and its tense', () => {
    const intent = passage('when was the medway ILACS inspection');
    expect(intent).toMatchObject({ wanted: 'date', tense: 'past' });
    expect(slot(intent.slots, 'ilac')).toMatchObject({ role: 'subject', focus: true });
    expect(slot(intent.slots, 'inspection')).toMatchObject({ role: 'subject', focus: true });
    expect(passage('when will the stc reopen').tense).toBe('future');
  });

  it('reads the object of "after", "during" as when, not what', () => {
    const intent = passage('how many medway schools had reopened after lockdown');
    expect(slot(intent.slots, 'lockdown')?.role).toBe('steer');
    expect(slot(intent.slots, 'school')).toMatchObject({ role: 'subject', focus: true });
  });

  it('keeps a synonym phrase whole, to be found as a phrase', () => {
    const intent = passage('what did the lead member report say about the safety valve');
    const valve = slot(intent.slots, `safety ${stem('valve')}`);
    expect(valve).toMatchObject({ role: 'subject', topic: true });
    expect(valve?.phrases).toContainEqual(['sv']);
    expect(slot(intent.slots, 'say')?.role).toBe('steer');
    expect(slot(intent.slots, 'report')?.role).toBe('steer');
  });

  it.each([
    ['what 3 areas did hmip rate the yot on', '3', stem('three')],
    ['what are the 5 service areas of childrens social care', '5', stem('five')],
    ['list the twelve standards hmip inspected', stem('twelve'), '12'],
    ['which two boards scrutinise the yot', stem('two'), '2'],
  ])('finds a small count written either way: "%s"', (text, asked, other) => {
    expect(slot(passage(text).slots, asked)?.phrases).toContainEqual([other]);
  });

  // A figure written short ("per 10k", "£3.5m") is found as the papers write it in full.
  it.each([
    ['what is the custody rate per 10k in medway', '10k', '10000'],
    ['what was the 3.5m for in the bcf', '3.5m', '3500000'],
  ])('finds a figure written short in full: "%s"', (text, short, full) => {
    expect(slot(passage(text).slots, short)?.phrases).toEqual([[short], [full]]);
  });

  it('leaves "one" and larger figures as written', () => {
    expect(slot(passage('which one of the boards scrutinises the yot').slots, 'one')?.phrases ?? [['one']]).not.toContainEqual(['1']);
    expect(slot(passage('what happened to the 21 care leavers in the new house').slots, '21')?.phrases).toEqual([['21']]);
  });

  it('reads "how close" and light verbs as steering, not as the subject', () => {
    expect(slot(passage('how close was the yot to a good rating').slots, stem('close'))?.role).toBe('steer');
    expect(slot(passage('how much does the YJB put into medway yot').slots, 'put')?.role).toBe('steer');
    expect(slot(passage('what is the west mercia yjs doing about county lines').slots, stem('doing'))?.role).toBe('steer');
    expect(slot(passage('whats the micro-commissioning project in the bcf meant to do').slots, 'meant')?.role).toBe('steer');
    expect(slot(passage('what do schools and academies think of the support').slots, 'think')?.role).toBe('steer');
  });

  // Everyday words for the papers' formal ones (synonyms.json): "shut" is "closure", "buy" is "purchase".
  it.each([
    ['which services did we shut in lockdown', 'shut', 'closur'],
    ['when did cabinet decide to buy the property', 'buy', 'purchas'],
    ['what command structures did we set up for covid', 'set up', 'establish'],
    ['how were residents told about the covid testing sites', 'told', 'inform'],
  ])('reads "%s" with the papers\' word for "%s"', (question, _word, formal) => {
    const phrases = passage(question).slots.flatMap((s) => s.phrases.map((p) => p.join(' ')));
    expect(phrases).toContain(formal);
  });

  // "Carried out", "conducted", "undertaken", "performed" say a thing was done, as "did" does: "carried" is not "Carrie".
  it.each([
    ['who carried out the alternative provision review', 'carried'],
    ['who conducted the mash review', 'conducted'],
    ['what did the review of the front door that was undertaken find', 'undertaken'],
    ['how well has the yot performed', 'performed'],
  ])('reads the verb of doing in "%s" as steering', (question, verb) => {
    expect(slot(passage(question).slots, stem(verb))?.role).toBe('steer');
  });

  it('halves the weight of words of general English, which the papers\' rarity would overstate', () => {
    const slots = passage('is the reparation work good enough according to the inspectors').slots;
    expect(slot(slots, 'enough')?.weak).toBe(true);
    expect(slot(slots, 'reparation')?.weak).toBeUndefined();
  });

  it('reads "according to" as naming a source, not as a word the passage must hold', () => {
    const slots = passage('is the reparation work good enough according to the inspectors').slots;
    expect(slot(slots, 'accord')).toBeUndefined();
    expect(slot(slots, 'inspector')).toBeDefined();
  });

  it('does not read "new" as news (an update cue), so the papers may answer', () => {
    expect(passage('how many care leavers will the new herefordshire accommodation house').strict).toBeUndefined();
  });

  it.each([
    'which services closed due to covid',
    'PSED general duty - what 3 things do we have to have due regard to?',
    'what will the council publish in due course on school places',
  ])('reads "due" in plain English ("%s") as no deadline asked: the papers may answer', (text) => {
    const intent = passage(text);
    expect(intent.strict).toBeUndefined();
    expect(slot(intent.slots, 'due')).toBeUndefined();
  });

  it.each([
    ['which services closed due to covid', [3]],
    ['what has the yot achieved to date', [6]],
    ['what led to the delays', [1]],
    ['which actions are due to cabinet in march', []],
    ['is the note due to be finished', []],
    ['who is the lead to speak to about 1.9', []],
    // "Doing" as performing, not as leading ("who's doing the review").
    ['how are we doing on care leavers', [3]],
    ['is it doing well', [2]],
    ["who's doing the fostering review", []],
    ['what are we doing about the early help strategy', []],
    // "Done" as acted on, not as complete: what is being done is the actions taken ("is it done" stays a status).
    ["what's being done about first time entrants", [2]],
    ['what has been done about the backlog', [3]],
    ['is the audit done', []],
    // "Next" before a verb says when a thing is done again, not which meeting; before a meeting word it is one.
    ['when is the commissioner next updating the minister', [4]],
    ['when is the plan next reviewed', [4]],
    ['when is cabinet next meeting', []],
    ['when is the next cabinet', []],
  ])('finds the cue words used as plain English in "%s"', (text, positions) => {
    expect(plainCuePositions(rawTokens(text))).toEqual(positions);
  });

  it('still reads "due to be" as a deadline asked', () => {
    const intent = passage('is the briefing note on safeguarding due to be finished soon');
    expect(intent.strict).toBe(true);
    expect(slot(intent.slots, 'due')).toBeDefined();
  });

  it.each([
    ['who is responsible for the briefing note on safeguarding', undefined],
    ['when is the briefing note on safeguarding due', undefined],
    ['how many staff were redeployed, and who leads it', undefined],
    ['the briefing note on safeguarding - progress update', undefined],
    ['briefing note target and when is it due', true],
  ])('lets the papers answer "%s" only when it asks for what answers its cue (who leads: a person; when due: a date)', (text, strict) => {
    expect(passage(text).strict).toBe(strict);
  });

  it.each([
    ['the briefing note on safeguarding - progress update', 'updat'],
    ['safeguarding briefing note: any update?', 'updat'],
    ['what actions did the inspectors ask the youth offending team to take', 'action'],
    ['reparation work - what actions came out of the inspection', 'action'],
    ['how many staff were redeployed, and who leads it', 'lead'],
    ['lead officer for the covid community hubs', 'lead'],
  ])('lets the papers answer "%s" only from a passage that says "%s" itself', (text, word) => {
    const intent = passage(text);
    expect(intent.strict).toBeUndefined();
    expect(slot(intent.slots, word)?.held).toBe(true);
    expect(intent.slots.filter((s) => s.held)).toHaveLength(1);
  });

  it.each([
    ['did the inspectors look at national practice for reparation work', 'national'],
    ['what did medway learn from other youth offending services', 'other'],
  ])('lets the papers answer a comparison, "%s", with "%s" steering to the passages that say it', (text, word) => {
    const intent = passage(text);
    expect(intent.strict).toBeUndefined();
    expect(slot(intent.slots, word)?.role).toBe('steer');
  });

  it.each([
    'what are the big challenges for adult care over the next 5 years',
    'what will the partnership do in the next three years',
    'what does the plan promise for the next year',
  ])('reads "%s" as a span of time, not a next meeting: the papers may answer', (text) => {
    expect(passage(text).strict).toBeUndefined();
  });

  it('leaves next-meeting questions naming no committee the data holds to an honest "not found"', () => {
    const intent = ask('when does the improvement board meet next');
    expect(intent).toMatchObject({ kind: 'passage', strict: true });
  });

  it('names a place the data holds nothing for, unless it is part of an organisation', () => {
    expect(passage("kent's first time entrants rate").elsewhere).toBe('kent');
    expect(otherPlace(['work', 'with', 'kent', 'police'], ['Medway'])).toBeUndefined();
    expect(otherPlace(['surrey', 'youth', 'justice', 'budget'], ['Medway', 'Herefordshire'])).toBe('surrey');
    expect(otherPlace(['medway', 'budget'], ['Medway'])).toBeUndefined();
  });
});

describe('qualifiers of sibling measures', () => {
  it.each([
    ['Caseloads in CPC and IRO Service reduced (IRO)', ['iro']],
    ['Caseloads in CPC and IRO Service reduced (CP)', ['cp']],
    ['Initial child and family assessments where the child was visited with 1 working day (S47) and 5 working days (S17) [1 of 2]', ['s47']],
    ['Initial child and family assessments where the child was visited with 1 working day (S47) and 5 working days (S17) [2 of 2]', ['s17']],
    ['Three measures (A) and (B) [3 of 3]', undefined],
    ['Vacancy rate', undefined],
  ])('"%s" is told apart by %j', (name, qualifier) => {
    expect(qualifierOf(name)).toEqual(qualifier);
  });
});

describe('a share and a span of time asked of the papers', () => {
  it.each([
    ['what percentage of the youth population is bme', true],
    ['% of ehcps done in 20 weeks', true],
    ['what proportion of children in the hmip sample were girls', true],
    ['how many befriending calls were made', undefined],
  ])('marks "%s" as asking a share (a percentage must answer it): %s', (text, share) => {
    expect(passage(text).share).toBe(share);
  });

  it('reads a figure and its unit of time as one span ("20 weeks"), held together in a passage', () => {
    const slots = passage('% of ehcps done in 20 weeks').slots;
    expect(slot(slots, '20 week')?.role).toBe('figure');
    expect(slot(slots, '20')).toBeUndefined();
    expect(slot(slots, 'week')).toBeUndefined();
  });
});

describe('everyday phrases of several words', () => {
  const file = loadPlainWords();
  const phrases = file.groups.flat().filter((p) => nameTerms(p).length > 1);

  // Every such phrase of plain-words.json, in the same question: one slot, so the papers' word for it is searched.
  it.each(phrases)('reads "%s" as one word of the question', (phrase) => {
    const terms = nameTerms(phrase).join(' ');
    const slots = passage(`what did the youth offending team say - ${phrase} for children`).slots;
    expect(slot(slots, terms)).toMatchObject({ role: 'subject' });
  });

  it('reads the words apart when they do not stand together', () => {
    expect(slot(passage('what went on and how well did it do at the yot').slots, 'went well')).toBeUndefined();
    // A mark between them parts them ("pay, back in 2019" is no "pay back").
    expect(slot(passage('was staff pay, back in 2019, above budget').slots, 'pay back')).toBeUndefined();
  });
});
