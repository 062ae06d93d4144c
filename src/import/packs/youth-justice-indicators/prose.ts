import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/** A heading, or one sentence of running text, in pack order. */
export type ProseItem =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'sentence'; text: string; line: number; lastLine: number; footnote: boolean };

const HEADING = /^(?:#+\s|\*\*[^*].*\*\*\s*$)/;
const FOOTNOTE_MARK = /<sup>\s*\d+\s*<\/sup>/gi;
const LIST_START = /^\s*(?:[-*•]\s+|\d+\.\s+)/;
/** A paragraph cut by a page break ends on a word that cannot end a sentence. */
const DANGLING = /\b(?:for|of|the|a|an|and|or|to|in|on|at|by|with|from|than|was|is|were|are)$/i;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z(])/;

interface Paragraph {
  parts: { text: string; line: number }[];
  footnote: boolean;
}

function sentencesOf(p: Paragraph): ProseItem[] {
  const text = p.parts.map((x) => x.text).join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const part of p.parts) {
    starts.push(at);
    at += part.text.length + 1;
  }
  const lineAt = (offset: number): number => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= offset) i++;
    return p.parts[i]?.line ?? 0;
  };
  const out: ProseItem[] = [];
  let offset = 0;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    const clean = sentence.trim();
    if (clean !== '') out.push({ kind: 'sentence', text: clean, line: lineAt(start), lastLine: lineAt(offset - 1), footnote: p.footnote });
  }
  return out;
}

/**
 * The pack's running text as headings and sentences. Table rows are skipped; footnote markers
 * ("0.07<sup>1</sup>") are dropped so they do not join the figure; a paragraph cut by a page break
 * mid-sentence ("This rate was 338 for" / "Herefordshire in the year…") is joined up again.
 */
export function readProse(pack: PackText): ProseItem[] {
  const items: ProseItem[] = [];
  let open: Paragraph | undefined;
  let gap = false;
  const close = (): void => {
    if (open) items.push(...sentencesOf(open));
    open = undefined;
  };
  for (let n = 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (raw.includes('\t')) {
      close();
      continue;
    }
    if (HEADING.test(raw)) {
      close();
      items.push({ kind: 'heading', text: plainLine(raw), line: n });
      continue;
    }
    const footnote = /^\s*<sup>/i.test(raw);
    const text = plainLine(raw.replace(FOOTNOTE_MARK, '')).replace(/^\d+\.\s+/, '');
    if (text === '') {
      gap = true;
      continue;
    }
    const last = open?.parts[open.parts.length - 1]?.text ?? '';
    const continues = open && !footnote && !LIST_START.test(raw) && (!gap || /^[a-z]/.test(text) || DANGLING.test(last));
    if (open && continues) open.parts.push({ text, line: n });
    else {
      close();
      open = { parts: [{ text, line: n }], footnote };
    }
    gap = false;
  }
  close();
  return items;
}
