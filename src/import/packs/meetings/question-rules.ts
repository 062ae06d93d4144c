import type { QuestionRules } from '../../../domain/model';
import { findEmail } from '../../text/contact';
import { findLongDates, parseClock } from '../../text/dates';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** The rule for questions, from a text that states one ("Deadline for receipt of questions is..."). */
function ruleFrom(text: string): QuestionRules | undefined {
  const start = text.search(/\b(deadline for (?:receipt of )?questions|questions (?:must|should) be (?:received|submitted|sent))/i);
  if (start < 0) return undefined;
  const raw = text.slice(start).trim();
  const days = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) clear working days?\b/i.exec(raw);
  const time = parseClock(raw);
  const date = findLongDates(raw)[0]?.iso;
  const send = /\b(?:submit|send|e-?mail)\b[^.]*?\bto\s*:?\s*(\S+@\S+)/i.exec(raw);
  const sendTo = send ? findEmail(send[1] ?? '') : undefined;
  return {
    raw,
    ...(days ? { clearWorkingDays: NUMBER_WORDS[(days[1] ?? '').toLowerCase()] ?? Number(days[1]) } : {}),
    ...(time ? { deadlineTime: time } : {}),
    ...(date && time ? { deadline: `${date}T${time}` } : {}),
    ...(sendTo ? { sendTo } : {}),
    ...(/\banswers (?:will|are) (?:be )?published\b/i.test(raw) ? { answersPublished: true } : {}),
  };
}

/**
 * The question rules a front sheet states, read from the given texts (agenda item descriptions).
 * Identical statements (public and member questions) collapse into one; none stated gives undefined.
 */
export function readQuestionRules(texts: readonly string[]): QuestionRules | undefined {
  const rules = texts.map(ruleFrom).filter((r): r is QuestionRules => r !== undefined);
  const distinct = rules.filter((r, i) => rules.findIndex((o) => o.raw === r.raw) === i);
  const first = distinct[0];
  if (!first) return undefined;
  return distinct.length === 1 ? first : { ...first, raw: distinct.map((r) => r.raw).join(' | ') };
}
