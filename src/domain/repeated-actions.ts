import type { Action } from './model';

const folded = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/**
 * Whether two actions are one action printed twice: same plan, text, leads and date (a response may
 * print an action again under a second recommendation, writing its date another way). Pure.
 */
export function isRepeatOf(a: Action, b: Action): boolean {
  return (
    a.id !== b.id &&
    a.planId === b.planId &&
    folded(a.text) === folded(b.text) &&
    folded(a.leads.join(';')) === folded(b.leads.join(';')) &&
    sameDue(a.due, b.due)
  );
}

/** One date however written ("March 2020" and "Mar 2020"): the date read and its precision, else the words. */
function sameDue(a: Action['due'], b: Action['due']): boolean {
  if (a?.date && b?.date) return a.date === b.date && a.precision === b.precision;
  return folded(a?.raw) === folded(b?.raw);
}
