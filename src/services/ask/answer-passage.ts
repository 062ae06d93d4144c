import type { Intent } from '../../nlu/intents';
import { stem } from '../../nlu/text';
import type { AskCatalogue } from './ask-catalogue';
import { notFound } from './answer-fallbacks';
import { type Answer, emptyAnswer } from './answer-types';
import { cite } from './cite';
import { searchPassages, type Wanted } from './passage-index';

type PassageIntent = Extract<Intent, { kind: 'passage' }>;

/** Share of the question's subject words a passage must hold to be offered as the answer. */
const MIN_COVERAGE = 0.99;
/** Share the passage itself (not just its document's title or heading) must hold. */
const MIN_TEXT_COVERAGE = 0.6;
const EXCERPT_CHARS = 700;

/** Words that ask for the papers rather than name a subject: "what did the report say about...". */
const asking = new Set(['say', 'said', 'mention', 'write', 'wrote', 'paper', 'report', 'tell', 'think', 'view', 'view'].map(stem));

/** The best passage of the papers for anything else, quoted with its document and pages; or an honest "not found". */
export function answerPassage(catalogue: AskCatalogue, intent: PassageIntent): Answer {
  const slots = intent.terms.map((slot) => slot.filter((t) => !asking.has(t))).filter((slot) => slot.length > 0);
  const [best] = searchPassages(catalogue.passages, slots, wantedOf(intent.query));
  // NOTE: a passage sharing only some of the question's subject words is more likely a wrong answer
  // (with figures in it) than a right one, so most of them must be there; all of them when the
  // question asked for something (a lead, a target) the papers' prose rarely states.
  // A question about an action's lead or a figure's target is not answered by a paragraph.
  if (intent.strict) return notFound(catalogue, intent.query, intent.suggestions);
  const enough = best && best.coverage >= MIN_COVERAGE && best.textCoverage >= MIN_TEXT_COVERAGE && (slots.length < 2 || best.coverage * slots.length >= 2);
  if (!best || !enough) return notFound(catalogue, intent.query, intent.suggestions);
  const { passage } = best;
  const answer = emptyAnswer('passage', 'From the papers', 'This is the passage in the papers that best matches your question. It is quoted as written; I have not interpreted it.');
  answer.quote = excerpt(passage.text, slots.flat());
  answer.sources = [cite(catalogue, { documentId: passage.documentId, lineStart: passage.page.lineStart })].filter((s): s is string => !!s);
  return answer;
}

function wantedOf(question: string): Wanted {
  const q = question.toLowerCase();
  if (/(how many|how much|what (?:is|was) the (?:number|total|amount)|what %|what percent|how long)/.test(q)) return 'number';
  if (/(when|what date|which date)/.test(q)) return 'date';
  if (/(why|what for|reason)/.test(q)) return 'reason';
  return undefined;
}

/** The sentences around the most question words, up to a phone screen's length. */
function excerpt(text: string, terms: string[]): string {
  if (text.length <= EXCERPT_CHARS) return text;
  const sentences = text.split(/(?<=[.!?])\s+|\n/);
  let bestStart = 0;
  let bestHits = -1;
  for (let i = 0; i < sentences.length; i += 1) {
    const lower = sentences[i]!.toLowerCase();
    const hits = terms.filter((t) => lower.includes(t)).length;
    if (hits > bestHits) {
      bestHits = hits;
      bestStart = i;
    }
  }
  let out = '';
  for (let i = Math.max(0, bestStart - 1); i < sentences.length && out.length < EXCERPT_CHARS; i += 1) out += `${sentences[i]} `;
  return `${bestStart > 1 ? '… ' : ''}${out.trim().slice(0, EXCERPT_CHARS)}${out.length > EXCERPT_CHARS ? '…' : ''}`;
}
