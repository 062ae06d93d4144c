import type { DirectoryPerson } from '../../domain/directory';
import { allMeetings } from '../../domain/meetings-in-teams';
import type { QuestionWindow } from '../../domain/questions';
import type { DocumentPage } from '../../domain/model';
import { asName, findInitialisms } from '../../language/initialisms';
import { buildSpeller, forgetEnglish, isEnglish } from '../../language/spelling';
import { buildCatalogueIndex } from '../../nlu/catalogue-index';
import type { CatalogueData } from '../../nlu/catalogue-data';
import { choiceTable } from '../../nlu/choice-table';
import { cueTags } from '../../nlu/cues';
import { compileSynonyms } from '../../nlu/synonym-phrases';
import { forgetRememberedTexts, isStopword } from '../../nlu/text';
import type { CatalogueStore, QuestionStore, SnapshotStore } from '../../store/ports';
import type { AskCatalogue } from './ask-catalogue-shape';
import { askSnapshotKey, type BuiltCatalogue, decodeAskCatalogue, encodeAskCatalogue } from './ask-snapshot';
import { buildPassageIndex, type KeptDocument, type LoadedDocument, type PageRange } from './passage-index';

/** A document with its pages, for citations ("pages 23-98, item 6") and passages. */
export type { LoadedDocument } from './passage-index';
export type { AskCatalogue } from './ask-catalogue-shape';

/** What the catalogue store holds, read once per catalogue version. */
interface StoredCatalogue extends Omit<CatalogueData, 'directory' | 'documents'> {
  documents: Map<string, LoadedDocument>;
}

async function readCatalogue(catalogue: CatalogueStore): Promise<StoredCatalogue> {
  const [plans, actions, indicators, meetings, recommendations, people, glossary, summaries, risks, reports] = await Promise.all([
    catalogue.listPlans(),
    catalogue.listActions(),
    catalogue.listIndicators(),
    catalogue.listMeetings(),
    catalogue.listRecommendations(),
    catalogue.listPeople(),
    catalogue.listGlossary(),
    catalogue.listDocuments(),
    catalogue.listRisks(),
    catalogue.listReports(),
  ]);
  const documents = new Map<string, LoadedDocument>();
  for (const summary of summaries) documents.set(summary.id, { ...summary, pages: await catalogue.getDocumentPages(summary.id) });
  return { plans, actions, indicators, meetings, recommendations, people, glossary, documents, risks, reports };
}

function buildAskCatalogue(stored: StoredCatalogue, directory: DirectoryPerson[], version: string, windows: readonly QuestionWindow[]): AskCatalogue {
  // One meeting model: meetings chairs added in Teams are asked about like imported ones.
  const { meetings, windows: byMeeting } = allMeetings(stored.meetings, windows);
  const { documents, glossary } = stored;
  const kept = withoutTexts(documents);
  const records = buildCatalogueIndex({ ...stored, meetings, directory, documents: [...kept.documents.values()] });
  const passages = buildPassageIndex([...documents.values()], stored.meetings, glossary, records.areas);
  // Initialisms the papers' names support ("csc"), unless the key is a word of English, of the papers,
  // or of the language data ("pls", "atm": chat filler stays filler).
  // The glossaries' terms are names however the papers write them ("Youth rehabilitation order": "yro").
  const pages = [...[...documents.values()].flatMap((d) => d.pages.map((p) => p.text)), ...glossary.map((g) => asName(g.term))];
  const isWord = (key: string) => isEnglish(key) || passages.postings.has(key) || records.postings.has(key) || cueTags(key).length > 0 || isStopword(key);
  const index = { ...records, synonyms: compileSynonyms(glossary, undefined, findInitialisms(pages, isWord)) };
  // Built now rather than on the first question after an import.
  choiceTable(index);
  const speller = buildSpeller([...index.entries.map((e) => e.label), ...passages.passages.map((p) => `${p.heading} ${p.text}`)]);
  for (const passage of passages.passages) passage.page = kept.page(passage.page);
  // NOTE: what the build filled and questions seldom need: read again when they do.
  forgetRememberedTexts();
  forgetEnglish();
  return { version, index, passages, documents: kept.documents, speller, windows: byMeeting };
}

/**
 * The documents as a built catalogue keeps them: pages without their text, which only building reads
 * (passages hold their own), so that a built or kept index does not hold the papers twice; `page`
 * gives a page's copy (the read ones are left as they are, for a rebuild).
 */
function withoutTexts(documents: Map<string, LoadedDocument>): { documents: Map<string, KeptDocument>; page(page: PageRange): PageRange } {
  const bare = new Map<PageRange, PageRange>();
  const page = (read: PageRange): PageRange => {
    let copy = bare.get(read);
    if (!copy) {
      const { text: _text, ...range } = read as DocumentPage;
      bare.set(read, (copy = range));
    }
    return copy;
  };
  return { documents: new Map([...documents].map(([id, d]) => [id, { ...d, pages: d.pages.map(page) }])), page };
}

/** Reads the whole catalogue and builds the question index and the passage index over it (and the given question windows' meetings). */
export async function loadAskCatalogue(
  catalogue: CatalogueStore,
  directory: DirectoryPerson[],
  version: string,
  windows: readonly QuestionWindow[] = [],
): Promise<AskCatalogue> {
  return buildAskCatalogue(await readCatalogue(catalogue), directory, version, windows);
}

/** How long a checked catalogue version is trusted before it is asked for again. */
export const VERSION_CHECK_MS = 1000;

