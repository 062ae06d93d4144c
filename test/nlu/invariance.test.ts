import { beforeAll, describe, expect, it } from 'vitest';
import { chairAsWord, leadAsWord, writtenOut } from '../../src/language/contractions';
import { questionWords } from '../../src/language/question-words';
import type { CatalogueIndex } from '../../src/nlu/catalogue-index';
import { understand } from '../../src/nlu/understand';
import { seedIndex, today } from './seed-index';

let index: CatalogueIndex;
beforeAll(async () => {
  index = await seedIndex();
});
const read = (text: string) => understand(text, index, { today }).intent;

/**
 * A request wrapped around a question changes nothing of what it asks (CheckList's invariance test):
 * every opening in questions.json `politeOpenings`, before questions of each kind and question word,
 * is read as the question alone.
 */
describe('a question inside a polite request', () => {

  const questions = [
    'who leads action 1.9 of the cyp plan',
    'when is the next cyp o&s meeting',
    'what is the custody rate in medway',
    'how many first time entrants were there in herefordshire',
    'which directors is the yot inspection report from',
    'who provides substance misuse services to the yot',
    'did case managers increase contact when they were more worried about a child’s safety',
    'is action 2.1 of the cyp plan on track',
  ];

  it.each(questions)('"… %s" is read as the question alone, whatever the opening', (question) => {
    const plain = read(question);
    // After a word leading into it, as a later part of a message is read ("and can you tell me when...").
    const led = read(`and ${question}`);
    for (const opening of questionWords.politeOpenings.phrases) {
      expect({ opening, intent: read(`${opening} ${question}`) }).toEqual({ opening, intent: plain });
      expect({ opening, intent: read(`and ${opening} ${question}`) }).toEqual({ opening, intent: led });
    }
  });
});

/**
 * A question word run together with "is", typed with its apostrophe, without it or written out, is
 * read the same (questions.json `wanted.contractions`): "whats due in february on the childrens
 * plan" had found nothing where "what's due..." listed three actions.
 */
describe('a contraction, with or without its apostrophe', () => {

  it.each([
    ["what's due in february on the children's plan", 'whats due in february on the childrens plan', 'what is due in february on the childrens plan'],
    ["when's the next cyp o&s meeting", 'whens the next cyp o&s meeting', 'when is the next cyp o&s meeting'],
    ["who's leading action 1.9 of the cyp plan", 'whos leading action 1.9 of the cyp plan', 'who is leading action 1.9 of the cyp plan'],
    ["how's the custody rate in medway", 'hows the custody rate in medway', 'how is the custody rate in medway'],
  ])('"%s", "%s" and "%s" are one question', (marked, unmarked, written) => {
    const intent = read(written);
    expect(read(marked)).toEqual(intent);
    expect(read(unmarked)).toEqual(intent);
  });
});

/**
 * A figure "compared with" its target asks for the target, as "v target" does (the comparison's
 * other side is named), and measures "compared with" each other are asked for together, as with "v".
 */
describe('"compared with" as "v"', () => {

  it.each(['IRO caseloads - where are we X target', 'practice managers fte - establishment X perm X agency', 'placement costs now X estimated service costs for the 3 light touch young ppl'])(
    '"%s": the same with "v", "compared with" and "compared to"',
    (text) => {
      const intent = read(text.replaceAll('X', 'v'));
      expect(read(text.replaceAll('X', 'compared with'))).toEqual(intent);
      expect(read(text.replaceAll('X', 'compared to'))).toEqual(intent);
    },
  );
});

/** "At the moment", "at present" and "now" ask the same: the newest figure, as the question without them. */
describe('a phrase saying now', () => {

  it.each(['what is the custody rate in medway', 'who leads action 1.9 of the cyp plan', 'how many children in care are there'])('"%s …"', (question) => {
    const now = read(`${question} now`);
    for (const phrase of ['at the moment', 'at present', 'as it stands', 'right now']) expect({ phrase, intent: read(`${question} ${phrase}`) }).toEqual({ phrase, intent: now });
  });
});

/**
 * What a person does to a thing, asked with "who" ("who's heading up...", "who is on the hook for..."),
 * asks for its lead: every phrase in questions.json `leading`, after "who", "who is" and "who's",
 * reads as "who is leading"; elsewhere the phrase keeps its own words.
 */
