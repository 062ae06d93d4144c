import { describe, expect, it } from 'vitest';
import { askedAbout, splitCompound, topicFirst, topicOf } from '../../src/language/compound';

describe('two questions in one', () => {
  it.each([
    ["when is 1.9 due and what's the target", ['when is 1.9 due', "what's the target"]],
    ['who leads 2.3 & is it late', ['who leads 2.3', 'is it late']],
    ['placement stability - latest figure and the target?', ['placement stability - latest figure', 'the target']],
    ['who is doing the fostering review? when is it due', ['who is doing the fostering review', 'when is it due']],
    ['custody rate in telford, and how does it compare', ['custody rate in telford', 'how does it compare']],
    ['pep reviews on time also who owns it', ['pep reviews on time', 'who owns it']],
    ['what is 1.10; status?', ['what is 1.10', 'status']],
    ["home first - who's it for and where's the assessment done?", ["home first - who's it for", "where's the assessment done"]],
    ["how's 1.9 going and how's 1.10", ["how's 1.9 going", "how's 1.10"]],
  ])('"%s" is %j', (text, parts) => {
    expect(splitCompound(text)).toEqual(parts);
  });

  it.each([
    'care leavers in education and employment',
    'how many red and amber actions are there',
    'children and young people o&s deadline for qs',
    'who leads 1.9?',
    'anything overdue in priority 4 and 5',
    'what is the target',
    'and the target?',
  ])('"%s" stays one question', (text) => {
    expect(splitCompound(text)).toHaveLength(1);
  });

  it('reads a list of more than three as one message, and never gives an empty part', () => {
    const list = 'who leads 1.1 and who leads 1.2 and who leads 1.3 and who leads 1.4';
    expect(splitCompound(list)).toEqual([list]);
    expect(splitCompound('and what?')).toEqual(['and what?']);
    expect(splitCompound('??')).toEqual(['??']);
  });

  it('drops a joiner left at the start of a part', () => {
    expect(splitCompound('when is 1.9 due? and who leads it')).toEqual(['when is 1.9 due', 'who leads it']);
  });

  it('reads a very long message in good time', () => {
    const long = `${'who leads 1.9 and '.repeat(1500)}why`;
    const started = performance.now();
    expect(splitCompound(long)).toEqual([long]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the topic a message of questions opens with', () => {
  it.each([
    ["home first - who's it for and where's the assessment done?", 'home first'],
    ['bcf risk register – who reviews the risks and how often?', 'bcf risk register'],
    ['court disposals: any example of a case where it made a difference?', 'court disposals'],
    ['staff reference group (5.2) - whos doing it, and when', 'staff reference group (5.2)'],
    ['placement stability - latest figure and the target?', 'placement stability'],
    ['covid-19 recovery - who leads it and when is it due', 'covid-19 recovery'],
  ])('"%s" is about %j', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each([
    "who's doing the fostering review and when is it due",
    'what is the target - and who leads it',
    'the 2019-20 plan',
    'sorry - when is 1.9 due and what was the outcome',
    'hi all: who leads 1.9 and when is it due',
    'thanks - who leads it and when',
    'a long run of words that reads as a sentence and not as a heading at all - who leads it',
  ])('"%s" opens with none', (text) => {
    expect(topicOf(text)).toBeUndefined();
  });
});


describe('a topic closing a message, put first', () => {
  it.each([
    ['when due and whats the target - action 1.20 care leaver apprenticeships', 'action 1.20 care leaver apprenticeships - when due and whats the target'],
    ['which director is it from – kent bexley medway raa report', 'kent bexley medway raa report - which director is it from'],
    ['what resources, and when does it kick off - action 4.5 (reviewing the performance reports)?', 'action 4.5 (reviewing the performance reports) - what resources, and when does it kick off'],
    ['the target and the lead - action 1.9', 'action 1.9 - the target and the lead'],
  ])('"%s" is read as %j', (text, read) => {
    expect(topicFirst(text)).toBe(read);
  });

  it.each([
    'action 1.9 - who leads it',
    'who leads 1.9 - and when is it due',
    'what did the inspectors say about staff - were they motivated',
    'who leads 1.9 - thanks',
    'how many first time entrants were there in shropshire oct 17 - sep 18?',
    'what was the custody rate april - june 2020',
    'children in care - medway',
    'who leads it - a long run of words that reads as a sentence and not as a heading at all',
    'who leads 1.9 - not 1.19',
    'who leads action 1.9 - or is it 1.10',
  ])('"%s" stays as it is', (text) => {
    expect(topicFirst(text)).toBe(text);
  });

  it('leaves a tail naming a time where it is, as the caller tells times', () => {
    const isTime = (words: string) => /\b(?:last|this) year\b/.test(words);
    expect(topicFirst('what was the reoffending rate in medway - last year', isTime)).toBe('what was the reoffending rate in medway - last year');
    expect(topicFirst('what was the reoffending rate - medway', isTime)).toBe('medway - what was the reoffending rate');
  });
});

describe('what a first question asks about, carried into a later one', () => {
  it.each([
    ['who chairs the wmyjs management board', 'the wmyjs management board'],
    ['who leads the JCMG', 'the JCMG'],
    ['how often does the board meet', 'the board meet'],
    ['when was the alternative provision review commissioned', 'the alternative provision review commissioned'],
    ["what's the yjb grant", 'the yjb grant'],
    // No word opening what it names near the start: all but the question word.
    ['what did childrens services do in covid', 'did childrens services do in covid'],
    ['weeks in plo', 'weeks in plo'],
  ])('"%s" asks about %j', (question, about) => {
    expect(askedAbout(question)).toBe(about);
  });
});