/** What tells one set of question windows from another: ids and versions (a new window, or one changed). */
const windowsKey = (windows: readonly QuestionWindow[]) => windows.map((w) => `${w.id}@${w.version}`).join(',');
/** The meetings windows add to the index: those chairs created in Teams (a window's meeting never changes). */
const createdKey = (windows: readonly QuestionWindow[]) => windows.filter((w) => w.meeting.origin === 'created').map((w) => w.meeting.id).join(',');

/**
 * Gives the memory of bytes read or written whole back at once. Garbage once used, they would
 * otherwise stay resident until V8's next full collection, which an idle bot may not have for
 * minutes: the index's size again (7 MB for the seed data, 170 MB at 50 times it).
 */
function release(bytes: Uint8Array): void {
  const { buffer } = bytes;
  const whole = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  // NOTE: transfer(0) detaches the buffer and frees its memory (ES2024; Node 22 and 24 have it).
  if (whole) (buffer as ArrayBuffer & { transfer(length: number): ArrayBuffer }).transfer(0);
}

/** Keeping built indexes between runs: where, and the key of the code that builds them. */
export interface AskSnapshotOptions {
  store: SnapshotStore;
  /** Changes whenever the code that builds or reads an index may have (e.g. a hash of the app's files). */
  codeKey: string;
  /** Told when a snapshot could not be read or kept (the index is built, or kept next time). */
  onError?: (error: unknown, doing: 'read' | 'write') => void;
}

/**
 * Keeps one {@link AskCatalogue} per catalogue version (and set of question windows), built once and
 * shared by every turn: the store is read again only after an import, and the indexes are built again
 * only after an import or when a chair adds a meeting in Teams (once, however many turns arrive
 * together); a window opened for an imported meeting only attaches its deadline. The version itself
 * (one small query, and the windows when a question store is given) is checked at most once a second,
 * so an import or a new meeting shows in answers within a second.
 *
 * With `snapshots`, a built index is kept under a key naming everything it was built from (version,
 * created meetings, directory, code: askSnapshotKey), and read back instead of built when the key is
 * the same: after a restart. A changed catalogue gives another key, so a kept index is never stale.
 */
export function createAskCache(
  catalogue: CatalogueStore,
  directory: DirectoryPerson[],
  options: { checkEveryMs?: number; now?: () => number; questions?: Pick<QuestionStore, 'listWindows'>; snapshots?: AskSnapshotOptions } = {},
): { get(): Promise<AskCatalogue>; kept(): Promise<void> } {
  const checkEvery = options.checkEveryMs ?? VERSION_CHECK_MS;
  const now = options.now ?? (() => performance.now());
  let current: Promise<AskCatalogue> | undefined;
  let currentKey: string | undefined;
  let stored: { version: string; data: Promise<StoredCatalogue> } | undefined;
  let built: { key: string; catalogue: Promise<BuiltCatalogue> } | undefined;
  let checkedAt = -Infinity;
  /** The snapshot being written, if any (settles, never rejects: a failure goes to onError). */
  let writing: Promise<void> = Promise.resolve();
  const forget = () => {
    stored = undefined;
    built = undefined;
    current = undefined;
    checkedAt = -Infinity;
  };
  const readStored = (version: string) => {
    if (!stored || stored.version !== version) stored = { version, data: readCatalogue(catalogue) };
    return stored.data;
  };
  const build = async (version: string, windows: readonly QuestionWindow[]): Promise<BuiltCatalogue> => {
    const read = await readStored(version);
    return { catalogue: buildAskCatalogue(read, directory, version, windows), meetings: read.meetings };
  };
  const restoreOrBuild = async (version: string, windows: readonly QuestionWindow[]): Promise<BuiltCatalogue> => {
    const kept = options.snapshots;
    if (!kept) return build(version, windows);
    const key = askSnapshotKey({ codeKey: kept.codeKey, version, createdMeetings: createdKey(windows), directory });
    const bytes = await kept.store.read(key).catch((error: unknown) => void kept.onError?.(error, 'read'));
    const restored = bytes && decodeAskCatalogue(key, bytes);
    if (bytes) release(bytes);
    if (restored) return restored;
    const fresh = await build(version, windows);
    // NOTE: kept once the turns waiting for the index have had it (encoding holds this thread).
    writing = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      try {
        const bytes = encodeAskCatalogue(key, fresh);
        await kept.store.write(key, bytes);
        release(bytes);
      } catch (error) {
        kept.onError?.(error, 'write');
      }
    });
    return fresh;
  };
  return {
    async get() {
      if (current && now() - checkedAt < checkEvery) return current;
      checkedAt = now();
      const [version, windows] = await Promise.all([catalogue.version(), options.questions?.listWindows() ?? Promise.resolve([])]);
      const key = `${version}|${windowsKey(windows)}`;
      if (!current || currentKey !== key) {
        currentKey = key;
        const heavy = `${version}|${createdKey(windows)}`;
        if (!built || built.key !== heavy) built = { key: heavy, catalogue: restoreOrBuild(version, windows) };
        current = built.catalogue.then(({ catalogue: base, meetings }) => ({ ...base, windows: allMeetings(meetings, windows).windows }));
        // A failed build must not be cached: the next turn tries again.
        current.catch(() => {
          if (currentKey === key) forget();
        });
      }
      return current;
    },
    /** Settles once the index last built has been kept (or failed to be: onError was told). */
    kept: () => writing,
  };
}
