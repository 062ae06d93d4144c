const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * Title case for a heading pieced together from lines, some in capitals ("MEDWAY YOUTH OFFENDING
 * TEAM And ... Improvement plan"). Words in an all-capitals run lose their capitals; mixed-case words
 * ("DToC", "YOT" in a normal line) keep theirs; small words are lower case except first.
 */
export function titleCase(text: string): string {
  const allCaps = !/[a-z]/.test(text);
  return text
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (allCaps || word === lower || /^[A-Z][a-z]+$/.test(word)) {
        return lower.charAt(0).toUpperCase() + lower.slice(1);
      }
      return word;
    })
    .join(' ');
}
