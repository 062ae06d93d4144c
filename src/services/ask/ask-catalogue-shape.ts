import type { QuestionWindow } from '../../domain/questions';
import type { Speller } from '../../language/spelling';
import type { CatalogueIndex } from '../../nlu/catalogue-index';
import type { KeptDocument, PassageIndex } from './passage-index';

/** Everything a question is answered from that changes only with an import, built once and shared by turns. */
export interface AskCatalogue {
  version: string;
  index: CatalogueIndex;
  passages: PassageIndex;
  /** The documents and where their pages sit (their text is the passages', and read only to build). */
  documents: Map<string, KeptDocument>;
  /** Puts a question's misspelt words right against the words the store and the language data hold. */
  speller: Speller;
  /** The question window opened in Teams for a meeting, by the meeting's id (imported or added in Teams). */
  windows: Map<string, QuestionWindow>;
}
