import type { Flag, MemberRole, MembershipEntry } from '../../../domain/model';
import { bareName, looksLikeName } from '../../text/contact';
import { plainLine } from '../../text/plain';

const ROLE_LABEL: [RegExp, MemberRole][] = [
  [/^vice[- ]?chair(?:person|man|woman)?$/i, 'vice-chair'],
  [/^chair(?:person|man|woman)?$/i, 'chair'],
  [/^co-?opt(?:ed|ees?)(?: members?)?$/i, 'co-optee'],
  [/^(?:members?|councillors?)$/i, 'member'],
  [/^substitutes?$/i, 'substitute'],
];

/** Words that begin what a co-optee represents, so "Pat Burbidge Education Representative" splits. */
const REPRESENTS =
  /\s(?=(?:Education|Parent|Church|Diocesan|Diocese|Roman|Catholic|Representative|Governor|Independent|Co-opted|Youth|Healthwatch|Voluntary|Primary|Secondary|Special|Non-voting|Voting)\b)/;

function roleOf(label: string): MemberRole | undefined {
  return ROLE_LABEL.find(([re]) => re.test(label.trim()))?.[1];
}

/**
 * The committee membership listed on a front sheet: a "Membership" heading, then lines such as
 * "**Chairperson** Councillor Carole Gandy", "Councillor Paul Andrews" and, under "**Co-optees**",
 * "Pat Burbidge Education Representative - Archdiocese of Cardiff". Reads up to the next heading.
 */
export function readMembership(
  lines: readonly string[],
  from: number,
  to: number,
  flags: Flag[],
  documentId: string,
): (MembershipEntry & { line: number })[] {
  const start = lines.findIndex((l, i) => i >= from - 1 && i < to && /^membership$/i.test(plainLine(l)));
  if (start < 0) return [];
  const out: (MembershipEntry & { line: number })[] = [];
  let current: MemberRole = 'member';
  for (let n = start + 2; n <= to; n++) {
    const raw = lines[n - 1] ?? '';
    if (/^\s*#/.test(raw)) break;
    const labelled = /^\s*\*\*([^*]+)\*\*\s*(.*)$/.exec(raw);
    let text = plainLine(labelled ? (labelled[2] ?? '') : raw);
    if (labelled) {
      const role = roleOf(labelled[1] ?? '');
      if (!role) break;
      current = role;
    } else if (text === '') {
      if (current !== 'co-optee') current = 'member';
      continue;
    }
    if (!text) continue;
    const councillor = /^(?:Councillor|Cllr\.?)\s+/i.test(text);
    let note: string | undefined;
    if (current === 'co-optee' && !councillor) {
      const cut = REPRESENTS.exec(text);
      if (cut) {
        note = text.slice(cut.index + 1).trim();
        text = text.slice(0, cut.index).trim();
      }
    }
    const name = bareName(text);
    if (!looksLikeName(name)) {
      flags.push({ code: 'membership-line-unread', severity: 'ambiguous', raw, message: `Membership line not read as a name: "${text}"`, source: { documentId, lineStart: n, lineEnd: n } });
      continue;
    }
    out.push({ name, role: current, ...(note ? { note } : {}), line: n });
  }
  return out;
}
