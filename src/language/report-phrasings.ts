import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';

/**
 * How members ask about a report (paper) in a pack: the words that say a report is meant, and each of
 * its attributes (who wrote it, who it is from, who to contact, its portfolio holder, when it was considered, what
 * the meeting is asked to do, what it is about, which page) with the phrasings that ask for it. Data,
 * in `src/language/data/reports.json`: a new way of asking is one phrase in one row.
 */

export const reportAttributes = ['author', 'from', 'contact', 'portfolio', 'considered', 'recommendations', 'purpose', 'pages', 'decision'] as const;
export type ReportAttribute = (typeof reportAttributes)[number];

const phrase = z.string().trim().min(1).max(80).regex(/^[a-z0-9' ]+$/, 'write phrases in lower case, words and spaces only');

export const reportsFile = z.object({
  /** Words that say the subject is a report ("report", "paper", "addendum"). */
  nouns: z.array(phrase).min(1),
  attributes: z.array(
    z.object({
      attribute: z.enum(reportAttributes),
      /**
       * The phrases are common words ("when was", "about", "page"): they ask about a report only when
       * the question says it is one ("report", "paper") or names most of its title (or a heading of it).
       */
      needsReport: z.boolean().optional(),
      /**
       * The phrases ask it only at the end of the question ("what is the HIF report about"): followed
       * by a subject ("what did the report say about adoption") they introduce what is asked about.
       */
      last: z.boolean().optional(),
      /**
       * The phrases ask where the report stands on its meeting's agenda ("which item is the HIF report"):
       * the report answers with its item and pages, however the question names the agenda.
       */
      agendaItem: z.boolean().optional(),
      /** The phrases match the words as typed, not their stems ("which item", not "which items"). */
      exact: z.boolean().optional(),
      /** The phrases ask nothing when one of these words or a number follows them ("which item in the report", "item 3 of it"). */
      notBefore: z.array(phrase).optional(),
      phrases: z.array(phrase).min(1),
    }),
  ),
});

export type ReportPhrasings = z.infer<typeof reportsFile>;

/** Reads and checks the report phrasings (a bad row stops start-up naming the file and the row). */
export function loadReportPhrasings(dir: string = languageDataDir): ReportPhrasings {
  return readData(dir, 'reports.json', reportsFile);
}

/** The bundled report phrasings, read once. */
export const reportPhrasings: ReportPhrasings = loadReportPhrasings();
