import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The language the bot understands, as data: synonyms, chat shorthand, cue words, stopwords, place
 * names, target and direction words, and the grammar of compound questions live in `src/language/data/*.json`, read once and checked here.
 * Teaching the bot a word is one row in one of those files; the code holds the analyser, the
 * grammar's machinery and the ranking.
 */

/** The data folder, from the sources (tsx, tests) and from the compiled `dist/` alike. */
export const languageDataDir = resolve(__dirname, '..', '..', 'src', 'language', 'data');

const phrase = z.string().trim().min(1).max(80).regex(/^[^A-Z]*$/, 'write phrases in lower case');

const synonymsFile = z.object({
  groups: z.array(
    z.union([
      z.array(phrase).min(2),
      z.object({
        phrases: z.array(phrase).min(2),
        /** Words that, found in the question, say this group's meaning is the one meant. */
        context: z.array(phrase).min(1),
      }),
    ]),
  ),
});

/** The kinds of answer a cue word steers towards (see nlu/cues.ts). */
export const cueTagNames = [
  'figure', 'comparator', 'target', 'trend', 'status', 'action', 'lead', 'due', 'late', 'update', 'list', 'count', 'plan',
  'priority', 'meeting', 'next', 'agenda', 'venue', 'deadline', 'question', 'members', 'chair', 'contact', 'meaning',
  'person', 'papers', 'more', 'version', 'recommendation', 'resources', 'success', 'soft',
] as const;

const word = z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only');
/** At least one word, or one phrase: most rows of the data files are lists of these. */
const words = z.array(word).min(1);
const phrases = z.array(phrase).min(1);

const cuesFile = z.object({
  cues: z.array(z.object({ tag: z.enum(cueTagNames), words: words })),
  /** Phrases of plain English whose cue words are no cue ("due to covid", "to date"), unless the next word is one of `unlessNext` ("due to be"). */
  plain: z.array(z.object({ phrase, unlessNext: z.array(word).optional() })).default([]),
});

const stopwordsFile = z.object({ stopwords: words, slips: z.array(word) });

const placesFile = z.object({
  places: phrases,
  organisationWords: z.array(word),
  /** Words after a place that still mean the place itself or its people ("Kent County Council", "Kent schools"): its own figures. */
  areaWords: z.array(word),
  everydayWords: z.array(word),
});

const grammarFile = z.object({
  compound: z.object({
    /** Words that join two questions in one ("and", "also", "&"). */
    joiners: phrases,
    /** How a second question may begin: a question word ("when", "who's", "is it"). */
    openers: phrases,
    /** What a second question may name alone, for the same subject ("and the target", "owner?"). */
    attributes: phrases,
    /** Words opening what a question asks about ("who leads the JCMG": "the JCMG"), carried into a later part. */
    determiners: words,
    /** Question words asking with the word after them ("how many", "how often"): both are left out of what is carried. */
    pairedOpeners: phrases,
    /** Words opening a correction or another guess after a dash ("- not 1.19", "- or is it 1.10"): no topic. */
    correctives: phrases,
  }),
  /** Question words that say what kind of answer is wanted: "who" asks for a person, never a figure. */
  answerTypes: z.object({ person: words }),
  /**
   * Messages that ask nothing: a greeting ("hi", "who are you") is answered with what the bot can do,
   * thanks ("cheers", "ok") with a short reply. Filler words may stand around them ("thanks very much").
   */
  smallTalk: z.object({ greetings: phrases, thanks: phrases, filler: z.array(phrase) }),
});

/** Words of the papers, not of questions, that show a passage holds the kind of thing asked for. */
const answersFile = z.object({
  /**
   * What a passage holds when it answers "who": a title before a name ("Councillor Ann Smith"), a
   * role or body written with a capital ("Head of Provider Services", "Kent Police"), or words naming
   * who did a thing ("led by", "submitted to"); and the posts a person is named with ("Lucy Butler,
   * Director of Children's Services"), where the words before the post are not a role's, a body's or
   * one of `notNames`, the words of services' and headings' names ("Improvement Board, Chair of...",
   * "Youth Justice - Head of Service", "Background Papers - Director of...").
   */
  person: z.object({ titles: phrases, roles: phrases, posts: phrases, notNames: phrases, agents: phrases }),
  /** What a passage holds when it answers "why" ("because", "due to", "in order to"). */
  reason: phrases,
  /**
   * How often a thing happens: words that say it ("monthly"); "every" before a unit ("every two
   * months"); counts of times (`times`, "twice") before `per` and a unit ("twice a year"); `alone` before
   * a unit ("each quarter"); counts that are not numbers ("every other week").
   */
  frequency: z.object({
    words: phrases,
    units: words,
    times: words,
    every: words,
    per: words,
    alone: words,
    otherCounts: phrases,
  }),
  /**
   * How long a thing lasts: an amount and a unit ("three months", "8 or more years", `fillers` between),
   * or `amounts` ("a few weeks"), or a lead and "a" unit ("for a year"), never after `notAfter` ("aged 16
   * years", "once a year") or before `notBefore` ("two year olds"); or an end after `untilWords`.
   */
  duration: z.object({
    units: words,
    amounts: phrases,
    spanLeads: words,
    fillers: phrases,
    notAfter: words,
    notBefore: words,
    untilWords: phrases,
  }),
  /** What a passage holds when it answers "what was the judgement" ("good", "requires improvement"). */
  rating: phrases,
  /** Number words that are amounts ("three", "half"). */
  numbers: words,
  /** Number words in the order of what they count, from one: "three areas" is "3 areas". */
  counts: words,
  /** Words a number follows that make it a place in the papers, not an amount ("paragraph 4.2", "page 12"). */
  numberedParts: words,
  /** Words before a month named on its own that make it a date ("started in October", "by March"): "may" alone is a verb. */
  monthLeads: phrases,
  /** Seasons, which date a thing as a year does ("spring 2023"). */
  seasons: words,
  /** Words of the future tense ("will", "is to be"): a passage saying what will happen. */
  future: phrases,
  /** Words that introduce a table after them ("the table below", "the following"). */
  tableIntro: words,
  /** Words after a figure that make it a share, not a count ("62 per cent of children"). */
  percent: phrases,
  /** Words after a figure that say it counts what its sentence is about, wherever that is said ("(45 no.)"). */
  tally: words,
  /** Words in a report's summary saying it came before another meeting first ("considered by cabinet on..."). */
  consideredBefore: phrases,
  /** Words after a figure, or ending it, that make it money ("£20.5 million", "£20.5m"). */
  money: words,
  /**
   * How a pack opens a part on a line of its own: an appendix or annex by its number or letter
   * ("Appendix 1", "ANNEX A"), a meeting's minutes by their title ("Minutes of the meeting of ..."), and
   * how minutes head what a meeting decided on an item ("RESOLVED: That:", "Decision"): such a heading says
   * what kind of text follows, not what it is about, so the item's own heading is named with it.
   */
  parts: z.object({ appendices: words, minutes: phrases, decisions: words }),
  /** The line of a page left blank between the documents of a pack. */
  blankPage: phrases,
  /** Headings of what lists a pack's items with their pages: an agenda (the meeting answers give it), a table of contents (it answers "which page"). */
  listings: z.object({ agenda: phrases, contents: phrases }),
});

