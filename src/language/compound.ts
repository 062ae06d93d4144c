import { type Lexicon, lexicon } from './lexicon';
import { monthNames, monthShortForms } from './period-words';

/**
 * Two questions in one ("when is 1.9 due and what's the target", "who leads it? is it late"): the
 * parts, in order. A part boundary is a question mark or semicolon with more to follow, or a joiner
 * ("and", "also", "&") followed by how a question begins ("what", "who's", "is it") or by an
 * attribute asked of the same subject ("and the target"). Anything else stays whole: "children and
 * young people" or "red and amber actions" are one question. Pure; the words are grammar.json.
 */
export function splitCompound(text: string, grammar: Lexicon['grammar'] = lexicon.grammar): string[] {
  const { joiner, starts, leading } = patternsOf(grammar);
  const parts: string[] = [];
  for (const sentence of text.split(/[?;]+(?=\s*\S)/)) {
    let rest = sentence;
    for (;;) {
      const cut = firstCut(rest, joiner, starts);
      if (!cut) break;
      parts.push(rest.slice(0, cut.at));
      rest = rest.slice(cut.next);
    }
    parts.push(rest);
  }
  const kept = parts.map((p) => tidy(p, leading)).filter((p) => /[\p{L}\p{N}]/u.test(p));
  // One question, or more parts than a message of questions holds (a list of things): read whole.
  return kept.length >= 2 && kept.length <= MAX_PARTS ? kept : [text.trim()];
}

const MAX_PARTS = 3;

/**
 * The ways a one-question message splits in two at a joiner ("what's the total population and the
 * 10-17 population": "what's the total population" | "the 10-17 population"), each side holding a
 * word: two things named together may be two records, which only the records can say.
 */
export function joinedPairs(text: string, grammar: Lexicon['grammar'] = lexicon.grammar): [string, string][] {
  const { joiner, leading } = patternsOf(grammar);
  const pairs: [string, string][] = [];
  for (const match of folded(text).matchAll(joiner)) {
    const at = match.index ?? 0;
    const [left, right] = [tidy(text.slice(0, at), leading), tidy(text.slice(at + match[0].length), leading)];
    if (/[\p{L}\p{N}]{2}/u.test(left) && /[\p{L}\p{N}]{2}/u.test(right)) pairs.push([left, right]);
  }
  return pairs;
}

/** A topic opening a message, set off by a dash or a colon: "home first - who's it for and ..." ("covid-19 recovery - ..."). */
const topicLead = /^\s*((?:[^?;:\-–—]|(?<=\S)-(?=\S))+?)(?:\s+[-–—]+\s+|:\s+)(?=\S)/;
/** Longest topic, in words: more is a sentence, not a heading. */
const MAX_TOPIC_WORDS = 8;

/** Words of greetings, thanks and chat filler (grammar.json `smallTalk`, cues.json `soft`), and stopwords. */
const chat = new WeakMap<Lexicon['grammar'], Set<string>>();
function chatWords(grammar: Lexicon['grammar']): Set<string> {
  let words = chat.get(grammar);
  if (!words) {
    const { greetings, thanks, filler } = grammar.smallTalk;
    const soft = lexicon.cues.filter((c) => c.tag === 'soft').flatMap((c) => c.words);
    words = new Set([...[...greetings, ...thanks].flatMap((p) => p.split(' ')), ...filler, ...soft, ...lexicon.stopwords, '']);
    chat.set(grammar, words);
  }
  return words;
}

/**
 * The topic a message of questions opens with, which every one of them is about ("bcf risk register -
 * who reviews the risks and how often?": the register): a few words set off by a dash or colon, not
 * a question themselves, with a question after them. Undefined when there is none.
 */
