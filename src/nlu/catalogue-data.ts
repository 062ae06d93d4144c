import type { DirectoryPerson } from '../domain/directory';
import type { Action, GlossaryEntry, Indicator, Meeting, Person, Plan, Recommendation } from '../domain/model';
import type { Risk } from '../domain/risks';
import type { Report } from '../domain/model';

/** Everything the bot can be asked about, as loaded once from the store (plus the PEOPLE_FILE directory). */
export interface CatalogueData {
  plans: Plan[];
  actions: Action[];
  indicators: Indicator[];
  meetings: Meeting[];
  recommendations: Recommendation[];
  /** Rows of risk registers and reports' risk tables (absent: none). */
  risks?: Risk[];
  people: Person[];
  glossary: GlossaryEntry[];
  directory: DirectoryPerson[];
  /** The reports (papers) in the packs. */
  reports?: Report[];
  /** Documents' page line ranges (text not needed), to place a record in its report. */
  documents?: { id: string; pages: { number: number; lineStart: number; lineEnd: number }[] }[];
}

/** A committee or board, once per council, however many meetings it has. */
export interface Body {
  key: string;
  council: string;
  name: string;
}

/** The key of a body: council and name, compared without case or punctuation. */
export function bodyKey(council: string, name: string): string {
  return `${council}/${name}`.toLowerCase().replace(/[^a-z0-9/]+/g, ' ').trim();
}