const shorthandFile = z.object({
  /** A word people shorten in a chat, and what it stands for: rewritten before the question is read. */
  shorthand: z.array(z.tuple([z.string().regex(/^[a-z0-9/]+$/, 'one lower-case word'), phrase])),
});

const targetsFile = z.object({
  /** Words in a target cell that say the target is not a figure yet, by state. */
  targetStates: z.object({ 'to-be-agreed': phrases, 'to-be-set': phrases }),
  /** How a member asks for measures with no agreed target: "no agreed target", "target still to be set". */
  askedWithout: z.object({ qualifiers: words, pending: phrases }),
  /** A plan's own words for which way is better ("reduce", "minimise delays", "lower is better"). */
  directions: z.object({ 'lower-is-better': phrases, 'higher-is-better': phrases }),
  /** What is being reduced when a plan says "minimise delays": a time, so fewer weeks or days is better. */
  delayWords: words,
});

/** The files the lexicon is read from, each with its schema (see also data-files.ts). */
export const lexiconFiles = {
  'synonyms.json': synonymsFile,
  'cues.json': cuesFile,
  'stopwords.json': stopwordsFile,
  'places.json': placesFile,
  'grammar.json': grammarFile,
  'shorthand.json': shorthandFile,
  'targets.json': targetsFile,
  'answers.json': answersFile,
} as const;

/** One synonym group: phrases that mean the same, and the context that picks it when a phrase has two meanings. */
export interface SynonymGroup {
  phrases: string[];
  context?: string[];
}

export interface Lexicon {
  synonymGroups: SynonymGroup[];
  cues: { tag: (typeof cueTagNames)[number]; words: string[] }[];
  /** Phrases whose cue words are plain English there (cues.json `plain`). */
  plainCues: { phrase: string; unlessNext?: string[] }[];
  stopwords: string[];
  places: z.infer<typeof placesFile>;
  grammar: z.infer<typeof grammarFile>;
  /** Chat shorthand ("yr", "govt", "cttee") by short form. */
  shorthand: Map<string, string>;
  /** Target states and directions of indicators, as plans and members word them. */
  targets: z.infer<typeof targetsFile>;
  /** What a passage holds when it answers a kind of question (papers' words: not for the speller). */
  answers: z.infer<typeof answersFile>;
}

/** Reads and checks one data file; a bad row stops start-up with the file and the row named. */
export function readData<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = deepest(parsed.error.issues[0]!);
    throw new Error(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The issue to tell the editor about: for a row that may take several shapes (a synonym group is a
 * list or an object with a context), what is wrong inside the shape it came closest to, rather
 * than zod's bare "Invalid input".
 */
function deepest(issue: z.ZodIssue): z.ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.unionErrors.map((e) => deepest(e.issues[0]!));
  return inner.reduce((a, b) => (b.path.length > a.path.length ? b : a), issue);
}

/** Loads the language data from a folder (the bundled one unless a test gives another). */
export function loadLexicon(dir: string = languageDataDir): Lexicon {
  const synonyms = readData(dir, 'synonyms.json', synonymsFile);
  const stop = readData(dir, 'stopwords.json', stopwordsFile);
  const cueData = readData(dir, 'cues.json', cuesFile);
  return {
    synonymGroups: synonyms.groups.map((g) => (Array.isArray(g) ? { phrases: g } : g)),
    cues: cueData.cues,
    plainCues: cueData.plain ?? [],
    stopwords: [...stop.stopwords, ...stop.slips],
    places: readData(dir, 'places.json', placesFile),
    grammar: readData(dir, 'grammar.json', grammarFile),
    shorthand: new Map(readData(dir, 'shorthand.json', shorthandFile).shorthand),
    targets: readData(dir, 'targets.json', targetsFile),
    answers: readData(dir, 'answers.json', answersFile),
  };
}

/** The bundled language data, read once. */
export const lexicon: Lexicon = loadLexicon();
