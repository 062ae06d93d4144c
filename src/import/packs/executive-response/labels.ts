import type { ExecutiveResponse } from '../../../domain/model';

/** A recommendation's number as printed ("Recommendation No. 2 (i)") and normalised ("2(i)"). */
export interface RecommendationLabel {
  /** "2", "A": the recommendation its sub-parts share. */
  main: string;
  /** "i", "ii" when the recommendation has sub-parts. */
  sub?: string;
  /** "2(i)", "A", "12(ii)". */
  number: string;
}

const RECOMMENDATION = /^Recommendation\s+(?:No\.?\s*)?(\d+|[A-Z])(?:\s*\(\s*([ivx]+)\s*\))?\s*$/i;
const RESPONSE = /^(.*?)\s*Response$/i;
const SUB_LABEL = /^(?:[A-Z]\s*)?\(?\s*[ivx]+\s*\)\s*/i;
const LEADING_LABEL = /^([A-Z]?\s*\(\s*[ivx]+\s*\))/i;

/** Reads a "Recommendation No. N (i)" / "Recommendation A" cell; undefined for any other cell. */
export function recommendationLabel(cell: string): RecommendationLabel | undefined {
  const m = RECOMMENDATION.exec(cell.trim());
  if (!m) return undefined;
  const main = (m[1] ?? '').toUpperCase();
  const sub = m[2]?.toLowerCase();
  return { main, ...(sub ? { sub } : {}), number: sub ? `${main}(${sub})` : main };
}

/** "Executive Response" -> "Executive", "HoPS Response" -> "HoPS"; undefined when not a response label. */
export function responseLabel(cell: string): string | undefined {
  const m = RESPONSE.exec(cell.trim());
  if (!m) return undefined;
  return (m[1] ?? '').trim() || 'Response';
}

/** Removes a sub-part label the text repeats ("(i) The executive…", "H(i) That…"). */
export function stripSubLabel(text: string): string {
  return text.replace(SUB_LABEL, '').trim();
}

/** A label a response opens with ("H(i)The Executive rejects…"), without spaces: "H(i)". */
export function leadingLabel(text: string): string | undefined {
  const m = LEADING_LABEL.exec(text.trim());
  return m ? (m[1] ?? '').replace(/\s+/g, '') : undefined;
}

/** True when two printed numbers name the same recommendation ("H(ii)" and "h (ii)"). */
export function sameNumber(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();
}

/**
 * The executive's answer, from the response's first sentence only (later sentences qualify it:
 * "It does not accept the need for…" inside a response accepted in part).
 */
export function classifyResponse(text: string): ExecutiveResponse | undefined {
  const first = (text.trim().split(/(?<=[.!?])\s+/)[0] ?? '').toLowerCase();
  if (/\breject/.test(first) || /\bdoes not accept\b|\bnot agreed\b/.test(first)) return 'rejected';
  if (/\bin part\b|\bpartially\b|\bpartly\b/.test(first)) return 'accepted-in-part';
  if (/\baccept|\bagree/.test(first)) return 'accepted';
  if (/\bnote[sd]?\b/.test(first)) return 'noted';
  return undefined;
}
