/** A year, or a financial or school year: "2019", "2019/20", "2019-2020". */
const year = String.raw`(?:19|20)\d{2}(?:\s*[/-]\s*(?:(?:19|20)\d{2}|\d{2})\b)?`;
/** The period a title ends with: a year, or a span of them ("2017 - 2019", "2019/20 - 2021/22", "2023 to 2025"). */
const trailing = new RegExp(String.raw`\b(${year}(?:\s*(?:-|–|—|to)\s*${year})?)\s*\)?\s*$`, 'i');
/** Words that make a year before them a date, not a period: "updated March 2020". */
const months = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

/**
 * The years a plan's title says it covers, as the title writes them: the period it ends with ("Medway
 * DToC Plan 2017 - 2019", "Delivery Plan 2019/20", "Corporate Plan 2020"). Pure. Undefined when
 * the title ends with no period, or its year is a date ("updated March 2020"): a year elsewhere in a
 * title ("following the 2019 inspection", "2000 new homes") is no period, and nothing is made up.
 */
export function periodInTitle(title: string): string | undefined {
  const found = trailing.exec(title.trim());
  if (!found) return undefined;
  if (months.test(title.trim().slice(0, found.index))) return undefined;
  return found[1];
}
