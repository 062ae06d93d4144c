/** A span of days by its ISO ends, either end open ("by March 2020" has no start). */
export interface DateSpan {
  from?: string;
  to?: string;
}

/** Whether an ISO date falls within a span (ends included); no date falls in none. Pure. */
export function fallsWithin(date: string | undefined, span: DateSpan): boolean {
  return !!date && (!span.from || date >= span.from) && (!span.to || date <= span.to);
}
