import type { Action } from './model';

const folded = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/**
 * Whether two actions are one action printed twice: same plan, text, leads and date (a response may
 * print an action again under a second recommendation). Pure.
 */
export function isRepeatOf(a: Action, b: Action): boolean {
  return (
    a.id !== b.id &&
    a.planId === b.planId &&
    folded(a.text) === folded(b.text) &&
    folded(a.leads.join(';')) === folded(b.leads.join(';')) &&
    folded(a.due?.raw) === folded(b.due?.raw)
  );
}
