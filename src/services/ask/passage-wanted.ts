import type { PassageWanted } from '../../nlu/intents';
import { lexicon } from '../../language/lexicon';
import { anyOf, anyPhrase } from '../../language/patterns';
import { monthNames, monthShortForms, periodWords } from '../../language/period-words';
import { stem } from '../../nlu/text';

/**
 * Whether a piece of the papers holds the kind of thing a question asks for: a figure for "how
 * many", a date for "when", a reason for "why", a rating ("good", "inadequate") for "what was the
 * judgement". A passage without it does not answer the question, however many of its words it holds.
 */

const month = anyOf([...monthNames, ...monthShortForms]);
/** A day and month ("26 July", "15 to 26 July 2019", "July 26") or a numeric date. */
const fullDate = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${month}\\b|\\b${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'i');
const monthYear = new RegExp(`\\b${month}\\s+(?:19|20)\\d{2}\\b`, 'i');
const { answers } = lexicon;
const yearOnly = new RegExp(`\\b(19|20)\\d{2}\\b|\\b${anyOf(answers.seasons)}\\b`, 'i');
/** Dates, paragraph numbers ("14.3", "- 2.1") and numbers in names ("COVID-19"): figures that are not amounts. */
const notAmounts = new RegExp(`${fullDate.source}|${monthYear.source}|\\b(19|20)\\d{2}(?:[-–/]\\d{2,4})?\\b|^\\s*[-•*]?\\s*\\d{1,2}(?:(?:\\.\\d{1,2}){1,3}\\.?|\\.)(?=\\s)|\\b${anyOf(answers.numberedParts)}\\s+\\d+(?:\\.\\d+)*|\\b[a-z]+[-–]\\d+\\b`, 'gim');
const amount = new RegExp(`\\d|\\b${anyOf(answers.numbers)}\\b`, 'i');

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A word whose first letter must be a capital ("Director"). */
const upper = (word: string) => `[${word[0]!.toUpperCase()}]${escape(word.slice(1))}`;
const capitalised = (phrase: string) => phrase.split(' ').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${escape(w.slice(1))}`).join('\\s+');
/** A month on its own, written as a name and led by "in", "by", "since"...: "started in October" dates it as a year does. */
const monthAlone = new RegExp(`\\b(?:${answers.monthLeads.map(capitalised).join('|')})\\s+${anyOf(monthNames.map((m) => m[0]!.toUpperCase() + m.slice(1)))}\\b`);
const { titles, roles, posts, notNames, agents } = answers.person;
/** A person named by title and name ("Mrs Eleanor Brazil", "Cllr Jarrett"): more than a role or body names. */
const titledName = new RegExp(`\\b(?:${titles.map(capitalised).join('|')})\\.?\\s+[A-Z][a-z]`);
/** A phrase with a capital to every word ("Portfolio Holder", "Kent Police"): a role or body written as a name is. */
const capitalsOnly = (phrase: string) => phrase.split(' ').map(upper).join('\\s+');
/** A phrase whose first word must be capitalised and the rest may be ("Head of", "Assistant Director"). */
const firstCapital = (phrase: string) => {
  const [first, ...rest] = phrase.split(' ');
  return [upper(first!), ...rest.map(capitalised)].join('\\s+');
};

/**
 * A person or body: a title before a capitalised name, a role or body written with a capital (a role
 * in lower case, "the manager", names nobody), or words naming who did a thing before a capital.
 */
const person = new RegExp(
  [
    titledName.source,
    `\\b(?:${roles.map(capitalsOnly).join('|')})\\b`,
    `\\b(?:${roles.filter((r) => /^[a-z]{2,5}$/.test(r)).map((r) => r.toUpperCase()).join('|')})\\b`,
    `\\b(?:${agents.map(escape).join('|')})\\s+(?:the\\s+)?[A-Z]`,
  ].join('|'),
);

/** Words that do not make a name: a role's or body's ("Board", "Police") and `notNames` ("Council", "Services"). */
const notName = `(?!(?:${[...new Set([...roles, ...posts, ...notNames].flatMap((r) => r.split(/[\s-]+/)))].map(capitalised).join('|')})\\b)`;
const nameWord = `${notName}[A-Z](?:'[A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?`;
/** A name as written: two or three capitalised words ("Lucy Butler", "Anne-Marie O'Neil", "Jo McDonald"). */
const name = `${nameWord}(?:\\s+${nameWord}){1,2}`;
/** A post as a name is followed by it, capitalised and maybe qualified ("Interim Director", "Independent Chair"). */
const post = `(?:[Tt]he\\s+)?(?:[A-Z][a-z]+\\s+)?(?:${posts.map(firstCapital).join('|')})\\b`;
/** A person named by name and post ("Lucy Butler, Director of Children's Services", "Lucy Butler (Independent Chair)"). */
const nameWithPost = new RegExp(`\\b${name}(?:,\\s*|\\s+\\(|\\s+[-–]\\s+)${post}`);

/** Whether a text names a person by title and name ("Mrs Eleanor Brazil"), not only a role. */
export function namesPerson(text: string): boolean {
  return titledName.test(text);
}

const holders = new RegExp(`${titledName.source}|${nameWithPost.source}`, 'g');

/**
 * Where a sentence names someone (by title and name, or by name and post: "Lucy Butler, Director
 * of..."), as the offsets the names start at. A name and post may be anyone's the passage mentions:
 * the caller looks for the post asked about beside it.
 */
export function holdersIn(sentence: string): number[] {
  return [...sentence.matchAll(holders)].map((m) => m.index);
}

const { frequency, duration } = answers;
/** A count of units: a figure or a figure range ("6-8", "three to four"), a number word, or "other", "few". */
const figure = `(?:\\d+|${anyOf(answers.counts)})`;
const counted = `(?:${figure}(?:\\s*(?:-|–|to)\\s*${figure})?|${anyOf(frequency.otherCounts)})`;
const oftenUnit = `${anyOf(frequency.units)}s?`;
/** Money just before ("£50 per day", "£12,000 per annum"): a rate of pay or spend, not how often. */
const notMoney = '(?<![£$€]\\s?[\\d,.]+[km]?\\s)';
/** How often: "monthly", "every two months", "every 6-8 weeks", "twice a year", "three times a year", "each quarter". */
const often = new RegExp(
  [
    `\\b${anyOf(frequency.words)}\\b`,
    `\\b${anyOf(frequency.every)}\\s+(?:${counted}\\s+)?${oftenUnit}\\b`,
    `\\b(?:${anyOf(frequency.times)}|${counted}\\s+times)\\s+${anyOf(frequency.per)}\\s+${oftenUnit}\\b`,
    `${notMoney}\\b${anyOf(frequency.alone)}\\s+${oftenUnit}\\b`,
  ].join('|'),
  'i',
);

const spanUnit = `${anyOf(duration.units)}s?\\b(?![\\s-]*${anyOf(duration.notBefore)}\\b)`;
const notAfter = `(?<!\\b${anyOf(duration.notAfter)}\\s)`;
const fillers = `(?:${anyOf(duration.fillers)}\\s+)?`;
/** For how long: "three months", "8 or more years", "1.5 hours", "a few weeks", "for a year", "until 31 March 2021". */
const span = new RegExp(
  [
    `${notAfter}\\b(?:\\d+(?:\\.\\d+)?|${anyOf(answers.numbers)}|${anyOf(answers.counts)})[\\s-]+${fillers}${spanUnit}`,
    `\\b${anyOf(duration.amounts)}\\s+${fillers}${spanUnit}`,
    `\\b${anyOf(duration.spanLeads)}\\s+(?:a|an|one)\\s+${fillers}${spanUnit}`,
    `\\b${anyOf(duration.untilWords)}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${month}|(?:19|20)\\d{2})\\b`,
  ].join('|'),
  'i',
);

/**
 * A sentence a list hangs from: it ends in a colon ("across three broad areas:") or a dash ("have
 * due regard to the need to -"); not a semicolon, which ends the list's own items.
 */
const leadsIntoList = /(?::\s*[-–]?|\s[-–])\s*$/m;

const patterns: Record<Exclude<PassageWanted, 'number' | 'date'>, RegExp> = {
  list: leadsIntoList,
  duration: span,
  frequency: often,
  person,
  reason: anyPhrase(answers.reason, 'i'),
  rating: anyPhrase(answers.rating, 'i'),
};

/** How precisely a text dates something: 3 a day, 2 a month and year, 1 a year or season, 0 none. */
export function dateStrength(text: string): number {
  const known = strengths.get(text);
  if (known !== undefined) return known;
  const strength = fullDate.test(text) ? 3 : monthYear.test(text) ? 2 : yearOnly.test(text) || monthAlone.test(text) ? 1 : 0;
  if (strengths.size >= SEEN_KEPT) strengths.clear();
  strengths.set(text, strength);
  return strength;
}

/**
 * Numbers a sentence uses as labels, written straight after a word naming a part ("Recommendation
 * No. 10", "priority 2", "appendix 4"; answers.json `numberedParts`): not amounts. Only straight
 * after: "at this stage, 40 families" counts families.
 */
export function labelNumbers(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(labelled)].map((m) => m[1]!));
}
const labelled = new RegExp(`\\b${anyOf(answers.numberedParts)}\\.?\\s+(?:no\\.?\\s*)?(\\d+(?:\\.\\d+)*)\\b`, 'gi');

