import type { AskMemory } from '../../nlu/intents';
import type { AskCatalogue } from './ask-catalogue';
import { askedAbout, joinedPairs, splitCompound, topicFirst, topicOf } from '../../language/compound';
import { type AskStores, answerQuestion, type Question } from './answer-question';
import { notFound } from './answer-fallbacks';
import { withoutCourtesies } from '../../language/courtesy';
import { followUpWords } from '../../language/follow-up-words';
import { periodWordPositions, readPeriod } from '../../nlu/periods';
import { comparable, isStopword, rawTokens } from '../../nlu/text';
import type { Answer } from './answer-types';

/**
 * Answers a member's message, which may hold two or three questions ("when is 1.9 due and what's the
 * target"): every part is answered, each later part about the subject the earlier one left (as a
 * follow-up would be), one answer per part.
 *
 * @remarks
 * When the message read whole is answered, it wins if it answers every part at once (one action card
 * gives its lead and its due date), if a part cannot be answered alone, or if a part would be
 * answered from the papers (they are searched on words, and a part has fewer: "what did it require"
 * says nothing of what "it" is). When the whole finds nothing, the parts found in the records are
 * given, each other part saying it was not found in its own card (a passage found for a later part
 * alone is not trusted; the first part is a question in itself). When the whole is read as one part's
 * record and every other part is answered on its own, each part gets its own answer; and a question
 * naming two measures at a joiner ("the total population and the 10-17 population") gets both.
 */
export async function answerMessage(catalogue: AskCatalogue, stores: AskStores, question: Question): Promise<MessageAnswers> {
  if (question.text.length > MAX_QUESTION_CHARS) return { answers: [tooLong(catalogue, question.text.length)] };
  // "Hi all, who leads 1.9? thanks": the greeting and the thanks are no part of the question.
  // "When due and what's the target - action 1.20": the topic put first, as a message opening with it is read.
  // A tail naming a time ("- last year", "- q2", "- summer 2018") may say when, not what about: it stays.
  const isTime = (words: string) => {
    const tokens = rawTokens(words);
    return /\b(?:19|20)\d\d\b/.test(words) || periodWordPositions(tokens, question.now).length > 0 || !!readPeriod(tokens, question.now);
  };
  const typed = withoutCourtesies(question.text);
  const moved = topicFirst(typed, isTime);
  const read = await answersOf(catalogue, stores, { ...question, text: moved });
  // A reply quoting the message ("I couldn't find anything that answers "..."") quotes it as typed, not as moved.
  const answers = moved === typed ? read : read.map((a) => quotedAsTyped(a, moved, typed));
  const memory = answers.findLast((a) => a.memory)?.memory;
  return { answers, ...(memory ? { memory } : {}) };
}

/** An answer whose headline quotes the message as read (its topic moved first), quoting it as typed instead. */
function quotedAsTyped(answer: Answer, read: string, typed: string): Answer {
  const quote = (text: string) => `"${text.trim().replace(/\s+/g, ' ')}"`;
  const said = quote(read);
  // NOTE: a function, so "$&" or "$'" typed in the message is not read as a replacement pattern.
  return answer.headline.includes(said) ? { ...answer, headline: answer.headline.replace(said, () => quote(typed)) } : answer;
}

/** The answers to a message, one a question it holds, and what the conversation remembers after them. */
export interface MessageAnswers {
  answers: Answer[];
  /** The subject of the last answer that had one: what a follow-up is about. */
  memory?: AskMemory;
}

/** The area of the figure an answer gives, if it gives one. */
function areaOf(catalogue: AskCatalogue, answer: Answer): string | undefined {
  const subject = answer.memory?.subject;
  return subject?.kind === 'indicator' ? catalogue.index.indicators.get(subject.id)?.area : undefined;
}

/** Whether an answer gives a figure of another area than the answer before it, for a part that names no area. */
function otherArea(catalogue: AskCatalogue, answer: Answer, before: Answer, part: string): boolean {
  const [was, now] = [areaOf(catalogue, before), areaOf(catalogue, answer)];
  if (!was || !now || was === now) return false;
  const said = ` ${comparable(part)} `;
  return !catalogue.index.areas.some((area) => said.includes(` ${comparable(area)} `));
}

/** Longest message read as a question: a pasted document is not one, and reading it costs every other turn. */
export const MAX_QUESTION_CHARS = 1000;

function tooLong(catalogue: AskCatalogue, length: number): Answer {
  const answer = notFound(catalogue, '');
  answer.title = 'That message is too long to read as a question';
  answer.headline = `I read questions of up to ${MAX_QUESTION_CHARS} characters; this one has ${length}. Ask about one thing at a time, in a sentence or two.`;
  return answer;
}

