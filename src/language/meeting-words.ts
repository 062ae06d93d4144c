import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';
import { comment, phraseRow, word, wordRow } from './patterns';

/** How members ask about a committee's meetings, as data in `src/language/data/meetings.json`. */

const words = wordRow;

export const meetingsFile = z.object({
  comment,
  latest: words,
  sitsOn: phraseRow,
  focus: z.object({ comment, agenda: z.array(word).min(1), venue: z.array(word).min(1) }),
  committeeWords: words,
  meetingOnly: words,
});

export type MeetingWords = z.infer<typeof meetingsFile>;

/** Loads the meeting phrasings from a folder (the bundled one unless a test gives another). */
export function loadMeetingWords(dir: string = languageDataDir): MeetingWords {
  return readData(dir, 'meetings.json', meetingsFile);
}

/** The bundled meeting phrasings, read and checked once. */
export const meetingWords: MeetingWords = loadMeetingWords();
