import type { CardJson, CardRenderer } from '../cards/render';
import { plainText } from '../cards/text';
import { clip } from '../domain/clip';
import type { Answer } from '../services/ask/answer-types';

/** Longest fallback text: clients that cannot render cards show this instead. */
const MAX_FALLBACK = 3000;

const safe = (text: string) => text.replace(/\$\{/g, '$\u200b{');

/**
 * The answer card: `cards/answer-<kind>.json` filled with the answer's text, every piece escaped (pack
 * and question text can hold Markdown or `${`), with a plain-text fallback.
 */
export function renderAnswerCard(cards: CardRenderer, answer: Answer): CardJson {
  return cards.render(`answer-${answer.kind}`, answerCardData(answer));
}

/** The view model of `cards/answer-<kind>.json`. */
export function answerCardData(answer: Answer) {
  const facts = (list: { title: string; value: string }[] | undefined) => (list ?? []).map((f) => ({ title: plainText(f.title), value: plainText(f.value) }));
  return {
    title: plainText(answer.title),
    headline: plainText(answer.headline),
    quote: answer.quote ? plainText(answer.quote) : '',
    facts: facts(answer.facts),
    sections: answer.sections.map((s) => ({ heading: plainText(s.heading), facts: facts(s.facts), lines: (s.lines ?? []).map((line) => ({ line: plainText(line) })) })),
    items: (answer.items ?? []).map((i) => ({ title: plainText(i.title), detail: plainText(i.detail) })),
    notes: answer.notes.map((note) => ({ note: plainText(note) })),
    sources: answer.sources.map((source) => ({ source: plainText(source) })),
    choices: answer.choices.map((c) => ({ label: safe(clip(c.label, 80)), text: safe(c.text) })),
    fallbackText: safe(fallbackText(answer)),
  };
}

/** The whole answer as plain text. */
export function fallbackText(answer: Answer): string {
  const lines = [answer.title, answer.headline];
  if (answer.quote) lines.push(answer.quote);
  for (const i of answer.items ?? []) lines.push(`- ${i.title}: ${i.detail}`);
  for (const f of answer.facts) lines.push(`${f.title}: ${f.value}`);
  for (const s of answer.sections) {
    lines.push(s.heading);
    for (const f of s.facts ?? []) lines.push(`  ${f.title}: ${f.value}`);
    for (const l of s.lines ?? []) lines.push(`  ${l}`);
  }
  lines.push(...answer.notes);
  lines.push(...answer.sources.map((s) => `Source: ${s}`));
  if (answer.choices.length > 0) lines.push(`Reply with one of: ${answer.choices.map((c) => `"${c.text}"`).join(', ')}`);
  const text = lines.join('\n');
  return clip(text, MAX_FALLBACK);
}
