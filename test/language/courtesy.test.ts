import { describe, expect, it } from 'vitest';
import { withoutCourtesies, withoutPoliteOpening } from '../../src/language/courtesy';

describe('a polite opening', () => {
  it.each([
    ['can you tell me who leads action 1.9', 'who leads action 1.9'],
    ['Could you tell me, when is it due?', 'when is it due?'],
    ['do you know whats the target', 'whats the target'],
    ['i was wondering - has the plan been signed off', 'has the plan been signed off'],
    ['can you tell me — who provides it', 'who provides it'],
    ['could you please tell me when it is due', 'when it is due'],
    ['and can you tell me when it is due', 'and when it is due'],
    ['ok, can you tell me did they visit', 'ok, did they visit'],
  ])('"%s" is read as "%s"', (text, question) => {
    expect(withoutPoliteOpening(text)).toBe(question);
  });

  it.each([
    'can you tell me about the yot plan',
    'do you know if the plan was signed off',
    'tell me the target for 1.9',
    'who leads 1.9? can you tell me who it is',
    'can you tell me',
    'tell mewho leads it',
  ])('"%s" is kept as it is: no question follows the opening, or none opens it', (text) => {
    expect(withoutPoliteOpening(text)).toBe(text);
  });
});

describe('courtesies around a question', () => {
  it.each([
    ['hi, who leads action 1.9', 'who leads action 1.9'],
    ['Morning all - what is the target?', 'what is the target?'],
    ['hi who leads it', 'who leads it'],
    ['quick q: how many care leavers are there', 'how many care leavers are there'],
    ['who leads action 1.9? thanks', 'who leads action 1.9?'],
    ['what is the target for 1.9 cheers', 'what is the target for 1.9'],
    ['whats the custody rate pls!', 'whats the custody rate'],
    ['hi all, when is cyp o&s? many thanks', 'when is cyp o&s?'],
    ['WHO LEADS ACTION 1.9?', 'who leads action 1.9?'],
    ['hi — who leads it', 'who leads it'],
    ['hi all, quick one - who leads it', 'who leads it'],
    ['morning… quick question: when is it due', 'when is it due'],
    ['who leads it — thanks', 'who leads it'],
    ['who leads it please?', 'who leads it?'],
    ['who leads it?? Thanks!', 'who leads it?'],
    ['WHO LEADS ACTION 1.9? THANKS', 'who leads action 1.9?'],
    ['Who leads action 1.9? THANKS', 'Who leads action 1.9?'],
    ['what is planned on QA thanks', 'what is planned on QA'],
    ['when is the next cabinet meeting thank you very much', 'when is the next cabinet meeting'],
    // Asking for it in brief asks nothing of the subject ("short version" is not the plan's version).
    ["what's the vision in the improvement plan? short version", "what's the vision in the improvement plan?"],
    ["what were the council's main aims in its covid response, in a nutshell?", "what were the council's main aims in its covid response?"],
    ["in a line what was hmip's overall take on the yot", "what was hmip's overall take on the yot"],
    ['briefly - why was it taken as urgent', 'why was it taken as urgent'],
  ])('"%s" is read as "%s"', (text, question) => {
    expect(withoutCourtesies(text)).toBe(question);
  });

  it.each([
    'morning meeting of cabinet',
    'history of the plan',
    'what is the data',
    'did we send a thank you letter',
    'was there a vote of thanks',
    'did the chair say thank you',
    'how many families are in TA',
    'families in temporary accommodation, TA',
    'who is Ty',
    'thanks',
    'hi there',
    'PLO KPI',
    'what does PLO mean',
    'which services are in short supply',
    'In short-term accommodation, how many care leavers are there?',
    'in a line-by-line review what did hmip find',
    'what is the short version of the plan called',
  ])('"%s" is kept as it is', (text) => {
    expect(withoutCourtesies(text)).toBe(text);
  });
});
