import { swapAbbreviation } from './abbreviation-swap';
import type { Lexicon } from './lexicon';
import type { EvalQuestion } from './question-types';
import { pick, stableHash } from './stable-hash';
import { withTypo } from './typo';

/**
 * The robustness suite's variants of a question: CheckList invariance tests (Ribeiro et al., 2020).
 * Each variant asks the same thing in other words, so its reply must meet the original's expectation.
 *
 * @remarks
 * Everything is drawn from a hash of the question's id, never at random: the same table gives the same
 * variants on every run, so a figure that moves means the engine moved. A question yields at most
 * {@link maxVariants}: two fillers, one typo, an abbreviation each way, a target, a reordering; when
 * all of them apply the second filler gives way, being the cheapest.
 */
export const variantKinds = ['filler', 'typo', 'abbreviation', 'target', 'reorder'] as const;
export type VariantKind = (typeof variantKinds)[number];

export interface Variant {
  kind: VariantKind;
  text: string;
}

export const maxVariants = 6;

/** A question's words and its closing punctuation ("?"), so words go in before the question mark. */
function splitEnd(text: string): { body: string; end: string } {
  const match = /\s*[?!.]*\s*$/.exec(text)!;
  return { body: text.slice(0, match.index), end: match[0].trim() };
}

/** Chat filler as a person types it: "pls" and "atm" at the end, "can you tell me" before, "now?" after. */
const fillers: ((text: string) => string | undefined)[] = [
  (t) => `${splitEnd(t).body} pls${splitEnd(t).end}`,
  (t) => `${splitEnd(t).body} atm${splitEnd(t).end}`,
  // Not before a follow-up that opens with "and" or "what about": nobody types "can you tell me and...".
  (t) => (/^(and|what about|how about)\b/i.test(t) ? undefined : `can you tell me ${t}`),
  (t) => `${splitEnd(t).body} now?`,
];

function withFillers(text: string, hash: number): string[] {
  const fitting = fillers.map((f) => f(text)).filter((t): t is string => t !== undefined);
  const first = pick(hash, 'filler', fitting.length);
  const second = (first + 1 + pick(hash, 'filler2', fitting.length - 1)) % fitting.length;
  return [fitting[first]!, fitting[second]!];
}

/** " and what's the target" after an indicator's or action's question that does not already ask it. */
function withTarget(question: EvalQuestion): string | undefined {
  const answers = question.expect.kind === 'answer' && (question.topic === 'indicator' || question.topic === 'action');
  if (!answers || /\btargets?\b/i.test(question.text)) return undefined;
  const { body, end } = splitEnd(question.text);
  return `${body} and what's the target${end}`;
}

const separators = [' - ', ' — ', ', '];
/** Leading question phrases moved to the end, with the pronoun English then needs. */
const leading: [RegExp, (phrase: string) => string][] = [
  [/^(who leads|how many)\s+/i, (p) => p],
  [/^(when is|what is)\s+/i, (p) => `${p} it`],
  [/^(what's|whats)\s+/i, () => 'what is it'],
];

/** The halves around the first " - ", " — " or ", " swapped; else a leading "who leads" moved to the end. */
function reordered(text: string): string | undefined {
  const { body, end } = splitEnd(text);
  const cuts = separators.map((sep) => ({ sep, at: body.indexOf(sep) })).filter((c) => c.at > 0 && c.at + c.sep.length < body.length);
  const cut = cuts.sort((a, b) => a.at - b.at)[0];
  if (cut) return `${body.slice(cut.at + cut.sep.length).trim()}${cut.sep}${body.slice(0, cut.at).trim()}${end}`;
  for (const [pattern, said] of leading) {
    const match = pattern.exec(body);
    const rest = match ? body.slice(match[0].length).trim() : '';
    if (match && rest) return `${rest} - ${said(match[1]!)}?`;
  }
  return undefined;
}

/** The variants of one question, in kind order, none equal to the question or to each other. */
export function variantsOf(question: EvalQuestion, lexicon: Lexicon): Variant[] {
  const text = question.text;
  const hash = stableHash(question.id);
  const others: [VariantKind, string | undefined][] = [
    ['typo', withTypo(text, hash)],
    ['abbreviation', swapAbbreviation(text, lexicon, 'expand')],
    ['abbreviation', swapAbbreviation(text, lexicon, 'contract')],
    ['target', withTarget(question)],
    ['reorder', reordered(text)],
  ];
  const fillers = withFillers(text, hash).map((f): [VariantKind, string] => ['filler', f]);
  const candidates = [...fillers, ...others];
  const seen = new Set([text]);
  const out: Variant[] = [];
  for (const [kind, variant] of candidates) {
    if (variant === undefined || seen.has(variant)) continue;
    seen.add(variant);
    out.push({ kind, text: variant });
  }
  if (out.length <= maxVariants) return out;
  const secondFiller = out.findIndex((v, i) => v.kind === 'filler' && i > 0);
  return out.filter((_, i) => i !== secondFiller).slice(0, maxVariants);
}
