import { findLongDates } from '../../text/dates';
import { plainLine } from '../../text/plain';
import type { MeetingMention } from './referenced-meetings';

const NAME = String.raw`((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,10}(?:Cabinet|Council|Committee|Sub-Committee|Board|Panel|Forum))`;

/** A report going to a body on a date: "being presented to Council for approval on", "will be reported to Cabinet on". */
const GOES_TO = new RegExp(String.raw`\b(?:presented|reported|submitted|referred|taken|considered|go|goes|going)\s+(?:to|by|at)\s+(?:the\s+)?(?:next\s+)?(?:meeting\s+of\s+(?:the\s+)?)?${NAME}(?:\s+meeting)?(?:\s+for\s+(?:approval|decision|consideration|noting|information|endorsement))?\s*,?\s+on\s+(?:the\s+)?$`, 'u');
/** A body's decision on a date: "The Cabinet considered and agreed the improvement plan on", "agreed by the ... Board on". */
const DECIDED = new RegExp(String.raw`(?:^|\b[Tt]he\s+)${NAME}\s+(?:considered|agreed|approved|noted|endorsed|resolved)\b[^.;]*?\s+on\s+(?:the\s+)?$`, 'u');
const DECIDED_BY = new RegExp(String.raw`\b(?:agreed|approved|endorsed|considered|noted|signed off)\s+(?:by|at)\s+(?:the\s+)?${NAME}(?:\s+(?:meeting\s+)?held)?\s+on\s+(?:the\s+)?$`, 'u');
/** A meeting set for a date: "the next scheduled Cabinet meeting is due to take place on". */
const SET_FOR = new RegExp(String.raw`${NAME}\s+meeting\s+(?:is|was)\s+(?:due\s+to\s+(?:take\s+place|be\s+held)|scheduled|to\s+be\s+held)\s+(?:on|for)\s+(?:the\s+)?$`, 'u');

/** A name taken from a sentence: leading words that are no part of it dropped; "Council" alone is Full Council. */
function bodyName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  while (words.length > 1 && /^(?:The|This|That|These|Its|Their|Next|Scheduled|And|Of|For|&)$/i.test(words[0] ?? '')) words.shift();
  const name = words.join(' ');
  if (/^council$/i.test(name)) return 'Full Council';
  // A lone "Committee" or "Board" names no one body.
  if (words.length === 1 && !/^cabinet$/i.test(name)) return undefined;
  return name;
}

/**
 * Meetings known from prose about what goes to them or what they decided, with a full date: a
 * report "being presented to Council for approval on 23 January 2020", "The Cabinet considered and
 * agreed the improvement plan on 9 June 2020", "agreed by the West Mercia Youth Justice Service
 * Management Board on 24th May 2019", "the next scheduled Cabinet meeting is due to take place on 4
 * February 2020". A date without a year ("25 June") gives no meeting: the text does not say which.
 */
export function findProseMentions(lines: readonly string[], from: number, to: number): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (let n = from; n <= to; n++) {
    const text = plainLine(lines[n - 1] ?? '').replace(/<\/?sup>/gi, '');
    if (!text) continue;
    for (const date of findLongDates(text)) {
      const before = text.slice(0, date.index);
      const m = GOES_TO.exec(before) ?? DECIDED_BY.exec(before) ?? SET_FOR.exec(before) ?? DECIDED.exec(before);
      const body = m ? bodyName(m[1] ?? '') : undefined;
      if (body) out.push({ body, date: date.iso, line: n });
    }
  }
  return out;
}
