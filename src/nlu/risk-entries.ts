import type { Risk } from '../domain/risks';

/** The index entries risks add. */
export const riskEntryKinds: ReadonlySet<string> = new Set<RiskEntryKind>(['risk', 'risk-context', 'risk-register']);
export type RiskEntryKind = 'risk' | 'risk-context' | 'risk-register';

/** The register a risk belongs to: its paper and its report (two tables of one report are one register). */
export function registerKey(risk: Risk): string {
  return `${risk.source.documentId}#${risk.report?.title ?? ''}`;
}

/** How a register is named: its report, the meeting, the words introducing it ("Risk Register ... Better Care Fund"). */
export function registerLabel(risk: Risk): string {
  return [risk.report?.title, risk.report?.body, risk.council, risk.context].filter(Boolean).join(' ');
}

/**
 * Index entries for risks: each risk by its name, its words around it (description, mitigation,
 * owner, report), and each register by its report, its intro and every row's name and description.
 */
export function addRiskEntries(risks: Risk[], add: (kind: RiskEntryKind, ref: string, label: string) => unknown): void {
  const registers = new Map<string, string[]>();
  for (const risk of risks) {
    add('risk', risk.id, risk.name);
    add('risk-context', risk.id, [risk.description, risk.mitigation, risk.owner, registerLabel(risk)].filter(Boolean).join(' '));
    const key = registerKey(risk);
    const words = registers.get(key) ?? [registerLabel(risk)];
    words.push(risk.name, risk.description ?? '');
    registers.set(key, words);
  }
  for (const [key, words] of registers) add('risk-register', key, words.join(' '));
}