export function topicOf(text: string, grammar: Lexicon['grammar'] = lexicon.grammar): string | undefined {
  const { starts } = patternsOf(grammar);
  const lead = topicLead.exec(text);
  if (!lead) return undefined;
  const topic = lead[1]!.trim();
  const words = topic.split(/\s+/);
  if (words.length > MAX_TOPIC_WORDS || !/[\p{L}]{2}/u.test(topic) || starts.test(folded(topic))) return undefined;
  // "Sorry - ...", "hi all: ...": chat, not a topic (a topic has a word beyond small talk and filler).
  if (!words.some((w) => !chatWords(grammar).has(folded(w).replace(/[^a-z0-9'&-]/g, '')))) return undefined;
  return starts.test(folded(text.slice(lead[0].length))) ? topic : undefined;
}

/** A topic closing a question, set off by a dash: "when due and whats the target - action 1.20". */
const topicTail = /^(.*\S)\s+[-–—]+\s+((?:[^?;:\-–—]|(?<=\S)-(?=\S))+?)[\s?.!]*$/;

/**
 * A message whose topic follows its questions, set off by a dash ("what resources, and when does it
 * kick off - action 4.5", "success criteria and due date - the SENDIASS arrangement"), with the topic put first,
 * as a message opening with it is read ("action 4.5 - what resources, and when..."): the questions
 * then ask about it, each part of them. The text as it was when the question comes first and the end
 * is no topic: a question itself ("... - is it late?"), a joiner's next part, chat, a sentence, a time
 * (`isTime`: "- last year", "- q2"), or a correction ("- not 1.19", grammar.json `correctives`).
 */
export function topicFirst(text: string, isTime: (words: string) => boolean = () => false, grammar: Lexicon['grammar'] = lexicon.grammar): string {
  const { starts, leading } = patternsOf(grammar);
  const tail = topicTail.exec(text);
  if (!tail) return text;
  const [question, topic] = [tail[1]!.trim(), tail[2]!.trim()];
  const words = topic.split(/\s+/);
  if (!starts.test(folded(question)) || words.length > MAX_TOPIC_WORDS || !/[\p{L}\p{N}]{2}/u.test(topic)) return text;
  if (starts.test(folded(topic)) || leading.test(`${folded(topic)} `)) return text;
  if (!words.some((w) => !chatWords(grammar).has(folded(w).replace(/[^a-z0-9'&-]/g, '')))) return text;
  // "Oct 17 - sep 18", "2019 - 2020": a span of time; "- last year": when; "- not 1.19": a correction.
  if ((timeWord(question.split(/\s+/).at(-1)!) && timeWord(words[0]!)) || isTime(topic)) return text;
  if (grammar.compound.correctives.some((c) => folded(topic) === c || folded(topic).startsWith(`${c} `))) return text;
  return `${topic} - ${question}`;
}

let monthWords: Set<string> | undefined;
/** A month or a number, as either end of a span of time is written. */
function timeWord(word: string): boolean {
  monthWords ??= new Set([...monthNames, ...monthShortForms].map(folded));
  return /^\d/.test(word) || monthWords.has(folded(word).replace(/[^a-z]/g, ''));
}

/**
 * What a message's first question asks about, for a later one to be read with ("who chairs the
 * management board and how often does it meet": "the management board"): the question without the
 * word that opens it and the word after "how" ("how many", "how often"), which would ask the later
 * question's kind of answer again, and without the verb before what it names ("chairs", "was"),
 * which would ask the first part's question again ("leads" asks for a lead).
 */
export function askedAbout(question: string, grammar: Lexicon['grammar'] = lexicon.grammar): string {
  const { opens } = patternsOf(grammar);
  const whole = question.trim();
  const opener = opens.exec(folded(whole));
  if (!opener) return whole;
  const words = whole.slice(opener[0].length).trim().split(/\s+/);
  const rest = grammar.compound.pairedOpeners.includes(opener[0]) ? words.slice(1) : words;
  const named = rest.slice(0, MAX_VERB_WORDS + 1).findIndex((w) => grammar.compound.determiners.includes(folded(w)));
  return (named > 0 ? rest.slice(named) : rest).join(' ');
}
/** Words between a question's opening and what it names: "was", "did the council", "chairs". */
const MAX_VERB_WORDS = 3;

/** A part without its edges: punctuation, and a joiner left at its start ("? and who leads it"). */
function tidy(part: string, leading: RegExp): string {
  const trimmed = part.replace(/^[\s,.\-–—:]+|[\s,.\-–—:?]+$/g, '');
  const lead = leading.exec(folded(trimmed));
  return (lead ? trimmed.slice(lead[0].length) : trimmed).trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folded = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u201b\u2032`]/g, "'");

interface Patterns {
  /** A joiner anywhere, after a space or comma. */
  joiner: RegExp;
  /** How a second question begins. */
  starts: RegExp;
  /** A joiner opening a part. */
  leading: RegExp;
  /** A question word opening a question ("who", "how", "is it"). */
  opens: RegExp;
}
const compiled = new WeakMap<Lexicon['grammar'], Patterns>();

/** The grammar's joiners and question starts as regular expressions, built once per grammar. */
function patternsOf(grammar: Lexicon['grammar']): Patterns {
  let known = compiled.get(grammar);
  if (!known) {
    const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
    const { joiners, openers, attributes } = grammar.compound;
    known = {
      joiner: new RegExp(`(?:^|[\\s,])(?:${alternatives(joiners)})(?=\\s)`, 'g'),
      starts: new RegExp(`^(?:${alternatives([...openers, ...attributes])})(?![a-z0-9'])`),
      leading: new RegExp(`^(?:${alternatives(joiners)})\\s+`),
      opens: new RegExp(`^(?:${alternatives(openers)})(?![a-z0-9'])`),
    };
    compiled.set(grammar, known);
  }
  return known;
}

/** The first joiner in the text followed by the start of a second question, with something before it. */
function firstCut(text: string, joiner: RegExp, starts: RegExp): { at: number; next: number } | undefined {
  const lower = folded(text);
  for (const match of lower.matchAll(joiner)) {
    const at = match.index ?? 0;
    const next = at + match[0].length;
    const after = lower.slice(next).trimStart();
    if (!/[a-z0-9]/.test(lower.slice(0, at)) || !starts.test(after)) continue;
    return { at, next: next + (lower.length - next - after.length) };
  }
  return undefined;
}
