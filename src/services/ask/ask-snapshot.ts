import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import type { DirectoryPerson } from '../../domain/directory';
import type { Meeting } from '../../domain/model';
import { spellerOver } from '../../language/spelling';
import { type CatalogueIndex, termWeights } from '../../nlu/catalogue-index';
import type { Intent } from '../../nlu/intents';
import { adoptChoiceTable, choiceTable } from '../../nlu/choice-table';
import type { AskCatalogue } from './ask-catalogue-shape';
import type { PassageIndex } from './passage-index';

/** A built index and the stored meetings it was built with (the windows are laid over them per turn). */
export interface BuiltCatalogue {
  catalogue: AskCatalogue;
  meetings: Meeting[];
}

/** Raise when the snapshot's shape changes (the code key changes with any code change anyway). */
const FORMAT = 1;

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

/** What is kept: the built catalogue, its radix trees as such, without the functions. */
interface Body {
  index: Omit<CatalogueIndex, 'weight' | 'maxWeight' | 'vocabulary'> & { vocabulary: Tree };
  passages: Omit<PassageIndex, 'vocabulary'> & { vocabulary: Tree };
  documents: AskCatalogue['documents'];
  speller: { vocabulary: Tree; stems: Set<string> };
  windows: AskCatalogue['windows'];
  choices: Map<string, Intent>;
  meetings: Meeting[];
}

/** The envelope checked on reading; the body is this code's own writing (same key, same code). */
const envelope = z.object({ format: z.literal(FORMAT), key: z.string(), version: z.string(), body: z.object({}).passthrough() });

/** The built index as bytes: every record, term and posting, without its functions (rebuilt on reading). */
export function encodeAskCatalogue(key: string, built: BuiltCatalogue): Uint8Array {
  const { catalogue, meetings } = built;
  const { weight: _weight, maxWeight: _max, vocabulary, ...index } = catalogue.index;
  const { vocabulary: passageWords, ...passages } = catalogue.passages;
  const { vocabulary: spellerWords, stems } = catalogue.speller.words;
  const body: Body = {
    index: { ...index, vocabulary: treeOf(vocabulary) },
    passages: { ...passages, vocabulary: treeOf(passageWords) },
    documents: catalogue.documents,
    speller: { vocabulary: treeOf(spellerWords), stems },
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
  const index: CatalogueIndex = { ...stored, vocabulary: mapOf(stored.vocabulary), ...termWeights(stored.entries, stored.postings) };
  adoptChoiceTable(index, choices);
  return {
    catalogue: {
      version: checked.data.version,
      index,
      passages: { ...passages, vocabulary: mapOf(passages.vocabulary) },
      documents: body.documents,
      speller: spellerOver({ vocabulary: mapOf(speller.vocabulary), stems: speller.stems }),
      windows: body.windows,
    },
    meetings,
  };
}
