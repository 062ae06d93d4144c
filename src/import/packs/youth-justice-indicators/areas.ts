import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/** The places a youth justice plan reports on, as the pack names them. */
export interface PlanAreas {
  /** The partnership's area ("West Mercia"), from "<Area> Youth Justice Service/Partnership". */
  region?: string;
  /** Local areas with their own appendix ("Area information – Shropshire", "Shropshire Local Information"). */
  locals: string[];
}

const AREA_APPENDIX = /\bArea information\s*[–-]\s*(.+?)\s*(?:\d+\s*)?$/i;
const LOCAL_INFO = /^(.+?)\s+Local Information\b/i;
const SERVICE = /\b((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\s+Youth\s+(?:Justice|Offending)\s+(?:Service|Partnership)\b/;

/** Finds the areas from the per-area appendices and the partnership's own name. */
export function discoverAreas(pack: PackText): PlanAreas {
  const locals: string[] = [];
  let region: string | undefined;
  const add = (name: string): void => {
    const clean = name.replace(/\s*\(.*\)$/, '').trim();
    if (clean !== '' && !locals.some((l) => l.toLowerCase() === clean.toLowerCase())) locals.push(clean);
  };
  for (const raw of pack.lines) {
    const text = plainLine(raw);
    const appendix = AREA_APPENDIX.exec(text);
    if (appendix) add(appendix[1] ?? '');
    else if (/^(?:#+\s|\*\*)/.test(raw)) {
      const local = LOCAL_INFO.exec(text);
      if (local) add(local[1] ?? '');
    }
    if (!region) {
      const service = SERVICE.exec(text);
      if (service) region = (service[1] ?? '').replace(/^(?:The|A|An|Our)\s+/, '');
    }
  }
  return { ...(region ? { region } : {}), locals: locals.filter((l) => l.toLowerCase() !== region?.toLowerCase()) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-insensitive pattern for each area, "and"/"&" interchangeable. */
export function areaPattern(area: string): RegExp {
  const body = escapeRegExp(area).replace(/\\?\s+(?:and|&)\s+/gi, '\\s+(?:and|&)\\s+');
  return new RegExp(`\\b${body}\\b`, 'gi');
}