/** True when the text holds an amount: a figure that is not a date or a paragraph number, or a number word. */
export function holdsAmount(text: string): boolean {
  return amount.test(text.replace(notAmounts, ' '));
}

/** Where in `text` a frequency is said (its first character), or -1. */
export function frequencyAt(text: string): number {
  return patterns.frequency.exec(text)?.index ?? -1;
}

/** True when `text` holds the kind of thing asked for. */
export function holdsWanted(wanted: PassageWanted, text: string): boolean {
  const key = `${wanted}|${text}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  const holds = wanted === 'number' ? holdsAmount(text) : wanted === 'date' ? dateStrength(text) > 0 : patterns[wanted].test(text);
  if (seen.size >= SEEN_KEPT) seen.clear();
  seen.set(key, holds);
  return holds;
}

/**
 * Answers kept by text: the same windows of the same passages are looked at by question after
 * question, and the regular expressions above were a tenth of a question's time.
 */
const seen = new Map<string, boolean>();
const strengths = new Map<string, number>();
const SEEN_KEPT = 20_000;

/** Number words as passages are read (stemmed: "three" is "thre"). */
const numberWords = new Set(answers.numbers.map(stem));
const months = new Set([...monthNames, ...monthShortForms, ...periodWords.papersMonths.words]);

/** A sentence led by a paragraph number ("4. The council", "- 2.1 Ofsted"), not by an amount ("51 schools"). */
export const numbered = (sentence: string) => /^\s*[-•*]?\s*\d{1,2}(?:(?:\.\d{1,2}){1,3}\.?|\.)\s/.test(sentence);

/** Positions of a sentence's words (as read for matching) that are amounts: not years, days of a month or paragraph numbers. */
export function amountPositions(words: string[], first: boolean): number[] {
  const out: number[] = [];
  words.forEach((w, i) => {
    if (numberWords.has(w)) out.push(i);
    if (!/^\d/.test(w) || /^(19|20)\d\d(\/\d\d)?$/.test(w)) return;
    // "2018-19": the second year of a span.
    if (/^\d\d$/.test(w) && /^(19|20)\d\d$/.test(words[i - 1] ?? '')) return;
    if (months.has(words[i - 1] ?? '') || months.has(words[i + 1] ?? '')) return;
    if (first && i === 0 && /^\d{1,2}(\.\d{1,2})*$/.test(w)) return;
    out.push(i);
  });
  return out;
}