async function answersOf(catalogue: AskCatalogue, stores: AskStores, question: Question): Promise<Answer[]> {
  const whole = await answerQuestion(catalogue, stores, question);
  const parts = splitCompound(question.text);
  if (parts.length < 2) return whole.kind === 'indicator' || whole.kind === 'ask-back' ? ((await measuresNamedTogether(catalogue, stores, question, whole)) ?? [whole]) : [whole];
  // "Home first - who's it for and where's the assessment done": the topic is every part's.
  const topic = topicOf(question.text);
  const answers: Answer[] = [];
  let memory = question.memory;
  for (const [n, part] of parts.entries()) {
    const text = n === 0 ? part : topic ? `${topic} - ${part}` : `and ${part}`;
    let answer = await answerQuestion(catalogue, stores, { ...question, text, ...(memory ? { memory } : {}) });
    // "Send t&f rec 5 - what are the actions and when are they due": "they" are what the part before
    // found (the actions it listed, whose card gives their due dates), not the message's topic.
    if (n > 0 && topic && memory?.subject && pointsBackToSeveral(part)) {
      const followed = await answerQuestion(catalogue, stores, { ...question, text: `and ${part}`, memory });
      if (answered(followed) && subjectOf(followed) === subjectOf(answers[n - 1]!)) answer = followed;
    }
    // "Who chairs the board and how often does it meet": a later part left to the papers that points
    // back ("it", "they") is read with what the first part asked about ("the board - how often does
    // it meet"). One that does not ("and how many befriending calls") is about what it names.
    const about = n > 0 && !topic && whole.kind === 'passage' && answered(whole) && pointsBack(part) && !(answered(answer) && answer.kind !== 'passage');
    if (about) answer = await answerQuestion(catalogue, stores, { ...question, text: `${askedAbout(parts[0]!)} - ${part}`, ...(memory ? { memory } : {}) });
    // The first part is what was typed first, whole in itself, as is a later one under the message's
    // topic; any other ("and what did it require") has fewer words than the papers need to be searched on.
    // "FTE rate for Shropshire and how many kids entered the system": a later part naming no area is
    // about the area the part before was answered for; a figure of another area is not its answer.
    if (n > 0 && otherArea(catalogue, answer, answers[n - 1]!, part)) answer = notFound(catalogue, part);
    answers.push(answer.kind === 'passage' && !answered(whole) && n > 0 && !topic ? notFound(catalogue, part) : answer);
    memory = answer.memory ?? memory;
  }
  const found = answers.filter(answered);
  if (!answered(whole)) return found.length > 0 ? distinct(answers) : [whole];
  // A message answered from the papers whole, and each of its parts from them too: every part's answer,
  // a part's nearest passage included (said to be only the nearest), beside a whole the papers answer.
  // (A record reached by a later part's few words, "and when did it take place", is not trusted.)
  if (whole.kind === 'passage' && answers.every((a) => a.kind === 'passage') && distinct(answers).length > 1) return distinct(answers);
  if (found.length < answers.length) return [whole];
  // "How often are the contributions reviewed, and how much does the OPCC put in": the whole read as
  // one part's record answers that part only, and the other parts are answered on their own.
  if (found.some((a) => a.kind === 'passage') && !(whole.kind !== 'passage' && found.some((a) => subjectOf(a) === subjectOf(whole)))) return [whole];
  const kept = distinct(found);
  return kept.length === 1 && subjectOf(kept[0]!) === subjectOf(whole) ? [whole] : kept;
}

/**
 * "What's the total population and the 10-17 population": two measures named together, read whole as
 * one of them, or asked back about. When the message splits at a joiner into two sides and one side
 * alone is another measure, both are answered: that measure, and the other side's (the one read whole,
 * which may be what the other side alone asks back about: "the vacancy rate" of which job?).
 */
async function measuresNamedTogether(catalogue: AskCatalogue, stores: AskStores, question: Question, whole: Answer): Promise<Answer[] | undefined> {
  const w = subjectOf(whole);
  const named = new Set(words(whole.title));
  const joined = joinedPairs(whole.title).length > 0;
  // The whole stands for a side only where it names something of it ("the 10-17 population": "Total
  // youth population (10-17 years)"), not for "why is it so high".
  const standsFor = (side: string) => words(side).some((word) => named.has(word) && !isStopword(word));
  for (const sides of joinedPairs(question.text).slice(0, MAX_JOINED)) {
    // "Children and young people in care": a joiner inside the name read whole joins no two measures.
    if (joined && named.has(words(sides[0]).at(-1) ?? '') && named.has(words(sides[1])[0] ?? '')) continue;
    // Neither side named by the measure read whole: nothing to answer the sides for.
    if (whole.kind !== 'ask-back' && !standsFor(sides[0]) && !standsFor(sides[1])) continue;
    const [left, right] = (await Promise.all(sides.map((text) => answerQuestion(catalogue, stores, { ...question, text })))) as [Answer, Answer];
    if (left.kind === 'not-found' || right.kind === 'not-found' || subjectOf(left) === subjectOf(right)) continue;
    const fresh = (a: Answer) => a.kind === 'indicator' && subjectOf(a) !== w;
    if (whole.kind === 'ask-back') {
      if (left.kind === 'indicator' && right.kind === 'indicator') return [left, right];
    } else if (fresh(left) && standsFor(sides[1])) return [left, whole];
    else if (fresh(right) && standsFor(sides[0])) return [whole, right];
  }
  return undefined;
}
/** Joiners tried in one message: as many as the parts a message of questions holds. */
const MAX_JOINED = 3;

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

const pointers = new Set(followUpWords.pointers.words);
/** A question pointing back to what was asked before it ("how often does it meet"): follow-ups.json `pointers`. */
const pointsBack = (part: string) => part.toLowerCase().split(/[^a-z']+/).some((w) => pointers.has(w));
const plural = new Set(followUpWords.pointers.plural);
/** "...and when are they due": pointing back to several things (follow-ups.json `pointers.plural`), what a list shows. */
const pointsBackToSeveral = (part: string) => part.toLowerCase().split(/[^a-z']+/).some((w) => plural.has(w));

/** An answer given as such: not a not-found, an ask-back, or the nearest passage offered tentatively. */
const answered = (answer: Answer) => answer.kind !== 'not-found' && answer.kind !== 'ask-back' && !answer.tentative;

/** The answers, each subject once, in order. */
function distinct(answers: Answer[]): Answer[] {
  return answers.filter((a, i) => answers.findIndex((b) => subjectOf(b) === subjectOf(a)) === i);
}

/** What an answer is about: its remembered subject, else its title and headline. */
function subjectOf(answer: Answer): string {
  const subject = answer.memory?.subject;
  return subject ? `${subject.kind}:${subject.id}` : `${answer.kind}:${answer.title}:${answer.headline}`;
}
