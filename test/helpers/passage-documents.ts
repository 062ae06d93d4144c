import type { DocumentPage } from '../../src/domain/model';
import type { PassageSlot } from '../../src/nlu/intents';
import { nameTerms } from '../../src/nlu/text';
import type { LoadedDocument } from '../../src/services/ask/passage-index';

/** A page of a pack, ten lines per page number. */
export const pageOf = (number: number, text: string): DocumentPage => ({ number, lineStart: number * 10, lineEnd: number * 10 + 5, text });

/** A Medway document of the given pages' texts, for a passage index. */
export function documentOf(texts: string[], more: Partial<LoadedDocument> = {}): LoadedDocument {
  return { id: 'doc-1', council: 'Medway', title: 'Cabinet report', fileName: 'doc.txt', pageCount: texts.length, pages: texts.map((t, n) => pageOf(n + 1, t)), ...more };
}

/** A question's words as plain subject slots, one per word, as the papers search takes them. */
export const wordSlots = (words: string): PassageSlot[] => nameTerms(words).map((t) => ({ phrases: [[t]], role: 'subject' }));
