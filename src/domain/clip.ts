/**
 * Shortening text for cards and choices, with "…" where it was cut. Pure.
 */

/** At most `max` characters: cut at `max - 1` (spaces before the cut trimmed when `trim`), then "…". */
export function clip(text: string, max: number, options: { trim?: boolean } = {}): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${options.trim ? cut.trimEnd() : cut}…`;
}

/** At most `max` characters, cut before the word the limit falls in, then "…". */
export function clipAtWord(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
