/**
 * Long text cut for a list card (a history, a report) so a page of entries stays inside Teams' card
 * size limit; the full text stays in the store and in the files `npm run report` writes.
 */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
