import { meetingWords } from '../language/meeting-words';
import { stem } from './text';
/** Words any committee's name may hold, and what people do about meetings: they name no subject of their own (meetings.json). */
export const genericBodyWords = new Set(meetingWords.committeeWords.words.map(stem));
