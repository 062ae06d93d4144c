/**
 * Whether a JSON array of distinct words, sorted and written without spaces (`["a","aa","aah",...]`),
 * holds a word: a binary search over the text itself, so the list costs its text and nothing more,
 * and a look-up reads about 18 words of it rather than all 3 MB.
 */
export function sortedListHas(json: string, word: string): boolean {
  if (json.startsWith(`["${word}"`)) return true;
  let lo = 0;
  let hi = json.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The first word starting at or after mid (every word but the first follows `,"`).
    const comma = json.indexOf(',"', mid);
    if (comma < 0) {
      hi = mid;
      continue;
    }
    const start = comma + 2;
    const end = json.indexOf('"', start);
    const found = json.slice(start, end);
    if (found === word) return true;
    if (found < word) lo = end + 1;
    else hi = mid;
  }
  return false;
}
