/**
 * The years a plan's title says it covers, as the title writes them: "2017 - 2019", "2019/20",
 * "2019-21", "2020 to 2023", or one year ("2020"). Pure. Undefined when the title names no year: the
 * period is then not known, and nothing is made up.
 */
export function periodInTitle(title: string): string | undefined {
  const span = /\b(?:19|20)\d{2}\s*(?:\/|-|–|—|to)\s*(?:(?:19|20)\d{2}|\d{2})\b/.exec(title);
  if (span) return span[0];
  return /\b(?:19|20)\d{2}\b/.exec(title)?.[0];
}