describe('a lead asked by what someone does', () => {

  it.each(['the bright spots survey', 'the staff engagement strategy in the childrens plan', 'action 1.9 of the cyp plan'])('"who … %s"', (subject) => {
    const leading = read(`who is leading ${subject}`);
    expect(leading).toMatchObject({ kind: 'action', focus: 'lead' });
    for (const phrase of questionWords.leading.phrases) {
      for (const who of ['who is', "who's", 'who']) expect({ phrase, who, intent: read(`${who} ${phrase} ${subject}`) }).toEqual({ phrase, who, intent: leading });
    }
  });

  it.each(['how long has the schools support group been running', 'what are the running costs of the yot', 'which heading is the staff survey under', 'is the council driving down agency use'])('"%s" keeps its words', (text) => {
    expect(leadAsWord(text)).toBe(text);
  });

  // A "who" that opens a clause about someone else ("foster carers who are..."), and phrases said as
  // often of a cost or a service, or of looked-after children, are not asking for a lead.
  it.each([
    'foster carers who are heading up the new panel',
    'how many care leavers who are on the hook for rent arrears',
    'who is looking after children in care',
    'who is picking up the cost of the covid response',
    'who is running the youth justice partnership board',
  ])('"%s" keeps its words', (text) => {
    expect(leadAsWord(text)).toBe(text);
  });

  it('reads the phrase after "who" and an auxiliary', () => {
    expect(leadAsWord("who's heading up the fostering review")).toBe("who's heading up the fostering review");
    expect(leadAsWord('Who will be heading up the fostering review')).toBe('Who will be leading the fostering review');
    expect(leadAsWord('who was on the hook for it')).toBe('who was leading it');
    expect(leadAsWord('thanks. and who is heading up 1.9?')).toBe('thanks. and who is leading 1.9?');
  });
});

/**
 * Who leads a board, a committee or a panel is who chairs it: every verb in questions.json `chairing`,
 * with or without an auxiliary, before a name ending in a body's word, reads as "who chairs" it; a
 * lead of anything else, or a lead "on" a board, keeps its words.
 */
describe("a body's lead asked for as its chair", () => {
  const asChair = (text: string) => chairAsWord(leadAsWord(writtenOut(text)));

  it.each(['the improvement board', 'the herefordshire cyp scrutiny committee', 'the youth justice partnership board?', 'the health and wellbeing board and how often does it meet'])('"who … %s"', (body) => {
    const chairs = read(`who chairs ${body}`);
    for (const verb of questionWords.chairing.verbs) {
      for (const who of ['who', 'who is', "who's"]) {
        const text = `${who} ${verb} ${body}`;
        expect({ text, read: asChair(text) }).toEqual({ text, read: `who chairs ${body}` });
        expect({ text, intent: read(text) }).toEqual({ text, intent: chairs });
      }
    }
    for (const phrase of questionWords.leading.phrases) expect(asChair(`who is ${phrase} ${body}`)).toBe(`who chairs ${body}`);
  });

  it.each([
    'who leads the improvement board review',
    "who runs the board's secretariat",
    'who leads on the improvement board',
    'who leads the yot',
    'who leads the council',
    'foster carers who lead the panel',
    'what does the board lead on',
    // What is led is something for, of or on a board, not the board ("for" anywhere before the body's word).
    'who leads the action plan for the improvement board',
    'who leads the project management support for the improvement board',
    'who runs the task and finish group for the scrutiny committee',
    'who leads the work on the youth justice board',
    // A partnership is not a body with a chair; a body "for" someone may be led for them.
    'who leads the teaching partnership',
    'who leads the partnership',
    'who leads the board for the council',
  ])('"%s" keeps its words', (text) => {
    expect(asChair(text)).toBe(leadAsWord(writtenOut(text)));
  });
});

/** A target and a comparator named together ask for the comparator as before; "compared with" and the target alone, the target. */
describe('a target beside a comparator', () => {

  it.each(['care leavers in EET (action 1.21) - current, target and national benchmark?', 'care leavers in EET v target v national'])('"%s" asks for the comparator', (text) => {
    expect(read(text)).toMatchObject({ kind: 'indicator', focus: 'comparators' });
  });
});
