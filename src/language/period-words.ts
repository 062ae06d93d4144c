import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';
import { comment, word } from './patterns';

/** The words of dates and periods, as data in `src/language/data/periods.json`. */

const words = z.array(word).min(1);

export const periodsFile = z.object({
  comment,
  months: z.object({ comment, rows: z.array(z.array(word).min(1)).length(12) }),
  papersMonths: z.object({ comment, words }),
  everydayMonths: z.object({ comment, words, after: words }),
  yearAfter: z.object({ comment, words }),
  bounds: z.object({ comment, by: words, before: words, after: words, from: words }),
  edges: z.object({ comment, end: words, start: words }),
  relative: z.object({ comment, this: words, next: words, last: words }),
  units: z.object({ comment, day: words, week: words, month: words, quarter: words, year: words }),
  financialYear: z.object({ comment, before: words, alone: words, slashedNotBefore: words, slashedNotAfter: words }),
  monthRange: z.object({ comment, words }),
  within: z.object({ comment, words }),
  skipped: z.object({ comment, words }),
});

export type PeriodWords = z.infer<typeof periodsFile>;

/** Loads the period words from a folder (the bundled one unless a test gives another). */
export function loadPeriodWords(dir: string = languageDataDir): PeriodWords {
  return readData(dir, 'periods.json', periodsFile);
}

/** The bundled period words, read and checked once. */
export const periodWords: PeriodWords = loadPeriodWords();

/** The twelve months' names, in calendar order. */
export const monthNames = periodWords.months.rows.map((row) => row[0]!);

/** Every way the months are written short: the first three letters of each name, and the other spellings. */
export const monthShortForms = [
  ...monthNames.map((name) => name.slice(0, 3)).filter((short) => !monthNames.includes(short)),
  ...periodWords.months.rows.flatMap((row) => row.slice(1)),
];

/** Units of time as written, singular and plural ("year", "weeks"): periods.json `units`. */
export const timeUnitWords: readonly string[] = Object.entries(periodWords.units).flatMap(([k, w]) => (k === 'comment' ? [] : (w as string[]).flatMap((u) => [u, `${u}s`])));
