import { cleanText } from '../domain/typed-text';

/** Any character the passes of {@link plainText} escape or mark, or a digit before a dot (a numbered line). */
const MAYBE_CHANGED = /[\\`*_[\]()#+!<>|~=$-]|\d\./;

/**
 * Makes text typed by a person, or read from a pack, safe to place in a card TextBlock: Teams renders
 * a subset of Markdown there, so a name like "*Smith*", a link, or a line starting "1. " or "- " would
 * otherwise be interpreted. Every Markdown character is escaped wherever it stands; at the start of a
 * line, so are the "." of a numbered list ("1. ", not "1.6") and "=" (a heading's underline).
 * Control, direction-override and zero-width characters are removed (domain/typed-text.ts).
 */
export function plainText(text: string): string {
  // NOTE: typed text is cleaned as it arrives; cleaned again here for what was stored before, and imports.
  const clean = cleanText(text);
  // NOTE: most card text has nothing the passes below change: four passes saved on each string.
  if (!MAYBE_CHANGED.test(clean)) return clean;
  return clean
    .replace(/([\\`*_[\]()#+!<>|~-])/g, '\\$1')
    .replace(/^([ \t]*\d+)\.(?=[ \t]|$)/gm, '$1\\.')
    .replace(/^([ \t]*)=/gm, '$1\\=')
    .replace(/\$\{/g, '$\u200b{');
}
