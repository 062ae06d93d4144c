import type { MemberRole, MembershipEntry } from '../../../domain/model';
import { bareName, looksLikeName } from '../../text/contact';
import { plainLine } from '../../text/plain';

/** Who was at a meeting, as its minutes record it, with the line each name is read from. */
export type Attendee = MembershipEntry & { line: number };

/** Labels of a minutes' attendance block and the role they give; officers are not members. */
const LABELS: [RegExp, MemberRole | 'officer'][] = [
  [/^present$/i, 'member'],
  [/^(?:councillors?|members?)(?: present)?$/i, 'member'],
  [/^co-?opt(?:ed|ees?)(?: members?)?$/i, 'co-optee'],
  [/^(?:named )?substitutes?$/i, 'substitute'],
  [/^(?:officers?|in attendance)$/i, 'officer'],
];

const ROLE_NOTE: [RegExp, MemberRole][] = [
  [/\(vice[- ]?chair(?:person|man|woman)?\)/i, 'vice-chair'],
  [/\(chair(?:person|man|woman)?\)/i, 'chair'],
];

/** "Paul Andrews, Kath Hey, Phillip Howells and Jim Kenyon": the names in a list. */
function namesIn(text: string): { name: string; role?: MemberRole }[] {
  return text
    .split(/\s*,\s*|\s+and\s+/)
    .map((part) => part.trim().replace(/[.;]$/, ''))
    .filter(Boolean)
    .flatMap((part) => {
      const role = ROLE_NOTE.find(([re]) => re.test(part))?.[1];
      const name = bareName(part.replace(/\([^)]*\)/g, '').trim());
      // "Mr Burbidge": a title and a surname name a person too.
      const titled = /^(?:Councillor|Cllr\.?|Mrs?\.?|Ms\.?|Miss|Dr\.?)\s+\p{Lu}[\p{L}'’-]+$/u.test(part.replace(/\([^)]*\)/g, '').trim());
      if (!looksLikeName(name) && !titled) return [];
      return [{ name: looksLikeName(name) ? name : part.replace(/\([^)]*\)/g, '').trim(), ...(role ? { role } : {}) }];
    });
}

/**
 * Attendance in minutes between `from` and `to` (1-based, inclusive): "**Present:** Councillor Carole
 * Gandy (chairperson)", the lines under it, "**Councillors:** ...", "**Co-optees:** ...", and
 * "Apologies for absence were received from Councillor Mike Jones and Mr Burbidge." Officers are left
 * out (they attend; they are not members). Substitutes: "Councillor X attended as a substitute for Y".
 */
export function readAttendance(lines: readonly string[], from: number, to: number): Attendee[] {
  const out: Attendee[] = [];
  let block: MemberRole | 'officer' | undefined;
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1] ?? '';
    const labelled = /^\s*\*\*([^*:]+):?\*\*:?\s*(.*)$/.exec(raw);
    const text = plainLine(labelled ? (labelled[2] ?? '') : raw);
    if (labelled) block = LABELS.find(([re]) => re.test((labelled[1] ?? '').trim()))?.[1];
    else if (!text) continue;
    else if (!/^(?:Councillor|Cllr)\b/i.test(text)) block = undefined;
    if (block && block !== 'officer') {
      for (const { name, role } of namesIn(text)) out.push({ name, role: role ?? block, attendance: 'present', line: n });
    }
    const apologies = /\bapologies(?: for absence)? (?:were|was) (?:received|given|submitted) from (.+?)\.?$/i.exec(text);
    if (apologies) for (const { name } of namesIn(apologies[1] ?? '')) out.push({ name, role: 'member', attendance: 'apologies', line: n });
    const sub = /^(?:Councillor|Cllr\.?)\s+(.+?) (?:attended|was present) as (?:a )?(?:named )?substitute for (.+?)\.?$/i.exec(text);
    if (sub) for (const { name } of namesIn(sub[1] ?? '')) out.push({ name, role: 'substitute', note: `for ${plainLine(sub[2] ?? '')}`, attendance: 'present', line: n });
  }
  return out;
}
