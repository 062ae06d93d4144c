import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import type { DirectoryPerson } from '../../domain/directory';
import type { Meeting } from '../../domain/model';
import { spellerOver } from '../../language/spelling';
import { type CatalogueIndex, type Entry, interner, termWeights } from '../../nlu/catalogue-index';
import type { Intent } from '../../nlu/intents';
import { adoptChoiceTable, choiceTable } from '../../nlu/choice-table';
import type { AskCatalogue } from './ask-catalogue-shape';
import { type PassageIndex, sharePassageStrings } from './passage-index';

/** A built index and the stored meetings it was built with (the windows are laid over them per turn). */
export interface BuiltCatalogue {
  catalogue: AskCatalogue;
  meetings: Meeting[];
}

/** Raise when the snapshot's shape changes (the code key changes with any code change anyway). */
const FORMAT = 3;

/**
 * What a built index depends on: the catalogue's version, the meetings chairs created in Teams,
 * the directory (PEOPLE_FILE) and the code that builds and reads it (`codeKey`, e.g. a hash of the
 * app's files). Any change gives another key, so a stale index is never read back.
 */
export function askSnapshotKey(parts: { codeKey: string; version: string; createdMeetings: string; directory: readonly DirectoryPerson[] }): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${parts.codeKey}\0${parts.version}\0${parts.createdMeetings}\0`);
  hash.update(JSON.stringify(parts.directory));
  return hash.digest('hex').slice(0, 32);
}

type Tree = Map<string, unknown>;
/** minisearch's radix tree under a SearchableMap (its constructor takes one back). */
const treeOf = (map: SearchableMap<number>): Tree => (map as unknown as { _tree: Tree })._tree;
const mapOf = (tree: Tree) => new SearchableMap<number>(tree as never);

/** An entry as kept: its term set made again on reading (and its core, when it is that set). */
type KeptEntry = Omit<Entry, 'termSet' | 'core'> & { core?: string[] };
/** A map of term sets by id, as kept: each set by the entry whose set it is. */
type KeptTermSets = Map<string, number>;

/** What is kept: the built catalogue, its radix trees as such, without the functions. */
interface Body {
  index: Omit<CatalogueIndex, 'weight' | 'maxWeight' | 'vocabulary' | 'entries' | 'actionTextTerms' | 'indicatorNameTerms'> & {
    vocabulary: Tree;
    entries: KeptEntry[];
    actionTextTerms: KeptTermSets;
    indicatorNameTerms: KeptTermSets;
  };
  passages: Omit<PassageIndex, 'vocabulary'> & { vocabulary: Tree };
  documents: AskCatalogue['documents'];
  speller: { vocabulary: Tree; stems: Set<string>; compounds: Map<string, string> };
  windows: AskCatalogue['windows'];
  choices: Map<string, Intent>;
  meetings: Meeting[];
}

/** The envelope checked on reading; the body is this code's own writing (same key, same code). */
const envelope = z.object({ format: z.literal(FORMAT), key: z.string(), version: z.string(), body: z.object({}).passthrough() });

/**
 * Entries without their sets, and the maps of sets by id as entry numbers. V8's serializer keeps an
 * object shared as one object, but writes a string each time it occurs, so every term of every set
 * would be read back as a string of its own (about 90 MB more heap at 50 times the seed data).
 */
function keptEntries(index: CatalogueIndex): Pick<Body['index'], 'entries' | 'actionTextTerms' | 'indicatorNameTerms'> {
  const numbers = new Map<ReadonlySet<string>, number>();
  index.entries.forEach((entry, n) => numbers.has(entry.termSet) || numbers.set(entry.termSet, n));
  const byNumber = (sets: Map<string, ReadonlySet<string>>): KeptTermSets => {
    const out: KeptTermSets = new Map();
    for (const [id, set] of sets) {
      const n = numbers.get(set);
      if (n === undefined) throw new Error(`the terms of ${id} are no entry's`);
      out.set(id, n);
    }
    return out;
  };
  return {
    entries: index.entries.map(({ termSet, core, ...entry }) => (core === termSet ? entry : { ...entry, core: [...core] })),
    actionTextTerms: byNumber(index.actionTextTerms),
    indicatorNameTerms: byNumber(index.indicatorNameTerms),
  };
}

/** The entries and maps of sets as built, each term one string (the postings' own). */
function readEntries(kept: Body['index']): Pick<CatalogueIndex, 'entries' | 'actionTextTerms' | 'indicatorNameTerms'> {
  const intern = interner();
  for (const term of kept.postings.keys()) intern(term);
  const entries = kept.entries.map((entry): Entry => {
    const terms = entry.terms.map(intern);
    const termSet = new Set(terms);
    const core = entry.core ? new Set(entry.core.map(intern)) : termSet;
    return { kind: entry.kind, ref: entry.ref, label: entry.label, terms, termSet, totalWeight: entry.totalWeight, core, coreWeight: entry.coreWeight };
  });
  const sets = (byNumber: KeptTermSets) => new Map([...byNumber].map(([id, n]) => [id, entries[n]!.termSet as ReadonlySet<string>]));
  return { entries, actionTextTerms: sets(kept.actionTextTerms), indicatorNameTerms: sets(kept.indicatorNameTerms) };
}

/** The built index as bytes: every record, term and posting, without its functions (rebuilt on reading). */
export function encodeAskCatalogue(key: string, built: BuiltCatalogue): Uint8Array {
  const { catalogue, meetings } = built;
  const { weight: _weight, maxWeight: _max, vocabulary, entries: _entries, actionTextTerms: _a, indicatorNameTerms: _i, ...index } = catalogue.index;
  const { vocabulary: passageWords, ...passages } = catalogue.passages;
  const { vocabulary: spellerWords, stems, compounds } = catalogue.speller.words;
  const body: Body = {
    index: { ...index, ...keptEntries(catalogue.index), vocabulary: treeOf(vocabulary) },
    passages: { ...passages, vocabulary: treeOf(passageWords) },
    documents: catalogue.documents,
    speller: { vocabulary: treeOf(spellerWords), stems, compounds },
    windows: catalogue.windows,
    choices: choiceTable(catalogue.index),
    meetings,
  };
  return serialize({ format: FORMAT, key, version: catalogue.version, body });
}

/** The index kept under `key`, or undefined when the bytes are not one (another format, key or damage). */
export function decodeAskCatalogue(key: string, bytes: Uint8Array): BuiltCatalogue | undefined {
  let read: unknown;
  try {
    read = deserialize(bytes);
  } catch {
    return undefined;
  }
  const checked = envelope.safeParse(read);
  if (!checked.success || checked.data.key !== key) return undefined;
  // NOTE: the body is what encodeAskCatalogue wrote under this key (the key names the code).
  const body = (read as { body: Body }).body;
  const { index: stored, passages, speller, choices, meetings } = body;
  const sets = readEntries(stored);
  const index: CatalogueIndex = { ...stored, ...sets, vocabulary: mapOf(stored.vocabulary), ...termWeights(sets.entries, stored.postings) };
  adoptChoiceTable(index, choices);
  sharePassageStrings(passages.passages);
  return {
    catalogue: {
      version: checked.data.version,
      index,
      passages: { ...passages, vocabulary: mapOf(passages.vocabulary) },
      documents: body.documents,
      speller: spellerOver({ vocabulary: mapOf(speller.vocabulary), stems: speller.stems, compounds: speller.compounds }),
      windows: body.windows,
    },
    meetings,
  };
}
